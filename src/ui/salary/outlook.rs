use yew::prelude::*;

use crate::core::career_handle::CareerHandle;
use crate::core::dataset::Source;
use crate::ui::heading::Outline;
use crate::ui::money_format::MoneyFormat;
use crate::ui::source_name::source_name;
use crate::ui::words::{Language, Words, isolate};

#[derive(Properties, PartialEq)]
pub struct OutlookFactsProps {
    pub career: CareerHandle,
    pub money: MoneyFormat,
    pub outline: Outline,
    pub language: Language,
}

/// The guide's outlook figures, each with its source.
#[component]
pub fn OutlookFacts(props: &OutlookFactsProps) -> Html {
    let career = props.career.career();
    let o = &career.outlook;
    let language = &props.language;
    let w = &language.words;
    let growth = match &o.job_growth_status {
        Some(status) => format!("{} · {}", language.percent(o.job_growth_percent), isolate(status)),
        None => language.percent(o.job_growth_percent),
    };
    html! {
        <div class="cw-outlook">
            { props.outline.heading(1, "cw-outlook-title", None, w.outlook().into()) }
            <dl class="cw-facts">
                { fact(w.median_salary(), props.money.format(career.salary.median), career.source(&career.salary.source), w) }
                { fact(w.job_growth(), growth, career.source(&o.job_growth_source), w) }
                { fact(w.market_demand(), language.demand(o.demand).into(), career.source(&o.source), w) }
                { fact(w.remote_friendly(), (if o.remote_friendly { w.yes() } else { w.no() }).to_string(), career.source(&o.source), w) }
            </dl>
        </div>
    }
}

/// One figure with its source's name, linked where the dataset knows a URL.
fn fact(name: &str, value: String, source: Option<&Source>, w: &Words) -> Html {
    let (before, after) = crate::ui::words::around(w.source(), "title");
    html! {
        <div class="cw-fact">
            <dt>{ name }</dt>
            <dd>
                <span class="cw-fact-value">{ value }</span>
                if let Some(s) = source {
                    <span class="cw-fact-source">
                        { before }
                        { source_name(&s.url, s.title.clone()) }
                        { after }
                    </span>
                }
            </dd>
        </div>
    }
}
