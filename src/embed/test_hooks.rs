//! Ways to make the wasm trap on purpose, for the end-to-end tests of the failure model (a
//! `data-test-trap` attribute naming the moment). Compiled only with the `test-hooks` feature,
//! which `make build-test` turns on for a separate test bundle; release builds never contain it.

use web_sys::HtmlElement;

/// Traps when `host` asks for a trap at `moment` ("mount", "update", "input"): synchronously,
/// or for "task" and "mount-task" in a promise job of its own after an update or a mount, where
/// no call from the loader is on the stack; or for "unpinned", after an update, in a timer of its
/// own that says it works for no widget, so the trap is pinned on none.
pub fn trap_if(host: &HtmlElement, moment: &str) {
    let asked = host.get_attribute("data-test-trap").unwrap_or_default();
    if asked == "unpinned" && moment == "update" {
        gloo_timers::callback::Timeout::new(0, || panic!("test hook: a trap pinned on no widget")).forget();
    } else if asked == format!("{moment}-task") || (asked == "task" && moment == "update") {
        wasm_bindgen_futures::spawn_local(async { panic!("test hook: a trap in a task") });
    } else if asked == moment {
        panic!("test hook: a trap on {moment}");
    }
}
