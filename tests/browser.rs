//! Component and embed tests in headless Chromium (`wasm-bindgen-test`). Each test mounts a
//! widget, acts as the reader or the host page would, waits for Yew's scheduler to finish
//! rendering (no sleeps), and reads the DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use career_widget::core::bundled_dataset;
use career_widget::core::years::Years;
use career_widget::embed::{WidgetHandle, mount};
use career_widget::ui::{CareerRef, MoneyFormat, Theme, View, Widget, WidgetProps, YearsChange};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, ShadowRoot};
use yew::{AppHandle, Callback, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn new_container(tag: &str) -> Element {
    let el = document().create_element(tag).unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

async fn render_widget(years: f64, on_years_change: Callback<YearsChange>) -> (Element, AppHandle<Widget>) {
    let root = new_container("div");
    let dataset = Rc::new(bundled_dataset().as_ref().unwrap().clone());
    let props = WidgetProps {
        career: CareerRef::new(dataset, 0).unwrap(),
        years: Years::clamped(years).unwrap(),
        view: View::Both,
        theme: Theme::Auto,
        money: MoneyFormat::plain("USD"),
        on_years_change,
    };
    let app = Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, app)
}

trait Query {
    fn find(&self, selector: &str) -> Option<Element>;
    fn find_all(&self, selector: &str) -> Vec<Element>;

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
            .text_content()
            .unwrap_or_default()
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
    assert_eq!(root.text(".cw-experience-value"), "5 years");

    slide(&root, "9.5").await;
    assert_eq!(root.text("[data-testid=estimate]"), "$102,500");
    assert_eq!(tier_titles(&root), ["Senior Customer Support Manager"]);
    let input = root.find("input[type=range]").unwrap();
    assert_eq!(input.get_attribute("aria-valuetext").as_deref(), Some("9.5 years, Senior Customer Support Manager"));

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
    let now = |root: &Element| root.find_all(".cw-group.is-now").iter().filter_map(|e| e.get_attribute("data-group")).collect::<Vec<_>>();
    assert_eq!(now(&root), ["foundational"]);
    slide(&root, "5").await;
    assert_eq!(now(&root), ["technical-analytical", "professional-interpersonal"]);
    app.destroy();
}

#[wasm_bindgen_test]
async fn reader_changes_are_reported_and_initial_render_is_not() {
    let seen = Rc::new(RefCell::new(Vec::<YearsChange>::new()));
    let log = seen.clone();
    let (root, app) = render_widget(5.0, Callback::from(move |c| log.borrow_mut().push(c))).await;
    assert!(seen.borrow().is_empty(), "mounting is not a reader change");
    slide(&root, "9.5").await;
    let changes = seen.borrow().clone();
    assert_eq!(
        changes,
        [YearsChange { career: "customer-support-manager".into(), years: 9.5, tier: "senior".into(), estimate: 102_500.0 }]
    );
    app.destroy();
}

// ---- through the embed layer: attributes, shadow root, Intl, the DOM event -------------------

async fn embed(attributes: &[(&str, &str)]) -> (HtmlElement, WidgetHandle) {
    let host: HtmlElement = new_container("div").dyn_into().unwrap();
    for (k, v) in attributes {
        host.set_attribute(k, v).unwrap();
    }
    let handle = mount(host.clone()).unwrap();
    yew::scheduler::flush().await;
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
    assert!(root.adopted_style_sheets().length() == 1, "the widget's stylesheet is adopted");
    handle.unmount();
}

#[wasm_bindgen_test]
async fn attribute_changes_update_the_widget() {
    let (host, mut handle) = embed(&[("years", "5"), ("locale", "en-US")]).await;
    host.set_attribute("years", "9.5").unwrap();
    handle.update().unwrap();
    yew::scheduler::flush().await;
    let root = shadow(&host);
    assert_eq!(root.text("[data-testid=estimate]"), "$102,500");
    host.set_attribute("view", "salary").unwrap();
    handle.update().unwrap();
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
    let (host, handle) = embed(&[("years", "lots"), ("view", "chart"), ("theme", "neon"), ("career", "pilot"), ("locale", "en-US")]).await;
    let root = shadow(&host);
    assert_eq!(root.text("[data-testid=estimate]"), "$85,000");
    assert!(root.find(".cw-skills").is_some());
    assert_eq!(root.find(".cw").unwrap().get_attribute("data-theme").as_deref(), Some("auto"));
    handle.unmount();
}

#[wasm_bindgen_test]
async fn the_reader_s_change_is_dispatched_on_the_host() {
    let (host, handle) = embed(&[("years", "5")]).await;
    let details = Rc::new(RefCell::new(Vec::<JsValue>::new()));
    let log = details.clone();
    let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        assert!(e.bubbles() && e.composed());
        log.borrow_mut().push(e.detail());
    });
    // Listening on the body proves the event bubbles out of the widget.
    let body = document().body().unwrap();
    body.add_event_listener_with_callback("career-widget-change", listener.as_ref().unchecked_ref()).unwrap();
    slide(&shadow(&host), "11").await;
    body.remove_event_listener_with_callback("career-widget-change", listener.as_ref().unchecked_ref()).unwrap();

    let details = details.borrow();
    assert_eq!(details.len(), 1);
    let get = |k: &str| js_sys::Reflect::get(&details[0], &k.into()).unwrap();
    assert_eq!(get("career").as_string().as_deref(), Some("customer-support-manager"));
    assert_eq!(get("years").as_f64(), Some(11.0));
    assert_eq!(get("tier").as_string().as_deref(), Some("senior"));
    assert_eq!(get("estimateUsd").as_f64(), Some(107_000.0));
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
