use crate::core::text::{fixed, num};
use yew::prelude::*;

use super::super::MoneyFormat;
use super::super::widget::Models;
use super::geometry::{
    Anchor, CHART_HEIGHT, CHART_YEARS, CURVE_UNITS_TEXT, PLOT_HEIGHT, PLOT_TOP, Scale, X_TICKS, area_points,
    curve_points, tier_bands,
};
use crate::core::dataset::{Career, trim_number};
use crate::core::salary::{AnchorBasis, TierMatch};
use crate::core::years::Years;

/// Room between the plot and the axis, so the lowest figure's label clears the axis line.
const AXIS_GAP: f64 = 8.0;

/// The parts of the chart that depend only on the career: the owner keeps one per career
/// (`use_memo`) rather than recomputing the curve on every slider step.
pub struct ChartDrawing {
    scale: Scale,
    curve: String,
    area: String,
}

impl ChartDrawing {
    pub fn new(models: &Models) -> Self {
        let scale = Scale::new(&models.salary);
        let (curve, area) = (curve_points(&models.salary, &scale), area_points(&models.salary, &scale));
        Self { scale, curve, area }
    }
}

pub struct SalaryChartProps<'a> {
    pub career: &'a Career,
    pub models: &'a Models,
    pub drawing: &'a ChartDrawing,
    pub years: Years,
    pub tiers: &'a TierMatch,
    pub money: &'a MoneyFormat,
}

/// Estimated salary against years, over the tiers' bands, with a marker at the reader's years.
/// The SVG is decorative for assistive technology; the table beside it carries the figures.
pub fn salary_chart(props: &SalaryChartProps) -> Html {
    let career = props.career;
    let model = &props.models.salary;
    let (scale, curve, area) = (&props.drawing.scale, &props.drawing.curve, &props.drawing.area);
    let s = &career.salary;
    let marker_x = format!("{}%", fixed(Scale::years_pct(props.years.get()), 2));
    let marker_y = scale.pay_y(model.estimate(props.years));
    let plot_bottom = PLOT_TOP + PLOT_HEIGHT;

    html! {
        <figure class="cw-chart">
            <figcaption class="cw-figure-title">{ "Estimated salary by years of experience (0–20+)" }</figcaption>
            <svg class="cw-chart-svg" width="100%" height={num(CHART_HEIGHT)} aria-hidden="true" focusable="false">
                { for tier_bands(career).iter().map(|b| {
                    let current = props.tiers.tiers.contains(&b.tier);
                    html! {
                        <rect
                            class={classes!("cw-band", format!("cw-band-{}", b.tier % 4), current.then_some("is-current"))}
                            x={format!("{}%", fixed(b.x_pct, 2))}
                            y={num(PLOT_TOP)}
                            width={format!("{}%", fixed(b.width_pct, 2))}
                            height={num(PLOT_HEIGHT)}
                        />
                    }
                }) }
                { for [(s.low, true), (s.median, false), (s.high, false)].iter().map(|&(pay, below)| {
                    let y = scale.pay_y(pay);
                    html! {
                        <>
                            <line class="cw-grid" x1="0" x2="100%" y1={num(y)} y2={num(y)} />
                            <text class="cw-axis-label" x="4" y={num(if below { y + 14.0 } else { y - 5.0 })}>
                                { props.money.format(pay) }
                            </text>
                        </>
                    }
                }) }
                <svg
                    x="0"
                    y={num(PLOT_TOP)}
                    width="100%"
                    height={num(PLOT_HEIGHT)}
                    viewBox={format!("0 0 {CURVE_UNITS_TEXT} {CURVE_UNITS_TEXT}")}
                    preserveAspectRatio="none"
                >
                    <polygon class="cw-curve-area" points={area.clone()} />
                    <polyline class="cw-curve" points={curve.clone()} vector-effect="non-scaling-stroke" />
                </svg>
                <line class="cw-axis" x1="0" x2="100%" y1={num(plot_bottom + AXIS_GAP)} y2={num(plot_bottom + AXIS_GAP)} />
                { for X_TICKS.iter().map(|&y| {
                    let pct = Scale::years_pct(y);
                    let label = if y >= CHART_YEARS { format!("{}+", trim_number(y)) } else { trim_number(y) };
                    html! {
                        <text
                            class="cw-axis-label"
                            x={format!("{}%", fixed(pct, 2))}
                            y={num(plot_bottom + AXIS_GAP + 17.0)}
                            text-anchor={Anchor::for_pct(pct).as_svg()}
                        >{ label }</text>
                    }
                }) }
                <line class="cw-marker-line" data-testid="chart-marker" x1={marker_x.clone()} x2={marker_x.clone()} y1={num(PLOT_TOP)} y2={num(plot_bottom)} />
                <circle class="cw-marker-dot" cx={marker_x} cy={fixed(marker_y, 1)} r="6" />
            </svg>
            <ul class="cw-chart-legend">
                { for career.tiers.iter().enumerate().map(|(i, t)| html! {
                    <li class={classes!("cw-legend-item", props.tiers.tiers.contains(&i).then_some("is-current"))}>
                        <span class={classes!("cw-swatch", format!("cw-band-{}", i % 4))} aria-hidden="true"></span>
                        { format!("{} · {}", t.title, t.years_label()) }
                    </li>
                }) }
            </ul>
            <table class="cw-sr-only">
                <caption>{ "The points the estimate passes through" }</caption>
                <thead><tr><th scope="col">{ "Years" }</th><th scope="col">{ "Estimated salary" }</th><th scope="col">{ "From" }</th></tr></thead>
                <tbody>
                    { for model.anchors().iter().map(|a| html! {
                        <tr>
                            <td>{ trim_number(a.years) }</td>
                            <td>{ props.money.format(a.pay) }</td>
                            <td>{ match a.basis {
                                AnchorBasis::RangeLow => "low end of the range".to_string(),
                                AnchorBasis::Tier(i, level) => format!("{}, {}", career.tiers[i].title, level.label()),
                            } }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
