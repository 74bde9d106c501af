use std::rc::Rc;

use crate::core::dataset::{Career, Dataset};

/// One career of a shared dataset. Compared by identity, not contents: a 2,000-skill dataset
/// must not be walked on every props comparison.
#[derive(Debug, Clone)]
pub struct CareerRef {
    dataset: Rc<Dataset>,
    index: usize,
}

impl CareerRef {
    /// `None` when the dataset has no career at `index`.
    pub fn new(dataset: Rc<Dataset>, index: usize) -> Option<Self> {
        (index < dataset.careers.len()).then_some(Self { dataset, index })
    }

    pub fn career(&self) -> &Career {
        &self.dataset.careers[self.index]
    }

    /// Tells this career of this dataset apart from any other on the page (a Yew key).
    pub fn key(&self) -> String {
        format!("{:p}/{}", Rc::as_ptr(&self.dataset), self.index)
    }
}

impl PartialEq for CareerRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset) && self.index == other.index
    }
}
