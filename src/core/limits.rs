//! Hard limits on a dataset: they keep a hostile or runaway dataset from freezing the reader's
//! page. The validator enforces them, the JSON Schema states them, and the reader refuses a text
//! over [`MAX_DATASET_BYTES`] before parsing it.

pub const MAX_DATASET_BYTES: usize = 1_000_000;
pub const MAX_CAREERS: usize = 50;
pub const MAX_TIERS: usize = 12;
pub const MAX_SKILL_GROUPS: usize = 50;
pub const MAX_SKILLS_PER_GROUP: usize = 500;
pub const MAX_SKILLS_PER_CAREER: usize = 5_000;
pub const MAX_LIST_ITEMS: usize = 200;
pub const MAX_SOURCES: usize = 20;
pub const MAX_ID_CHARS: usize = 64;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 2_000;
pub const MAX_RATIONALE_CHARS: usize = 300;
pub const MAX_URL_CHARS: usize = 2_000;
pub const MAX_PAY: f64 = 100_000_000.0;
/// Projected job growth in percent; negative for a shrinking field.
pub const MIN_JOB_GROWTH_PERCENT: f64 = -100.0;
pub const MAX_JOB_GROWTH_PERCENT: f64 = 1_000.0;
/// Errors beyond this many are summarised, so a wholly wrong file still gives a short message.
pub const MAX_REPORTED_ERRORS: usize = 20;
