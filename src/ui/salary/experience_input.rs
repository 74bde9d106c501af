use crate::core::float;
use crate::core::text::num;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::years::{YEARS_MAX, YEARS_MIN, Years};

/// The slider's step: half a year, fine enough for the guide's tier boundaries.
pub const YEARS_STEP: f64 = 0.5;
/// What the − and + buttons change.
pub const BUTTON_STEP: f64 = 1.0;

pub struct ExperienceInputProps {
    pub years: Years,
    /// What a screen reader announces, e.g. "5 years, Customer Support Manager".
    pub value_text: String,
    pub on_change: Callback<Years>,
}

/// A native range input (keyboard, touch and screen readers work as everywhere else), plus a
/// number field and step buttons for setting the value without dragging (WCAG 2.5.7).
pub fn experience_input(props: &ExperienceInputProps) -> Html {
    let from_input = |on_change: Callback<Years>| {
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            // An unfinished number ("7.") reads as empty: keep the last good value meanwhile.
            if let Some(years) = float::parse(input.value().trim()).and_then(Years::clamped) {
                on_change.emit(years);
            }
        })
    };
    let step = |delta: f64| {
        let (on_change, years) = (props.on_change.clone(), props.years);
        Callback::from(move |_: MouseEvent| {
            // Snap to whole years first, so 7.5 − 1 is 7 and 7.5 + 1 is 8.
            let target = if delta < 0.0 { (years.get() - 1e-9).floor() } else { (years.get() + 1e-9).ceil() };
            let target = if target == years.get() { years.get() + delta } else { target };
            if let Some(years) = Years::clamped(target) {
                on_change.emit(years);
            }
        })
    };
    let value = num(props.years.get());
    html! {
        <div class="cw-experience">
            <div class="cw-experience-row">
                <label class="cw-experience-label" for="cw-years">{ "Years of experience" }</label>
                <div class="cw-stepper" role="group" aria-label="Set years of experience exactly">
                    <button
                        type="button"
                        class="cw-step"
                        aria-label="One year less"
                        disabled={props.years.get() <= YEARS_MIN}
                        onclick={step(-BUTTON_STEP)}
                    >{ "−" }</button>
                    <input
                        class="cw-years-number"
                        type="number"
                        inputmode="decimal"
                        min={num(YEARS_MIN)}
                        max={num(YEARS_MAX)}
                        step={num(YEARS_STEP)}
                        value={value.clone()}
                        aria-label="Years of experience, exact"
                        oninput={from_input(props.on_change.clone())}
                    />
                    <button
                        type="button"
                        class="cw-step"
                        aria-label="One year more"
                        disabled={props.years.get() >= YEARS_MAX}
                        onclick={step(BUTTON_STEP)}
                    >{ "+" }</button>
                </div>
            </div>
            <input
                id="cw-years"
                class="cw-slider"
                type="range"
                min={num(YEARS_MIN)}
                max={num(YEARS_MAX)}
                step={num(YEARS_STEP)}
                value={value}
                aria-valuetext={props.value_text.clone()}
                oninput={from_input(props.on_change.clone())}
            />
            <div class="cw-slider-scale" aria-hidden="true">
                <span>{ "0" }</span><span>{ "10" }</span><span>{ "20" }</span><span>{ "30" }</span><span>{ "40 years" }</span>
            </div>
        </div>
    }
}
