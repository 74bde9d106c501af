//! The lifecycle of one `<career-widget>`: mount into its shadow root, follow attribute
//! changes, announce the reader's changes, unmount cleanly.

use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback, Renderer};

use super::attrs::{parse_attributes, WidgetConfig};
use super::{intl, style};
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

/// One mounted widget, owned by its element's JavaScript shell.
#[wasm_bindgen]
pub struct WidgetHandle {
    host: HtmlElement,
    dataset: Option<Rc<Dataset>>,
    app: Option<App>,
    /// The last warning per attribute, so a value is complained about once, not on every update.
    warned: HashMap<&'static str, String>,
}

/// Mounts a widget into `host`'s open shadow root (attaching one if needed) and renders it
/// from the host's attributes.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<WidgetHandle, JsValue> {
    let root = shadow_root(&host)?;
    style::adopt(&root);
    let mount_point = host.owner_document().ok_or("no document")?.create_element("div")?;
    mount_point.set_class_name("cw-root");
    root.replace_children_with_node_1(&mount_point);

    let mut handle = WidgetHandle { host, dataset: None, app: None, warned: HashMap::new() };
    match bundled_dataset() {
        Ok(d) => {
            handle.dataset = Some(Rc::new(d.clone()));
            let props = handle.props()?;
            handle.app = Some(App::Widget(Renderer::<Widget>::with_root_and_props(mount_point, props).render()));
        }
        Err(e) => {
            let message = format!("This career widget could not read its data:\n{e}");
            web_sys::console::warn_1(&format!("<career-widget> {message}").into());
            let props = NoticeProps { message: message.into() };
            handle.app = Some(App::Notice(Renderer::<Notice>::with_root_and_props(mount_point, props).render()));
        }
    }
    Ok(handle)
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Re-reads the attributes after one of them changed.
    pub fn update(&mut self) -> Result<(), JsValue> {
        if matches!(self.app, Some(App::Widget(_))) {
            let props = self.props()?;
            if let Some(App::Widget(app)) = &mut self.app {
                app.update(props);
            }
        }
        Ok(())
    }

    /// Tears the widget down; the element may be connected again later and mounted anew.
    pub fn unmount(mut self) {
        match self.app.take() {
            Some(App::Widget(app)) => app.destroy(),
            Some(App::Notice(app)) => app.destroy(),
            None => {}
        }
    }
}

impl WidgetHandle {
    fn props(&mut self) -> Result<WidgetProps, JsValue> {
        let dataset = self.dataset.clone().ok_or("no dataset")?;
        let host = self.host.clone();
        let (config, warnings) = parse_attributes(|name| host.get_attribute(name), &dataset);
        let mut warnings: Vec<(&'static str, String)> = warnings.into_iter().map(|w| (w.attribute, w.message)).collect();
        let WidgetConfig { career, years, view, locale, theme } = config;
        let career = CareerRef::new(dataset, career).ok_or("no career")?;
        let (money, locale_warning) = intl::money_format(locale.as_deref(), &career.career().salary.currency);
        if let Some(w) = locale_warning {
            warnings.push(("locale", w));
        }
        self.warn_once(warnings);

        let currency = career.career().salary.currency.clone();
        let target = self.host.clone();
        let on_years_change = Callback::from(move |change: YearsChange| dispatch_change(&target, &change, &currency));
        Ok(WidgetProps { career, years, view, theme, money, on_years_change })
    }

    fn warn_once(&mut self, warnings: Vec<(&'static str, String)>) {
        let current: HashMap<&'static str, String> = warnings.into_iter().collect();
        for (attribute, message) in &current {
            if self.warned.get(attribute) != Some(message) {
                web_sys::console::warn_1(&message.into());
            }
        }
        self.warned = current;
    }
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
