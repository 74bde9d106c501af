//! The lifecycle of one `<career-widget>`: mount one Yew root into its shadow root, follow
//! attribute changes (including a `src` dataset arriving later), announce the reader's changes,
//! and unmount cleanly. What happens when the wasm traps is the loader's business
//! (`assets/career-widget.js`): nothing here has to run for it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, Event, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback, Renderer};

use super::attrs::{WidgetConfig, parse_attributes};
use super::language::language;
use super::parse::read_dataset_text;
use super::src_cache::Answer;
use super::src_rules::{SrcAttr, src_attr};
use super::warnings::Warnings;
use super::{intl, remote};
use crate::core::BUNDLED_JSON;
use crate::core::career_handle::CareerHandle;
use crate::core::dataset::Dataset;
use crate::core::text::{is_locale_shaped, outside};
use crate::ui::element_view::{Content, ElementView, ElementViewProps};
use crate::ui::{Language, ReaderChange, WidgetProps};

/// The name of the event the element dispatches when the reader changes the years.
pub const CHANGE_EVENT: &str = "career-widget-change";

struct Inner {
    id: u32,
    host: HtmlElement,
    root: ShadowRoot,
    app: Option<YewRoot>,
    warned: Warnings,
    /// The language the loader chose for this element (`embed::language`).
    language: JsValue,
    /// The career the reader picked, in the dataset it belongs to (when the host named none).
    /// (Weak: it keeps the dataset's address from being reused by another while held.)
    picked: Option<(Weak<Dataset>, usize)>,
}

/// A Yew app and the element it renders into (and listens on).
struct YewRoot {
    app: AppHandle<ElementView>,
    mount_point: Element,
}

/// One mounted widget, owned by its element's JavaScript shell.
#[wasm_bindgen]
pub struct WidgetHandle {
    inner: Rc<RefCell<Inner>>,
}

thread_local! {
    // Mounted widgets by id, so a dataset that arrives later can find the ones waiting for it.
    static MOUNTED: RefCell<Vec<(u32, Weak<RefCell<Inner>>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    // The bundled dataset, read and checked once for every widget on the page, straight into
    // the `Rc` they share (no copy: a deep clone of the dataset types weighs on the wasm).
    static BUNDLED: std::cell::OnceCell<Result<Rc<Dataset>, String>> = const { std::cell::OnceCell::new() };
    // Roots of unmounted widgets, for the next widget to mount. Yew registers a root's event
    // listeners for good (it never removes them), so roots are reused rather than made per
    // mount: memory follows how many widgets are on the page at once, not how often they come
    // and go.
    static SPARE: RefCell<Vec<YewRoot>> = const { RefCell::new(Vec::new()) };
    // One handle per career of each dataset in use: an attribute change that keeps the career
    // keeps its handle (and so the widget's state), and each career's models are built once.
    // They go with their dataset when `remote` forgets it (`forget_unused_datasets`).
    static HANDLES: RefCell<Vec<CareerHandle>> = const { RefCell::new(Vec::new()) };
    // Every career of each dataset in use, for the picker.
    static CHOICES: RefCell<Vec<Rc<Vec<CareerHandle>>>> = const { RefCell::new(Vec::new()) };
}

/// Drops the handles and picker lists of datasets no widget can be shown any more (a `blob:`
/// dataset `remote` has forgotten), so that their memory goes too.
fn forget_unused_datasets() {
    let in_use = |d: &Rc<Dataset>| {
        BUNDLED.with(|b| b.get().is_some_and(|x| x.as_ref().is_ok_and(|x| Rc::ptr_eq(x, d)))) || remote::holds(d)
    };
    HANDLES.with(|h| h.borrow_mut().retain(|c| in_use(c.dataset())));
    CHOICES.with(|c| c.borrow_mut().retain(|l| l.first().is_some_and(|h| in_use(h.dataset()))));
}

/// Every career of a dataset, for the picker (one list per dataset, so props compare equal).
fn career_choices(dataset: &Rc<Dataset>) -> Rc<Vec<CareerHandle>> {
    CHOICES.with(|c| {
        let mut all = c.borrow_mut();
        if let Some(found) = all.iter().find(|l| l.first().is_some_and(|h| Rc::ptr_eq(h.dataset(), dataset))) {
            return found.clone();
        }
        let made: Rc<Vec<CareerHandle>> =
            Rc::new((0..dataset.careers.len()).filter_map(|i| career_handle(dataset.clone(), i)).collect());
        all.push(made.clone());
        made
    })
}

fn career_handle(dataset: Rc<Dataset>, index: usize) -> Option<CareerHandle> {
    HANDLES.with(|h| {
        let mut handles = h.borrow_mut();
        if let Some(found) = handles.iter().find(|c| Rc::ptr_eq(c.dataset(), &dataset) && c.index() == index) {
            return Some(found.clone());
        }
        let made = CareerHandle::new(dataset, index)?;
        handles.push(made.clone());
        Some(made)
    })
}

fn take_root() -> Option<YewRoot> {
    if let Some(root) = SPARE.with(|s| s.borrow_mut().pop()) {
        return Some(root);
    }
    let mount_point = gloo_utils::document().create_element("div").ok()?;
    mount_point.set_class_name("cw-root");
    let props = ElementViewProps { mount: 0, content: Content::Empty, language: Language::english() };
    let app = Renderer::<ElementView>::with_root_and_props(mount_point.clone(), props).render();
    Some(YewRoot { app, mount_point })
}

fn release_root(mut root: YewRoot) {
    root.app.update(ElementViewProps { mount: 0, content: Content::Empty, language: Language::english() });
    root.mount_point.remove();
    SPARE.with(|s| s.borrow_mut().push(root));
}

/// Mounts a widget into `host`'s open shadow root (attaching one if needed), to be rendered from
/// the host's attributes by [`WidgetHandle::update`], which replaces what the root shows (the
/// loading summary). `None` when the element has a closed shadow root of someone else's.
/// The stylesheet is the loader's: it adopted it for the loading summary, and it stays.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, language: JsValue) -> Option<WidgetHandle> {
    quiet_panics();
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?,
    };
    #[cfg(feature = "test-hooks")]
    super::test_hooks::trap_if(&host, "mount");
    let app = take_root()?;
    let id = NEXT_ID.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    let inner = Rc::new(RefCell::new(Inner {
        id,
        host,
        root,
        app: Some(app),
        warned: Warnings::new(),
        language,
        picked: None,
    }));
    MOUNTED.with(|m| m.borrow_mut().push((id, Rc::downgrade(&inner))));
    // The bundled dataset is read now; the loader renders the widget with `update`, a task
    // later (in one task the two would block a slow phone's page for too long).
    BUNDLED.with(|b| {
        b.get_or_init(read_bundled);
    });
    Some(WidgetHandle { inner })
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Renders the widget from the attributes, first after mounting and again after one of
    /// them changed, with the language the loader chose for them.
    pub fn update(&self, language: JsValue) {
        // The first render is the mount's, not an update (the tests' "update" traps come after it).
        #[cfg(feature = "test-hooks")]
        if self.inner.borrow().app.as_ref().is_some_and(|app| app.mount_point.parent_node().is_some()) {
            super::test_hooks::trap_if(&self.inner.borrow().host, "update");
        }
        self.inner.borrow_mut().language = language;
        render(&self.inner);
    }

    /// Tears the widget down; the element may be connected again later and mounted anew.
    pub fn unmount(self) {
        let mut inner = self.inner.borrow_mut();
        remote::want(inner.id, None, wake);
        MOUNTED.with(|m| m.borrow_mut().retain(|(id, _)| *id != inner.id));
        if let Some(app) = inner.app.take() {
            release_root(app);
        }
        inner.root.replace_children_with_node_0();
    }
}

