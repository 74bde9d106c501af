//! The lifecycle of one `<career-widget>`: mount into its shadow root, follow attribute
//! changes (including a `src` dataset arriving later), announce the reader's changes, and
//! unmount cleanly.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback, Renderer};

use super::attrs::{WidgetConfig, parse_attributes};
use super::{failure, intl, remote, style};
use crate::core::bundled_dataset;
use crate::core::dataset::Dataset;
use crate::ui::notice::{Notice, NoticeProps};
use crate::ui::{CareerRef, Widget, WidgetProps, YearsChange};

/// The name of the event the element dispatches when the reader changes the years.
pub const CHANGE_EVENT: &str = "career-widget-change";

enum App {
    Widget(AppHandle<Widget>),
    Notice(AppHandle<Notice>),
}

impl App {
    fn destroy(self) {
        match self {
            App::Widget(app) => app.destroy(),
            App::Notice(app) => app.destroy(),
        }
    }
}

/// Where the dataset for the current attributes stands.
enum Data {
    Ready(Rc<Dataset>, Option<String>),
    Loading(String),
    Unusable(String),
}

struct Inner {
    host: HtmlElement,
    root: ShadowRoot,
    app: Option<App>,
    /// The last warning per attribute, so a value is complained about once, not on every update.
    warned: Vec<Warning>,
}

/// One mounted widget, owned by its element's JavaScript shell.
#[wasm_bindgen]
pub struct WidgetHandle {
    inner: Rc<RefCell<Inner>>,
}

/// Mounts a widget into `host`'s open shadow root (attaching one if needed) and renders it
/// from the host's attributes.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<WidgetHandle, JsValue> {
    let root = shadow_root(&host)?;
    style::adopt(&root);
    failure::register(&host);
    let inner = Rc::new(RefCell::new(Inner { host, root, app: None, warned: Vec::new() }));
    render(&inner);
    Ok(WidgetHandle { inner })
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Re-reads the attributes after one of them changed.
    pub fn update(&self) {
        render(&self.inner);
    }

    /// Tears the widget down; the element may be connected again later and mounted anew.
    pub fn unmount(self) {
        let mut inner = self.inner.borrow_mut();
        if let Some(app) = inner.app.take() {
            app.destroy();
        }
        inner.root.replace_children_with_node_0();
        failure::unregister(&inner.host);
    }
}

fn render(cell: &Rc<RefCell<Inner>>) {
    let (data, src_warning) = dataset_for(cell);
    let mut inner = cell.borrow_mut();
    match data {
        Data::Ready(dataset, notice) => {
            let props = inner.props(dataset, notice, src_warning);
            match &mut inner.app {
                Some(App::Widget(app)) => app.update(props),
                _ => {
                    let mount_point = inner.fresh_mount_point();
                    inner
                        .replace_app(App::Widget(Renderer::<Widget>::with_root_and_props(mount_point, props).render()));
                }
            }
        }
        Data::Loading(message) | Data::Unusable(message) => {
            inner.warn_once(src_warning.into_iter().collect());
            let props = NoticeProps { message: message.into() };
            match &mut inner.app {
                Some(App::Notice(app)) => app.update(props),
                _ => {
                    let mount_point = inner.fresh_mount_point();
                    inner
                        .replace_app(App::Notice(Renderer::<Notice>::with_root_and_props(mount_point, props).render()));
                }
            }
        }
    }
}

