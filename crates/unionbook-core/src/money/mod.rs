//! The Money area: budgets per semester, unit and activity; sponsorships from first contact to
//! obligations fulfilled; expenses (advanced by members and paid back) and other income; the
//! ledger with its running balance; an activity's budget against what it cost.

pub mod amount;
pub mod budgets;
pub mod drafts;
pub mod figures;
pub mod ledger;
pub mod model;
pub mod sample;
pub mod sponsorships;
#[cfg(test)]
pub mod together_tests;
