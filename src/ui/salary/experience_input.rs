use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::decimal::parse_decimal;
use crate::core::years::{YEARS_MAX, YEARS_MIN, YEARS_STEP, Years};
use crate::ui::tabs::with_modifier;
use crate::ui::words::Language;

/// What the − and + buttons change.
pub const BUTTON_STEP: f64 = 1.0;

// The inputs' range and step are written out (YEARS_MIN, YEARS_MAX, YEARS_STEP): attributes
// that are literals cost the wasm nothing to build. A browser test compares them with the
// constants.

/// A native range input (keyboard, touch and screen readers work as everywhere else), plus a
/// number field and step buttons for setting the value without dragging (WCAG 2.5.7).
/// `value_text` is what a screen reader announces, e.g. "5 years, Customer Support Manager".
pub fn experience_input(years: Years, value_text: String, on_change: &Callback<Years>, language: &Language) -> Html {
    let w = &language.words;
    let from_input = |on_change: Callback<Years>| {
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            // An unfinished number ("7.") reads as empty: keep the last good value meanwhile.
            if let Some(years) = parse_decimal(input.value().trim()).and_then(Years::clamped) {
                on_change.emit(years);
            }
        })
    };
    let step = |delta: f64| {
        let on_change = on_change.clone();
        Callback::from(move |_: MouseEvent| {
            // Snap to whole years first, so 7.5 − 1 is 7 and 7.5 + 1 is 8.
            let target = if delta < 0.0 { (years.get() - 1e-9).floor() } else { (years.get() + 1e-9).ceil() };
            let target = if target == years.get() { years.get() + delta } else { target };
            if let Some(years) = Years::clamped(target) {
                on_change.emit(years);
            }
        })
    };
    // WebKit steps a right-to-left slider up on ArrowRight, its thumb moving against the arrow
    // (Chromium and Firefox follow the arrow): a right-to-left widget takes the two keys itself,
    // so in every engine the thumb goes the way the arrow points.
    let onkeydown = language.rtl.then(|| {
        let on_change = on_change.clone();
        Callback::from(move |e: KeyboardEvent| {
            let delta = match e.key().as_str() {
                _ if with_modifier(&e) => return,
                "ArrowLeft" => YEARS_STEP,
                "ArrowRight" => -YEARS_STEP,
                _ => return,
            };
            e.prevent_default();
            if let Some(years) = Years::clamped(years.get() + delta) {
                on_change.emit(years);
            }
        })
    });
    let value = years.get().to_string();
    html! {
        <div class="cw-experience">
            <div class="cw-experience-row">
                <label class="cw-experience-label" for="cw-years">{ w.years_of_experience() }</label>
                <div class="cw-stepper" role="group" aria-label={w.years_exactly().clone()}>
                    <button
                        type="button"
                        class="cw-step"
                        aria-label={w.one_year_less().clone()}
                        disabled={years.get() <= YEARS_MIN}
                        onclick={step(-BUTTON_STEP)}
                    >{ "−" }</button>
                    <input
                        class="cw-years-number"
                        type="number"
                        inputmode="decimal"
                        min="0"
                        max="40"
                        step="0.5"
                        value={value.clone()}
                        aria-label={w.years_exact().clone()}
                        oninput={from_input(on_change.clone())}
                    />
                    <button
                        type="button"
                        class="cw-step"
                        aria-label={w.one_year_more().clone()}
                        disabled={years.get() >= YEARS_MAX}
                        onclick={step(BUTTON_STEP)}
                    >{ "+" }</button>
                </div>
            </div>
            <input
                id="cw-years"
                class="cw-slider"
                type="range"
                min="0"
                max="40"
                step="0.5"
                value={value}
                aria-valuetext={value_text}
                oninput={from_input(on_change.clone())}
                {onkeydown}
            />
            <div class="cw-slider-scale" aria-hidden="true">
                <span>{ language.number(0.0) }</span><span>{ language.number(10.0) }</span><span>{ language.number(20.0) }</span><span>{ language.number(30.0) }</span><span>{ language.years(40.0) }</span>
            </div>
        </div>
    }
}