/// A `src` dataset this widget waited for has arrived (or was refused, or will be retried).
fn wake(id: u32) {
    let found = MOUNTED.with(|m| m.borrow().iter().find(|(i, _)| *i == id).and_then(|(_, w)| w.upgrade()));
    if let Some(cell) = found {
        render(&cell);
        claim_work(&cell.borrow().root);
    }
}

/// Tells the loader that the work now running, and the render it just scheduled, are this
/// widget's, so that a trap in them is pinned on it alone (assets/loader/failure.mjs). The event
/// stays in the shadow root: not composed, it never reaches the page. Sent after the render is
/// scheduled, so the loader's claim outlasts it.
fn claim_work(root: &ShadowRoot) {
    if let Ok(event) = Event::new(WORK_EVENT) {
        let _ = root.dispatch_event(&event);
    }
}

/// The event of [`claim_work`]; the loader listens for the same name.
pub const WORK_EVENT: &str = "career-widget-work";

/// Release builds abort on panic, which the loader sees as a trap; Yew's default hook would also
/// print the panic to the host page's console as an error.
fn quiet_panics() {
    #[cfg(not(debug_assertions))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(|_| {})));
    }
}

fn render(cell: &Rc<RefCell<Inner>>) {
    let mut inner = cell.borrow_mut();
    let data = dataset_for(&mut inner);
    forget_unused_datasets();
    let locale = inner.host.get_attribute("locale").map(|l| l.trim().to_string()).filter(|l| is_locale_shaped(l));
    let (language, warning) = language(&inner.language, locale.as_deref());
    if let Some(w) = warning {
        inner.warned.warn(&w);
    }
    let content = match data {
        Data::Ready(dataset) => Content::Widget(inner.props(dataset, cell, &language)),
        Data::Waiting(content) => content,
    };
    let mount = inner.id;
    let Inner { app, root: shadow, .. } = &mut *inner;
    if let Some(root) = app {
        if root.mount_point.parent_node().is_none() {
            shadow.replace_children_with_node_1(&root.mount_point);
        }
        // The widget's own words are in its language and direction whatever the page's: an
        // Arabic page's `dir="rtl"` would turn an English widget's slider and sentences around.
        let _ = root.mount_point.set_attribute("lang", &language.tag);
        let _ = root.mount_point.set_attribute("dir", if language.rtl { "rtl" } else { "ltr" });
        root.app.update(ElementViewProps { mount, content, language });
    }
}

