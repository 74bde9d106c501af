use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::years::{Years, YEARS_MAX, YEARS_MIN};

/// The slider's step: half a year, fine enough for the guide's tier boundaries.
pub const YEARS_STEP: f64 = 0.5;

#[derive(Properties, PartialEq)]
pub struct ExperienceInputProps {
    pub years: Years,
    /// What a screen reader announces, e.g. "5 years, Customer Support Manager".
    pub value_text: AttrValue,
    pub on_change: Callback<Years>,
}

/// A native range input: keyboard (arrows, Home/End, PageUp/PageDown), touch and screen readers
/// work as they do everywhere else.
#[component]
pub fn ExperienceInput(props: &ExperienceInputProps) -> Html {
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(years) = input.value().parse::<f64>().ok().and_then(Years::clamped) {
                on_change.emit(years);
            }
        })
    };
    html! {
        <div class="cw-experience">
            <label class="cw-experience-label" for="cw-years">
                { "Years of experience" }
                <output class="cw-experience-value" for="cw-years">{ props.years.label() }</output>
            </label>
            <input
                id="cw-years"
                class="cw-slider"
                type="range"
                min={YEARS_MIN.to_string()}
                max={YEARS_MAX.to_string()}
                step={YEARS_STEP.to_string()}
                value={props.years.get().to_string()}
                aria-valuetext={props.value_text.clone()}
                {oninput}
            />
        </div>
    }
}
