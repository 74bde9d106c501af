//! One pass of everything the widget computes from a dataset, with its invariants checked:
//! the body of the fuzz target (`fuzz_targets/dataset.rs`) and of the regression test over the
//! inputs in `regressions/` (`tests/fuzz_regressions.rs`), which both include this file. Kept
//! out of the library, so the widget never compiles it.

use career_widget::core::compare::parse_salary_input;
use career_widget::core::read::read_dataset_bytes;
use career_widget::core::salary::SalaryModel;
use career_widget::core::skills::{Focus, FocusTiers, SkillIndex, stages};
use career_widget::core::years::Years;

/// Parses `bytes` as a dataset and, if valid, runs every model over it. Panics only if an
/// invariant breaks, which is what a fuzzer should find.
pub fn exercise(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let _ = parse_salary_input(&text);
    let Ok(dataset) = read_dataset_bytes(bytes) else { return };
    let query: String = text.chars().rev().take(12).collect();
    for career in &dataset.careers {
        let model = SalaryModel::new(career);
        let focus_tiers = FocusTiers::new(career);
        let (low, high) = model.range();
        let mut last = f64::NEG_INFINITY;
        for step in 0..=80 {
            let years = Years::clamped(step as f64 / 2.0).expect("finite");
            let estimate = model.estimate(years);
            assert!(estimate >= low && estimate <= high, "estimate {estimate} outside {low}..{high}");
            assert!(estimate >= last, "estimate went down at {} years", years.get());
            last = estimate;
            let tiers = model.tiers_at(years);
            assert!(!tiers.tiers.is_empty());
            let focus = Focus::of(&focus_tiers, career.tiers.len(), &tiers);
            assert!(focus.next.iter().all(|g| !focus.now.contains(g)));
            let p = model.percentile(estimate).expect("an estimate is a valid salary");
            assert!((0.0..=100.0).contains(&p));
        }
        let index = SkillIndex::new(career);
        for hit in index.search(&query) {
            let name = &career.skill_groups[hit.group].skills[hit.skill].name;
            for (s, e) in SkillIndex::match_ranges(name, &query) {
                assert!(name.is_char_boundary(s) && name.is_char_boundary(e));
            }
        }
        let staged: usize = stages(&focus_tiers, career.tiers.len()).iter().map(Vec::len).sum();
        assert_eq!(staged, career.skill_groups.len(), "every group is in exactly one stage");
    }
}
