use yew::prelude::*;

use super::super::{CareerRef, MoneyFormat};
use crate::core::dataset::{Career, trim_number};

#[derive(Properties, PartialEq)]
pub struct OutlookFactsProps {
    pub career: CareerRef,
    pub money: MoneyFormat,
}

/// The guide's outlook figures, each with its source.
#[component]
pub fn OutlookFacts(props: &OutlookFactsProps) -> Html {
    let career = props.career.career();
    let o = &career.outlook;
    let growth = match &o.job_growth_status {
        Some(status) => format!("{}% · {}", trim_number(o.job_growth_percent), status),
        None => format!("{}%", trim_number(o.job_growth_percent)),
    };
    html! {
        <div class="cw-outlook">
            <h4 class="cw-outlook-title">{ "Outlook" }</h4>
            <dl class="cw-facts">
                { fact(&FactProps { name: "Median salary", value: props.money.format(career.salary.median).into(), source: source(career, &career.salary.source) }) }
                { fact(&FactProps { name: "Job growth", value: growth.into(), source: source(career, &o.job_growth_source) }) }
                { fact(&FactProps { name: "Market demand", value: o.demand.label().into(), source: source(career, &o.source) }) }
                { fact(&FactProps { name: "Remote-friendly", value: (if o.remote_friendly { "Yes" } else { "No" }).into(), source: source(career, &o.source) }) }
            </dl>
        </div>
    }
}

/// A source's name and, where the dataset knows one, its link.
#[derive(Clone, PartialEq)]
struct SourceRef {
    title: AttrValue,
    url: Option<AttrValue>,
}

fn source(career: &Career, id: &str) -> Option<SourceRef> {
    career.source(id).map(|s| SourceRef { title: s.title.clone().into(), url: s.url.clone().map(Into::into) })
}

struct FactProps {
    name: &'static str,
    value: AttrValue,
    source: Option<SourceRef>,
}

fn fact(props: &FactProps) -> Html {
    html! {
        <div class="cw-fact">
            <dt>{ props.name }</dt>
            <dd>
                <span class="cw-fact-value">{ props.value.clone() }</span>
                if let Some(s) = &props.source {
                    <span class="cw-fact-source">
                        { "Source: " }
                        if let Some(url) = &s.url {
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ s.title.clone() }</a>
                        } else {
                            <cite>{ s.title.clone() }</cite>
                        }
                    </span>
                }
            </dd>
        </div>
    }
}
