//! The salary estimator: experience input, the tier it falls in, the estimated pay and where it
//! sits in the range, how it is estimated, a comparison with the reader's own pay, and the
//! outlook facts. The headline (slider, estimate, tier) and the details are separate
//! components, which the compact layout places above and inside its first tab.

mod chart;
mod compare;
mod estimate;
mod experience_input;
mod explainer;
pub mod geometry;
pub mod outlook;
mod range_bar;
mod tier_card;

use yew::prelude::*;

use self::chart::{ChartDrawing, SalaryChartProps, salary_chart};
use self::compare::{CompareSalaryProps, compare_salary};
use self::estimate::{EstimateProps, estimate};
use self::experience_input::experience_input;
use self::explainer::Explainer;
use self::range_bar::{RangeBarProps, range_bar};
use self::tier_card::tier_card;
use crate::core::career_handle::CareerHandle;
use crate::core::compare::{Comparison, parse_salary_input};
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;
use crate::ui::words::{Language, fill, isolate, text_lang};

/// The slider, the estimate and the tier: what the compact layout shows above its tabs. A
/// function, not a component: it has no state, and its owner re-renders with every change of
/// years anyway.
pub struct SalaryHeadlineProps<'a> {
    pub career: &'a CareerHandle,
    pub years: Years,
    pub money: &'a MoneyFormat,
    pub language: &'a Language,
    pub on_years: &'a Callback<Years>,
    /// The tier's description is shortened, and whether the reader expanded it (`None`: the
    /// long form shows it whole).
    pub tier_more: Option<bool>,
    pub on_more: &'a Callback<MouseEvent>,
}

pub fn salary_headline(props: &SalaryHeadlineProps) -> Html {
    let career = props.career.career();
    let model = props.career.salary();
    let tiers = model.tiers_at(props.years);
    let primary = &career.tiers[tiers.primary()];
    let amount = model.estimate(props.years);
    let language = props.language;
    let value_text = fill(
        language.words.slider_value(),
        &[("years", &language.years(props.years.get())), ("tier", &isolate(&primary.title))],
    );
    html! {
        <>
            { experience_input(props.years, value_text, props.on_years, language) }
            <div class="cw-salary-results">
                { estimate(&EstimateProps {
                    amount,
                    percentile: model.percentile(amount).unwrap_or(50.0),
                    years: props.years,
                    money: props.money,
                    language,
                    region: format!("{}, {}", isolate(&career.salary.region), career.salary.currency),
                }) }
                { tier_card(career, &tiers, props.tier_more, props.on_more, language, text_lang(props.career.dataset().lang.as_deref(), language)) }
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SalaryDetailsProps {
    pub career: CareerHandle,
    pub years: Years,
    pub money: MoneyFormat,
    pub language: Language,
}

/// The chart, the range bar, how the estimate is made, and the reader's own comparison.
#[component]
pub fn SalaryDetails(props: &SalaryDetailsProps) -> Html {
    let language = props.language.clone();
    let compare_text = use_state(String::new);
    // What depends only on the career (the scale both figures share, the curve), once per career.
    let drawing = use_memo(props.career.clone(), ChartDrawing::new);
    let on_compare = {
        let compare_text = compare_text.clone();
        Callback::from(move |text: String| compare_text.set(text))
    };

    let career = props.career.career();
    let model = props.career.salary();
    let tiers = model.tiers_at(props.years);
    let amount = model.estimate(props.years);
    let percentile = model.percentile(amount).unwrap_or(50.0);
    let parsed = parse_salary_input(&compare_text);
    let comparison = match parsed {
        Ok(Some(salary)) => Comparison::new(model, props.years, salary),
        _ => None,
    };

    html! {
        <>
            { salary_chart(&SalaryChartProps { career: &props.career, drawing: &drawing, years: props.years, tiers: &tiers, money: &props.money, language: &language }) }
            { range_bar(&RangeBarProps {
                career,
                scale: &drawing.scale,
                estimate: amount,
                percentile,
                compared: comparison.as_ref().map(|c| c.salary),
                money: &props.money,
                language: &language,
            }) }
            <Explainer career={props.career.clone()} money={props.money.clone()} language={language.clone()} />
            { compare_salary(&CompareSalaryProps {
                text: &compare_text,
                error: parsed.err(),
                comparison,
                years: props.years,
                money: &props.money,
                language: &language,
                on_input: on_compare,
            }) }
        </>
    }
}
