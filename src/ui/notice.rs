use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub title: AttrValue,
    pub message: AttrValue,
    /// Waiting for something (a status), rather than a problem (an alert).
    #[prop_or_default]
    pub busy: bool,
}

/// What the widget shows instead of a blank box while it waits or when it cannot show a career.
/// While it waits it keeps the loading placeholder's height (`cwp`: the space the widget will
/// take); a problem gives the space back.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! {
        <div class={if props.busy { "cw cw-notice cwp" } else { "cw cw-notice" }} role={if props.busy { "status" } else { "alert" }} aria-busy={props.busy.then_some("true")}>
            <p class="cw-notice-title">{ &props.title }</p>
            <pre class="cw-notice-detail">{ &props.message }</pre>
        </div>
    }
}
