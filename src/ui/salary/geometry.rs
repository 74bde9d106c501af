//! Where things go in the salary charts. Pure arithmetic, tested natively; the components only
//! turn these numbers into SVG attributes. Horizontal positions are percentages of the chart's
//! width, so text keeps its size at any width while shapes stretch.

use crate::core::dataset::Career;
use crate::core::salary::SalaryModel;
use crate::core::years::Years;

/// The line chart spans 0 to this many years; the estimate is flat well before it, and a
/// reader beyond it is drawn at the right edge, labelled "20+".
pub const CHART_YEARS: f64 = 20.0;
pub const X_TICKS: [f64; 5] = [0.0, 5.0, 10.0, 15.0, 20.0];

/// Pixel layout of the line chart (outer SVG user units = CSS pixels).
pub const PLOT_TOP: f64 = 12.0;
pub const PLOT_HEIGHT: f64 = 160.0;
pub const CHART_HEIGHT: f64 = PLOT_TOP + PLOT_HEIGHT + 36.0;

/// The inner coordinate system the curve is drawn in, stretched to the plot area.
pub const CURVE_UNITS: f64 = 1000.0;

/// Maps pay and years to positions, with a margin around the guide's range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub pay_min: f64,
    pub pay_max: f64,
}

impl Scale {
    pub fn new(model: &SalaryModel) -> Self {
        let (low, high) = model.range();
        let pad = (high - low) * 0.12;
        Self { pay_min: low - pad, pay_max: high + pad }
    }

    /// 0–100: where `years` sits across the line chart, from its 0-year end.
    pub fn years_pct(years: f64) -> f64 {
        (years.clamp(0.0, CHART_YEARS) / CHART_YEARS) * 100.0
    }

    /// 0 (top) – 1 (bottom): where `pay` sits vertically.
    pub fn pay_frac(&self, pay: f64) -> f64 {
        (1.0 - (pay - self.pay_min) / (self.pay_max - self.pay_min)).clamp(0.0, 1.0)
    }

    /// 0–100: where `pay` sits along the range bar.
    pub fn pay_pct(&self, pay: f64) -> f64 {
        ((pay - self.pay_min) / (self.pay_max - self.pay_min) * 100.0).clamp(0.0, 100.0)
    }

    /// Pixel y in the line chart.
    pub fn pay_y(&self, pay: f64) -> f64 {
        PLOT_TOP + self.pay_frac(pay) * PLOT_HEIGHT
    }
}

/// 0–100 from the left edge for a position `pct` from the start of the axis: a right-to-left
/// widget draws its years and pay from the right, as its slider runs, so the figures and the
/// slider agree and the whole widget reads as one piece.
pub fn from_left(pct: f64, rtl: bool) -> f64 {
    if rtl { 100.0 - pct } else { pct }
}

