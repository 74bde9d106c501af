//! The skill-map model against the bundled career.
#![cfg(not(target_arch = "wasm32"))]

use career_widget::core::bundled_dataset;
use career_widget::core::dataset::Career;
use career_widget::core::salary::SalaryModel;
use career_widget::core::skills::{Focus, FocusTiers, SkillIndex, SkillRef};
use career_widget::core::years::Years;
use proptest::prelude::*;

fn career() -> &'static Career {
    &bundled_dataset().as_ref().unwrap().careers[0]
}

fn focus_at(years: f64) -> Focus {
    let m = SalaryModel::new(career());
    Focus::of(&FocusTiers::new(career()), career().tiers.len(), &m.tiers_at(Years::clamped(years).unwrap()))
}

fn names(refs: &[SkillRef]) -> Vec<&'static str> {
    refs.iter().map(|r| career().skill_groups[r.group].skills[r.skill].name.as_str()).collect()
}

#[test]
fn groups_are_in_progression_order() {
    let titles: Vec<&str> = career().skill_groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Foundational Skills",
            "Technical & Analytical Skills",
            "Professional & Interpersonal Skills",
            "Emerging & Leadership Skills"
        ]
    );
}

#[test]
fn focus_follows_the_tier() {
    assert_eq!(focus_at(2.0), Focus { now: vec![0], next: vec![1, 2] });
    assert_eq!(focus_at(5.0), Focus { now: vec![1, 2], next: vec![3] });
    assert_eq!(focus_at(8.0), Focus { now: vec![2, 3], next: vec![] }, "Director's focus is already in Senior's");
    assert_eq!(focus_at(11.0), Focus { now: vec![2, 3], next: vec![] }, "the overlap unites both tiers' focus");
    assert_eq!(focus_at(20.0), Focus { now: vec![3], next: vec![] });
}

#[test]
fn search_ignores_case_and_matches_every_word() {
    let index = SkillIndex::new(career());
    assert_eq!(index.len(), 20);
    assert_eq!(names(&index.search("crm")), ["Basic CRM Technology Navigation", "Advanced CRM Administration"]);
    assert_eq!(names(&index.search("  CRM   admin ")), ["Advanced CRM Administration"]);
    assert_eq!(names(&index.search("HELPDESK &")), ["Helpdesk & Ticketing System Expertise"]);
    assert_eq!(index.search("").len(), 20);
    assert_eq!(index.search("   ").len(), 20);
    assert!(index.search("underwater basket weaving").is_empty());
    assert!(index.search("<script>").is_empty());
}

proptest! {
    #[test]
    fn search_results_all_contain_the_query(q in "\\PC{0,12}") {
        let index = SkillIndex::new(career());
        let hits = index.search(&q);
        let lower = q.to_lowercase();
        for name in names(&hits) {
            for word in lower.split_whitespace() {
                prop_assert!(name.to_lowercase().contains(word));
            }
        }
        prop_assert!(hits.windows(2).all(|w| w[0] < w[1]), "map order");
    }

    #[test]
    fn focus_never_repeats_a_group(years in 0.0f64..40.0) {
        let f = focus_at(years);
        prop_assert!(!f.now.is_empty());
        prop_assert!(f.next.iter().all(|g| !f.now.contains(g)));
    }
}

#[test]
fn stages_follow_the_guides_progression() {
    use career_widget::core::skills::stages;
    assert_eq!(stages(&FocusTiers::new(career()), career().tiers.len()), vec![vec![0], vec![1, 2], vec![3]]);
}

#[test]
fn relations_point_into_the_careers_lists() {
    let c = career();
    let crm = &c.skill_groups[0].skills[1];
    assert_eq!(crm.name, "Basic CRM Technology Navigation");
    let related = &crm.related.as_ref().unwrap().value;
    let tech: Vec<&str> = related.tech_skills.iter().map(String::as_str).collect();
    let tools: Vec<&str> = related.tools.iter().map(String::as_str).collect();
    assert!(tech.iter().all(|t| c.tech_skills.iter().any(|x| x == t)), "names entries of tech_skills");
    assert!(tools.iter().all(|t| c.tech_stack.iter().any(|x| x == t)), "names entries of tech_stack");
    assert_eq!(tech, ["CRM systems management (e.g., Zendesk, Salesforce)", "Helpdesk ticketing systems"]);
    assert_eq!(tools, ["Zendesk", "Freshdesk", "Salesforce Service Cloud", "HubSpot Service Hub"]);
    assert!(c.skill_groups[0].skills[0].related.is_none(), "no relation is invented where the data has none");
}

