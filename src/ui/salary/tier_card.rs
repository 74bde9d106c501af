use std::rc::Rc;

use yew::prelude::*;

use super::super::CareerRef;
use crate::core::salary::TierMatch;

#[derive(Properties, PartialEq)]
pub struct TierCardProps {
    pub career: CareerRef,
    pub tiers: Rc<TierMatch>,
}

/// The tier (or, where ranges overlap, the tiers) the reader's experience falls in.
#[component]
pub fn TierCard(props: &TierCardProps) -> Html {
    let career = props.career.career();
    let overlap = props.tiers.tiers.len() > 1;
    html! {
        <div class="cw-tier" data-testid="tier">
            if overlap {
                <p class="cw-tier-note">{ "Your experience fits two tiers in the guide:" }</p>
            }
            if props.tiers.before_first {
                <p class="cw-tier-note">
                    { format!("The guide's first tier starts at {}:", career.tiers[0].years_label()) }
                </p>
            }
            { for props.tiers.tiers.iter().map(|&i| {
                let tier = &career.tiers[i];
                html! {
                    <div class="cw-tier-item">
                        <p class="cw-tier-name">
                            <span class="cw-tier-title">{ &tier.title }</span>
                            <span class="cw-tier-years">{ tier.years_label() }</span>
                        </p>
                        <p class="cw-tier-description">{ &tier.description }</p>
                    </div>
                }
            }) }
        </div>
    }
}
