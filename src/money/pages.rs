//! The Money area's pages, by route; each page lives in a file of its own.

use leptos::prelude::*;

use super::activity_money::ActivityMoneyPage;
use super::budget_pages::{BudgetPage, BudgetsPage};
use super::expense_page::{ExpensePage, ExpensesPage};
use super::income_page::IncomePage;
use super::ledger_page::LedgerPage;
use super::overview::MoneyPage;
use super::sponsorship_pages::{SponsorshipPage, SponsorshipsPage};
use crate::ui::routes::Route;

#[component]
pub fn MoneyPages(route: Route) -> impl IntoView {
    match route {
        Route::Ledger => view! { <LedgerPage /> }.into_any(),
        Route::Expenses => view! { <ExpensesPage /> }.into_any(),
        Route::NewExpense => view! { <ExpensePage id=None /> }.into_any(),
        Route::Expense(id) => view! { <ExpensePage id=Some(id) /> }.into_any(),
        Route::NewIncome => view! { <IncomePage id=None /> }.into_any(),
        Route::Income(id) => view! { <IncomePage id=Some(id) /> }.into_any(),
        Route::Sponsorships => view! { <SponsorshipsPage /> }.into_any(),
        Route::NewSponsorship => view! { <SponsorshipPage id=None /> }.into_any(),
        Route::Sponsorship(id) => view! { <SponsorshipPage id=Some(id) /> }.into_any(),
        Route::Budgets => view! { <BudgetsPage /> }.into_any(),
        Route::NewBudget => view! { <BudgetPage id=None /> }.into_any(),
        Route::Budget(id) => view! { <BudgetPage id=Some(id) /> }.into_any(),
        Route::ActivityMoney(id) => view! { <ActivityMoneyPage id /> }.into_any(),
        _ => view! { <MoneyPage /> }.into_any(),
    }
}