#[test]
fn match_ranges_for_highlighting() {
    assert_eq!(SkillIndex::match_ranges("Advanced CRM Administration", "crm ADMIN"), [(9, 12), (13, 18)]);
    assert_eq!(SkillIndex::match_ranges("Time Management", "me"), [(2, 4), (11, 13)]);
    assert_eq!(SkillIndex::match_ranges("aaaa", "aa a"), [(0, 4)], "overlaps merge");
    assert!(SkillIndex::match_ranges("Change Management", "").is_empty());
    assert!(SkillIndex::match_ranges("İstanbul", "stan").is_empty(), "no ranges where lower-casing shifts bytes");
}

proptest! {
    #[test]
    fn match_ranges_are_sorted_disjoint_char_boundaries(name in "\\PC{0,30}", q in "\\PC{0,6}") {
        let r = SkillIndex::match_ranges(&name, &q);
        prop_assert!(r.windows(2).all(|w| w[0].1 < w[1].0));
        for (s, e) in r {
            prop_assert!(s < e && e <= name.len() && name.is_char_boundary(s) && name.is_char_boundary(e));
        }
    }
}

#[path = "support/large_dataset.rs"]
mod large_dataset;

#[test]
fn the_generated_2000_skill_dataset_validates_and_searches() {
    use career_widget::core::read::read_dataset;
    use career_widget::core::skills::stages;
    let value = large_dataset::large_dataset(career_widget::core::BUNDLED_JSON, 20, 100);
    let dataset = read_dataset(&value.to_string()).expect("the generated dataset is valid");
    let c = &dataset.careers[0];
    let index = SkillIndex::new(c);
    assert_eq!(index.len(), 2_000);
    let names: Vec<&str> = c.skill_groups.iter().flat_map(|g| g.skills.iter().map(|s| s.name.as_str())).collect();
    let expected = names.iter().filter(|n| n.contains("CRM") && n.contains("7.")).count();
    assert!(expected > 0);
    assert_eq!(index.search("crm  7.").len(), expected);
    assert!(index.search("crm").len() > 100);
    assert_eq!(stages(&FocusTiers::new(c), c.tiers.len()).len(), 4, "groups cycle through the four tiers");
}

/// The straightforward version: every occurrence of every word, sorted, overlapping and
/// touching ranges merged.
fn match_ranges_reference(name: &str, query: &str) -> Vec<(usize, usize)> {
    let lower = name.to_lowercase();
    if lower.len() != name.len() {
        return Vec::new();
    }
    let query = query.to_lowercase();
    let mut ranges = Vec::new();
    for word in query.split_whitespace() {
        for at in 0..lower.len() {
            if lower.is_char_boundary(at) && lower[at..].starts_with(word) {
                ranges.push((at, at + word.len()));
            }
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged.retain(|&(s, e)| name.is_char_boundary(s) && name.is_char_boundary(e));
    merged
}

proptest! {
    #[test]
    fn match_ranges_agree_with_the_reference(name in "[abAB é]{0,24}", query in "[abAB ]{0,8}") {
        prop_assert_eq!(SkillIndex::match_ranges(&name, &query), match_ranges_reference(&name, &query));
    }
}

// Search over real substrings: a skill's own name, cut into pieces (whole words, parts of words,
// stretches across words) in random case and with random spacing, must find that skill; and
// the results must be exactly the skills whose names contain every word of the query, compared
// with a straightforward filter (no match missed, none made up).

/// How one piece of the query is cut from a name.
#[derive(Debug, Clone)]
enum Cut {
    /// A whole word of the name.
    Word(usize),
    /// Part of one word: which word, where the part starts, how long it is.
    PartOfWord(usize, usize, usize),
    /// A stretch of the name, spaces and all: where it starts, how long it is.
    Stretch(usize, usize),
}

fn cut() -> impl Strategy<Value = Cut> {
    prop_oneof![
        any::<usize>().prop_map(Cut::Word),
        (any::<usize>(), any::<usize>(), any::<usize>()).prop_map(|(w, s, l)| Cut::PartOfWord(w, s, l)),
        (any::<usize>(), any::<usize>()).prop_map(|(s, l)| Cut::Stretch(s, l)),
    ]
}

/// From character `start` (modulo the length) on, `1 + len` characters (modulo what is left).
fn slice(chars: &[char], start: usize, len: usize) -> String {
    let from = start % chars.len();
    let count = 1 + len % (chars.len() - from);
    chars[from..from + count].iter().collect()
}

/// A query made of pieces of `name`, each in random case, joined by random whitespace.
fn query_from(name: &str, cuts: &[Cut], upper: &[bool], gaps: &[&str]) -> String {
    let words: Vec<Vec<char>> = name.split_whitespace().map(|w| w.chars().collect()).collect();
    let all: Vec<char> = name.chars().collect();
    let mut query = String::from(gaps[0]);
    for (i, c) in cuts.iter().enumerate() {
        let piece = match c {
            Cut::Word(w) => words[w % words.len()].iter().collect(),
            Cut::PartOfWord(w, s, l) => slice(&words[w % words.len()], *s, *l),
            Cut::Stretch(s, l) => slice(&all, *s, *l),
        };
        // The names are ASCII (checked below), so changing case keeps every piece's length.
        query.extend(piece.chars().enumerate().map(|(j, ch)| {
            if upper[(i + j) % upper.len()] { ch.to_ascii_uppercase() } else { ch.to_ascii_lowercase() }
        }));
        query.push_str(gaps[(i + 1) % gaps.len()]);
    }
    query
}

/// The skills whose names contain every word of `query`, ignoring case, in map order: the
/// plain reading of what search promises.
fn matching_by_hand(career: &Career, query: &str) -> Vec<SkillRef> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let mut refs = Vec::new();
    for (group, g) in career.skill_groups.iter().enumerate() {
        for (skill, s) in g.skills.iter().enumerate() {
            let name = s.name.to_lowercase();
            if words.iter().all(|w| name.contains(w.as_str())) {
                refs.push(SkillRef { group, skill });
            }
        }
    }
    refs
}

fn all_skills(career: &Career) -> Vec<SkillRef> {
    matching_by_hand(career, "")
}

fn large_career() -> &'static Career {
    use career_widget::core::dataset::Dataset;
    use career_widget::core::read::read_dataset;
    static LARGE: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    &LARGE
        .get_or_init(|| {
            let value = large_dataset::large_dataset(career_widget::core::BUNDLED_JSON, 20, 100);
            read_dataset(&value.to_string()).expect("the generated dataset is valid")
        })
        .careers[0]
}

