use yew::prelude::*;

use crate::core::dataset::Source;
use crate::core::model::CareerHandle;
use crate::ui::heading::Outline;
use crate::ui::money_format::MoneyFormat;

#[derive(Properties, PartialEq)]
pub struct OutlookFactsProps {
    pub career: CareerHandle,
    pub money: MoneyFormat,
    pub outline: Outline,
}

/// The guide's outlook figures, each with its source.
#[component]
pub fn OutlookFacts(props: &OutlookFactsProps) -> Html {
    let career = props.career.career();
    let o = &career.outlook;
    let growth = match &o.job_growth_status {
        Some(status) => format!("{}% · \u{2068}{}\u{2069}", o.job_growth_percent, status),
        None => format!("{}%", o.job_growth_percent),
    };
    html! {
        <div class="cw-outlook">
            { props.outline.heading(1, "cw-outlook-title", None, "Outlook".into()) }
            <dl class="cw-facts">
                { fact("Median salary", props.money.format(career.salary.median), career.source(&career.salary.source)) }
                { fact("Job growth", growth, career.source(&o.job_growth_source)) }
                { fact("Market demand", o.demand.label().into(), career.source(&o.source)) }
                { fact("Remote-friendly", (if o.remote_friendly { "Yes" } else { "No" }).into(), career.source(&o.source)) }
            </dl>
        </div>
    }
}

/// One figure with its source's name, linked where the dataset knows a URL.
fn fact(name: &str, value: String, source: Option<&Source>) -> Html {
    html! {
        <div class="cw-fact">
            <dt>{ name }</dt>
            <dd>
                <span class="cw-fact-value">{ value }</span>
                if let Some(s) = source {
                    <span class="cw-fact-source">
                        { "Source: " }
                        if let Some(url) = &s.url {
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &s.title }</a>
                        } else {
                            <cite>{ &s.title }</cite>
                        }
                    </span>
                }
            </dd>
        </div>
    }
}
