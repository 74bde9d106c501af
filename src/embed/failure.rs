//! When something goes wrong inside the wasm, the widgets say so in place of their content and
//! the host page carries on: one warning in the console, never an empty box.

use std::cell::RefCell;
use std::sync::Once;

use web_sys::HtmlElement;

thread_local! {
    static LIVE: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

pub const FAILURE_TEXT: &str =
    "The career widget stopped after an internal error. The rest of this page is not affected.";

pub fn register(host: &HtmlElement) {
    install_panic_hook();
    LIVE.with(|l| l.borrow_mut().push(host.clone()));
}

pub fn unregister(host: &HtmlElement) {
    LIVE.with(|l| l.borrow_mut().retain(|h| h != host));
}

/// Replaces whatever `host`'s shadow root shows with `message`, as plain text.
pub fn show(host: &HtmlElement, message: &str) {
    let Some(root) = host.shadow_root() else { return };
    let Some(doc) = host.owner_document() else { return };
    if let Ok(p) = doc.create_element("p") {
        p.set_class_name("cw-failure");
        p.set_attribute("role", "alert").ok();
        p.set_text_content(Some(message));
        root.replace_children_with_node_1(&p);
    }
}

fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::warn_1(&format!("<career-widget> internal error: {info}").into());
            // `try_borrow`: the panic may have happened while the list was being changed.
            LIVE.with(|l| {
                if let Ok(hosts) = l.try_borrow() {
                    for host in hosts.iter() {
                        show(host, FAILURE_TEXT);
                    }
                }
            });
        }));
    });
}