fn search_finds_pieces_of_a_skills_name(
    career: &Career,
    pick: &prop::sample::Index,
    cuts: &[Cut],
    upper: &[bool],
    gaps: &[&str],
) -> Result<(), TestCaseError> {
    let skills = all_skills(career);
    let picked = skills[pick.index(skills.len())];
    let name = &career.skill_groups[picked.group].skills[picked.skill].name;
    prop_assert!(name.is_ascii(), "{}", name);
    let query = query_from(name, cuts, upper, gaps);
    let index = SkillIndex::new(career);
    let hits = index.search(&query);
    prop_assert!(hits.contains(&picked), "{:?} does not find {:?}", query, name);
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    for hit in &hits {
        let hit_name = career.skill_groups[hit.group].skills[hit.skill].name.to_lowercase();
        for w in &words {
            prop_assert!(hit_name.contains(w.as_str()), "{:?} found {:?}, which lacks {:?}", query, hit_name, w);
        }
    }
    prop_assert_eq!(hits, matching_by_hand(career, &query), "{:?}", query);
    Ok(())
}

const GAPS: [&str; 6] = [" ", "  ", "\t", " \u{a0}", "", "\n "];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn search_finds_a_bundled_skill_by_pieces_of_its_name(
        pick in any::<prop::sample::Index>(),
        cuts in prop::collection::vec(cut(), 1..4),
        upper in prop::collection::vec(any::<bool>(), 1..8),
        gaps in prop::collection::vec(prop::sample::select(GAPS.to_vec()), 1..5),
    ) {
        // Between pieces there must be some space, or two pieces would merge into one word.
        let gaps: Vec<&str> = gaps.into_iter().map(|g| if g.is_empty() { " " } else { g }).collect();
        search_finds_pieces_of_a_skills_name(career(), &pick, &cuts, &upper, &gaps)?;
    }

    #[test]
    fn search_finds_a_generated_skill_among_2000_by_pieces_of_its_name(
        pick in any::<prop::sample::Index>(),
        cuts in prop::collection::vec(cut(), 1..4),
        upper in prop::collection::vec(any::<bool>(), 1..8),
        gaps in prop::collection::vec(prop::sample::select(GAPS.to_vec()), 1..5),
    ) {
        let gaps: Vec<&str> = gaps.into_iter().map(|g| if g.is_empty() { " " } else { g }).collect();
        search_finds_pieces_of_a_skills_name(large_career(), &pick, &cuts, &upper, &gaps)?;
    }
}

#[test]
fn the_query_maker_cuts_real_pieces() {
    let name = "Advanced CRM Administration";
    let q =
        query_from(name, &[Cut::Word(1), Cut::PartOfWord(2, 2, 3), Cut::Stretch(6, 6)], &[false, true], &[" ", "\t"]);
    // "CRM"; "mini" from "Administration" (characters 2..6); "ed CRM " from character 6 on.
    assert_eq!(q, " cRm\tMiNi eD CrM \t");
    assert_eq!(all_skills(career()).len(), 20);
    assert_eq!(all_skills(large_career()).len(), 2_000);
}
