use yew::prelude::*;

use super::geometry::{Anchor, RangeFigure, RangeTick, Scale, from_left, range_ticks};
use crate::core::dataset::Career;
use crate::ui::money_format::MoneyFormat;
use crate::ui::words::{Language, Words, fill};

pub struct RangeBarProps<'a> {
    pub career: &'a Career,
    /// The line chart's scale, so a figure sits at the same place in both.
    pub scale: &'a Scale,
    pub estimate: f64,
    pub percentile: f64,
    /// The reader's own salary, when they typed one.
    pub compared: Option<f64>,
    pub money: &'a MoneyFormat,
    pub language: &'a Language,
}

const BAR_Y: f64 = 44.0;
const BAR_HEIGHT: f64 = 10.0;
const ROW_HEIGHT: f64 = 36.0;
const LINE_HEIGHT: f64 = 16.0;

/// The guide's pay range with low, median, high and the top-10% threshold, the estimate marked
/// with its percentile.
pub fn range_bar(props: &RangeBarProps) -> Html {
    let (career, scale) = (props.career, props.scale);
    let s = &career.salary;
    let ticks = range_ticks(career, scale);
    let rows = ticks.iter().map(|t| t.row + 1).max().unwrap_or(1) as f64;
    let extra_lines = ticks.iter().map(|t| t.captions.len().saturating_sub(1)).max().unwrap_or(0) as f64;
    let row_height = ROW_HEIGHT + extra_lines * LINE_HEIGHT;
    let height = BAR_Y + BAR_HEIGHT + 8.0 + rows * row_height;
    let rtl = props.language.rtl;
    // Anchors come from the unmirrored position: `start` and `end` follow the text's direction.
    let pct = |pay: f64| format!("{:.2}%", from_left(scale.pay_pct(pay), rtl));
    let est_pct = scale.pay_pct(props.estimate);
    let est_anchor = Anchor::for_pct(est_pct).as_svg();
    let (language, w) = (props.language, &props.language.words);
    let m = |pay: f64| props.money.format(pay);
    let summary = fill(
        w.range_summary(),
        &[
            ("low", &m(s.low)),
            ("high", &m(s.high)),
            ("median", &m(s.median)),
            ("top", &m(s.top_10_percent_from)),
            ("estimate", &m(props.estimate)),
            ("where", &language.percentile_in_sentence(props.percentile)),
        ],
    );

    html! {
        <figure class="cw-range">
            <figcaption class="cw-figure-title">{ w.range_title() }</figcaption>
            <svg class="cw-range-svg" width="100%" height={height.to_string()} aria-hidden="true" focusable="false">
                // BAR_Y and BAR_HEIGHT, written out here and below (and sums of them): a literal
                // attribute costs no formatting at run time, and an element whose attributes are all
                // literals is one static list in the wasm (a browser test compares them).
                <rect class="cw-range-track" x="0" y="44" width="100%" height="10" rx="5" />
                <rect
                    class="cw-range-fill"
                    x={pct(if rtl { s.high } else { s.low })}
                    y="44"
                    width={format!("{:.2}%", scale.pay_pct(s.high) - scale.pay_pct(s.low))}
                    height="10"
                />
                for (i, t) in ticks.iter().enumerate() {
                    { range_tick(t, i, row_height, &pct, props.money, w) }
                }
                if let Some(salary) = props.compared {
                    <rect class="cw-range-you" data-testid="range-you" x={pct(salary)} y="40" width="3" height="18" />
                }
                <circle class="cw-marker-dot" data-testid="range-marker" cx={pct(props.estimate)} cy="49" r="8" />
                <text class="cw-range-estimate" x={pct(props.estimate)} y="16" text-anchor={est_anchor}>
                    { fill(w.range_estimate(), &[("amount", &m(props.estimate))]) }
                </text>
                <text class="cw-range-caption" x={pct(props.estimate)} y="31" text-anchor={est_anchor}>
                    { language.percentile(props.percentile) }
                </text>
            </svg>
            <p class="cw-sr-only" data-testid="range-summary">{ summary }</p>
            if props.compared.is_some() {
                <p class="cw-range-key"><span class="cw-key-you" aria-hidden="true"></span>{ w.your_salary() }</p>
            }
        </figure>
    }
}

/// One figure under the bar: its tick, its amount and what it is (percentile captions).
fn range_tick(
    t: &RangeTick,
    i: usize,
    row_height: f64,
    pct: &dyn Fn(f64) -> String,
    money: &MoneyFormat,
    w: &Words,
) -> Html {
    let y = BAR_Y + BAR_HEIGHT + 18.0 + t.row as f64 * row_height;
    let anchor = Anchor::for_pct(t.pct).as_svg();
    // On a narrow widget every other label drops a row (CSS moves `is-alt`), so neighbours
    // never collide however short the bar gets.
    let alt = t.row == 0 && i % 2 == 1;
    html! {
        <>
            <rect
                class={classes!("cw-range-tick", alt.then_some("is-alt"))}
                x={pct(t.pay)}
                y="41"
                width="1"
                height={(BAR_HEIGHT + 6.0 + t.row as f64 * row_height).to_string()}
            />
            <g class={classes!("cw-range-label", alt.then_some("is-alt"))}>
                <text class="cw-range-value" x={pct(t.pay)} y={y.to_string()} text-anchor={anchor}>{ money.format(t.pay) }</text>
                for (line, caption) in t.captions.iter().enumerate() {
                    <text class="cw-range-caption" x={pct(t.pay)} y={(y + LINE_HEIGHT * (line + 1) as f64).to_string()} text-anchor={anchor}>{ caption_of(*caption, w) }</text>
                }
            </g>
        </>
    }
}

fn caption_of(figure: RangeFigure, w: &Words) -> &str {
    match figure {
        RangeFigure::Low => w.range_low(),
        RangeFigure::Median => w.range_median(),
        RangeFigure::High => w.range_high(),
        RangeFigure::Top => w.range_top(),
    }
}

#[cfg(test)]
mod tests {
    use super::{BAR_HEIGHT, BAR_Y};

    #[test]
    fn the_written_out_attributes_agree_with_the_constants() {
        // The track and fill (y, height), the reader's mark (y, height), the estimate's dot (cy),
        // a tick (y).
        let derived = [BAR_Y, BAR_HEIGHT, BAR_Y - 4.0, BAR_HEIGHT + 8.0, BAR_Y + BAR_HEIGHT / 2.0, BAR_Y - 3.0]
            .map(|v| v.to_string());
        assert_eq!(derived, ["44", "10", "40", "18", "49", "41"]);
    }
}
