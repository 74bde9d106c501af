use yew::prelude::*;

use crate::core::dataset::Career;
use crate::core::salary::TierMatch;
use crate::ui::more::{is_long, long_text, more_button};
use crate::ui::words::{Language, fill};

/// The tier (or, where ranges overlap, the tiers) the reader's experience falls in. `more`: the
/// descriptions are shortened, and whether the reader expanded them (`None` in the long form).
pub fn tier_card(
    career: &Career,
    tiers: &TierMatch,
    more: Option<bool>,
    on_more: &Callback<MouseEvent>,
    language: &Language,
    lang: Option<AttrValue>,
) -> Html {
    let w = &language.words;
    let overlap = tiers.tiers.len() > 1;
    // One control for both tiers' descriptions, after the last: two controls that toggle each
    // other would say one thing and do two.
    let control = more.filter(|_| tiers.tiers.iter().any(|&i| is_long(&career.tiers[i].description)));
    let controls = if overlap { "cw-tier-description-0 cw-tier-description-1" } else { "cw-tier-description-0" };
    html! {
        <div class="cw-tier" data-testid="tier">
            if overlap {
                <p class="cw-tier-note">{ w.two_tiers() }</p>
            }
            if tiers.before_first {
                <p class="cw-tier-note">
                    { fill(w.first_tier_starts(), &[("years", &language.years(career.tiers[0].years_min))]) }
                </p>
            }
            for (i, tier) in tiers.tiers.iter().map(|&i| &career.tiers[i]).enumerate() {
                <div class="cw-tier-item">
                    <p class="cw-tier-name">
                        <span class="cw-tier-title" lang={lang.clone()}>{ &tier.title }</span>
                        <span class="cw-tier-years">{ language.tier_years(tier) }</span>
                    </p>
                    { long_text(&tier.description, "cw-tier-description", ["cw-tier-description-0", "cw-tier-description-1"][i.min(1)], more, lang.clone()) }
                    if let (Some(open), true) = (control, i + 1 == tiers.tiers.len()) {
                        { more_button(controls, open, on_more, w) }
                    }
                </div>
            }
        </div>
    }
}
