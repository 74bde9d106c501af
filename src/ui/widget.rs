//! The root component: configuration arrives as props, the reader's years live in a reducer.

use std::rc::Rc;

use yew::prelude::*;

use super::salary::SalaryView;
use super::skills::SkillsView;
use super::state::{Choose, WidgetState};
use super::{CareerRef, MoneyFormat};
use crate::core::salary::SalaryModel;
use crate::core::skills::{Focus, SkillIndex};
use crate::core::years::Years;

/// Which parts the widget shows (the `view` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Both,
    Salary,
    Skills,
}

impl View {
    pub fn shows_salary(self) -> bool {
        matches!(self, View::Both | View::Salary)
    }

    pub fn shows_skills(self) -> bool {
        matches!(self, View::Both | View::Skills)
    }
}

/// The colour scheme (the `theme` attribute); `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What the host page hears when the reader changes the years (`career-widget-change`).
#[derive(Debug, Clone, PartialEq)]
pub struct YearsChange {
    pub career: String,
    pub years: f64,
    /// The primary tier's id.
    pub tier: String,
    pub estimate: f64,
}

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub career: CareerRef,
    /// The years the host asked for; the reader's own changes live in the widget's state.
    #[prop_or_default]
    pub years: Years,
    #[prop_or_default]
    pub view: View,
    #[prop_or_default]
    pub theme: Theme,
    pub money: MoneyFormat,
    #[prop_or_default]
    pub on_years_change: Callback<YearsChange>,
    /// A problem to show above the widget, e.g. a `src` dataset that could not be used.
    #[prop_or_default]
    pub notice: Option<AttrValue>,
}

/// The models a career needs, built once per career rather than on every slider step.
#[derive(PartialEq)]
pub struct Models {
    pub salary: SalaryModel,
    pub skills: SkillIndex,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer(WidgetState::default);
    let models = use_memo(props.career.clone(), |c| Models {
        salary: SalaryModel::new(c.career()),
        skills: SkillIndex::new(c.career()),
    });
    let years = state.years(props.years);

    // The reader's change, told to the page as it happens (changes made by the host through the
    // attribute are not the reader's, and are not announced).
    let on_years = {
        let (dispatcher, host) = (state.dispatcher(), props.years);
        let (career, models, on_change) = (props.career.clone(), models.clone(), props.on_years_change.clone());
        Callback::from(move |chosen: Years| {
            if chosen != years {
                dispatcher.dispatch(Choose { host, years: chosen });
                on_change.emit(years_change(career.career(), &models, chosen));
            }
        })
    };

    let career = props.career.career();
    let tiers = models.salary.tiers_at(years);
    let focus = Rc::new(Focus::of(career, &tiers));

    html! {
        <article class="cw" data-theme={props.theme.as_str()} aria-label={format!("{} career: salary and skills", career.title)}>
            if let Some(notice) = &props.notice {
                <p class="cw-banner" role="status" data-testid="notice">{ notice.clone() }</p>
            }
            <header class="cw-header">
                <h2 class="cw-title">{ &career.title }</h2>
                <p class="cw-summary">{ &career.summary }</p>
            </header>
            if props.view.shows_salary() {
                <SalaryView
                    career={props.career.clone()}
                    models={models.clone()}
                    years={years}
                    money={props.money.clone()}
                    on_years={on_years}
                />
            }
            if props.view.shows_skills() {
                <SkillsView career={props.career.clone()} models={models.clone()} focus={focus} />
            }
            <Sources career={props.career.clone()} />
        </article>
    }
}

fn years_change(career: &crate::core::dataset::Career, models: &Models, years: Years) -> YearsChange {
    let tier = models.salary.tiers_at(years).primary();
    YearsChange {
        career: career.id.clone(),
        years: years.get(),
        tier: career.tiers[tier].id.clone(),
        estimate: models.salary.estimate(years),
    }
}

#[derive(Properties, PartialEq)]
struct SourcesProps {
    career: CareerRef,
}

/// The dataset's sources, linked where it knows a URL.
#[component]
fn Sources(props: &SourcesProps) -> Html {
    let career = props.career.career();
    html! {
        <footer class="cw-sources">
            <span>{ "Sources: " }</span>
            { for career.sources.iter().enumerate().map(|(i, s)| {
                let title = match &s.publisher {
                    Some(p) => format!("{} ({})", s.title, p),
                    None => s.title.clone(),
                };
                html! {
                    <>
                        if i > 0 { { "; " } }
                        if let Some(url) = &s.url {
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ title }</a>
                        } else {
                            <cite>{ title }</cite>
                        }
                    </>
                }
            }) }
            { ". Estimates between the guide's figures are derived by this widget." }
        </footer>
    }
}