type Warning = (&'static str, String);

/// The bundled dataset, or the one `src` names: ready, still loading (a re-render is arranged
/// for when it arrives), or unusable (then the bundled data is shown with the reason). A `src`
/// that is not even an http(s) URL is this element's own warning; fetch problems are warned
/// once per URL by `remote`.
fn dataset_for(cell: &Rc<RefCell<Inner>>) -> (Data, Option<Warning>) {
    let bundled = match bundled_dataset() {
        Ok(d) => d,
        Err(e) => return (Data::Unusable(format!("This career widget could not read its data:\n{e}")), None),
    };
    let shared_bundled = || BUNDLED.with(|b| b.get_or_init(|| Rc::new(bundled.clone())).clone());
    let Some(src) = cell.borrow().host.get_attribute("src") else {
        return (Data::Ready(shared_bundled(), None), None);
    };
    let refused = |reason: &str| {
        Data::Ready(
            shared_bundled(),
            Some(format!(
                "The dataset at “{}” could not be used: {reason}. Showing the built-in data instead.",
                shorten(&src)
            )),
        )
    };
    let url = match remote::resolve(&src) {
        Ok(url) => url,
        Err(reason) => {
            let warning = ("src", format!("<career-widget> src=\"{}\" was not used: {reason}", shorten(&src)));
            return (refused(&reason), Some(warning));
        }
    };
    let weak: Weak<RefCell<Inner>> = Rc::downgrade(cell);
    let data = match remote::get(&url, move |_| {
        // Still mounted? Then show the dataset (or the reason it was refused).
        if let Some(cell) = weak.upgrade() {
            render(&cell);
        }
    }) {
        Some(Ok(dataset)) => Data::Ready(dataset, None),
        Some(Err(reason)) => refused(&reason),
        None => Data::Loading(format!("Loading career data from {}…", shorten(&src))),
    };
    (data, None)
}

thread_local! {
    // One copy of the bundled dataset for every widget on the page.
    static BUNDLED: std::cell::OnceCell<Rc<Dataset>> = const { std::cell::OnceCell::new() };
}

impl Inner {
    fn props(&mut self, dataset: Rc<Dataset>, notice: Option<String>, extra: Option<Warning>) -> WidgetProps {
        let host = self.host.clone();
        let (config, warnings) = parse_attributes(|name| host.get_attribute(name), &dataset);
        let mut warnings: Vec<Warning> = warnings.into_iter().map(|w| (w.attribute, w.message)).collect();
        warnings.extend(extra);
        let WidgetConfig { career, years, view, locale, theme } = config;
        let career = CareerRef::new(dataset, career).expect("parse_attributes returns an index into the dataset");
        let (money, locale_warning) = intl::money_format(locale.as_deref(), &career.career().salary.currency);
        if let Some(w) = locale_warning {
            warnings.push(("locale", w));
        }
        if notice.is_some() {
            // The career named belongs to the refused dataset: one warning (about src) is enough.
            warnings.retain(|(a, _)| *a != "career");
        }
        self.warn_once(warnings);

        let currency = career.career().salary.currency.clone();
        let target = self.host.clone();
        let on_years_change = Callback::from(move |change: YearsChange| dispatch_change(&target, &change, &currency));
        WidgetProps { career, years, view, theme, money, on_years_change, notice: notice.map(AttrValue::from) }
    }

    fn warn_once(&mut self, warnings: Vec<Warning>) {
        // A handful of attributes: a list is smaller in the wasm than a map.
        for (attribute, message) in &warnings {
            if !self.warned.iter().any(|(a, m)| a == attribute && m == message) {
                web_sys::console::warn_1(&message.into());
            }
        }
        self.warned = warnings;
    }

    fn fresh_mount_point(&mut self) -> Element {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        let doc = self.host.owner_document().expect("a connected element has a document");
        let mount_point = doc.create_element("div").expect("div is a valid tag");
        mount_point.set_class_name("cw-root");
        self.root.replace_children_with_node_1(&mount_point);
        mount_point
    }

    fn replace_app(&mut self, app: App) {
        self.app = Some(app);
    }
}

fn shorten(v: &str) -> String {
    const MAX: usize = 80;
    if v.chars().count() > MAX { format!("{}…", v.chars().take(MAX).collect::<String>()) } else { v.to_string() }
}

fn shadow_root(host: &Element) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(root) => Ok(root),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

fn dispatch_change(host: &HtmlElement, change: &YearsChange, currency: &str) {
    let detail = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&detail, &k.into(), &v);
    };
    set("career", change.career.as_str().into());
    set("years", change.years.into());
    set("tier", change.tier.as_str().into());
    // The contract names the figure in US dollars; a dataset in another currency reports null.
    set("estimateUsd", if currency == "USD" { change.estimate.round().into() } else { JsValue::NULL });
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}
