//! Yew components: they turn state into HTML and events into actions, and never touch the host
//! element, its attributes or the network (that is [`crate::embed`]'s job). Everything here
//! renders without a browser, so a static prerender stays possible. A career reaches the
//! components as one [`CareerHandle`](crate::core::model::CareerHandle): the dataset's career and
//! its models, built once.

pub mod isolate;
pub mod money_format;
pub mod notice;
pub mod root;
pub mod salary;
pub mod skills;
pub mod state;
pub mod widget;

pub use money_format::MoneyFormat;
pub use widget::{Theme, View, Widget, WidgetProps, YearsChange};
