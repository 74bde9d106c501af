use yew::prelude::*;

use super::geometry::{CHART_YEARS, Scale, area_points, curve_points, from_left, tier_bands};
use crate::core::career_handle::CareerHandle;
use crate::core::salary::{AnchorBasis, TierMatch};
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;
use crate::ui::words::{Language, fill, isolate};

/// The year ticks under the axis, written out: x (`Scale::years_pct`), years and anchor
/// (`Anchor::for_pct`) of each of `X_TICKS`. Literals make no work at run time; a test below
/// derives them again from the constants. A right-to-left chart takes the x of the tick
/// mirrored to it and keeps the anchor: SVG's `start` and `end` follow the text's direction.
const X_TICK_LABELS: [(&str, f64, &str); 5] = [
    ("0.00%", 0.0, "start"),
    ("25.00%", 5.0, "middle"),
    ("50.00%", 10.0, "middle"),
    ("75.00%", 15.0, "middle"),
    ("100.00%", 20.0, "end"),
];

/// The parts of the salary figures that depend only on the career: the owner keeps one per
/// career (`use_memo`) rather than recomputing the curve on every slider step. The chart and
/// the range bar share its scale.
pub struct ChartDrawing {
    pub scale: Scale,
    curve: String,
    area: String,
}

impl ChartDrawing {
    pub fn new(career: &CareerHandle) -> Self {
        let model = career.salary();
        let scale = Scale::new(model);
        let (curve, area) = (curve_points(model, &scale), area_points(model, &scale));
        Self { scale, curve, area }
    }
}

pub struct SalaryChartProps<'a> {
    pub career: &'a CareerHandle,
    pub drawing: &'a ChartDrawing,
    pub years: Years,
    pub tiers: &'a TierMatch,
    pub money: &'a MoneyFormat,
    pub language: &'a Language,
}

/// Estimated salary against years, over the tiers' bands, with a marker at the reader's years.
/// The SVG is decorative for assistive technology; the table beside it carries the figures.
pub fn salary_chart(props: &SalaryChartProps) -> Html {
    let career = props.career.career();
    let model = props.career.salary();
    let (scale, curve, area) = (&props.drawing.scale, &props.drawing.curve, &props.drawing.area);
    let s = &career.salary;
    let rtl = props.language.rtl;
    let marker_x = format!("{:.2}%", from_left(Scale::years_pct(props.years.get()), rtl));
    let marker_y = scale.pay_y(model.estimate(props.years));
    let (language, w) = (props.language, &props.language.words);
    // "20+": the chart ends at CHART_YEARS, and its last stretch stands for everything after.
    let tick =
        |years: f64| if years >= CHART_YEARS { format!("{}+", language.number(years)) } else { language.number(years) };

    html! {
        <figure class="cw-chart">
            <figcaption class="cw-figure-title">{ fill(w.chart_title(), &[("from", &language.number(0.0)), ("to", &language.number(CHART_YEARS))]) }</figcaption>
            // CHART_HEIGHT, PLOT_TOP and PLOT_HEIGHT written out here and below: a literal attribute
            // costs no formatting at run time. tests/browser.rs compares them.
            <svg class="cw-chart-svg" width="100%" height="208" aria-hidden="true" focusable="false">
                for b in tier_bands(career, rtl) {
                    <rect
                        class={classes!("cw-band", format!("cw-band-{}", b.tier % 4), props.tiers.tiers.contains(&b.tier).then_some("is-current"))}
                        x={format!("{:.2}%", b.x_pct)}
                        y="12"
                        width={format!("{:.2}%", b.width_pct)}
                        height="160"
                    />
                }
                for (pay, y, label_y) in [(s.low, true), (s.median, false), (s.high, false)].map(|(pay, below)| {
                    let y = scale.pay_y(pay);
                    (pay, y, if below { y + 14.0 } else { y - 5.0 })
                }) {
                    <line class="cw-grid" x1="0" x2="100%" y1={y.to_string()} y2={y.to_string()} />
                    // At the chart's 0-year end, 4 px in: on the right in a right-to-left chart.
                    <text class="cw-axis-label" x={if rtl { "100%" } else { "4" }} dx={rtl.then_some("-4")} y={label_y.to_string()}>{ props.money.format(pay) }</text>
                }
                // PLOT_TOP, PLOT_HEIGHT and CURVE_UNITS written out, as is the axis below (8 px under
                // the plot, so the lowest figure's label clears it): an element whose attributes are
                // all literals is one static list in the wasm. tests/browser.rs compares them.
                <svg x="0" y="12" width="100%" height="160" viewBox="0 0 1000 1000" preserveAspectRatio="none">
                    <g transform={rtl.then_some("matrix(-1 0 0 1 1000 0)")}>
                        <polygon class="cw-curve-area" points={area.clone()} />
                        <polyline class="cw-curve" points={curve.clone()} vector-effect="non-scaling-stroke" />
                    </g>
                </svg>
                <line class="cw-axis" x1="0" x2="100%" y1="180" y2="180" />
                // The year labels 17 px below the axis.
                for (i, (x, years, anchor)) in X_TICK_LABELS.into_iter().enumerate() {
                    <text class="cw-axis-label" x={if rtl { X_TICK_LABELS[4 - i].0 } else { x }} y="197" text-anchor={anchor}>{ tick(years) }</text>
                }
                <line class="cw-marker-line" data-testid="chart-marker" x1={marker_x.clone()} x2={marker_x.clone()} y1="12" y2="172" />
                <circle class="cw-marker-dot" cx={marker_x} cy={format!("{:.1}", marker_y)} r="6" />
            </svg>
            <ul class="cw-chart-legend">
                for (i, t) in career.tiers.iter().enumerate() {
                    <li class={classes!("cw-legend-item", props.tiers.tiers.contains(&i).then_some("is-current"))}>
                        <span class={classes!("cw-swatch", format!("cw-band-{}", i % 4))} aria-hidden="true"></span>
                        { format!("{} · {}", isolate(&t.title), language.tier_years(t)) }
                    </li>
                }
            </ul>
            <table class="cw-sr-only">
                <caption>{ w.chart_points() }</caption>
                <thead><tr><th scope="col">{ w.chart_years() }</th><th scope="col">{ w.chart_salary() }</th><th scope="col">{ w.chart_from() }</th></tr></thead>
                <tbody>
                    for a in model.anchors() {
                        <tr>
                            <td>{ language.number(a.years) }</td>
                            <td>{ props.money.format(a.pay) }</td>
                            <td>{ match a.basis {
                                AnchorBasis::RangeLow => w.chart_range_low().to_string(),
                                AnchorBasis::Tier(i, level) => fill(w.chart_tier_level(), &[("tier", &isolate(&career.tiers[i].title)), ("level", language.pay_level(level))]),
                            } }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::X_TICK_LABELS;
    use crate::ui::salary::geometry::{Anchor, Scale, X_TICKS};

    #[test]
    fn the_written_out_year_ticks_agree_with_the_constants() {
        let derived: Vec<(String, f64, &str)> = X_TICKS
            .iter()
            .map(|&y| (format!("{:.2}%", Scale::years_pct(y)), y, Anchor::for_pct(Scale::years_pct(y)).as_svg()))
            .collect();
        let written: Vec<(String, f64, &str)> =
            X_TICK_LABELS.iter().map(|&(x, years, anchor)| (x.to_string(), years, anchor)).collect();
        assert_eq!(written, derived);
    }
}
