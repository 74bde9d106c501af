//! The salary model against the bundled career, and its invariants over generated careers.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::dataset::Dataset;
use career_widget::core::read::read_dataset;
use career_widget::core::salary::{AnchorBasis, SalaryModel};
use career_widget::core::years::Years;
use career_widget::core::{BUNDLED_JSON, bundled_dataset};
use proptest::prelude::*;
use serde_json::{Value, json};

fn model() -> SalaryModel {
    SalaryModel::new(&bundled_dataset().as_ref().unwrap().careers[0])
}

fn y(v: f64) -> Years {
    Years::clamped(v).unwrap()
}

#[test]
fn estimate_meets_each_level_at_its_tiers_midpoint() {
    let m = model();
    assert_eq!(m.estimate(y(2.0)), 67_500.0);
    assert_eq!(m.estimate(y(5.0)), 85_000.0);
    assert_eq!(m.estimate(y(9.5)), 102_500.0);
    assert_eq!(m.estimate(y(12.0)), 110_000.0, "Director reaches the top-10% figure where only it applies");
    assert_eq!(m.estimate(y(40.0)), 110_000.0);
    assert_eq!(m.estimate(y(0.0)), 60_000.0, "0 years starts at the range's low end");
}

#[test]
fn estimate_interpolates_between_anchors() {
    let m = model();
    assert_eq!(m.estimate(y(1.0)), 63_750.0);
    assert_eq!(m.estimate(y(3.5)), 76_250.0);
    assert_eq!(m.estimate(y(7.25)), 93_750.0);
    assert!((m.estimate(y(11.0)) - 107_000.0).abs() < 1e-6);
}

#[test]
fn anchors_name_their_basis() {
    let m = model();
    let bases: Vec<AnchorBasis> = m.anchors().iter().map(|a| a.basis).collect();
    assert_eq!(bases[0], AnchorBasis::RangeLow);
    let years: Vec<f64> = m.anchors().iter().map(|a| a.years).collect();
    assert_eq!(years, [0.0, 2.0, 5.0, 9.5, 12.0]);
}

#[test]
fn tiers_follow_the_documented_rule() {
    let m = model();
    let at = |v: f64| m.tiers_at(y(v));
    assert_eq!(at(0.0).tiers, [0]);
    assert!(at(0.5).before_first);
    assert!(!at(1.0).before_first);
    assert_eq!(at(2.9).tiers, [0]);
    assert_eq!(at(3.0).tiers, [1], "a range's end is exclusive");
    assert_eq!(at(6.99).tiers, [1]);
    assert_eq!(at(7.0).tiers, [2]);
    assert_eq!(at(10.0).tiers, [2, 3], "10–12 years: Senior and Director both apply");
    assert_eq!(at(11.5).tiers, [2, 3]);
    assert_eq!(at(11.5).primary(), 2);
    assert_eq!(at(12.0).tiers, [3]);
    assert_eq!(at(40.0).tiers, [3]);
}

#[test]
fn percentile_reads_low_median_high_as_10_50_90() {
    let m = model();
    assert_eq!(m.percentile(85_000.0), Some(50.0));
    assert!((m.percentile(60_000.0).unwrap() - 10.0).abs() < 1e-4);
    assert!((m.percentile(110_000.0).unwrap() - 90.0).abs() < 1e-4);
    assert!(m.percentile(0.0).unwrap() < 0.1);
    assert!(m.percentile(1e9).unwrap() > 99.9);
    assert_eq!(m.percentile(f64::NAN), None);
    assert_eq!(m.percentile(-1.0), None);
    assert_eq!(m.percentile(f64::INFINITY), None);
}

/// A valid career built from generated figures: sorted pay levels, a median inside the range,
/// and tiers with increasing starts and non-decreasing ends, the last one open-ended or not.
fn generated_career() -> impl Strategy<Value = Dataset> {
    generated_career_json().prop_map(|(_, d)| d)
}

