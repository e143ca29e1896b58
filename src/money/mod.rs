//! The Money area: budgets per semester, unit and activity; sponsorships from first contact to
//! obligations fulfilled; expenses (advanced by members and paid back) and other income; the
//! ledger with its running balance; an activity's budget against what it cost.

pub use unionbook_core::money::*;

mod activity_money;
mod budget_form;
mod budget_pages;
mod expense_page;
mod income_page;
mod labels;
mod ledger_page;
mod overview;
mod pages;
mod sponsorship_pages;
mod sponsorship_views;

pub use pages::MoneyPages;
