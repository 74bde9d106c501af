//! The skill map: groups in progression order, which groups a reader at some tier should focus
//! on now and next (a derived mapping carried by the dataset), and search.

use super::dataset::Career;
use super::fold;
use super::salary::TierMatch;

/// A skill's place in the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SkillRef {
    pub group: usize,
    pub skill: usize,
}

/// The tiers each skill group is the focus of, as indices into the career's tiers (the
/// dataset names them by id), lowest first. Built once per career.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusTiers(Vec<Vec<usize>>);

impl FocusTiers {
    pub fn new(career: &Career) -> Self {
        Self(
            career
                .skill_groups
                .iter()
                .map(|g| {
                    (0..career.tiers.len()).filter(|&t| g.focus_tiers.value.contains(&career.tiers[t].id)).collect()
                })
                .collect(),
        )
    }

    /// The tiers `group` is the focus of, lowest first.
    pub fn of_group(&self, group: usize) -> &[usize] {
        self.0.get(group).map_or(&[], Vec::as_slice)
    }
}

/// Which skill groups matter now and which come next, for the tiers that apply.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Focus {
    /// Groups that are the focus of any tier that applies now.
    pub now: Vec<usize>,
    /// Groups that are the focus of the tier after the highest one that applies, and not already
    /// in `now`. Empty at the top tier.
    pub next: Vec<usize>,
}

impl Focus {
    pub fn of(focus: &FocusTiers, tier_count: usize, tiers: &TierMatch) -> Self {
        let groups = 0..focus.0.len();
        // Group order, each once: built by filtering rather than sorting.
        let now: Vec<usize> =
            groups.clone().filter(|&g| tiers.tiers.iter().any(|t| focus.of_group(g).contains(t))).collect();
        let next_tier = tiers.highest() + 1;
        let next = if next_tier < tier_count {
            groups.filter(|&g| focus.of_group(g).contains(&next_tier) && !now.contains(&g)).collect()
        } else {
            Vec::new()
        };
        Self { now, next }
    }
}

/// The map's stages: skill groups that start at the same tier share a stage, in tier order.
/// For the bundled career that is Foundational → Technical & Analytical and Professional &
/// Interpersonal → Emerging & Leadership: the guide's "foundational skills lead to specialized
/// expertise", derived from each group's (derived) focus tiers.
pub fn stages(focus: &FocusTiers, tier_count: usize) -> Vec<Vec<usize>> {
    let first_tier = |g: usize| focus.of_group(g).first().copied().unwrap_or(0);
    let groups = 0..focus.0.len();
    let starts = (0..tier_count).filter(|&t| groups.clone().any(|g| first_tier(g) == t));
    starts.map(|tier| groups.clone().filter(|&g| first_tier(g) == tier).collect()).collect()
}

/// Lower-cased skill names, built once per career so each search keystroke only compares.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillIndex {
    entries: Vec<(SkillRef, String)>,
}

impl SkillIndex {
    pub fn new(career: &Career) -> Self {
        let entries = career
            .skill_groups
            .iter()
            .enumerate()
            .flat_map(|(gi, g)| {
                g.skills
                    .iter()
                    .enumerate()
                    .map(move |(si, s)| (SkillRef { group: gi, skill: si }, fold::lowercase(&s.name)))
            })
            .collect();
        Self { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where each word of `query` occurs in `name`, as sorted, merged byte ranges, for
    /// highlighting. Empty when lower-casing changes the name's length (some non-ASCII
    /// letters), where byte positions would not line up.
    pub fn match_ranges(name: &str, query: &str) -> Vec<(usize, usize)> {
        let lower = fold::lowercase(name);
        if lower.len() != name.len() {
            return Vec::new();
        }
        let query = fold::lowercase(query);
        // Mark the matched bytes, then read off the runs: sorted and merged by construction,
        // with no generic sort in the wasm.
        let mut marked = vec![false; lower.len()];
        for word in query.split_whitespace() {
            let mut from = 0;
            while let Some(at) = lower[from..].find(word) {
                let start = from + at;
                marked[start..start + word.len()].fill(true);
                // On by one character, so overlapping occurrences ("aa" in "aaa") all show.
                from = start + word.chars().next().map_or(1, char::len_utf8);
                if from >= lower.len() {
                    break;
                }
            }
        }
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (i, &m) in marked.iter().enumerate() {
            match merged.last_mut() {
                Some(last) if m && last.1 == i => last.1 = i + 1,
                _ if m => merged.push((i, i + 1)),
                _ => {}
            }
        }
        merged.retain(|&(s, e)| name.is_char_boundary(s) && name.is_char_boundary(e));
        merged
    }

    /// Skills whose name contains every word of `query`, ignoring case, in map order. A blank
    /// query matches every skill.
    pub fn search(&self, query: &str) -> Vec<SkillRef> {
        let query = fold::lowercase(query);
        let words: Vec<&str> = query.split_whitespace().collect();
        self.entries.iter().filter(|(_, name)| words.iter().all(|w| name.contains(w))).map(|(r, _)| *r).collect()
    }
}