/// Where the dataset for the current attributes stands.
enum Data {
    Ready(Rc<Dataset>),
    /// Loading, waiting to try again, or nothing to show (a `src` that was refused, or the
    /// bundled dataset unusable): never the bundled career in place of the one a `src` names.
    Waiting(Content),
}

/// The bundled dataset, or the one `src` names: ready, still loading or waiting for a retry
/// (this widget is woken when there is news), or refused.
fn dataset_for(inner: &mut Inner) -> Data {
    let bundled = match BUNDLED.with(|b| b.get_or_init(read_bundled).clone()) {
        Ok(d) => d,
        Err(reason) => return Data::Waiting(Content::Unreadable(reason.into())),
    };
    let src = inner.host.get_attribute("src");
    let url = match src_attr(src.as_deref()) {
        SrcAttr::Absent => None,
        SrcAttr::Blank => {
            inner.warned.warn("<career-widget> src=\"\" is empty; showing the built-in data.");
            None
        }
        SrcAttr::Url(given) => match remote::resolve(given) {
            Ok(url) => Some((given.to_string(), url)),
            Err(reason) => {
                remote::want(inner.id, None, wake);
                inner.warned.warn(&format!("<career-widget> src=\"{}\" was not used: {reason}", outside(given, 80)));
                return Data::Waiting(refused(given, reason));
            }
        },
    };
    let Some((given, url)) = url else {
        remote::want(inner.id, None, wake);
        return Data::Ready(bundled);
    };
    let from = outside(&given, 80);
    match remote::want(inner.id, Some(&url), wake) {
        Some(Answer::Ready(dataset)) => Data::Ready(dataset),
        Some(Answer::Refused(reason)) => Data::Waiting(refused(&given, reason)),
        Some(Answer::Retrying { reason, in_ms }) => {
            Data::Waiting(Content::Loading { from: from.into(), retry: Some((reason.into(), (in_ms / 1000.0).ceil())) })
        }
        Some(Answer::Loading) | None => Data::Waiting(Content::Loading { from: from.into(), retry: None }),
    }
}

/// The bundled dataset ([`BUNDLED_JSON`]), or why it cannot be shown. The native tests check
/// it, so the `Err` arm is only reachable in a build whose tests failed; the widget then shows
/// the errors instead of a blank box.
fn read_bundled() -> Result<Rc<Dataset>, String> {
    read_dataset_text(BUNDLED_JSON).map(Rc::new).map_err(|e| format!("\n{e}"))
}

fn refused(src: &str, reason: String) -> Content {
    Content::Refused { from: outside(src, 80).into(), reason: reason.into() }
}

impl Inner {
    fn props(&mut self, dataset: Rc<Dataset>, cell: &Rc<RefCell<Inner>>, language: &Language) -> WidgetProps {
        let host = self.host.clone();
        let (config, warnings) = parse_attributes(|name| host.get_attribute(name), &dataset);
        for w in warnings {
            self.warned.warn(&w.message);
        }
        let WidgetConfig { career, picker, years, view, layout, outline, locale, theme } = config;
        let career = match self.picked {
            Some((ref of, i))
                if picker && std::ptr::eq(of.as_ptr(), Rc::as_ptr(&dataset)) && i < dataset.careers.len() =>
            {
                i
            }
            _ => career,
        };
        let choices = picker.then(|| career_choices(&dataset));
        let on_pick = {
            let (weak, of) = (Rc::downgrade(cell), Rc::downgrade(&dataset));
            Callback::from(move |i: usize| {
                if let Some(cell) = weak.upgrade() {
                    cell.borrow_mut().picked = Some((of.clone(), i));
                    render(&cell);
                }
            })
        };
        let career = career_handle(dataset, career).expect("parse_attributes returns an index into the dataset");
        // Amounts follow `locale` when the host set one, else the widget's language.
        let (money, locale_warning) =
            intl::money_format(locale.as_deref(), &language.numbers, &career.career().salary.currency);
        if let Some(w) = locale_warning {
            self.warned.warn(&w);
        }
        let target = self.host.clone();
        let on_reader_change = Callback::from(move |change: ReaderChange| {
            #[cfg(feature = "test-hooks")]
            super::test_hooks::trap_if(&target, "input");
            dispatch_change(&target, &change)
        });
        let root = self.root.clone();
        let stagger = Some(Callback::from(move |()| claim_work(&root)));
        let language = language.clone();
        WidgetProps {
            career,
            years,
            view,
            layout,
            outline,
            language,
            theme,
            money,
            on_reader_change,
            stagger,
            choices,
            on_pick,
        }
    }
}

fn dispatch_change(host: &HtmlElement, change: &ReaderChange) {
    let detail = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&detail, &k.into(), &v);
    };
    set("career", change.career.as_str().into());
    set("years", change.years.into());
    set("tier", change.tier.as_str().into());
    // The contract names the figure in US dollars; a dataset in another currency reports null.
    set("estimateUsd", if change.currency == "USD" { change.estimate.round().into() } else { JsValue::NULL });
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}
