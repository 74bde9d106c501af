//! The salary estimator: experience input, the tier it falls in, the estimated pay and where it
//! sits in the range, how it is estimated, a comparison with the reader's own pay, and the
//! outlook facts.

mod chart;
mod compare;
mod estimate;
mod experience_input;
mod explainer;
pub mod geometry;
mod outlook;
mod range_bar;
mod tier_card;

use std::rc::Rc;

use yew::prelude::*;

pub use chart::SalaryChart;
pub use compare::CompareSalary;
pub use estimate::Estimate;
pub use experience_input::ExperienceInput;
pub use explainer::Explainer;
pub use outlook::OutlookFacts;
pub use range_bar::RangeBar;
pub use tier_card::TierCard;

use super::widget::Models;
use super::{CareerRef, MoneyFormat};
use crate::core::compare::{Comparison, parse_salary_input};
use crate::core::years::Years;

#[derive(Properties, PartialEq)]
pub struct SalaryViewProps {
    pub career: CareerRef,
    pub models: Rc<Models>,
    pub years: Years,
    pub money: MoneyFormat,
    pub on_years: Callback<Years>,
}

#[component]
pub fn SalaryView(props: &SalaryViewProps) -> Html {
    let compare_text = use_state(String::new);
    let on_compare = {
        let compare_text = compare_text.clone();
        Callback::from(move |text: String| compare_text.set(text))
    };

    let career = props.career.career();
    let model = &props.models.salary;
    let tiers = Rc::new(model.tiers_at(props.years));
    let primary = &career.tiers[tiers.primary()];
    let estimate = model.estimate(props.years);
    let percentile = model.percentile(estimate).unwrap_or(50.0);
    let parsed = parse_salary_input(&compare_text);
    let comparison = match parsed {
        Ok(Some(salary)) => Comparison::new(model, props.years, salary),
        _ => None,
    };
    let value_text = format!("{}, {}", props.years.label(), primary.title);

    html! {
        <section class="cw-salary" aria-labelledby="cw-salary-heading">
            <h3 id="cw-salary-heading" class="cw-section-title">{ "What it pays" }</h3>
            <ExperienceInput years={props.years} value_text={value_text} on_change={props.on_years.clone()} />
            <div class="cw-salary-results">
                <Estimate
                    amount={estimate}
                    percentile={percentile}
                    years={props.years}
                    money={props.money.clone()}
                    region={format!("{}, {}", career.salary.region, career.salary.currency)}
                />
                <TierCard career={props.career.clone()} tiers={tiers.clone()} />
            </div>
            <SalaryChart career={props.career.clone()} models={props.models.clone()} years={props.years} tiers={tiers} money={props.money.clone()} />
            <RangeBar
                career={props.career.clone()}
                models={props.models.clone()}
                estimate={estimate}
                percentile={percentile}
                compared={comparison.map(|c| c.salary)}
                money={props.money.clone()}
            />
            <Explainer career={props.career.clone()} models={props.models.clone()} money={props.money.clone()} />
            <div class="cw-salary-extras">
                <CompareSalary
                    text={(*compare_text).clone()}
                    error={parsed.err().map(|e| AttrValue::from(e.message()))}
                    comparison={comparison}
                    years={props.years}
                    money={props.money.clone()}
                    on_input={on_compare}
                />
                <OutlookFacts career={props.career.clone()} money={props.money.clone()} />
            </div>
        </section>
    }
}
