//! The salary model: an estimate for any number of years, the tiers that apply, and where a
//! salary sits in the guide's distribution. Every figure it returns is derived from the dataset's
//! own figures by the rules documented here (and in the README), never invented.
//!
//! **Estimate.** Each tier is anchored at the pay figure its `pay_level` names, placed at the
//! midpoint of the tier's experience range (Junior 1–3 → 2 years → entry level). An open-ended
//! tier ("10+") is anchored where it becomes the only tier that applies: the latest end of any
//! other tier's range (12 years for Director, the end of Senior). Before the first anchor the
//! estimate rises from the range's low end at 0 years; between anchors it is linear; after the
//! last it stays flat. It is therefore continuous, non-decreasing and inside `low..=high`.
//!
//! **Tiers.** A tier applies from `years_min` (inclusive) to `years_max` (exclusive), so 3 years is
//! the manager tier, not Junior. Where ranges overlap (Senior 7–12 and Director 10+), every tier
//! that applies is returned, lowest first: the lowest is the *primary* tier, because the estimate
//! there is still climbing toward the next tier's figure. Below the first tier's start the first
//! tier applies (marked `before_first`); in a gap between ranges the previous tier continues.
//!
//! **Percentile.** The guide's range is read as the 10th (low), 50th (median) and 90th (high)
//! percentiles. A two-piece normal distribution fits all three exactly: one standard deviation
//! below the median, `σ₋ = (median − low) / z₉₀`, another above, `σ₊ = (high − median) / z₉₀`,
//! with `z₉₀ ≈ 1.2816`. It is symmetric for the bundled career ($25,000 either side).

use super::dataset::{Career, PayLevel};
use super::years::{YEARS_MIN, Years};

/// The standard normal quantile of 0.9.
pub const Z90: f64 = 1.281_551_565_544_600_4;

/// Where an anchor's figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorBasis {
    /// The bottom of the guide's range, placed at 0 years.
    RangeLow,
    /// The pay level of the tier with this index.
    Tier(usize, PayLevel),
}

/// A point the estimate passes through exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    pub years: f64,
    pub pay: f64,
    pub basis: AnchorBasis,
}

/// The tiers that apply at some number of years, lowest first (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierMatch {
    pub tiers: Vec<usize>,
    /// The years lie before the first tier's range begins.
    pub before_first: bool,
}

impl TierMatch {
    pub fn primary(&self) -> usize {
        self.tiers[0]
    }

    /// The highest tier that applies; the "next" tier is the one after it.
    pub fn highest(&self) -> usize {
        self.tiers[self.tiers.len() - 1]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SalaryModel {
    anchors: Vec<Anchor>,
    low: f64,
    median: f64,
    high: f64,
    sigma_below: f64,
    sigma_above: f64,
    tier_ranges: Vec<(f64, Option<f64>)>,
}

impl SalaryModel {
    pub fn new(career: &Career) -> Self {
        let s = &career.salary;
        let latest_end = |skip: usize| {
            career
                .tiers
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .filter_map(|(_, t)| t.years_max)
                .fold(f64::NEG_INFINITY, f64::max)
        };
        let mut anchors: Vec<Anchor> = career
            .tiers
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let years = match t.years_max {
                    Some(max) => (t.years_min + max) / 2.0,
                    None => t.years_min.max(latest_end(i)),
                };
                let level = t.pay_level.value;
                Anchor { years, pay: s.level(level), basis: AnchorBasis::Tier(i, level) }
            })
            .collect();
        if anchors.first().is_some_and(|a| a.years > YEARS_MIN) {
            anchors.insert(0, Anchor { years: YEARS_MIN, pay: s.low, basis: AnchorBasis::RangeLow });
        }
        Self {
            anchors,
            low: s.low,
            median: s.median,
            high: s.high,
            sigma_below: (s.median - s.low) / Z90,
            sigma_above: (s.high - s.median) / Z90,
            tier_ranges: career.tiers.iter().map(|t| (t.years_min, t.years_max)).collect(),
        }
    }

    /// The points the estimate passes through, in ascending years.
    pub fn anchors(&self) -> &[Anchor] {
        &self.anchors
    }

    /// The estimated annual pay at `years`: see the module documentation for the rule.
    pub fn estimate(&self, years: Years) -> f64 {
        let y = years.get();
        let a = &self.anchors;
        let est = if y <= a[0].years {
            a[0].pay
        } else if let Some(w) = a.windows(2).find(|w| y <= w[1].years) {
            let (p, q) = (w[0], w[1]);
            let t = (y - p.years) / (q.years - p.years);
            p.pay + t * (q.pay - p.pay)
        } else {
            a[a.len() - 1].pay
        };
        est.clamp(self.low, self.high)
    }

    /// The tiers that apply at `years`: see the module documentation for the rule.
    pub fn tiers_at(&self, years: Years) -> TierMatch {
        let y = years.get();
        let applies = |&(min, max): &(f64, Option<f64>)| y >= min && max.is_none_or(|max| y < max);
        let tiers: Vec<usize> =
            self.tier_ranges.iter().enumerate().filter(|(_, r)| applies(r)).map(|(i, _)| i).collect();
        if !tiers.is_empty() {
            return TierMatch { tiers, before_first: false };
        }
        match self.tier_ranges.iter().rposition(|&(min, _)| y >= min) {
            Some(i) => TierMatch { tiers: vec![i], before_first: false },
            None => TierMatch { tiers: vec![0], before_first: true },
        }
    }

    /// The percentile (0–100) of an annual salary in the fitted distribution; `None` for a value
    /// that is not a finite, non-negative amount.
    pub fn percentile(&self, salary: f64) -> Option<f64> {
        if !salary.is_finite() || salary < 0.0 {
            return None;
        }
        let d = salary - self.median;
        let sigma = if d < 0.0 { self.sigma_below } else { self.sigma_above };
        if sigma <= 0.0 {
            // A degenerate side (median equal to low or high): everything beyond it is at the edge.
            return Some(if d < 0.0 {
                0.0
            } else if d > 0.0 {
                100.0
            } else {
                50.0
            });
        }
        let half = 50.0 * erf_abs(d.abs() / sigma / std::f64::consts::SQRT_2);
        Some(if d < 0.0 { 50.0 - half } else { 50.0 + half })
    }

    pub fn range(&self) -> (f64, f64) {
        (self.low, self.high)
    }
}

/// `erf(x)` for `x ≥ 0`, from the Chebyshev fit of `erfc` in Numerical Recipes (relative error
/// below 1.2e-7), clamped to `0..=1` so rounding near zero cannot make it negative.
fn erf_abs(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.5 * x);
    let poly = -x * x - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98 + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    (1.0 - t * poly.exp()).clamp(0.0, 1.0)
}
