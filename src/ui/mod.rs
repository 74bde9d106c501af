//! Yew components: they turn state into HTML and events into actions, and never touch the host
//! element, its attributes or the network (that is [`crate::embed`]'s job).
//!
//! Every word a reader sees comes from [`words`] (one file per language in `assets/lang/`).
//! Dataset text inside the widget's own sentences is written between FIRST STRONG ISOLATE and
//! POP DIRECTIONAL ISOLATE ([`words::isolate`], Unicode's `<bdi>`):
//! whatever its direction (a Hebrew tier title, say), it cannot move the sentence's
//! punctuation, figures or words around it. Dataset text in an element of its own is isolated
//! by the stylesheet (`unicode-bidi: isolate`). The validator refuses bidirectional controls in
//! dataset text, so none can close an isolate early.
//!
//! Components touch no browser API while they render (side effects run in effects); they are
//! tested in a browser (tests/browser.rs), since Yew is built for the client only. A career
//! reaches the components as one [`CareerHandle`](crate::core::career_handle::CareerHandle): the dataset's career and
//! its models, built once.

pub mod element_view;
pub mod heading;
pub mod money_format;
pub mod more;
pub mod notice;
pub mod salary;
pub mod skills;
pub mod source_name;
pub mod state;
pub mod tabs;
pub mod widget;
pub mod words;

pub use heading::Outline;
pub use money_format::MoneyFormat;
pub use widget::{Layout, ReaderChange, Theme, View, Widget, WidgetProps};
pub use words::Language;
