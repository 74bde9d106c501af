use yew::prelude::*;

use crate::core::career_handle::CareerHandle;
use crate::core::salary::AnchorBasis;
use crate::ui::money_format::MoneyFormat;
use crate::ui::words::{Language, fill, isolate};

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub career: CareerHandle,
    pub money: MoneyFormat,
    pub language: Language,
}

/// "How is this estimated?": the figures the estimate passes through, and where each comes from.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let career = props.career.career();
    let s = &career.salary;
    let m = &props.money;
    let language = &props.language;
    let w = &language.words;
    html! {
        <details class="cw-explainer">
            <summary>{ w.how_estimated() }</summary>
            <div class="cw-explainer-body">
                <p>
                    { w.how_intro() }
                </p>
                <ul>
                    for a in props.career.salary().anchors() {
                        <li>{ fill(w.how_point(), &[("amount", &m.format(a.pay)), ("years", &language.years(a.years)), ("basis", &match a.basis {
                            AnchorBasis::RangeLow => w.how_range_low().to_string(),
                            AnchorBasis::Tier(i, level) => {
                                let t = &career.tiers[i];
                                let (level, tier) = (language.pay_level(level), isolate(&t.title));
                                match t.years_max {
                                    Some(_) => fill(w.how_tier(), &[("level", level), ("tier", &tier), ("years", &language.tier_years(t))]),
                                    None => fill(w.how_last_tier(), &[("level", level), ("tier", &tier)]),
                                }
                            }
                        })]) }</li>
                    }
                </ul>
                <p>
                    { fill(w.how_end(), &[("low", &m.format(s.low)), ("median", &m.format(s.median)), ("high", &m.format(s.high))]) }
                </p>
            </div>
        </details>
    }
}
