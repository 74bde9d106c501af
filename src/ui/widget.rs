//! The widget: configuration arrives as props; the reader's years, tab and expanded texts live
//! in a reducer ([`WidgetState`]). Two layouts of the same parts: the compact one (a headline
//! above tabs, in a height that does not depend on the dataset) and the long form.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::heading::Outline;
use super::more::{is_long, long_text, more_button};
use super::salary::outlook::OutlookFacts;
use super::salary::{SalaryDetails, SalaryHeadlineProps, salary_headline};
use super::skills::SkillsView;
use super::source_name::source_name;
use super::state::{Part, Tab, WidgetAction, WidgetState};
use super::tabs::{TabListProps, tab_list};
use crate::core::career_handle::CareerHandle;
use crate::core::skills::Focus;
use crate::core::years::Years;
use crate::ui::money_format::MoneyFormat;
use crate::ui::words::{Language, Words, fill, isolate, text_lang};

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

    /// The compact layout's tabs for this view (one tab: no tab list).
    pub fn tabs(self) -> &'static [Tab] {
        match self {
            View::Both => &[Tab::Pays, Tab::Learn, Tab::Outlook],
            View::Salary => &[Tab::Pays, Tab::Outlook],
            View::Skills => &[Tab::Learn],
        }
    }
}

/// How the parts are laid out (the `layout` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// A headline (slider, estimate, tier) above tabs, in a height of its own.
    #[default]
    Compact,
    /// Every part one after the other, as long as the dataset makes it.
    Full,
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
pub struct ReaderChange {
    pub career: String,
    pub years: f64,
    /// The primary tier's id.
    pub tier: String,
    pub estimate: f64,
    /// The estimate's currency (ISO 4217).
    pub currency: String,
}

