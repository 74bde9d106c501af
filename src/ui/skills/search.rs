use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct SkillSearchProps<'a> {
    pub query: &'a str,
    pub count: usize,
    pub total: usize,
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
    html! {
        <div class="cw-search" role="search">
            <label class="cw-search-label" for="cw-skill-search">{ "Search skills" }</label>
            <input
                id="cw-skill-search"
                class="cw-search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="80"
                placeholder="e.g. CRM, coaching"
                value={props.query.to_string()}
                {oninput}
            />
            <p class="cw-search-status" aria-live="polite" data-testid="search-status">
                if !searching {
                    { "" }
                } else if props.count == 0 {
                    <span class="cw-search-empty">{ format!("No skill matches “\u{2068}{}\u{2069}”.", props.query.trim()) }</span>
                    { " " }
                    <button type="button" class="cw-link-button" onclick={clear}>{ "Clear the search" }</button>
                } else {
                    { format!("{} of {} skills match “\u{2068}{}\u{2069}”.", props.count, props.total, props.query.trim()) }
                }
            </p>
        </div>
    }
}
