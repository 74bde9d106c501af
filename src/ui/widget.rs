//! The root component: configuration arrives as props, the reader's years live in a reducer.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::salary::SalaryView;
use super::skills::SkillsView;
use super::state::{Choose, WidgetState};
use crate::core::model::CareerHandle;
use crate::core::skills::Focus;
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;

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

/// What the host page hears when the reader changes the years or picks a career
/// (`career-widget-change`).
#[derive(Debug, Clone, PartialEq)]
pub struct YearsChange {
    pub career: String,
    pub years: f64,
    /// The primary tier's id.
    pub tier: String,
    pub estimate: f64,
    /// The estimate's currency (ISO 4217).
    pub currency: String,
}

impl YearsChange {
    fn new(career: &CareerHandle, years: Years) -> Self {
        let tier = career.salary().tiers_at(years).primary();
        YearsChange {
            career: career.career().id.clone(),
            years: years.get(),
            tier: career.career().tiers[tier].id.clone(),
            estimate: career.salary().estimate(years),
            currency: career.career().salary.currency.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub career: CareerHandle,
    /// The years the host asked for; the reader's own choice lives in the widget's state.
    #[prop_or_default]
    pub years: Years,
    #[prop_or_default]
    pub view: View,
    #[prop_or_default]
    pub theme: Theme,
    pub money: MoneyFormat,
    #[prop_or_default]
    pub on_years_change: Callback<YearsChange>,
    /// Render the skill map one task after the rest, so that neither half is a long task on a
    /// slow phone, and tell this callback when that task runs: the embed claims the render for
    /// its element, so a trap in it is pinned there (a prerender or a test renders everything
    /// at once: `None`).
    #[prop_or_default]
    pub stagger: Option<Callback<()>>,
    /// The dataset's careers, when the reader chooses among them (the host named none).
    #[prop_or_default]
    pub choices: Option<Rc<Vec<CareerHandle>>>,
    /// The reader chose the career at this index of `choices`.
    #[prop_or_default]
    pub on_pick: Callback<usize>,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer(WidgetState::default);
    let years = state.years(props.years);
    let skills_due = use_state(|| props.stagger.is_none() || !props.view.shows_salary());
    {
        let (skills_due, stagger) = (skills_due.clone(), props.stagger.clone());
        use_effect_with((), move |_| {
            let later = (!*skills_due).then(|| {
                Timeout::new(0, move || {
                    skills_due.set(true);
                    if let Some(told) = stagger {
                        told.emit(());
                    }
                })
            });
            move || drop(later)
        });
    }

    // The reader's change, told to the page as it happens (changes the host makes through the
    // attribute are not the reader's, and are not announced).
    let on_years = {
        let (dispatcher, host) = (state.dispatcher(), props.years);
        let (career, on_change) = (props.career.clone(), props.on_years_change.clone());
        Callback::from(move |chosen: Years| {
            if chosen != years {
                dispatcher.dispatch(Choose { host, years: chosen });
                on_change.emit(YearsChange::new(&career, chosen));
            }
        })
    };

    let on_pick = {
        let (choices, on_pick, on_change) =
            (props.choices.clone(), props.on_pick.clone(), props.on_years_change.clone());
        Callback::from(move |e: Event| {
            let picked = e.target_dyn_into::<HtmlSelectElement>().and_then(|s| s.value().parse::<usize>().ok());
            if let (Some(i), Some(choices)) = (picked, &choices) {
                if let Some(career) = choices.get(i) {
                    on_change.emit(YearsChange::new(career, years));
                    on_pick.emit(i);
                }
            }
        })
    };

    let career = props.career.career();
    let tiers = props.career.salary().tiers_at(years);
    let focus = Rc::new(Focus::of(props.career.focus_tiers(), career.tiers.len(), &tiers));
    // Per-career parts start afresh with another career (an open skill of one career may not
    // exist in the next); the reader's years stay.
    let key = props.career.key();

    html! {
        <article class="cw" data-theme={props.theme.as_str()} aria-label={format!("\u{2068}{}\u{2069} career: salary and skills", career.title)}>
            if let Some(choices) = &props.choices {
                { career_picker(choices, &props.career, on_pick) }
            }
            <header class="cw-header">
                <h2 class="cw-title">{ &career.title }</h2>
                <p class="cw-summary">{ &career.summary }</p>
            </header>
            if props.view.shows_salary() {
                <SalaryView key={format!("salary/{key}")} career={props.career.clone()} {years} money={props.money.clone()} {on_years} />
            }
            if props.view.shows_skills() {
                if *skills_due {
                    <SkillsView key={format!("skills/{key}")} career={props.career.clone()} {focus} />
                } else {
                    <section class="cw-skills" aria-busy="true">
                        <h3 class="cw-section-title">{ "What to learn" }</h3>
                    </section>
                }
            }
            <Sources career={props.career.clone()} />
        </article>
    }
}

/// A native select of the dataset's careers: keyboard, screen readers and phones handle it as
/// everywhere else.
fn career_picker(choices: &[CareerHandle], current: &CareerHandle, onchange: Callback<Event>) -> Html {
    html! {
        <div class="cw-picker">
            <label class="cw-picker-label" for="cw-picker">{ "Career" }</label>
            <select id="cw-picker" class="cw-picker-select" data-testid="career-picker" {onchange}>
                for (i, c) in choices.iter().enumerate() {
                    <option value={i.to_string()} selected={c == current}>{ &c.career().title }</option>
                }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SourcesProps {
    career: CareerHandle,
}

/// The dataset's sources, linked where it knows a URL. A component of its own: the slider
/// moving does not re-render it.
#[component]
fn Sources(props: &SourcesProps) -> Html {
    let sources = &props.career.career().sources;
    html! {
        <footer class="cw-sources">
            <span>{ "Sources: " }</span>
            for (i, s) in sources.iter().enumerate() {
                if i > 0 { { "; " } }
                if let Some(url) = &s.url {
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ source_title(s) }</a>
                } else {
                    <cite>{ source_title(s) }</cite>
                }
            }
            { ". Estimates between the guide's figures are derived by this widget." }
        </footer>
    }
}

fn source_title(s: &crate::core::dataset::Source) -> String {
    match &s.publisher {
        Some(p) => format!("\u{2068}{}\u{2069} (\u{2068}{}\u{2069})", s.title, p),
        None => s.title.clone(),
    }
}
