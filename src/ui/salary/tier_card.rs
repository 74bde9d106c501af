use yew::prelude::*;

use crate::core::dataset::Career;
use crate::core::salary::TierMatch;

/// The tier (or, where ranges overlap, the tiers) the reader's experience falls in.
pub fn tier_card(career: &Career, tiers: &TierMatch) -> Html {
    let overlap = tiers.tiers.len() > 1;
    html! {
        <div class="cw-tier" data-testid="tier">
            if overlap {
                <p class="cw-tier-note">{ "Your experience fits two tiers in the guide:" }</p>
            }
            if tiers.before_first {
                <p class="cw-tier-note">
                    { format!("The guide's first tier starts at {}:", career.tiers[0].years_label()) }
                </p>
            }
            for tier in tiers.tiers.iter().map(|&i| &career.tiers[i]) {
                <div class="cw-tier-item">
                    <p class="cw-tier-name">
                        <span class="cw-tier-title">{ &tier.title }</span>
                        <span class="cw-tier-years">{ tier.years_label() }</span>
                    </p>
                    <p class="cw-tier-description">{ &tier.description }</p>
                </div>
            }
        </div>
    }
}
