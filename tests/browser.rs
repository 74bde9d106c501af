//! Component and embed tests in headless Chromium (`wasm-bindgen-test`). Each test mounts a
//! widget, acts as the reader or the host page would, waits for Yew's scheduler to finish
//! rendering (no sleeps), and reads the DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use career_widget::core::bundled_dataset;
use career_widget::core::career_handle::CareerHandle;
use career_widget::core::years::Years;
use career_widget::embed::{WidgetHandle, mount};
use career_widget::ui::{Layout, MoneyFormat, Outline, ReaderChange, Theme, View, Widget, WidgetProps};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, ShadowRoot};
use yew::{AppHandle, Callback, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A test's element in the page, removed when the test is over, so no test sees another's.
struct Host(HtmlElement);

impl std::ops::Deref for Host {
    type Target = HtmlElement;

    fn deref(&self) -> &HtmlElement {
        &self.0
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.0.remove();
    }
}

fn new_container(tag: &str) -> Host {
    let el: HtmlElement = document().create_element(tag).unwrap().dyn_into().unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    Host(el)
}

async fn render_widget(years: f64, on_reader_change: Callback<ReaderChange>) -> (Host, AppHandle<Widget>) {
    render_dataset(Rc::new(bundled_dataset().as_ref().unwrap().clone()), years, on_reader_change).await
}

async fn render_dataset(
    dataset: Rc<career_widget::core::dataset::Dataset>,
    years: f64,
    on_reader_change: Callback<ReaderChange>,
) -> (Host, AppHandle<Widget>) {
    render_in(dataset, years, on_reader_change, career_widget::ui::Language::english()).await
}

async fn render_in(
    dataset: Rc<career_widget::core::dataset::Dataset>,
    years: f64,
    on_reader_change: Callback<ReaderChange>,
    language: career_widget::ui::Language,
) -> (Host, AppHandle<Widget>) {
    let root = new_container("div");
    let props = WidgetProps {
        career: CareerHandle::new(dataset, 0).unwrap(),
        years: Years::clamped(years).unwrap(),
        view: View::Both,
        layout: Layout::Full,
        outline: Outline::default(),
        language,
        theme: Theme::Auto,
        money: MoneyFormat::plain("USD"),
        on_reader_change,
        stagger: None,
        choices: None,
        on_pick: Callback::noop(),
    };
    let app = Renderer::<Widget>::with_root_and_props(Element::clone(&root), props).render();
    yew::scheduler::flush().await;
    (root, app)
}

trait Query {
    fn find(&self, selector: &str) -> Option<Element>;
    fn find_all(&self, selector: &str) -> Vec<Element>;

    /// The element's text as a reader sees it: without the isolates the widget puts around
    /// dataset text in its sentences (the_widgets_sentences_isolate_dataset_text checks them).
    fn text(&self, selector: &str) -> String {
        let text = self
            .find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
            .text_content()
            .unwrap_or_default();
        text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
    }
}

impl Query for Element {
    fn find(&self, selector: &str) -> Option<Element> {
        self.query_selector(selector).unwrap()
    }
    fn find_all(&self, selector: &str) -> Vec<Element> {
        let list = self.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }
}

impl Query for Host {
    fn find(&self, selector: &str) -> Option<Element> {
        self.0.find(selector)
    }
    fn find_all(&self, selector: &str) -> Vec<Element> {
        self.0.find_all(selector)
    }
}

impl Query for ShadowRoot {
    fn find(&self, selector: &str) -> Option<Element> {
        self.query_selector(selector).unwrap()
    }
    fn find_all(&self, selector: &str) -> Vec<Element> {
        let list = self.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }
}

/// Moves the slider as a reader's drag does: new value, then a bubbling `input` event.
async fn slide(root: &impl Query, value: &str) {
    let input: HtmlInputElement = root.find("input[type=range]").unwrap().dyn_into().unwrap();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

fn tier_titles(root: &impl Query) -> Vec<String> {
    root.find_all(".cw-tier-title").iter().map(|e| e.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn slider_moves_tier_and_estimate() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    assert_eq!(root.text("[data-testid=estimate]"), "$85,000");
    assert_eq!(tier_titles(&root), ["Customer Support Manager"]);
    assert_eq!(root.text(".cw-estimate-label"), "Estimated annual salary at 5 years");

    slide(&root, "9.5").await;
    assert_eq!(root.text("[data-testid=estimate]"), "$102,500");
    assert_eq!(tier_titles(&root), ["Senior Customer Support Manager"]);
    let input = root.find("input[type=range]").unwrap();
    assert_eq!(
        input.get_attribute("aria-valuetext").as_deref(),
        Some("9.5 years, \u{2068}Senior Customer Support Manager\u{2069}")
    );

    slide(&root, "2").await;
    assert_eq!(root.text("[data-testid=estimate]"), "$67,500");
    assert_eq!(tier_titles(&root), ["Junior Customer Support Manager"]);
    app.destroy();
}

#[wasm_bindgen_test]
async fn overlap_years_show_both_tiers() {
    let (root, app) = render_widget(11.0, Callback::noop()).await;
    assert_eq!(tier_titles(&root), ["Senior Customer Support Manager", "Director of Customer Support"]);
    assert_eq!(root.text("[data-testid=estimate]"), "$107,000");
    app.destroy();
}

#[wasm_bindgen_test]
async fn skill_focus_follows_the_slider() {
    let (root, app) = render_widget(2.0, Callback::noop()).await;
    let now = |root: &Element| {
        root.find_all(".cw-group.is-now").iter().filter_map(|e| e.get_attribute("data-group")).collect::<Vec<_>>()
    };
    assert_eq!(now(&root), ["foundational"]);
    slide(&root, "5").await;
    assert_eq!(now(&root), ["technical-analytical", "professional-interpersonal"]);
    app.destroy();
}

#[wasm_bindgen_test]
async fn reader_changes_are_reported_and_initial_render_is_not() {
    let seen = Rc::new(RefCell::new(Vec::<ReaderChange>::new()));
    let log = seen.clone();
    let (root, app) = render_widget(5.0, Callback::from(move |c| log.borrow_mut().push(c))).await;
    assert!(seen.borrow().is_empty(), "mounting is not a reader change");
    slide(&root, "9.5").await;
    let changes = seen.borrow().clone();
    assert_eq!(
        changes,
        [ReaderChange {
            career: "customer-support-manager".into(),
            years: 9.5,
            tier: "senior".into(),
            estimate: 102_500.0,
            currency: "USD".into(),
        }]
    );
    app.destroy();
}

/// A right-to-left widget (English words turned right to left, as the layout depends on the
/// direction alone): its figures run from the right, as its slider does, and the slider takes
/// ArrowLeft and ArrowRight itself, since WebKit would step it up on ArrowRight, against the arrow.
#[wasm_bindgen_test]
async fn a_right_to_left_widget_mirrors_its_figures_and_steps_its_slider_the_arrow_s_way() {
    let mut language = career_widget::ui::Language::english();
    language.rtl = true;
    let seen = Rc::new(RefCell::new(Vec::<f64>::new()));
    let log = seen.clone();
    let dataset = Rc::new(bundled_dataset().as_ref().unwrap().clone());
    let (root, app) =
        render_in(dataset, 5.0, Callback::from(move |c: ReaderChange| log.borrow_mut().push(c.years)), language).await;
    let attr = |selector: &str, name: &str| root.find(selector).and_then(|e| e.get_attribute(name));
    // 5 of the chart's 20 years: a quarter of the way in from the right.
    assert_eq!(attr("[data-testid=chart-marker]", "x1").as_deref(), Some("75.00%"));
    // The first tier (1–3 years) sits near the right edge; the year ticks start there.
    assert_eq!(attr(".cw-band-0", "x").as_deref(), Some("85.00%"));
    let ticks: Vec<_> =
        root.find_all(".cw-chart-svg > text[y='197']").iter().map(|t| t.get_attribute("x").unwrap()).collect();
    assert_eq!(ticks, ["100.00%", "75.00%", "50.00%", "25.00%", "0.00%"]);
    assert_eq!(attr(".cw-chart-svg g", "transform").as_deref(), Some("matrix(-1 0 0 1 1000 0)"), "the curve turned");
    // The range bar's low end (10th percentile) on the right.
    let low = root.find_all(".cw-range-tick")[0].get_attribute("x").unwrap();
    assert!(low.trim_end_matches('%').parse::<f64>().unwrap() > 50.0, "the low end is on the right: {low}");

    let slider = root.find("input[type=range]").unwrap();
    key(&slider, "ArrowRight").await;
    key(&slider, "ArrowRight").await;
    key(&slider, "ArrowLeft").await;
    assert_eq!(*seen.borrow(), [4.5, 4.0, 4.5], "ArrowRight goes down, towards the minimum on the right");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowLeft");
    init.set_alt_key(true);
    init.set_cancelable(true);
    let alt = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    slider.dispatch_event(&alt).unwrap();
    yew::scheduler::flush().await;
    assert!(!alt.default_prevented(), "Alt+ArrowLeft (Back) stays the browser's");
    assert_eq!(seen.borrow().len(), 3);
    app.destroy();

    // Left to right, the slider's keys stay the browser's own.
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_cancelable(true);
    let right = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    root.find("input[type=range]").unwrap().dispatch_event(&right).unwrap();
    assert!(!right.default_prevented());
    assert_eq!(root.find("[data-testid=chart-marker]").unwrap().get_attribute("x1").as_deref(), Some("25.00%"));
    app.destroy();
}

// ---- through the embed layer: attributes, shadow root, Intl, the DOM event -------------------

/// The widget's stylesheet, adopted as the loader (assets/career-widget.js) adopts it.
fn adopt_stylesheet(host: &HtmlElement) {
    let root = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet.replace_sync(include_str!("../assets/widget.css")).unwrap();
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
}

/// Embeds a widget with these attributes; in the long form unless they name a layout, so that
/// the tests of each part see it on the page.
async fn embed(attributes: &[(&str, &str)]) -> (Host, WidgetHandle) {
    let host = new_container("div");
    adopt_stylesheet(&host);
    host.set_attribute("layout", "full").unwrap();
    for (k, v) in attributes {
        host.set_attribute(k, v).unwrap();
    }
    let handle = mount(HtmlElement::clone(&host), JsValue::UNDEFINED).unwrap();
    // The loader renders a mounted widget with `update`, a task later.
    handle.update(JsValue::UNDEFINED);
    yew::scheduler::flush().await;
    // The salary's details and the skill map follow a task apart (timers of the widget's, each
    // set before the test's next one, which fires after it).
    for _ in 0..2 {
        gloo_timers::future::TimeoutFuture::new(0).await;
        yew::scheduler::flush().await;
    }
    (host, handle)
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

#[wasm_bindgen_test]
async fn embed_renders_into_an_open_shadow_root_from_attributes() {
    let (host, handle) = embed(&[("years", "2"), ("locale", "en-US")]).await;
    let root = shadow(&host);
    assert_eq!(root.text("[data-testid=estimate]"), "$67,500");
    assert_eq!(tier_titles(&root), ["Junior Customer Support Manager"]);
    assert_eq!(host.children().length(), 0, "nothing is added to the host's light DOM");
    assert!(root.adopted_style_sheets().length() == 1, "the widget keeps the loader's stylesheet");
    handle.unmount();
}

#[wasm_bindgen_test]
async fn attribute_changes_update_the_widget() {
    let (host, handle) = embed(&[("years", "5"), ("locale", "en-US")]).await;
    host.set_attribute("years", "9.5").unwrap();
    handle.update(JsValue::UNDEFINED);
    yew::scheduler::flush().await;
    let root = shadow(&host);
    assert_eq!(root.text("[data-testid=estimate]"), "$102,500");
    host.set_attribute("view", "salary").unwrap();
    handle.update(JsValue::UNDEFINED);
    yew::scheduler::flush().await;
    assert!(root.find(".cw-skills").is_none());
    assert!(root.find(".cw-salary").is_some());
    handle.unmount();
}

#[wasm_bindgen_test]
async fn locale_formats_with_intl() {
    let (host, handle) = embed(&[("years", "5"), ("locale", "de-DE")]).await;
    let text = shadow(&host).text("[data-testid=estimate]");
    assert!(text.starts_with("85.000"), "German grouping: {text:?}");
    assert!(text.contains('$'), "{text:?}");
    handle.unmount();
}

#[wasm_bindgen_test]
async fn bad_attributes_fall_back_and_still_render() {
    let (host, handle) =
        embed(&[("years", "lots"), ("view", "chart"), ("theme", "neon"), ("career", "pilot"), ("locale", "en-US")])
            .await;
    let root = shadow(&host);
    assert_eq!(root.text("[data-testid=estimate]"), "$85,000");
    assert!(root.find(".cw-skills").is_some());
    assert_eq!(root.find(".cw").unwrap().get_attribute("data-theme").as_deref(), Some("auto"));
    handle.unmount();
}

/// Every `career-widget-change` that reaches `target` while this lives (the listener goes
/// with it).
struct ChangeLog {
    events: Rc<RefCell<Vec<web_sys::CustomEvent>>>,
    target: web_sys::EventTarget,
    listener: Closure<dyn FnMut(web_sys::Event)>,
}

impl ChangeLog {
    const EVENT: &str = "career-widget-change";

    fn on(target: &web_sys::EventTarget) -> Self {
        let events = Rc::new(RefCell::new(Vec::new()));
        let log = events.clone();
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            log.borrow_mut().push(e.unchecked_into());
        });
        target.add_event_listener_with_callback(Self::EVENT, listener.as_ref().unchecked_ref()).unwrap();
        Self { events, target: target.clone(), listener }
    }

    fn events(&self) -> Vec<web_sys::CustomEvent> {
        self.events.borrow().clone()
    }
}

impl Drop for ChangeLog {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(Self::EVENT, self.listener.as_ref().unchecked_ref());
    }
}

fn detail(e: &web_sys::CustomEvent, key: &str) -> JsValue {
    js_sys::Reflect::get(&e.detail(), &key.into()).unwrap()
}

#[wasm_bindgen_test]
async fn the_reader_s_change_is_dispatched_on_the_host() {
    let (host, handle) = embed(&[("years", "5")]).await;
    // Listening on the body proves the event bubbles out of the widget.
    let log = ChangeLog::on(&document().body().unwrap());
    slide(&shadow(&host), "11").await;

    let events = log.events();
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert!(e.bubbles() && e.composed());
    assert_eq!(detail(e, "career").as_string().as_deref(), Some("customer-support-manager"));
    assert_eq!(detail(e, "years").as_f64(), Some(11.0));
    assert_eq!(detail(e, "tier").as_string().as_deref(), Some("senior"));
    assert_eq!(detail(e, "estimateUsd").as_f64(), Some(107_000.0));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn unmount_empties_the_shadow_root() {
    let (host, handle) = embed(&[]).await;
    assert!(shadow(&host).find(".cw").is_some());
    handle.unmount();
    yew::scheduler::flush().await;
    assert!(shadow(&host).find(".cw").is_none());
}

// ---- the complete salary view ------------------------------------------------------------------

async fn type_into(root: &impl Query, selector: &str, text: &str) {
    let input: HtmlInputElement = root.find(selector).unwrap().dyn_into().unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

async fn click(root: &impl Query, selector: &str) {
    let el: HtmlElement = root.find(selector).unwrap().dyn_into().unwrap();
    el.click();
    yew::scheduler::flush().await;
}

fn attr(root: &impl Query, selector: &str, name: &str) -> String {
    root.find(selector).unwrap().get_attribute(name).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_chart_marker_and_percentile_follow_the_years() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    assert_eq!(attr(&root, "[data-testid=chart-marker]", "x1"), "25.00%");
    assert_eq!(attr(&root, "[data-testid=range-marker]", "cx"), "50.00%");
    assert_eq!(root.text("[data-testid=estimate-percentile]"), "About the 50th percentile of the range");

    slide(&root, "9.5").await;
    assert_eq!(attr(&root, "[data-testid=chart-marker]", "x1"), "47.50%");
    let cx: f64 = attr(&root, "[data-testid=range-marker]", "cx").trim_end_matches('%').parse().unwrap();
    assert!(cx > 75.0, "the range marker moved right: {cx}");
    // Worked out by hand from the bundled range and docs/model.md, not by the code under test.
    assert_eq!(root.text("[data-testid=estimate-percentile]"), "About the 82nd percentile of the range");
    assert!(root.text("[data-testid=range-summary]").contains("$102,500"));

    slide(&root, "40").await;
    assert_eq!(attr(&root, "[data-testid=chart-marker]", "x1"), "100.00%", "beyond 20 years sits at the 20+ edge");
    app.destroy();
}

#[wasm_bindgen_test]
async fn attributes_written_out_agree_with_the_constants() {
    use career_widget::core::years::{YEARS_MAX, YEARS_MIN, YEARS_STEP};
    use career_widget::ui::salary::geometry::{CHART_HEIGHT, CURVE_UNITS, PLOT_HEIGHT, PLOT_TOP};
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    for input in [".cw-slider", ".cw-years-number"] {
        assert_eq!(attr(&root, input, "min"), YEARS_MIN.to_string(), "{input}");
        assert_eq!(attr(&root, input, "max"), YEARS_MAX.to_string(), "{input}");
        assert_eq!(attr(&root, input, "step"), YEARS_STEP.to_string(), "{input}");
    }
    assert_eq!(attr(&root, ".cw-chart-svg", "height"), CHART_HEIGHT.to_string());
    let plot = ".cw-chart-svg > svg";
    assert_eq!(attr(&root, plot, "y"), PLOT_TOP.to_string());
    assert_eq!(attr(&root, plot, "height"), PLOT_HEIGHT.to_string());
    assert_eq!(attr(&root, plot, "viewBox"), format!("0 0 {CURVE_UNITS} {CURVE_UNITS}"));
    let bands = root.find_all(".cw-band");
    assert!(!bands.is_empty());
    for band in bands {
        assert_eq!(band.get_attribute("y").unwrap(), PLOT_TOP.to_string());
        assert_eq!(band.get_attribute("height").unwrap(), PLOT_HEIGHT.to_string());
    }
    let marker = "[data-testid=chart-marker]";
    assert_eq!(attr(&root, marker, "y1"), PLOT_TOP.to_string());
    assert_eq!(attr(&root, marker, "y2"), (PLOT_TOP + PLOT_HEIGHT).to_string());
    // The axis 8 px below the plot, its year labels 17 px below the axis, all inside the chart.
    let axis = PLOT_TOP + PLOT_HEIGHT + 8.0;
    assert_eq!(attr(&root, ".cw-axis", "y1"), axis.to_string());
    assert_eq!(attr(&root, ".cw-axis", "y2"), axis.to_string());
    let labels = root.find_all(".cw-chart-svg > text.cw-axis-label[text-anchor]");
    assert_eq!(labels.len(), 5, "a label per year tick");
    for label in labels {
        assert_eq!(label.get_attribute("y").unwrap(), (axis + 17.0).to_string());
    }
    assert!(axis + 17.0 < CHART_HEIGHT);
    // The range bar's track lies exactly under its fill, which is drawn from the constants.
    for name in ["y", "height"] {
        assert_eq!(attr(&root, ".cw-range-track", name), attr(&root, ".cw-range-fill", name), "{name}");
    }
    app.destroy();
}

#[wasm_bindgen_test]
async fn step_buttons_and_the_number_field_set_the_years() {
    let (root, app) = render_widget(7.5, Callback::noop()).await;
    click(&root, "button[aria-label='One year more']").await;
    assert_eq!(root.text(".cw-estimate-label"), "Estimated annual salary at 8 years");
    click(&root, "button[aria-label='One year less']").await;
    click(&root, "button[aria-label='One year less']").await;
    assert_eq!(root.text(".cw-estimate-label"), "Estimated annual salary at 6 years");

    type_into(&root, "input[type=number]", "11").await;
    assert_eq!(tier_titles(&root), ["Senior Customer Support Manager", "Director of Customer Support"]);
    type_into(&root, "input[type=number]", "").await;
    assert_eq!(
        root.text(".cw-estimate-label"),
        "Estimated annual salary at 11 years",
        "an empty field keeps the last value"
    );
    type_into(&root, "input[type=number]", "0").await;
    let less = root.find("button[aria-label='One year less']").unwrap();
    assert!(less.has_attribute("disabled"), "nothing below 0 years");
    assert_eq!(
        attr(&root, "input[type=range]", "aria-valuetext"),
        "0 years, \u{2068}Junior Customer Support Manager\u{2069}"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn compare_reads_good_values_and_explains_bad_ones() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    assert!(root.find("[data-testid=compare-error]").is_none());
    assert!(root.find("[data-testid=compare-result]").is_none());

    type_into(&root, "#cw-compare-input", "$90,000").await;
    // Worked out by hand, as above.
    assert_eq!(
        root.text("[data-testid=compare-result]"),
        "That is about the 60th percentile of the range, $5,000 above the estimate for 5 years."
    );
    assert!(root.find("[data-testid=range-you]").is_some(), "the reader's salary is marked on the range bar");

    type_into(&root, "#cw-compare-input", "80k").await;
    assert!(root.text("[data-testid=compare-result]").contains("$5,000 below the estimate"));
    type_into(&root, "#cw-compare-input", "9999999").await;
    assert!(
        root.text("[data-testid=compare-result]").starts_with("That is above the 99th percentile of the range"),
        "past the range, no \"about the\" in front"
    );

    let bad = [
        ("abc", "Enter an annual salary as a number, for example $85,000."),
        ("-5000", "Enter an annual salary above zero."),
        ("99999999999", "That is more than 10000000 a year. Enter an annual salary."),
        ("<img src=x onerror=alert(1)>", "Enter an annual salary as a number, for example $85,000."),
    ];
    for (text, message) in bad {
        type_into(&root, "#cw-compare-input", text).await;
        assert_eq!(root.text("[data-testid=compare-error]"), message, "{text}");
        assert!(root.find("[data-testid=compare-result]").is_none());
        assert_eq!(attr(&root, "#cw-compare-input", "aria-invalid"), "true");
        assert!(root.find("img").is_none(), "typed text is never markup");
    }

    type_into(&root, "#cw-compare-input", "").await;
    assert!(root.find("[data-testid=compare-error]").is_none());
    assert!(root.find("[data-testid=range-you]").is_none());
    app.destroy();
}

#[wasm_bindgen_test]
async fn outlook_facts_come_from_the_dataset_with_sources() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    let facts = texts(&root, ".cw-fact");
    assert_eq!(
        facts,
        [
            "Median salary$85,000Source: Customer Support Manager Career Path Guide",
            "Job growth8% · Growing much faster than averageSource: U.S. Bureau of Labor Statistics",
            "Market demandHighSource: Customer Support Manager Career Path Guide",
            "Remote-friendlyYesSource: Customer Support Manager Career Path Guide",
        ]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_explainer_lists_every_anchor() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    let items = texts(&root, ".cw-explainer li");
    assert_eq!(items.len(), 5);
    assert!(items[0].starts_with("$60,000 at 0 years"));
    assert!(items[2].starts_with(
        "$85,000 at 5 years: the mid-level figure, at the middle of Customer Support Manager (3–7 years)"
    ));
    assert!(items[4].starts_with(
        "$110,000 at 12 years: the top 10% threshold, from where Director of Customer Support is the only tier"
    ));
    app.destroy();
}

#[wasm_bindgen_test]
async fn german_locale_formats_every_figure() {
    let (host, handle) = embed(&[("years", "9.5"), ("locale", "de-DE")]).await;
    let root = shadow(&host);
    let estimate = root.text("[data-testid=estimate]");
    assert_eq!(estimate.replace('\u{a0}', " "), "102.500 $");
    type_into(&root, "#cw-compare-input", "100.000 €").await;
    let result = root.text("[data-testid=compare-result]").replace('\u{a0}', " ");
    assert!(result.contains("2.500 $ below"), "{result}");
    assert!(root.text(".cw-facts").contains("85.000"));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn the_change_event_follows_the_step_buttons_too() {
    let (host, handle) = embed(&[("years", "5")]).await;
    let log = ChangeLog::on(&host);
    click(&shadow(&host), "button[aria-label='One year more']").await;
    type_into(&shadow(&host), "input[type=number]", "2").await;
    let got: Vec<(f64, String, f64)> = log
        .events()
        .iter()
        .map(|e| {
            let years = detail(e, "years").as_f64().unwrap();
            (years, detail(e, "tier").as_string().unwrap(), detail(e, "estimateUsd").as_f64().unwrap())
        })
        .collect();
    assert_eq!(got, [(6.0, "customer-support-manager".to_string(), 88_889.0), (2.0, "junior".to_string(), 67_500.0)]);
    handle.unmount();
}

// ---- the skill-map viewer ------------------------------------------------------------------------

#[path = "support/large_dataset.rs"]
mod large_dataset;
#[path = "browser/reader.rs"]
mod reader;

fn visible(el: &Element) -> bool {
    el.get_client_rects().length() > 0
}

fn shown_skills(root: &impl Query) -> Vec<String> {
    root.find_all("button.cw-skill")
        .iter()
        .filter(|b| visible(b))
        .map(|b| b.text_content().unwrap_or_default())
        .collect()
}

fn groups_with(root: &impl Query, class: &str) -> Vec<String> {
    root.find_all(&format!(".cw-group.{class}")).iter().filter_map(|e| e.get_attribute("data-group")).collect()
}

async fn key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    target
        .dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

fn focused(root: &ShadowRoot) -> Option<Element> {
    root.active_element()
}

#[wasm_bindgen_test]
async fn focus_now_and_learn_next_follow_the_years() {
    let (host, handle) = embed(&[("years", "2")]).await;
    let root = shadow(&host);
    assert_eq!(groups_with(&root, "is-now"), ["foundational"]);
    assert_eq!(groups_with(&root, "is-next"), ["technical-analytical", "professional-interpersonal"]);
    slide(&root, "8").await;
    assert_eq!(groups_with(&root, "is-now"), ["professional-interpersonal", "emerging-leadership"]);
    assert!(groups_with(&root, "is-next").is_empty());
    assert!(root.text(".cw-skills-legend").contains("derived from the tier descriptions"));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn search_filters_highlights_and_has_an_empty_state() {
    let (host, handle) = embed(&[]).await;
    let root = shadow(&host);
    assert_eq!(shown_skills(&root).len(), 20);
    type_into(&root, "#cw-skill-search", "CRM").await;
    assert_eq!(shown_skills(&root), ["Basic CRM Technology Navigation", "Advanced CRM Administration"]);
    let marks: Vec<String> = root.find_all("mark").iter().map(|m| m.text_content().unwrap_or_default()).collect();
    assert_eq!(marks, ["CRM", "CRM"]);
    assert_eq!(root.text("[data-testid=search-status]"), "2 of 20 skills match “CRM”.");
    assert_eq!(
        root.find_all(".cw-group").iter().filter(|g| visible(g)).count(),
        2,
        "groups without a match are hidden"
    );

    type_into(&root, "#cw-skill-search", "underwater basket weaving").await;
    assert!(shown_skills(&root).is_empty());
    assert!(root.text("[data-testid=search-status]").starts_with("No skill matches “underwater basket weaving”."));
    click(&root, ".cw-search-status button").await;
    assert_eq!(shown_skills(&root).len(), 20, "clearing the search brings every skill back");
    handle.unmount();
}

#[wasm_bindgen_test]
async fn clicking_a_skill_opens_its_details_and_escape_returns_focus() {
    let (host, handle) = embed(&[]).await;
    let root = shadow(&host);
    click(&root, "button[data-skill='basic-crm-technology-navigation']").await;
    let detail = root.find("[data-testid=skill-detail]").expect("the detail panel is open");
    assert_eq!(focused(&root).as_ref(), Some(&detail), "focus moves into the details");
    let text = seen(detail.text_content().unwrap_or_default());
    assert!(text.contains("Basic CRM Technology Navigation"));
    assert!(text.contains("Foundational Skills: Core abilities essential"));
    assert!(text.contains("Junior Customer Support Manager (1–3 years)"));
    assert!(text.contains("Zendesk") && text.contains("Helpdesk ticketing systems"));
    assert_eq!(attr(&root, "button[data-skill='basic-crm-technology-navigation']", "aria-expanded"), "true");

    key(&detail, "Escape").await;
    assert!(root.find("[data-testid=skill-detail]").is_none(), "Escape closes the details");
    assert_eq!(
        focused(&root).and_then(|e| e.get_attribute("data-skill")).as_deref(),
        Some("basic-crm-technology-navigation")
    );

    click(&root, "button[data-skill='empathy-and-active-listening']").await;
    assert!(root.text("[data-testid=skill-detail]").contains("The dataset relates no specific tools to this skill."));
    click(&root, ".cw-detail-close").await;
    assert!(root.find("[data-testid=skill-detail]").is_none());
    handle.unmount();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_skills_with_one_tab_stop() {
    let (host, handle) = embed(&[]).await;
    let root = shadow(&host);
    let tabbable: Vec<Element> = root.find_all("button.cw-skill[tabindex='0']");
    assert_eq!(tabbable.len(), 1, "one Tab stop into the map");
    let first: HtmlElement = tabbable[0].clone().dyn_into().unwrap();
    first.focus().unwrap();
    let id = |root: &ShadowRoot| focused(root).and_then(|e| e.get_attribute("data-skill"));
    assert_eq!(id(&root).as_deref(), Some("empathy-and-active-listening"));
    key(&first, "ArrowRight").await;
    assert_eq!(id(&root).as_deref(), Some("basic-crm-technology-navigation"));
    key(&focused(&root).unwrap(), "End").await;
    assert_eq!(id(&root).as_deref(), Some("global-team-leadership"));
    key(&focused(&root).unwrap(), "ArrowDown").await;
    assert_eq!(id(&root).as_deref(), Some("global-team-leadership"), "stops at the last skill");
    key(&focused(&root).unwrap(), "Home").await;
    assert_eq!(id(&root).as_deref(), Some("empathy-and-active-listening"));
    assert_eq!(root.find_all("button.cw-skill[tabindex='0']").len(), 1);
    handle.unmount();
}

#[wasm_bindgen_test]
async fn under_480px_the_map_is_an_accordion() {
    let (host, handle) = embed(&[("years", "2")]).await;
    let root = shadow(&host);
    host.style().set_property("width", "360px").unwrap();
    let body = |g: &str| root.find(&format!(".cw-group[data-group='{g}'] .cw-group-body")).unwrap();
    let toggle = |g: &str| root.find(&format!(".cw-group[data-group='{g}'] .cw-group-toggle")).unwrap();
    assert!(visible(&toggle("foundational")), "headings become toggles");
    assert!(visible(&body("foundational")), "the group in focus starts open");
    assert!(!visible(&body("emerging-leadership")), "others start closed");
    assert_eq!(toggle("emerging-leadership").get_attribute("aria-expanded").as_deref(), Some("false"));
    click(&root, ".cw-group[data-group='emerging-leadership'] .cw-group-toggle").await;
    assert!(visible(&body("emerging-leadership")));
    assert_eq!(toggle("emerging-leadership").get_attribute("aria-expanded").as_deref(), Some("true"));

    host.style().set_property("width", "1000px").unwrap();
    assert!(!visible(&toggle("foundational")), "a wide map has plain headings");
    assert!(root.find_all(".cw-group-body").iter().all(visible), "and shows every group");
    let connector = root.find(".cw-connector svg").unwrap();
    assert!(visible(&connector), "stages are joined by drawn connectors");
    handle.unmount();
}

#[wasm_bindgen_test]
async fn other_lists_are_tabs() {
    let (host, handle) = embed(&[]).await;
    let root = shadow(&host);
    assert_eq!(root.find_all(".cw-tabpanel .cw-tag").len(), 20);
    let tab = root.find("#cw-tab-0").unwrap();
    key(&tab, "ArrowRight").await;
    assert_eq!(attr(&root, "#cw-tab-1", "aria-selected"), "true");
    assert_eq!(focused(&root).map(|e| e.id()).as_deref(), Some("cw-tab-1"));
    assert_eq!(root.find_all(".cw-tabpanel .cw-tag").len(), 10);
    assert!(root.text(".cw-tabpanel").contains("Empathy and active listening"));
    click(&root, "#cw-tab-2").await;
    assert!(root.text(".cw-tabpanel").contains("Jira Service Management"));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn a_2000_skill_dataset_renders_and_searches() {
    use career_widget::core::read::read_dataset;
    let value = large_dataset::large_dataset(career_widget::core::BUNDLED_JSON, 20, 100);
    let dataset = Rc::new(read_dataset(&value.to_string()).unwrap());
    let root = new_container("div");
    let props = WidgetProps {
        career: CareerHandle::new(dataset, 0).unwrap(),
        years: Years::DEFAULT,
        view: View::Skills,
        layout: Layout::Full,
        outline: Outline::default(),
        language: career_widget::ui::Language::english(),
        theme: Theme::Auto,
        money: MoneyFormat::plain("USD"),
        on_reader_change: Callback::noop(),
        stagger: None,
        choices: None,
        on_pick: Callback::noop(),
    };
    let app = Renderer::<Widget>::with_root_and_props(Element::clone(&root), props).render();
    yew::scheduler::flush().await;
    assert_eq!(root.find_all("button.cw-skill").len(), 2_000);
    assert_eq!(root.find_all(".cw-group").len(), 20);
    type_into(&root, "#cw-skill-search", "crm 7.").await;
    let shown: Vec<Element> = root.find_all("button.cw-skill").into_iter().filter(visible).collect();
    assert!(!shown.is_empty() && shown.len() < 50, "{}", shown.len());
    assert!(shown.iter().all(|b| {
        let t = b.text_content().unwrap_or_default();
        t.contains("CRM") && t.contains("7.")
    }));
    type_into(&root, "#cw-skill-search", "").await;
    assert_eq!(root.find_all("button.cw-skill").into_iter().filter(visible).count(), 2_000);
    app.destroy();
}

#[wasm_bindgen_test]
fn search_lowercases_through_javascript_as_rust_does() {
    use career_widget::core::fold::lowercase;
    use career_widget::core::skills::SkillIndex;
    assert_eq!(lowercase("ÉCLAIR CRM"), "éclair crm");
    // Final sigma: both Unicode default case conversions give ς at the end of a word.
    assert_eq!(lowercase("ΟΔΟΣ"), "\u{3bf}\u{3b4}\u{3bf}\u{3c2}");
    assert_eq!(SkillIndex::match_ranges("Éclair Management", "ÉCL man"), [(0, 4), (8, 11)]);
}

#[wasm_bindgen_test]
fn decimals_are_read_through_javascript_as_rust_reads_them() {
    use career_widget::core::decimal::parse_decimal;
    // Rounding's hard cases (halfway points, subnormals, the largest finite value, more digits
    // than an f64 holds) and the forms the grammar allows, against Rust's parser in this build.
    let mut texts: Vec<String> = [
        "0",
        "-0",
        "+7.5",
        ".5",
        "5.",
        "0.1",
        "0.3",
        "85000",
        "85000.005",
        "9007199254740993",
        "2.2250738585072011e-308",
        "4.9e-324",
        "2.4703282292062328e-324",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "1e400",
        "1E-400",
        "123456789012345678901234567890.123456789",
        "0.000000000000000000000000000000000000001",
    ]
    .map(String::from)
    .to_vec();
    // A spread of ordinary inputs: years in halves, and salaries in cents.
    texts.extend((0..=80).map(|half| format!("{}", f64::from(half) / 2.0)));
    texts.extend((1..400).map(|i| format!("{}.{:02}", i * 997, i % 100)));
    for text in &texts {
        let rust: f64 = text.parse().unwrap();
        assert_eq!(parse_decimal(text).map(f64::to_bits), Some(rust.to_bits()), "{text}");
    }
    assert_eq!(parse_decimal("Infinity"), None);
    assert_eq!(parse_decimal(""), None, "JavaScript's Number(\"\") is 0; this is no number");
}

/// Dataset text inside the widget's own sentences is isolated, so a right-to-left title cannot
/// move the sentence's punctuation or figures; text in an element of its own is isolated by
/// the stylesheet.
#[wasm_bindgen_test]
async fn the_widgets_sentences_isolate_dataset_text() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    let raw = |selector: &str| root.find(selector).unwrap().text_content().unwrap_or_default();
    let article = root.find("article.cw").unwrap();
    assert_eq!(
        article.get_attribute("aria-label").as_deref(),
        Some("\u{2068}Customer Support Manager\u{2069} career: salary and skills")
    );
    assert!(
        raw(".cw-chart-legend").contains("\u{2068}Customer Support Manager\u{2069} · "),
        "{}",
        raw(".cw-chart-legend")
    );
    assert!(raw(".cw-estimate-note").contains("(\u{2068}US\u{2069}, USD)"), "{}", raw(".cw-estimate-note"));
    assert!(raw(".cw-explainer-body").contains("at the middle of \u{2068}"));
    app.destroy();
}

/// The bundled career in `layout`, rendered as the embed does: in stages.
fn staggered(layout: Layout) -> (Host, AppHandle<Widget>) {
    let root = new_container("div");
    let dataset = Rc::new(bundled_dataset().as_ref().unwrap().clone());
    let props = WidgetProps {
        career: CareerHandle::new(dataset, 0).unwrap(),
        years: Years::DEFAULT,
        view: View::Both,
        layout,
        outline: Outline::default(),
        language: career_widget::ui::Language::english(),
        theme: Theme::Auto,
        money: MoneyFormat::plain("USD"),
        on_reader_change: Callback::noop(),
        stagger: Some(Callback::noop()),
        choices: None,
        on_pick: Callback::noop(),
    };
    let app = Renderer::<Widget>::with_root_and_props(Element::clone(&root), props).render();
    (root, app)
}

#[wasm_bindgen_test]
async fn staggered_the_salary_details_and_the_skill_map_follow_the_headline_a_task_apart() {
    // The long form has no fixed height: its details come with the headline, the skill map after.
    let (long, long_app) = staggered(Layout::Full);
    yew::scheduler::flush().await;
    assert!(long.find(".cw-chart").is_some(), "the long form's details come with its headline");
    assert!(long.find(".cw-map").is_none(), "its skill map waits");
    long_app.destroy();
    let (root, app) = staggered(Layout::Compact);
    yew::scheduler::flush().await;
    assert!(root.find("[data-testid=estimate]").is_some(), "the headline renders first");
    assert!(root.find(".cw-chart").is_none(), "the salary's details wait");
    assert!(root.find(".cw-map").is_none(), "so does the skill map");
    assert_eq!(root.text(".cw-skills .cw-section-title"), "What to learn", "its heading holds its place");
    assert_eq!(attr(&root, ".cw-panels", "aria-busy"), "true", "the panels say they are not complete");
    // A timer of ours set after the widget's fires after it (timers of equal delay keep their order).
    gloo_timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    assert!(root.find(".cw-chart").is_some(), "then the salary's details render");
    assert!(root.find(".cw-map").is_none(), "the skill map still waits");
    gloo_timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    assert_eq!(root.find_all("button.cw-skill").len(), 20, "then the map renders");
    assert!(root.find(".cw-panels[aria-busy]").is_none(), "and the panels are complete");
    app.destroy();
}

// ---- derived values are labelled, the guide's own are not ----------------------------------------

/// Text as read, without the isolates the widget may put around dataset text in its sentences
/// (they change no letter a reader sees).
fn seen(text: String) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

fn seen_text(root: &impl Query, selector: &str) -> String {
    seen(root.text(selector))
}

fn texts(root: &impl Query, selector: &str) -> Vec<String> {
    root.find_all(selector).iter().map(|e| seen(e.text_content().unwrap_or_default())).collect()
}

fn says_derived(text: &str) -> bool {
    text.to_lowercase().contains("derived")
}

/// The bundled career with the first group's relations swapped: its first skill (none in the
/// guide's data) related to one tech skill, its second (related there) to nothing, and the
/// rationales the test's own, so each label is seen to follow the data.
fn swapped_relations() -> Rc<career_widget::core::dataset::Dataset> {
    let mut v: serde_json::Value = serde_json::from_str(career_widget::core::BUNDLED_JSON).unwrap();
    let group = &mut v["careers"][0]["skill_groups"][0];
    group["focus_tiers"]["rationale"] = "The test's reason for this focus.".into();
    let skills = group["skills"].as_array_mut().unwrap();
    skills[0]["related"] = serde_json::json!({
        "value": { "tech_skills": ["Customer data analytics and reporting"], "tools": [] },
        "derived": true,
        "rationale": "The test's pairing."
    });
    skills[1].as_object_mut().unwrap().remove("related");
    Rc::new(career_widget::core::read::read_dataset(&v.to_string()).unwrap())
}

#[wasm_bindgen_test]
async fn the_estimate_is_labelled_derived_and_the_guide_s_figures_are_not() {
    let (root, app) = render_widget(7.0, Callback::noop()).await;
    assert_eq!(
        seen_text(&root, ".cw-estimate-note"),
        "Derived estimate (US, USD), interpolated from the dataset's pay levels."
    );
    assert!(!says_derived(&seen_text(&root, "[data-testid=estimate]")));
    // The facts are the guide's figures as the dataset gives them.
    let facts = texts(&root, ".cw-fact");
    assert_eq!(facts.len(), 4);
    assert!(facts.iter().all(|f| !says_derived(f)), "{facts:?}");
    // The sources are the guide's; the sentence after them is about the widget's estimates.
    let sources = texts(&root, ".cw-sources cite");
    assert!(!sources.is_empty() && sources.iter().all(|s| !says_derived(s)), "{sources:?}");
    assert!(
        seen_text(&root, ".cw-sources")
            .ends_with(". Estimates between the dataset's figures are derived by this widget."),
        "{}",
        seen_text(&root, ".cw-sources")
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_explainer_labels_the_pairing_of_tiers_and_levels_not_the_figures() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    let figures = texts(&root, ".cw-explainer li");
    assert_eq!(figures.len(), 5);
    assert!(figures.iter().all(|f| !says_derived(f)), "{figures:?}");
    let notes = texts(&root, ".cw-explainer p");
    assert_eq!(notes.iter().filter(|p| says_derived(p)).count(), 1, "{notes:?}");
    assert!(
        notes.iter().any(|p| p.contains(" Which tier gets which level is derived, not stated by the dataset. ")),
        "{notes:?}"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_focus_tiers_are_labelled_derived_and_the_group_is_not() {
    let (root, app) = render_widget(5.0, Callback::noop()).await;
    click(&root, "button[data-skill='time-management']").await;
    let facts: Vec<(String, String, usize)> = root
        .find_all("[data-testid=skill-detail] .cw-detail-facts > div")
        .iter()
        .map(|row| (seen(row.text("dt")), seen(row.text("dd")), row.find_all(".cw-derived").len()))
        .collect();
    let focus = facts.iter().find(|(dt, ..)| dt == "Focus at").expect("a Focus at row");
    assert_eq!(focus.1, "Junior Customer Support Manager (1–3 years) (derived)");
    assert_eq!(focus.2, 1);
    for (dt, dd, labels) in facts.iter().filter(|(dt, ..)| dt != "Focus at") {
        assert_eq!(*labels, 0, "{dt}");
        assert!(!says_derived(dd), "{dt}: {dd}");
    }
    assert_eq!(
        facts[0].1,
        "Foundational Skills: Core abilities essential to managing customer support teams effectively."
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn related_items_are_labelled_derived_only_where_the_dataset_relates_some() {
    let (root, app) = render_dataset(swapped_relations(), 2.0, Callback::noop()).await;
    click(&root, "button[data-skill='empathy-and-active-listening']").await;
    assert_eq!(
        seen_text(&root, ".cw-detail-note"),
        "Why this group matters then: The test's reason for this focus. Related items are derived: The test's pairing."
    );
    assert_eq!(texts(&root, ".cw-detail-facts .cw-tag"), ["Customer data analytics and reporting"]);

    click(&root, "button[data-skill='basic-crm-technology-navigation']").await;
    let note = seen_text(&root, ".cw-detail-note");
    assert_eq!(
        note,
        "Why this group matters then: The test's reason for this focus. The dataset relates no specific tools to this skill."
    );
    assert!(root.find_all(".cw-detail-facts .cw-tag").is_empty());
    app.destroy();
}

// ---- the compact layout --------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn compact_tabs_follow_the_aria_tabs_pattern() {
    let (host, handle) = embed(&[("layout", "compact")]).await;
    let root = shadow(&host);
    let tabs = root.find_all(".cw-compact > [role=tablist] [role=tab]");
    let names: Vec<String> = tabs.iter().map(|t| t.text_content().unwrap_or_default()).collect();
    assert_eq!(names, ["What it pays", "What to learn", "Outlook"]);
    for (i, tab) in tabs.iter().enumerate() {
        let panel = root.find(&format!("#{}", tab.get_attribute("aria-controls").unwrap())).unwrap();
        assert_eq!(panel.get_attribute("role").as_deref(), Some("tabpanel"));
        assert_eq!(panel.get_attribute("aria-labelledby"), Some(tab.id()), "panel {i} is named by its tab");
    }
    let state = |root: &ShadowRoot| -> Vec<(String, String, bool)> {
        root.find_all(".cw-compact > [role=tablist] [role=tab]")
            .iter()
            .map(|t| {
                let panel = root.find(&format!("#{}", t.get_attribute("aria-controls").unwrap())).unwrap();
                (
                    t.get_attribute("aria-selected").unwrap(),
                    t.get_attribute("tabindex").unwrap(),
                    panel.has_attribute("hidden"),
                )
            })
            .collect()
    };
    let shows = |i: usize| -> Vec<(String, String, bool)> {
        (0..3)
            .map(|j| if i == j { ("true".into(), "0".into(), false) } else { ("false".into(), "-1".into(), true) })
            .collect()
    };
    assert_eq!(state(&root), shows(0), "the first tab, the only Tab stop");
    let tab = |i: usize| root.find(&format!("#cw-section-{i}")).unwrap();
    tab(0).unchecked_ref::<HtmlElement>().focus().unwrap();
    for (k, to) in [("ArrowRight", 1), ("ArrowRight", 2), ("ArrowRight", 0), ("ArrowLeft", 2), ("Home", 0), ("End", 2)]
    {
        key(&focused(&root).unwrap(), k).await;
        assert_eq!(state(&root), shows(to), "{k}");
        assert_eq!(focused(&root).map(|e| e.id()), Some(format!("cw-section-{to}")), "{k} moves the focus");
    }
    click(&root, "#cw-section-1").await;
    assert_eq!(state(&root), shows(1));
    assert!(visible(&root.find("#cw-skill-search").unwrap()), "the skill search is in the second tab");
    handle.unmount();
}

#[wasm_bindgen_test]
async fn compact_long_texts_are_shortened_behind_show_more_and_stay_open() {
    let (host, handle) = embed(&[("layout", "compact")]).await;
    let root = shadow(&host);
    let more = ".cw-tier .cw-more";
    assert_eq!(attr(&root, more, "aria-expanded"), "false");
    assert_eq!(attr(&root, more, "aria-controls"), "cw-tier-description-0");
    assert!(!root.find("#cw-tier-description-0").unwrap().class_list().contains("is-open"));
    click(&root, more).await;
    assert_eq!(attr(&root, more, "aria-expanded"), "true");
    assert_eq!(root.text(more), "Show less");
    assert!(root.find("#cw-tier-description-0").unwrap().class_list().contains("is-open"));
    // Another tier: the reader's choice holds.
    slide(&root, "15").await;
    assert!(root.text("[data-testid=tier]").contains("Director"));
    assert_eq!(attr(&root, more, "aria-expanded"), "true");
    click(&root, ".cw-header .cw-more").await;
    assert_eq!(attr(&root, ".cw-header .cw-more", "aria-expanded"), "true");
    handle.unmount();

    // The long form shows whole texts, with no control.
    let (host, handle) = embed(&[]).await;
    let root = shadow(&host);
    assert!(root.find(".cw-more").is_none());
    assert!(root.find(".cw-clamp").is_none());
    handle.unmount();
}

#[wasm_bindgen_test]
async fn heading_level_moves_the_whole_outline() {
    // The level of each heading the test names, in the order given.
    let levels = |root: &ShadowRoot| -> Vec<String> {
        let all = root.find_all("h1, h2, h3, h4, h5, h6");
        [
            "Customer Support Manager",
            "What it pays",
            "Outlook",
            "What to learn",
            "Foundational Skills",
            "Also in the dataset",
        ]
        .iter()
        .map(|name| {
            let h = all.iter().find(|h| h.text_content().unwrap_or_default().starts_with(name)).expect(name);
            h.local_name()
        })
        .collect()
    };
    let (host, handle) = embed(&[]).await;
    assert_eq!(levels(&shadow(&host)), ["h2", "h3", "h3", "h3", "h4", "h4"]);
    for (attribute, expected) in
        [("4", ["h4", "h5", "h5", "h5", "h6", "h6"]), ("1", ["h1", "h2", "h2", "h2", "h3", "h3"])]
    {
        host.set_attribute("heading-level", attribute).unwrap();
        handle.update(JsValue::UNDEFINED);
        yew::scheduler::flush().await;
        assert_eq!(levels(&shadow(&host)), expected, "heading-level={attribute}");
    }
    handle.unmount();
}