/// The same, with the career's JSON as written (for checks that read the data without the model).
fn generated_career_json() -> impl Strategy<Value = (Value, Dataset)> {
    let pays = prop::collection::vec(1_000u32..1_000_000, 7).prop_map(|mut v| {
        v.sort_unstable();
        v
    });
    let starts = prop::collection::btree_set(0u32..78, 1..=6);
    (pays, starts, 0usize..6, any::<bool>(), prop::collection::vec(1u32..20, 6)).prop_filter_map(
        "valid tiers",
        |(p, starts, median_pick, open_ended, lengths)| {
            let starts: Vec<f64> = starts.into_iter().map(|s| s as f64 / 2.0).collect();
            let levels = ["entry", "mid", "senior", "top_10_percent"];
            let mut max_so_far = 0.0f64;
            let mut tiers = Vec::new();
            for (i, &min) in starts.iter().enumerate() {
                let last = i + 1 == starts.len();
                let max = (min + lengths[i] as f64 / 2.0).max(max_so_far).min(40.0);
                if max <= min {
                    return None;
                }
                max_so_far = max;
                let level = levels[(i * levels.len() / starts.len()).min(3)];
                tiers.push(json!({
                    "id": format!("t{i}"), "title": format!("Tier {i}"), "years_min": min,
                    "years_max": if last && open_ended { Value::Null } else { json!(max) },
                    "description": "Generated.",
                    "pay_level": { "value": level, "derived": true, "rationale": "Generated." }
                }));
            }
            let mut base: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
            let career = &mut base["careers"][0];
            let median = p[1 + median_pick.min(4)] as f64;
            career["salary"] = json!({
                "currency": "USD", "region": "US", "source": "guide",
                "low": p[0], "entry": p[1], "mid": p[2], "senior": p[3], "top_10_percent_from": p[4],
                "high": p[6], "median": median
            });
            career["tiers"] = Value::Array(tiers);
            for g in career["skill_groups"].as_array_mut().unwrap() {
                g["focus_tiers"]["value"] = json!(["t0"]);
            }
            let json = career.clone();
            read_dataset(&base.to_string()).ok().map(|d| (json, d))
        },
    )
}

