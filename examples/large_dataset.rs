//! Prints the generated 2,000-skill dataset (20 groups × 100 skills) used by the scale tests
//! and `make bench`: `cargo run --example large_dataset > skills-2000.json`.

#[path = "../tests/support/large_dataset.rs"]
mod large_dataset;

fn main() {
    let value = large_dataset::large_dataset(career_widget::core::BUNDLED_JSON, 20, 100);
    println!("{}", serde_json::to_string(&value).expect("a JSON value serialises"));
}
