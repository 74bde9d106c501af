//! The salary estimator: experience input, the tier it falls in, and the estimated pay.

mod estimate;
mod experience_input;
mod tier_card;

use std::rc::Rc;

use yew::prelude::*;

pub use estimate::Estimate;
pub use experience_input::ExperienceInput;
pub use tier_card::TierCard;

use super::widget::Models;
use super::{CareerRef, MoneyFormat};
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
    let career = props.career.career();
    let tiers = props.models.salary.tiers_at(props.years);
    let primary = &career.tiers[tiers.primary()];
    let value_text = format!("{}, {}", props.years.label(), primary.title);
    html! {
        <section class="cw-salary" aria-labelledby="cw-salary-heading">
            <h3 id="cw-salary-heading" class="cw-section-title">{ "What it pays" }</h3>
            <ExperienceInput years={props.years} value_text={value_text} on_change={props.on_years.clone()} />
            <div class="cw-salary-results" aria-live="polite">
                <Estimate
                    amount={props.models.salary.estimate(props.years)}
                    years={props.years}
                    money={props.money.clone()}
                    region={format!("{}, {}", career.salary.region, career.salary.currency)}
                />
                <TierCard career={props.career.clone()} tiers={Rc::new(tiers)} />
            </div>
        </section>
    }
}
