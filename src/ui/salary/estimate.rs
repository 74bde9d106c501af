use yew::prelude::*;

use crate::core::compare::percentile_phrase;
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;

pub struct EstimateProps<'a> {
    pub amount: f64,
    pub percentile: f64,
    pub years: Years,
    pub money: &'a MoneyFormat,
    /// e.g. "US, USD"
    pub region: String,
}

/// The estimated annual pay, labelled as an estimate: it is derived from the guide's figures.
pub fn estimate(props: &EstimateProps) -> Html {
    html! {
        <div class="cw-estimate" aria-live="polite">
            <p class="cw-estimate-label">{ format!("Estimated annual salary at {}", props.years.label()) }</p>
            <p class="cw-estimate-value" data-testid="estimate">{ props.money.format(props.amount) }</p>
            <p class="cw-estimate-percentile" data-testid="estimate-percentile">
                { format!("About the {} of the guide's range", percentile_phrase(props.percentile)) }
            </p>
            <p class="cw-estimate-note">{ format!("Derived estimate ({}), interpolated from the guide's pay levels.", props.region) }</p>
        </div>
    }
}
