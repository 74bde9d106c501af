//! Arbitrary bytes → parse → validate → estimate, tiers, percentile, focus and skill search.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    career_widget::core::exercise::exercise(bytes);
});
