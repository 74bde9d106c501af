//! Browser glue: the only layer that knows a page exists. The custom element's JavaScript shell
//! (`assets/career-widget.js`) forwards its lifecycle here; this module reads attributes, owns the
//! shadow root and its stylesheet, formats with `Intl`, fetches `src` datasets, and tells the page
//! about changes.

pub mod attrs;
pub mod src_cache;
pub mod src_rules;
pub mod warnings;

#[cfg(target_arch = "wasm32")]
mod element;
#[cfg(target_arch = "wasm32")]
mod intl;
#[cfg(target_arch = "wasm32")]
mod language;
#[cfg(target_arch = "wasm32")]
mod parse;
#[cfg(target_arch = "wasm32")]
mod remote;
#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
mod test_hooks;

#[cfg(target_arch = "wasm32")]
pub use element::{WidgetHandle, mount};
#[cfg(target_arch = "wasm32")]
pub use parse::read_dataset_text;
