use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::words::{Language, fill, isolate};

pub struct SkillSearchProps<'a> {
    pub query: &'a str,
    pub count: usize,
    pub total: usize,
    pub language: &'a Language,
    pub on_search: Callback<String>,
}

/// Filters the map as the reader types; says how many skills match, or that none do.
pub fn skill_search(props: &SkillSearchProps) -> Html {
    let oninput = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: InputEvent| on_search.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let clear = {
        let on_search = props.on_search.clone();
        Callback::from(move |_: MouseEvent| on_search.emit(String::new()))
    };
    let searching = !props.query.trim().is_empty();
    let (language, w) = (props.language, &props.language.words);
    let query = isolate(props.query.trim());
    html! {
        <div class="cw-search" role="search">
            <label class="cw-search-label" for="cw-skill-search">{ w.search_skills() }</label>
            <input
                id="cw-skill-search"
                class="cw-search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="80"
                placeholder={w.search_placeholder().clone()}
                value={props.query.to_string()}
                {oninput}
            />
            <p class="cw-search-status" aria-live="polite" data-testid="search-status">
                if !searching {
                    { "" }
                } else if props.count == 0 {
                    <span class="cw-search-empty">{ fill(w.search_none(), &[("query", &query)]) }</span>
                    { " " }
                    <button type="button" class="cw-link-button" onclick={clear}>{ w.search_clear() }</button>
                } else {
                    { fill(language.plural(w.search_count(), props.count as f64), &[
                        ("count", &language.number(props.count as f64)),
                        ("total", &language.number(props.total as f64)),
                        ("query", &query),
                    ]) }
                }
            </p>
        </div>
    }
}
