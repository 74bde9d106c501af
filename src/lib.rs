//! career-widget: an embeddable salary estimator and skill-map viewer.
//!
//! Three layers, imports pointing one way: [`embed`] (browser glue, wasm only) → [`ui`] (Yew
//! components) → [`core`] (pure Rust, tested natively).

pub mod core;
pub mod embed;
pub mod ui;
