use yew::prelude::*;

use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;
use crate::ui::words::{Language, fill};

pub struct EstimateProps<'a> {
    pub amount: f64,
    pub percentile: f64,
    pub years: Years,
    pub money: &'a MoneyFormat,
    pub language: &'a Language,
    /// e.g. "US, USD"
    pub region: String,
}

/// The estimated annual pay, labelled as an estimate: it is derived from the guide's figures.
pub fn estimate(props: &EstimateProps) -> Html {
    let (language, w) = (props.language, &props.language.words);
    let nth = language.ordinal(props.percentile.round().clamp(1.0, 99.0) as u32);
    html! {
        <div class="cw-estimate" aria-live="polite">
            <p class="cw-estimate-label">{ fill(w.estimate_at(), &[("years", &language.years(props.years.get()))]) }</p>
            <p class="cw-estimate-value" data-testid="estimate">{ props.money.format(props.amount) }</p>
            <p class="cw-estimate-percentile" data-testid="estimate-percentile">
                { fill(w.estimate_percentile(), &[("nth", &nth)]) }
            </p>
            <p class="cw-estimate-note">{ fill(w.estimate_derived(), &[("region", &props.region)]) }</p>
        </div>
    }
}