/// The estimate curve as SVG polyline points in `CURVE_UNITS` space: exact, because the
/// estimate is linear between anchors.
pub fn curve_points(model: &SalaryModel, scale: &Scale) -> String {
    let mut years: Vec<f64> = model.anchors().iter().map(|a| a.years).filter(|&y| y < CHART_YEARS).collect();
    if years.first() != Some(&0.0) {
        years.insert(0, 0.0);
    }
    years.push(CHART_YEARS);
    years
        .iter()
        .map(|&y| {
            let pay = model.estimate(Years::clamped(y).unwrap_or_default());
            format!("{:.1},{:.1}", Scale::years_pct(y) * CURVE_UNITS / 100.0, scale.pay_frac(pay) * CURVE_UNITS)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The same curve closed along the bottom edge, for the shaded area under it.
pub fn area_points(model: &SalaryModel, scale: &Scale) -> String {
    format!("0,{u} {} {u},{u}", curve_points(model, scale), u = CURVE_UNITS)
}

/// A tier's band across the line chart, in percent of the width from the left edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub tier: usize,
    pub x_pct: f64,
    pub width_pct: f64,
}

pub fn tier_bands(career: &Career, rtl: bool) -> Vec<Band> {
    career
        .tiers
        .iter()
        .enumerate()
        .filter(|(_, t)| t.years_min < CHART_YEARS)
        .map(|(i, t)| {
            let start = Scale::years_pct(t.years_min);
            let end = Scale::years_pct(t.years_max.unwrap_or(CHART_YEARS));
            Band { tier: i, x_pct: from_left(if rtl { end } else { start }, rtl), width_pct: end - start }
        })
        .collect()
}

/// How a label hangs from its x position so it never runs off either edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// Edge labels hang inward; others are centred on their mark.
    pub fn for_pct(pct: f64) -> Self {
        if pct < 15.0 {
            Anchor::Start
        } else if pct > 85.0 {
            Anchor::End
        } else {
            Anchor::Middle
        }
    }

    pub fn as_svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// The range's figures: its low end (10th percentile), median, high end (90th) and the top-10%
/// threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeFigure {
    Low,
    Median,
    High,
    Top,
}

/// A tick label under the range bar, possibly standing for several figures at one value.
#[derive(Debug, Clone, PartialEq)]
pub struct RangeTick {
    pub pay: f64,
    pub pct: f64,
    /// The figures at this value, captioned in this order.
    pub captions: Vec<RangeFigure>,
    /// 0 for the first row of labels, 1 when it would crowd its left neighbour.
    pub row: usize,
}

/// Ticks for low, median, high and the top-10% threshold, merged where they coincide and
/// staggered onto a second row where two would crowd each other.
pub fn range_ticks(career: &Career, scale: &Scale) -> Vec<RangeTick> {
    let s = &career.salary;
    let figures: [(f64, RangeFigure); 4] = [
        (s.low, RangeFigure::Low),
        (s.median, RangeFigure::Median),
        (s.high, RangeFigure::High),
        (s.top_10_percent_from, RangeFigure::Top),
    ];
    let mut ticks: Vec<RangeTick> = Vec::new();
    for (pay, caption) in figures {
        match ticks.iter_mut().find(|t| t.pay == pay) {
            Some(t) => t.captions.push(caption),
            None => ticks.push(RangeTick { pay, pct: scale.pay_pct(pay), captions: vec![caption], row: 0 }),
        }
    }
    // Four ticks at most: an insertion sort (stable) keeps the generic sort out of the wasm.
    for i in 1..ticks.len() {
        let mut j = i;
        while j > 0 && ticks[j - 1].pct > ticks[j].pct {
            ticks.swap(j - 1, j);
            j -= 1;
        }
    }
    // Labels are about 80 px wide; at the narrowest widget (280 px) 30% of the bar is ~75 px.
    const MIN_GAP_PCT: f64 = 30.0;
    for i in 1..ticks.len() {
        let crowded = ticks[..i].iter().any(|t| t.row == 0 && ticks[i].pct - t.pct < MIN_GAP_PCT);
        if crowded && ticks[i - 1].row == 0 {
            ticks[i].row = 1;
        }
    }
    ticks
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::core::bundled_dataset;

    fn setup() -> (&'static Career, SalaryModel, Scale) {
        let career = &bundled_dataset().as_ref().unwrap().careers[0];
        let model = SalaryModel::new(career);
        let scale = Scale::new(&model);
        (career, model, scale)
    }

    #[test]
    fn the_curve_passes_through_the_anchors_and_ends_flat() {
        let (_, model, scale) = setup();
        let points = curve_points(&model, &scale);
        let pts: Vec<(f64, f64)> = points
            .split(' ')
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        assert_eq!(pts.len(), 6, "0, 2, 5, 9.5, 12 and the right edge: {points}");
        assert_eq!(pts[0].0, 0.0);
        assert_eq!(pts[5].0, CURVE_UNITS);
        assert!(pts.windows(2).all(|w| w[1].1 <= w[0].1), "never goes down (y grows downward)");
        assert_eq!(pts[4].1, pts[5].1, "flat after the Director anchor");
        let y_of = |pay: f64| (scale.pay_frac(pay) * CURVE_UNITS * 10.0).round() / 10.0;
        assert_eq!(pts[2], (250.0, y_of(85_000.0)));
    }

    #[test]
    fn scale_keeps_the_range_inside_with_a_margin() {
        let (_, _, scale) = setup();
        assert!(scale.pay_frac(60_000.0) < 1.0 && scale.pay_frac(60_000.0) > 0.8);
        assert!(scale.pay_frac(110_000.0) > 0.0 && scale.pay_frac(110_000.0) < 0.2);
        assert_eq!(scale.pay_pct(85_000.0), 50.0);
        assert_eq!(Scale::years_pct(40.0), 100.0);
        assert_eq!(Scale::years_pct(-1.0), 0.0);
    }

    #[test]
    fn bands_cover_each_tier_and_overlap_where_the_guide_does() {
        let (career, _, _) = setup();
        let bands = tier_bands(career, false);
        assert_eq!(bands.len(), 4);
        assert_eq!((bands[0].x_pct, bands[0].width_pct), (5.0, 10.0));
        assert_eq!((bands[3].x_pct, bands[3].width_pct), (50.0, 50.0), "Director runs to the edge");
        assert!(bands[2].x_pct + bands[2].width_pct > bands[3].x_pct, "Senior and Director overlap");
    }

    #[test]
    fn right_to_left_bands_are_the_left_to_right_ones_mirrored() {
        let (career, _, _) = setup();
        let bands = tier_bands(career, true);
        assert_eq!((bands[0].x_pct, bands[0].width_pct), (85.0, 10.0), "the first tier sits near the right edge");
        assert_eq!((bands[3].x_pct, bands[3].width_pct), (0.0, 50.0), "Director runs to the left edge");
        for (ltr, rtl) in tier_bands(career, false).iter().zip(&bands) {
            assert_eq!(rtl.x_pct, 100.0 - ltr.x_pct - ltr.width_pct);
        }
        assert_eq!(from_left(25.0, true), 75.0);
        assert_eq!(from_left(25.0, false), 25.0);
    }

    #[test]
    fn coinciding_figures_share_one_tick_and_crowded_ones_are_staggered() {
        let (career, _, scale) = setup();
        let ticks = range_ticks(career, &scale);
        assert_eq!(ticks.len(), 3);
        assert_eq!(ticks[2].captions, [RangeFigure::High, RangeFigure::Top]);
        assert!(ticks.iter().all(|t| t.row == 0), "the guide's figures are far enough apart");

        let mut crowded = career.clone();
        crowded.salary.median = 62_000.0;
        let ticks = range_ticks(&crowded, &scale);
        assert_eq!(ticks.iter().map(|t| t.row).collect::<Vec<_>>(), [0, 1, 0]);
    }

    #[test]
    fn edge_labels_hang_inward() {
        assert_eq!(Anchor::for_pct(3.0), Anchor::Start);
        assert_eq!(Anchor::for_pct(50.0), Anchor::Middle);
        assert_eq!(Anchor::for_pct(97.0), Anchor::End);
    }
}
