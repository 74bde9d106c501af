//! One tab list, as the WAI-ARIA tabs pattern has it: one Tab stop (the selected tab), arrow
//! keys, Home and End between tabs, selection following focus. Used by the compact layout's
//! sections and by the skill map's other lists.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// A combination with Alt, Ctrl or Meta: the browser's or the page's (Alt+ArrowLeft is Back),
/// never the widget's.
pub fn with_modifier(e: &KeyboardEvent) -> bool {
    e.alt_key() || e.ctrl_key() || e.meta_key()
}

/// The key as it reads in the widget's direction: in a right-to-left widget the list runs from
/// the right, so ArrowLeft goes forward and ArrowRight back (the WAI-ARIA patterns' rule).
pub fn in_reading_order(key: String, from: &Element) -> String {
    let rtl = from.closest("[dir]").ok().flatten().and_then(|e| e.get_attribute("dir")).is_some_and(|d| d == "rtl");
    match (rtl, key.as_str()) {
        (true, "ArrowLeft") => "ArrowRight".into(),
        (true, "ArrowRight") => "ArrowLeft".into(),
        _ => key,
    }
}

/// The tab `key` moves to from `current` among `count` tabs, if the key is one of the pattern's.
pub fn tab_after_key(key: &str, current: usize, count: usize) -> Option<usize> {
    match key {
        "ArrowRight" => Some((current + 1) % count),
        "ArrowLeft" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

pub struct TabListProps<'a> {
    /// Each tab's id.
    pub ids: &'static [&'static str],
    pub label: &'a str,
    /// Each tab's name (and an optional count).
    pub tabs: Vec<Html>,
    /// The id of the panel each tab controls (one for all: a single panel).
    pub panels: &'static [&'static str],
    pub current: usize,
    pub on_select: &'a Callback<usize>,
}

pub fn tab_list(props: &TabListProps) -> Html {
    let count = props.tabs.len();
    let onkeydown = {
        let (current, on_select) = (props.current, props.on_select.clone());
        Callback::from(move |e: KeyboardEvent| {
            if with_modifier(&e) {
                return;
            }
            let tab: Element = e.target_unchecked_into();
            let Some(to) = tab_after_key(&in_reading_order(e.key(), &tab), current, count) else { return };
            // The key is the widget's: the page's own shortcuts must not see it too.
            e.prevent_default();
            e.stop_propagation();
            on_select.emit(to);
            // The new tab takes the focus: the tab list's own child (the key came from a tab, a
            // child of the list), so no id lookup is needed.
            if let Some(tab) = tab.parent_element().and_then(|list| list.children().item(to as u32)) {
                let _ = tab.unchecked_into::<HtmlElement>().focus();
            }
        })
    };
    html! {
        <div class="cw-tablist" role="tablist" aria-label={props.label.to_string()} {onkeydown}>
            for (i, name) in props.tabs.iter().enumerate() {
                <button
                    type="button"
                    role="tab"
                    class="cw-tab"
                    id={props.ids[i]}
                    aria-selected={if i == props.current { "true" } else { "false" }}
                    aria-controls={props.panels[i.min(props.panels.len() - 1)]}
                    tabindex={if i == props.current { "0" } else { "-1" }}
                    onclick={props.on_select.reform(move |_: MouseEvent| i)}
                >
                    { name.clone() }
                </button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::tab_after_key;

    #[test]
    fn arrows_wrap_home_and_end_jump_other_keys_do_nothing() {
        assert_eq!(tab_after_key("ArrowRight", 2, 3), Some(0));
        assert_eq!(tab_after_key("ArrowLeft", 0, 3), Some(2));
        assert_eq!(tab_after_key("ArrowRight", 0, 2), Some(1));
        assert_eq!(tab_after_key("Home", 2, 3), Some(0));
        assert_eq!(tab_after_key("End", 0, 3), Some(2));
        assert_eq!(tab_after_key("ArrowDown", 1, 3), None);
        assert_eq!(tab_after_key("Enter", 1, 3), None);
        assert_eq!(tab_after_key("ArrowLeft", 0, 1), Some(0));
    }
}