impl ReaderChange {
    fn new(career: &CareerHandle, years: Years) -> Self {
        let tier = career.salary().tiers_at(years).primary();
        ReaderChange {
            career: career.career().id.clone(),
            years: years.get(),
            tier: career.career().tiers[tier].id.clone(),
            estimate: career.salary().estimate(years),
            currency: career.career().salary.currency.clone(),
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub career: CareerHandle,
    /// The years the host asked for; the reader's own choice lives in the widget's state.
    #[prop_or_default]
    pub years: Years,
    #[prop_or_default]
    pub view: View,
    #[prop_or_default]
    pub layout: Layout,
    /// The level of the widget's top heading (1–6).
    #[prop_or_default]
    pub outline: Outline,
    /// The widget's words and how it writes numbers (English unless the embed gives another).
    #[prop_or_else(Language::english)]
    pub language: Language,
    #[prop_or_default]
    pub theme: Theme,
    pub money: MoneyFormat,
    #[prop_or_default]
    pub on_reader_change: Callback<ReaderChange>,
    /// Render the first view in three tasks (the headline; the salary's details and outlook, with
    /// the headline in the long form; the skill map), so that none is a long task on a slow
    /// phone, and tell this callback when each later one runs: the embed claims the render for its element, so a trap in it is pinned
    /// there (a test renders everything at once: `None`).
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
    let language = props.language.clone();
    let w = &language.words;
    let text_lang = text_lang(props.career.dataset().lang.as_deref(), &language);
    let years = state.years(props.years);
    // What has rendered so far (see `stagger`): the headline, then the salary's details and
    // outlook, then the skill map, each a task after the one before.
    let stage = use_state(|| if props.stagger.is_none() || !props.view.shows_salary() { SKILLS } else { HEADLINE });
    {
        let (stage, stagger) = (stage.clone(), props.stagger.clone());
        use_effect_with(*stage, move |&now| {
            let later = (now < SKILLS).then(|| {
                Timeout::new(0, move || {
                    stage.set(now + 1);
                    if let Some(told) = stagger {
                        told.emit(());
                    }
                })
            });
            move || drop(later)
        });
    }
    // The long form has no fixed height: its salary details come with the headline, so only
    // the skill map, at its end, follows (as before the stages; the compact layout's panels
    // keep their height whatever they hold).
    let (details_due, skills_due) = (*stage >= DETAILS || props.layout == Layout::Full, *stage >= SKILLS);

    // The reader's change, told to the page as it happens (changes the host makes through the
    // attribute are not the reader's, and are not announced).
    let on_years = {
        let (dispatcher, host) = (state.dispatcher(), props.years);
        let (career, on_change) = (props.career.clone(), props.on_reader_change.clone());
        Callback::from(move |chosen: Years| {
            if chosen != years {
                dispatcher.dispatch(WidgetAction::Choose { host, years: chosen });
                on_change.emit(ReaderChange::new(&career, chosen));
            }
        })
    };

    let on_pick = {
        let (choices, on_pick, on_change) =
            (props.choices.clone(), props.on_pick.clone(), props.on_reader_change.clone());
        Callback::from(move |e: Event| {
            let picked = e.target_dyn_into::<HtmlSelectElement>().and_then(|s| s.value().parse::<usize>().ok());
            if let (Some(i), Some(choices)) = (picked, &choices) {
                if let Some(career) = choices.get(i) {
                    on_change.emit(ReaderChange::new(career, years));
                    on_pick.emit(i);
                }
            }
        })
    };

    let on_action = state.dispatcher().to_callback();
    let more = |part: Part| on_action.reform(move |_: MouseEvent| WidgetAction::Toggle(part));
    let compact = props.layout == Layout::Compact;
    let open = |part: Part| compact.then_some(state.more[part as usize]);

    let career = props.career.career();
    let tiers = props.career.salary().tiers_at(years);
    let focus = Rc::new(Focus::of(props.career.focus_tiers(), career.tiers.len(), &tiers));
    // Per-career parts of the skill map start afresh with another career (an open skill of one
    // career may not exist in the next); the reader's years, tab and expanded texts stay.
    let key = props.career.key();

    let o = props.outline;
    let tabs = props.view.tabs();
    let tabbed = compact && tabs.len() > 1;
    let shown = if tabs.contains(&state.tab) { state.tab } else { tabs[0] };
    let on_select = on_action.reform(move |i: usize| WidgetAction::Show(tabs[i]));
    // In the long form a panel is only a block; in the compact one a scroll box (a Tab stop, so
    // a keyboard can scroll it), and with tabs the one shown.
    let panel = |tab: Tab, content: Html| {
        let i = tabs.iter().position(|&t| t == tab).unwrap_or(0);
        html! {
            <div
                class="cw-panel"
                id={PANEL_IDS[i]}
                role={if tabbed { Some("tabpanel") } else { compact.then_some("region") }}
                aria-labelledby={if tabbed { Some(TAB_IDS[i]) } else { compact.then_some("cw-skills-heading") }}
                tabindex={compact.then_some("0")}
                hidden={compact && tab != shown}
            >{ content }</div>
        }
    };
    let sources = html! { <Sources career={props.career.clone()} language={language.clone()} /> };

    html! {
        <article
            class={classes!("cw", compact.then_some("cw-compact"))}
            data-theme={props.theme.as_str()}
            aria-label={fill(w.widget_label(), &[("career", &isolate(&career.title))])}
        >
            if let Some(choices) = &props.choices {
                { career_picker(choices, &props.career, on_pick, w) }
            }
            <header class="cw-header">
                { o.heading(0, "cw-title", None, html! { <span lang={text_lang.clone()}>{ &career.title }</span> }) }
                { long_text(&career.summary, "cw-summary", "cw-summary", open(Part::Summary), text_lang.clone()) }
                if let (Some(open), true) = (open(Part::Summary), is_long(&career.summary)) {
                    { more_button("cw-summary", open, &more(Part::Summary), w) }
                }
            </header>
            if props.view.shows_salary() {
                <section class="cw-salary" aria-labelledby="cw-salary-heading">
                    // The compact layout's "What it pays" is a tab of the details: the headline
                    // above the tabs is named for what it shows.
                    { o.heading(1, "cw-section-title", Some("cw-salary-heading"), (if compact { w.your_estimate() } else { w.what_it_pays() }).into()) }
                    { salary_headline(&SalaryHeadlineProps {
                        career: &props.career,
                        years,
                        money: &props.money,
                        language: &language,
                        on_years: &on_years,
                        tier_more: open(Part::Tier),
                        on_more: &more(Part::Tier),
                    }) }
                </section>
            }
            if tabbed {
                { tab_list(&TabListProps {
                    ids: &TAB_IDS,
                    label: w.sections(),
                    tabs: tabs.iter().map(|&t| tab_name(t, w).into()).collect(),
                    panels: &PANEL_IDS,
                    current: tabs.iter().position(|&t| t == shown).unwrap_or(0),
                    on_select: &on_select,
                }) }
            }
            <div class="cw-panels" aria-busy={(!skills_due).then_some("true")}>
                // In the long form too the outlook follows the pay, and the sources the outlook,
                // whose figures they back.
                if props.view.shows_salary() {
                    { panel(Tab::Pays, if details_due { html! { <SalaryDetails career={props.career.clone()} {years} money={props.money.clone()} language={language.clone()} /> } } else { Html::default() }) }
                    { panel(Tab::Outlook, if !details_due { Html::default() } else { html! {
                        <>
                            <OutlookFacts career={props.career.clone()} money={props.money.clone()} outline={o} language={language.clone()} />
                            { sources.clone() }
                        </>
                    } }) }
                }
                if props.view.shows_skills() {
                    { panel(Tab::Learn, if skills_due {
                        html! { <SkillsView key={format!("skills/{key}")} career={props.career.clone()} {focus} outline={o} language={language.clone()} /> }
                    } else {
                        html! {
                            <section class="cw-skills" aria-busy="true">
                                { o.heading(1, "cw-section-title", Some("cw-skills-heading"), w.what_to_learn().into()) }
                            </section>
                        }
                    }) }
                }
            </div>
            if !props.view.shows_salary() {
                { sources }
            }
        </article>
    }
}

/// The stages of a staggered first render.
const HEADLINE: u8 = 0;
const DETAILS: u8 = 1;
const SKILLS: u8 = 2;

/// The compact layout's tabs and panels, by place in [`View::tabs`].
const TAB_IDS: [&str; 3] = ["cw-section-0", "cw-section-1", "cw-section-2"];
const PANEL_IDS: [&str; 3] = ["cw-panel-0", "cw-panel-1", "cw-panel-2"];

/// A compact layout tab's name.
fn tab_name(tab: Tab, w: &Words) -> &str {
    match tab {
        Tab::Pays => w.what_it_pays(),
        Tab::Learn => w.what_to_learn(),
        Tab::Outlook => w.outlook(),
    }
}

/// A native select of the dataset's careers: keyboard, screen readers and phones handle it as
/// everywhere else.
fn career_picker(choices: &[CareerHandle], current: &CareerHandle, onchange: Callback<Event>, w: &Words) -> Html {
    html! {
        <div class="cw-picker">
            <label class="cw-picker-label" for="cw-picker">{ w.career() }</label>
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
    language: Language,
}

/// The dataset's sources, linked where it knows a URL. A component of its own: the slider
/// moving does not re-render it.
#[component]
fn Sources(props: &SourcesProps) -> Html {
    let language = &props.language;
    let sources = &props.career.career().sources;
    let (before, after) = crate::ui::words::around(language.words.sources(), "list");
    html! {
        <footer class="cw-sources">
            { before }
            for (i, s) in sources.iter().enumerate() {
                if i > 0 { { "; " } }
                { source_name(&s.url, source_title(s)) }
            }
            { after }
        </footer>
    }
}

fn source_title(s: &crate::core::dataset::Source) -> String {
    match &s.publisher {
        Some(p) => format!("\u{2068}{}\u{2069} (\u{2068}{}\u{2069})", s.title, p),
        None => s.title.clone(),
    }
}
