//! career-widget: an embeddable salary estimator and skill-map viewer.
//!
//! Three layers, imports pointing one way: [`embed`] (browser glue, wasm only) → [`ui`] (Yew
//! components) → [`core`] (pure Rust, tested natively).

pub mod core;
#[cfg(feature = "web")]
pub mod embed;
#[cfg(feature = "web")]
pub mod ui;

/// The wasm's allocator (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
