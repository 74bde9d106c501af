//! The smallest useful Yew app: one function component with state and a click handler. What any
//! Yew widget costs before it does anything of its own.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <div class="counter"><button {onclick}>{ "+" }</button><p>{ *count }</p></div> }
}

#[wasm_bindgen(start)]
pub fn start() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("root")) else {
        return;
    };
    yew::Renderer::<Counter>::with_root(root).render();
}