fn years() -> impl Strategy<Value = f64> {
    prop_oneof![-10.0f64..60.0, Just(f64::INFINITY), Just(f64::NEG_INFINITY), Just(0.0), Just(40.0)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn estimate_is_non_decreasing_and_inside_the_range(d in generated_career(), a in years(), b in years()) {
        let m = SalaryModel::new(&d.careers[0]);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (elo, ehi) = (m.estimate(y(lo)), m.estimate(y(hi)));
        prop_assert!(elo <= ehi, "estimate({lo}) = {elo} > estimate({hi}) = {ehi}");
        let (low, high) = m.range();
        prop_assert!(low <= elo && ehi <= high);
    }

    #[test]
    fn estimate_passes_through_every_anchor(d in generated_career()) {
        let m = SalaryModel::new(&d.careers[0]);
        for a in m.anchors() {
            prop_assert!((m.estimate(y(a.years)) - a.pay).abs() < 1e-6 * a.pay);
        }
    }

    #[test]
    fn tiers_at_is_never_empty_and_every_tier_applies(d in generated_career(), v in years()) {
        let c = &d.careers[0];
        let m = SalaryModel::new(c);
        let years = y(v);
        let t = m.tiers_at(years);
        prop_assert!(!t.tiers.is_empty());
        prop_assert!(t.tiers.windows(2).all(|w| w[0] < w[1]));
        for &i in &t.tiers {
            prop_assert!(i < c.tiers.len());
        }
        if t.before_first {
            prop_assert!(years.get() < c.tiers[0].years_min);
        } else {
            prop_assert!(years.get() >= c.tiers[t.primary()].years_min);
        }
    }

    #[test]
    fn percentile_is_non_decreasing_and_bounded(d in generated_career(), a in 0.0f64..5e6, b in 0.0f64..5e6) {
        let m = SalaryModel::new(&d.careers[0]);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (plo, phi) = (m.percentile(lo).unwrap(), m.percentile(hi).unwrap());
        prop_assert!(plo <= phi, "percentile({lo}) = {plo} > percentile({hi}) = {phi}");
        prop_assert!((0.0..=100.0).contains(&plo) && (0.0..=100.0).contains(&phi));
        prop_assert_eq!(m.percentile(d.careers[0].salary.median), Some(50.0));
    }

    #[test]
    fn any_float_is_clamped_or_rejected_never_a_panic(v in any::<f64>()) {
        match Years::clamped(v) {
            None => prop_assert!(v.is_nan()),
            Some(years) => {
                prop_assert!((0.0..=40.0).contains(&years.get()));
                let _ = model().estimate(years);
                let _ = model().tiers_at(years);
            }
        }
        let _ = model().percentile(v);
    }
}

// The estimate's rule, written out again from the data with no help from the model (README,
// "How the figures are derived", and src/core/salary.rs): each tier is anchored at the pay
// figure its pay_level names, at the midpoint of its years; an open-ended tier where it becomes
// the only tier, the latest end of any other tier's range (or its own start, if later); a first
// anchor after 0 years gets one before it, the range's low end at 0 years; linear between
// anchors, flat after the last.

/// The anchors as (years, pay), read straight from a career's JSON.
fn anchors_by_the_rule(career: &Value) -> Vec<(f64, f64)> {
    let salary = &career["salary"];
    let figure = |level: &str| {
        let field = if level == "top_10_percent" { "top_10_percent_from" } else { level };
        salary[field].as_f64().unwrap_or_else(|| panic!("no salary figure for pay level {level:?}"))
    };
    let tiers = career["tiers"].as_array().unwrap();
    let mut anchors = Vec::new();
    for (i, tier) in tiers.iter().enumerate() {
        let start = tier["years_min"].as_f64().unwrap();
        let years = match tier["years_max"].as_f64() {
            Some(end) => (start + end) / 2.0,
            None => {
                let mut latest_other_end = start;
                for (j, other) in tiers.iter().enumerate() {
                    if let Some(end) = other["years_max"].as_f64().filter(|_| j != i) {
                        latest_other_end = latest_other_end.max(end);
                    }
                }
                latest_other_end
            }
        };
        anchors.push((years, figure(tier["pay_level"]["value"].as_str().unwrap())));
    }
    if anchors[0].0 > 0.0 {
        anchors.insert(0, (0.0, salary["low"].as_f64().unwrap()));
    }
    anchors
}

/// The estimate at `years` by the rule, from those anchors.
fn estimate_by_the_rule(anchors: &[(f64, f64)], years: f64) -> f64 {
    if years <= anchors[0].0 {
        return anchors[0].1;
    }
    for pair in anchors.windows(2) {
        let ((y0, p0), (y1, p1)) = (pair[0], pair[1]);
        if years <= y1 {
            return p0 + (p1 - p0) * (years - y0) / (y1 - y0);
        }
    }
    anchors[anchors.len() - 1].1
}

fn model_anchors(m: &SalaryModel) -> Vec<(f64, f64)> {
    m.anchors().iter().map(|a| (a.years, a.pay)).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn bundled_anchors_are_the_readmes_by_the_rule() {
    let bundled: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let expected = anchors_by_the_rule(&bundled["careers"][0]);
    // The README's figures: 0 → $60,000, Junior 1–3 → 2 → $67,500, Manager 3–7 → 5 → $85,000,
    // Senior 7–12 → 9.5 → $102,500, Director 10+ → 12 → $110,000.
    assert_eq!(expected, [(0.0, 60_000.0), (2.0, 67_500.0), (5.0, 85_000.0), (9.5, 102_500.0), (12.0, 110_000.0)]);
    assert_eq!(model_anchors(&model()), expected);
    for tenth in 0..=400 {
        let years = tenth as f64 / 10.0;
        let (got, want) = (model().estimate(y(years)), estimate_by_the_rule(&expected, years));
        assert!(close(got, want), "estimate({years}) = {got}, the rule gives {want}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn anchors_follow_the_rule((json, d) in generated_career_json()) {
        let expected = anchors_by_the_rule(&json);
        let m = SalaryModel::new(&d.careers[0]);
        prop_assert_eq!(model_anchors(&m), expected.clone());
        prop_assert!(expected.windows(2).all(|w| w[0].0 < w[1].0), "anchors in ascending years: {:?}", expected);
        for &(years, pay) in &expected {
            prop_assert!(close(m.estimate(y(years)), pay), "at the anchor {} years: {} vs {}", years, m.estimate(y(years)), pay);
        }
    }

    #[test]
    fn estimate_between_and_after_anchors_follows_the_rule(
        (json, d) in generated_career_json(),
        segment in any::<prop::sample::Index>(),
        fraction in 0.0f64..=1.0,
        after in 0.0f64..=1.0,
    ) {
        let anchors = anchors_by_the_rule(&json);
        let m = SalaryModel::new(&d.careers[0]);
        // Between two neighbouring anchors (or at the only one).
        let k = segment.index(anchors.len());
        let (y0, _) = anchors[k];
        let y1 = anchors.get(k + 1).map_or(y0, |a| a.0);
        let years = (y0 + fraction * (y1 - y0)).min(40.0);
        let (got, want) = (m.estimate(y(years)), estimate_by_the_rule(&anchors, years));
        prop_assert!(close(got, want), "estimate({}) = {}, the rule gives {} ({:?})", years, got, want, anchors);
        // Flat after the last anchor.
        let (last_years, last_pay) = anchors[anchors.len() - 1];
        let later = (last_years + after * (40.0 - last_years)).min(40.0);
        prop_assert!(close(m.estimate(y(later)), last_pay), "estimate({}) after the last anchor", later);
    }
}

// The percentile's rule, written out again with no help from the model (docs/model.md,
// "Percentile"): low, median and high are the 10th, 50th and 90th percentiles of a two-piece
// normal distribution, each piece holding half the mass (so the median stays the median), one
// standard deviation below the median and another above, each fitted to its own end of the range.

/// erf(x) from its everywhere-convergent series of positive terms,
/// erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·5·…·(2n+1)): with no cancellation it is good to
/// near f64's precision. Far out, erf is 1 within that precision and the series would only cost.
fn erf_by_series(x: f64) -> f64 {
    if x < 0.0 {
        return -erf_by_series(-x);
    }
    if x > 6.0 {
        return 1.0;
    }
    let (mut term, mut sum, mut n) = (x, x, 0.0);
    while term > sum * 1e-17 {
        n += 1.0;
        term *= 2.0 * x * x / (2.0 * n + 1.0);
        sum += term;
    }
    (2.0 / std::f64::consts::PI.sqrt() * (-x * x).exp() * sum).min(1.0)
}

/// The standard normal distribution function.
fn phi(z: f64) -> f64 {
    0.5 * (1.0 + erf_by_series(z / std::f64::consts::SQRT_2))
}

/// The standard normal quantile of 0.9, found by bisection on `phi`.
fn z90_by_bisection() -> f64 {
    let (mut lo, mut hi) = (0.0f64, 4.0f64);
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if phi(mid) < 0.9 { lo = mid } else { hi = mid }
    }
    (lo + hi) / 2.0
}

/// The percentile (0–100) of `salary` by the rule; a side with no spread is a step.
fn percentile_by_the_rule(low: f64, median: f64, high: f64, salary: f64) -> f64 {
    let z90 = z90_by_bisection();
    let d = salary - median;
    let sigma = if d < 0.0 { (median - low) / z90 } else { (high - median) / z90 };
    if sigma == 0.0 {
        return if d < 0.0 {
            0.0
        } else if d > 0.0 {
            100.0
        } else {
            50.0
        };
    }
    100.0 * phi(d / sigma)
}

/// How far the model may be from the rule, in percentile points: the model's erf is a Chebyshev
/// fit (Numerical Recipes) whose stated relative error in erfc, times the fifty points each side
/// spans, stays below this; the rule's own series is far more precise.
const PERCENTILE_TOLERANCE: f64 = 1e-5;

/// A model of the bundled career with the salary range `low`, `median`, `high` (and pay levels
/// inside it, in order).
fn model_with_range(low: f64, median: f64, high: f64) -> SalaryModel {
    let mut v: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let s = &mut v["careers"][0]["salary"];
    for (key, value) in [
        ("low", low),
        ("median", median),
        ("high", high),
        ("entry", low),
        ("mid", median),
        ("senior", median),
        ("top_10_percent_from", high),
    ] {
        s[key] = json!(value);
    }
    let d = read_dataset(&v.to_string()).unwrap_or_else(|e| panic!("{low}/{median}/{high}: {e}"));
    SalaryModel::new(&d.careers[0])
}

fn assert_percentiles_follow_the_rule(m: &SalaryModel, (low, median, high): (f64, f64, f64), salaries: &[f64]) {
    for &salary in salaries {
        let (got, want) = (m.percentile(salary).unwrap(), percentile_by_the_rule(low, median, high, salary));
        assert!(
            (got - want).abs() <= PERCENTILE_TOLERANCE,
            "{low}/{median}/{high}: percentile({salary}) = {got}, the rule gives {want}"
        );
    }
}

#[test]
fn the_rule_s_own_normal_distribution_is_right() {
    // Published values of the standard normal distribution, so the rule's own arithmetic is checked.
    for (z, p) in
        [(0.0, 0.5), (1.0, 0.841_344_746_068_543), (-1.959_963_984_540_054, 0.025), (3.0, 0.998_650_101_968_37)]
    {
        assert!((phi(z) - p).abs() < 1e-13, "phi({z}) = {}", phi(z));
    }
    assert!((z90_by_bisection() - 1.281_551_565_544_6).abs() < 1e-12);
}

#[test]
fn percentile_is_the_two_piece_normal_at_every_salary() {
    let salaries: Vec<f64> = (0..=600).map(|i| f64::from(i) * 500.0).chain([1.0, 59_999.5, 85_000.5, 1e9]).collect();
    assert_percentiles_follow_the_rule(&model(), (60_000.0, 85_000.0, 110_000.0), &salaries);
    let m = model();
    // Symmetric for the bundled career: equal distances from the median, complementary points.
    for d in [1_000.0, 12_345.0, 25_000.0, 40_000.0] {
        let (below, above) = (m.percentile(85_000.0 - d).unwrap(), m.percentile(85_000.0 + d).unwrap());
        assert!((below + above - 100.0).abs() < 1e-9, "{d}: {below} + {above}");
    }
}

#[test]
fn percentile_follows_uneven_spreads_below_and_above_the_median() {
    for range in [
        (40_000.0, 50_000.0, 150_000.0),
        (20_000.0, 140_000.0, 150_000.0),
        (1_000.0, 1_001.0, 99_000_000.0),
        (30_000.0, 30_000.0, 90_000.0),
        (30_000.0, 90_000.0, 90_000.0),
    ] {
        let (low, median, high) = range;
        let m = model_with_range(low, median, high);
        let salaries: Vec<f64> =
            (0..=400).map(|i| f64::from(i) / 200.0 * (high + low)).chain([low, median, high]).collect();
        assert_percentiles_follow_the_rule(&m, range, &salaries);
        if low < median {
            assert!((m.percentile(low).unwrap() - 10.0).abs() <= PERCENTILE_TOLERANCE, "{range:?}");
        }
        if median < high {
            assert!((m.percentile(high).unwrap() - 90.0).abs() <= PERCENTILE_TOLERANCE, "{range:?}");
        }
        assert_eq!(m.percentile(median), Some(50.0), "{range:?}");
    }
    // A narrow side climbs faster: the same distance from the median is further out there.
    let m = model_with_range(40_000.0, 50_000.0, 150_000.0);
    assert!(50.0 - m.percentile(45_000.0).unwrap() > m.percentile(55_000.0).unwrap() - 50.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn percentile_is_the_two_piece_normal_for_any_range(
        range in prop::collection::btree_set(1_000u32..10_000_000, 3),
        fractions in prop::collection::vec(0.0f64..=1.0, 16),
    ) {
        let [low, median, high]: [f64; 3] = range.into_iter().map(f64::from).collect::<Vec<_>>().try_into().unwrap();
        let m = model_with_range(low, median, high);
        prop_assert!((m.percentile(low).unwrap() - 10.0).abs() <= PERCENTILE_TOLERANCE);
        prop_assert_eq!(m.percentile(median), Some(50.0));
        prop_assert!((m.percentile(high).unwrap() - 90.0).abs() <= PERCENTILE_TOLERANCE);
        for f in fractions {
            let salary = f * 2.0 * high;
            let (got, want) = (m.percentile(salary).unwrap(), percentile_by_the_rule(low, median, high, salary));
            prop_assert!((got - want).abs() <= PERCENTILE_TOLERANCE, "{}/{}/{}: percentile({}) = {}, the rule gives {}", low, median, high, salary, got, want);
        }
    }
}
