use yew::prelude::*;

use crate::core::model::CareerHandle;
use crate::core::salary::AnchorBasis;
use crate::ui::money_format::MoneyFormat;

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub career: CareerHandle,
    pub money: MoneyFormat,
}

/// "How is this estimated?": the figures the estimate passes through, and where each comes from.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let career = props.career.career();
    let s = &career.salary;
    let m = &props.money;
    html! {
        <details class="cw-explainer">
            <summary>{ "How is this estimated?" }</summary>
            <div class="cw-explainer-body">
                <p>
                    { "The guide gives pay levels, not a formula. The widget places each level at the middle of a tier's \
                       experience range and draws straight lines between them:" }
                </p>
                <ul>
                    for a in props.career.salary().anchors() {
                        <li>{ format!("{} at {} years: {}", m.format(a.pay), a.years, match a.basis {
                            AnchorBasis::RangeLow => "the low end of the guide's range, placed at the start of a career".to_string(),
                            AnchorBasis::Tier(i, level) => {
                                let t = &career.tiers[i];
                                match t.years_max {
                                    Some(_) => format!("the {} figure, at the middle of \u{2068}{}\u{2069} ({})", level.label(), t.title, t.years_label()),
                                    None => format!("the {}, from where \u{2068}{}\u{2069} is the only tier", level.label(), t.title),
                                }
                            }
                        }) }</li>
                    }
                </ul>
                <p>
                    { format!(
                        "Beyond the last point the estimate stays flat. Which tier gets which level is derived, not stated by \
                         the guide. The percentile reads the guide's range as a bell curve with {} at the 10th, {} at the \
                         50th and {} at the 90th percentile.",
                        m.format(s.low), m.format(s.median), m.format(s.high)
                    ) }
                </p>
            </div>
        </details>
    }
}
