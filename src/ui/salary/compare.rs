use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::compare::{Comparison, about_percentile};
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;

pub struct CompareSalaryProps<'a> {
    pub text: &'a str,
    pub error: Option<&'static str>,
    pub comparison: Option<Comparison>,
    pub years: Years,
    pub money: &'a MoneyFormat,
    pub on_input: Callback<String>,
}

/// "Compare your salary": optional; the reader's figure never leaves the page.
pub fn compare_salary(props: &CompareSalaryProps) -> Html {
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_input.emit(input.value());
        })
    };
    let result = props.comparison.map(|c| {
        let diff = c.difference.round();
        let relation = if diff.abs() < 1.0 {
            format!("the same as the estimate for {}", props.years.label())
        } else {
            format!(
                "{} {} the estimate for {}",
                props.money.format(diff.abs()),
                if diff > 0.0 { "above" } else { "below" },
                props.years.label()
            )
        };
        (about_percentile(c.percentile), relation)
    });
    html! {
        <div class="cw-compare">
            <label class="cw-compare-label" for="cw-compare-input">{ "Compare your salary" }</label>
            <p class="cw-compare-hint" id="cw-compare-hint">{ "Optional. Annual, before tax. It stays in your browser." }</p>
            <input
                id="cw-compare-input"
                class={classes!("cw-compare-input", props.error.is_some().then_some("is-invalid"))}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                maxlength="40"
                placeholder="e.g. 80,000"
                value={props.text.to_string()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={if props.error.is_some() { "cw-compare-hint cw-compare-error" } else { "cw-compare-hint" }}
                {oninput}
            />
            <div aria-live="polite" class="cw-compare-output">
                if let Some(error) = &props.error {
                    <p class="cw-compare-error" id="cw-compare-error" data-testid="compare-error">{ *error }</p>
                }
                if let Some((percentile, relation)) = result {
                    <p class="cw-compare-result" data-testid="compare-result">
                        { "That is " }<strong>{ percentile }</strong>{ " of the guide's range, " }{ relation }{ "." }
                    </p>
                }
            </div>
        </div>
    }
}
