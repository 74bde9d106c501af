use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
}

/// What the widget shows instead of a blank box when it cannot show a career.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! {
        <div class="cw cw-notice" role="alert">
            <p class="cw-notice-title">{ "Career widget unavailable" }</p>
            <pre class="cw-notice-detail">{ &props.message }</pre>
        </div>
    }
}
