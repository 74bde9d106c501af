use yew::prelude::*;

use super::geometry::{Scale, area_points, curve_points, tier_bands};
use crate::core::model::CareerHandle;
use crate::core::salary::{AnchorBasis, TierMatch};
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;

/// The year ticks under the axis, written out: x (`Scale::years_pct`), label ("20+" at
/// `CHART_YEARS`) and anchor (`Anchor::for_pct`) of each of `X_TICKS`. Literals make no work at
/// run time; a test below derives them again from the constants.
const X_TICK_LABELS: [(&str, &str, &str); 5] = [
    ("0.00%", "0", "start"),
    ("25.00%", "5", "middle"),
    ("50.00%", "10", "middle"),
    ("75.00%", "15", "middle"),
    ("100.00%", "20+", "end"),
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
}

/// Estimated salary against years, over the tiers' bands, with a marker at the reader's years.
/// The SVG is decorative for assistive technology; the table beside it carries the figures.
pub fn salary_chart(props: &SalaryChartProps) -> Html {
    let career = props.career.career();
    let model = props.career.salary();
    let (scale, curve, area) = (&props.drawing.scale, &props.drawing.curve, &props.drawing.area);
    let s = &career.salary;
    let marker_x = format!("{:.2}%", Scale::years_pct(props.years.get()));
    let marker_y = scale.pay_y(model.estimate(props.years));

    html! {
        <figure class="cw-chart">
            <figcaption class="cw-figure-title">{ "Estimated salary by years of experience (0–20+)" }</figcaption>
            // CHART_HEIGHT, PLOT_TOP and PLOT_HEIGHT written out here and below: a literal attribute
            // costs no formatting at run time. tests/browser.rs compares them.
            <svg class="cw-chart-svg" width="100%" height="208" aria-hidden="true" focusable="false">
                for b in tier_bands(career) {
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
                    <text class="cw-axis-label" x="4" y={label_y.to_string()}>{ props.money.format(pay) }</text>
                }
                // PLOT_TOP, PLOT_HEIGHT and CURVE_UNITS written out, as is the axis below (8 px under
                // the plot, so the lowest figure's label clears it): an element whose attributes are
                // all literals is one static list in the wasm. tests/browser.rs compares them.
                <svg x="0" y="12" width="100%" height="160" viewBox="0 0 1000 1000" preserveAspectRatio="none">
                    <polygon class="cw-curve-area" points={area.clone()} />
                    <polyline class="cw-curve" points={curve.clone()} vector-effect="non-scaling-stroke" />
                </svg>
                <line class="cw-axis" x1="0" x2="100%" y1="180" y2="180" />
                // The year labels 17 px below the axis.
                for (x, label, anchor) in X_TICK_LABELS {
                    <text class="cw-axis-label" {x} y="197" text-anchor={anchor}>{ label }</text>
                }
                <line class="cw-marker-line" data-testid="chart-marker" x1={marker_x.clone()} x2={marker_x.clone()} y1="12" y2="172" />
                <circle class="cw-marker-dot" cx={marker_x} cy={format!("{:.1}", marker_y)} r="6" />
            </svg>
            <ul class="cw-chart-legend">
                for (i, t) in career.tiers.iter().enumerate() {
                    <li class={classes!("cw-legend-item", props.tiers.tiers.contains(&i).then_some("is-current"))}>
                        <span class={classes!("cw-swatch", format!("cw-band-{}", i % 4))} aria-hidden="true"></span>
                        { format!("\u{2068}{}\u{2069} · {}", t.title, t.years_label()) }
                    </li>
                }
            </ul>
            <table class="cw-sr-only">
                <caption>{ "The points the estimate passes through" }</caption>
                <thead><tr><th scope="col">{ "Years" }</th><th scope="col">{ "Estimated salary" }</th><th scope="col">{ "From" }</th></tr></thead>
                <tbody>
                    for a in model.anchors() {
                        <tr>
                            <td>{ a.years.to_string() }</td>
                            <td>{ props.money.format(a.pay) }</td>
                            <td>{ match a.basis {
                                AnchorBasis::RangeLow => "low end of the range".to_string(),
                                AnchorBasis::Tier(i, level) => format!("\u{2068}{}\u{2069}, {}", career.tiers[i].title, level.label()),
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
    use crate::ui::salary::geometry::{Anchor, CHART_YEARS, Scale, X_TICKS};

    #[test]
    fn the_written_out_year_ticks_agree_with_the_constants() {
        let derived: Vec<(String, String, &str)> = X_TICKS
            .iter()
            .map(|&y| {
                let label = if y >= CHART_YEARS { format!("{}+", y) } else { y.to_string() };
                (format!("{:.2}%", Scale::years_pct(y)), label, Anchor::for_pct(Scale::years_pct(y)).as_svg())
            })
            .collect();
        let written: Vec<(String, String, &str)> =
            X_TICK_LABELS.iter().map(|&(x, label, anchor)| (x.to_string(), label.to_string(), anchor)).collect();
        assert_eq!(written, derived);
    }
}
