//! The Money area: budgets per semester, unit and activity; sponsorships from first contact to
//! obligations fulfilled; expenses (advanced by members and paid back) and other income; the
//! ledger with its running balance; an activity's budget against what it cost.

mod activity_money;
pub mod amount;
pub mod drafts;
mod budget_form;
mod budget_pages;
pub mod budgets;
mod expense_page;
pub mod figures;
mod income_page;
mod labels;
mod ledger_page;
pub mod ledger;
pub mod model;
pub mod sample;
mod overview;
mod pages;
mod sponsorship_pages;
mod sponsorship_views;
pub mod sponsorships;

pub use pages::MoneyPages;
