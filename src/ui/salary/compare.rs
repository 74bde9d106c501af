use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::compare::{Comparison, MAX_SALARY_INPUT, SalaryInputError};
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;
use crate::ui::words::{Language, around, fill};

pub struct CompareSalaryProps<'a> {
    pub text: &'a str,
    pub error: Option<SalaryInputError>,
    pub comparison: Option<Comparison>,
    pub years: Years,
    pub money: &'a MoneyFormat,
    pub language: &'a Language,
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
    let (language, w) = (props.language, &props.language.words);
    let years = language.years(props.years.get());
    let result = props.comparison.map(|c| {
        let diff = c.difference.round();
        let relation = match diff {
            d if d.abs() < 1.0 => fill(w.compare_same(), &[("years", &years)]),
            d => fill(
                if d > 0.0 { w.compare_above() } else { w.compare_below() },
                &[("amount", &props.money.format(d.abs())), ("years", &years)],
            ),
        };
        (language.percentile_in_sentence(c.percentile), fill(w.compare_result(), &[("relation", &relation)]))
    });
    let error = props.error.map(|e| match e {
        SalaryInputError::NotANumber => fill(w.salary_not_a_number(), &[("example", &props.money.format(85_000.0))]),
        SalaryInputError::NotPositive => w.salary_not_positive().to_string(),
        SalaryInputError::TooLarge => fill(w.salary_too_large(), &[("max", &language.number(MAX_SALARY_INPUT))]),
    });
    html! {
        <div class="cw-compare">
            <label class="cw-compare-label" for="cw-compare-input">{ w.compare() }</label>
            <p class="cw-compare-hint" id="cw-compare-hint">{ w.compare_hint() }</p>
            <input
                id="cw-compare-input"
                class={classes!("cw-compare-input", props.error.is_some().then_some("is-invalid"))}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                maxlength="40"
                placeholder={fill(w.compare_placeholder(), &[("amount", &language.number(80_000.0))])}
                value={props.text.to_string()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={if props.error.is_some() { "cw-compare-hint cw-compare-error" } else { "cw-compare-hint" }}
                {oninput}
            />
            <div aria-live="polite" class="cw-compare-output">
                if let Some(error) = error {
                    <p class="cw-compare-error" id="cw-compare-error" data-testid="compare-error">{ error }</p>
                }
                if let Some((percentile, sentence)) = result {
                    <p class="cw-compare-result" data-testid="compare-result">
                        { around(&sentence, "where").0 }<strong>{ percentile }</strong>{ around(&sentence, "where").1 }
                    </p>
                }
            </div>
        </div>
    }
}
