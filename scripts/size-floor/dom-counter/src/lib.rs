//! The same counter as yew-counter, written against the DOM directly with web-sys: what a widget
//! costs without a virtual DOM.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return Ok(()) };
    let Some(root) = document.get_element_by_id("root") else { return Ok(()) };
    let counter = document.create_element("div")?;
    counter.set_class_name("counter");
    let button = document.create_element("button")?;
    button.set_text_content(Some("+"));
    let shown = document.create_element("p")?;
    shown.set_text_content(Some("0"));
    counter.append_child(&button)?;
    counter.append_child(&shown)?;
    root.append_child(&counter)?;
    let count = Rc::new(Cell::new(0u32));
    let onclick = Closure::<dyn FnMut()>::new(move || {
        count.set(count.get() + 1);
        shown.set_text_content(Some(&count.get().to_string()));
    });
    button.add_event_listener_with_callback("click", onclick.as_ref().unchecked_ref())?;
    onclick.forget();
    Ok(())
}
