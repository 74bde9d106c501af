//! Arbitrary bytes → parse → validate → estimate, tiers, percentile, focus and skill search.
#![no_main]

#[path = "../exercise.rs"]
mod exercise;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    exercise::exercise(bytes);
});
