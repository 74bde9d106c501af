use std::fmt;
use std::rc::Rc;

use crate::core::money::format_money;

/// How the widget writes an amount of money. The embed layer supplies one backed by
/// `Intl.NumberFormat` for the reader's locale; tests may use the plain fallback.
#[derive(Clone)]
pub struct MoneyFormat(Rc<dyn Fn(f64) -> String>);

impl MoneyFormat {
    pub fn new(format: impl Fn(f64) -> String + 'static) -> Self {
        Self(Rc::new(format))
    }

    /// "$85,000" for USD, "85,000 EUR" otherwise.
    pub fn plain(currency: &str) -> Self {
        let currency = currency.to_string();
        Self::new(move |amount| format_money(amount, &currency))
    }

    pub fn format(&self, amount: f64) -> String {
        (self.0)(amount)
    }
}

impl PartialEq for MoneyFormat {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for MoneyFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MoneyFormat")
    }
}
