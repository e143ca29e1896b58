//! The Money area: budgets per semester, unit and activity; sponsorships from first contact to
//! obligations fulfilled; expenses (advanced by members and paid back) and other income; the
//! ledger with its running balance; an activity's budget against what it cost.

mod activity_money;
pub mod amount;
mod budget_form;
mod budget_pages;
pub mod budgets;
pub mod drafts;
mod expense_page;
pub mod figures;
mod income_page;
mod labels;
pub mod ledger;
mod ledger_page;
pub mod model;
mod overview;
mod pages;
pub mod sample;
mod sponsorship_pages;
mod sponsorship_views;
pub mod sponsorships;
#[cfg(test)]
mod together_tests;

pub use pages::MoneyPages;
