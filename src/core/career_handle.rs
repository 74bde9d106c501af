//! One career of a dataset, with everything the widget computes from it once: the salary model,
//! the skill index, the tiers each group is the focus of, and the map's stages. Every view of
//! that career shares one handle; handles compare by identity, so comparing props never walks a
//! 2,000-skill dataset, and a different career (or the same one from another dataset) is a
//! different handle.

use std::rc::Rc;

use super::dataset::{Career, Dataset};
use super::salary::SalaryModel;
use super::skills::{FocusTiers, SkillIndex, stages};

#[derive(Debug, Clone)]
pub struct CareerHandle(Rc<Models>);

#[derive(Debug)]
struct Models {
    dataset: Rc<Dataset>,
    index: usize,
    salary: SalaryModel,
    skills: SkillIndex,
    focus: FocusTiers,
    stages: Vec<Vec<usize>>,
}

impl CareerHandle {
    /// `None` when the dataset has no career at `index`.
    pub fn new(dataset: Rc<Dataset>, index: usize) -> Option<Self> {
        let career = dataset.careers.get(index)?;
        let focus = FocusTiers::new(career);
        let stages = stages(&focus, career.tiers.len());
        let (salary, skills) = (SalaryModel::new(career), SkillIndex::new(career));
        Some(Self(Rc::new(Models { salary, skills, focus, stages, index, dataset })))
    }

    pub fn career(&self) -> &Career {
        &self.0.dataset.careers[self.0.index]
    }

    pub fn dataset(&self) -> &Rc<Dataset> {
        &self.0.dataset
    }

    pub fn index(&self) -> usize {
        self.0.index
    }

    pub fn salary(&self) -> &SalaryModel {
        &self.0.salary
    }

    pub fn skills(&self) -> &SkillIndex {
        &self.0.skills
    }

    pub fn focus_tiers(&self) -> &FocusTiers {
        &self.0.focus
    }

    /// The skill map's stages: groups in progression order.
    pub fn stages(&self) -> &[Vec<usize>] {
        &self.0.stages
    }

    /// Tells this handle apart from any other alive (a Yew key).
    pub fn key(&self) -> String {
        format!("{:p}", Rc::as_ptr(&self.0))
    }
}

impl PartialEq for CareerHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
