//! The functional core: pure Rust, no `web_sys`, no `yew`. Everything here is tested natively.

pub mod career_handle;
pub mod compare;
pub mod dataset;
pub mod decimal;
/// How each dataset field is described in the JSON Schema: native only, like the schema.
#[cfg(not(target_arch = "wasm32"))]
pub mod field_schema;
pub mod file_check;
pub mod fold;
pub mod limits;
pub mod mend;
pub mod money;
pub mod read;
pub mod salary;
/// The JSON Schema of a dataset, for editors and `career-data`: native only, never in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod serde_words;
pub mod skills;
pub mod text;
pub mod validate;
pub mod years;

use std::sync::OnceLock;

/// The dataset compiled into the bundle, read and checked once, for native code and the tests.
/// The widget reads it once per page straight into the `Rc` its widgets share
/// (`embed::element`), so nothing is copied.
///
/// The bundled file is checked by the native test suite, so an `Err` is only reachable if
/// someone ships a build whose tests failed.
pub fn bundled_dataset() -> &'static Result<dataset::Dataset, validate::ValidationErrors> {
    static BUNDLED: OnceLock<Result<dataset::Dataset, validate::ValidationErrors>> = OnceLock::new();
    BUNDLED.get_or_init(|| read::read_dataset(BUNDLED_JSON))
}

/// The bundled dataset: `assets/careers.json` without the white space between tokens (build.rs).
pub const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/careers.json"));
