//! Budgets: a semester's budgets against what was spent, a new budget, and one budget.

use leptos::prelude::*;

use super::activity_money::AgainstTable;
use super::amount::Totals;
use super::budget_form::{BudgetForm, scope_name};
use super::budgets::{Level, level, scope_of};
use super::figures::{Row, semester_rows};
use super::model::{Scope, budget};
use crate::book::RecordId;
use crate::browser::pinyin::collate;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester};
use crate::ui::pieces::{CsvButton, RecordMissing};
use crate::ui::sample_badge::SampleBadge;

/// A row as the list shows it: whose, where it links, and its three sums.
#[derive(Clone)]
struct Shown {
    name: String,
    link: Option<String>,
    /// The budget's record, when the row has one (for its sample badge).
    budget: Option<RecordId>,
    budgeted: Totals,
    spent: Totals,
    left: Totals,
}

fn shown(rows: Vec<Row>, name: impl Fn(Scope) -> String) -> Vec<Shown> {
    let mut list: Vec<(Level, Shown)> = rows
        .into_iter()
        .map(|r| {
            let s = Shown {
                name: name(r.scope),
                link: r.budget.as_ref().map(|b| format!("/money/budgets/{}", b.id)),
                budget: r.budget.as_ref().map(|b| b.id),
                budgeted: r.against.budgeted(),
                spent: r.against.actual(),
                left: r.against.variance(),
            };
            (level(r.scope), s)
        })
        .collect();
    list.sort_by(|(la, a), (lb, b)| la.cmp(lb).then_with(|| collate(&a.name, &b.name)));
    list.into_iter().map(|(_, s)| s).collect()
}

#[component]
pub fn BudgetsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let lang = current_lang();
    let rows = move || {
        let chosen = semester.get();
        book.read(|b| shown(semester_rows(b, chosen), |s| scope_name(b, s, chosen.is_none())))
    };
    let has_budgets = move || rows().iter().any(|r| r.link.is_some());
    let headers =
        || vec![tr!(money.budget.scope), tr!(money.budget.budgeted), tr!(money.budget.spent), tr!(money.budget.left)];
    let table = move || Table {
        headers: headers(),
        rows: rows().into_iter().map(|r| vec![r.name, r.budgeted.plain(), r.spent.plain(), r.left.plain()]).collect(),
    };
    view! {
        <PageTitle area=Area::Money />
        <section class="page">
            <h1>{tr!(money.budget.title)}</h1>
            <p><a href="/money">{tr!(money.back)}</a></p>
            <SemesterFilter selected=semester />
            <p><a class="button primary" href="/money/budgets/new">{tr!(money.budget.set)}</a></p>
            {move || (!has_budgets()).then(|| view! { <p class="help" data-testid="no-budgets">{tr!(money.budget.none)}</p> })}
            {move || {
                let list = rows();
                (!list.is_empty()).then(|| view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=tr!(money.budget.title)>
                        <table class="counts" data-testid="budgets">
                            <thead><tr>{headers().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {list.into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{match r.link {
                                            Some(href) => view! { <a href=href>{r.name}</a> }.into_any(),
                                            None => r.name.into_any(),
                                        }}<SampleBadge id=r.budget /></th>
                                        <td>{r.budgeted.show(lang)}</td>
                                        <td>{r.spent.show(lang)}</td>
                                        <td>{r.left.show(lang)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })
            }}
            <div class="actions"><CsvButton name=tr!(money.budget.title) table /></div>
        </section>
    }
}

#[component]
pub fn BudgetPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let back = view! { <p><a href="/money/budgets">{tr!(money.budget.title)}</a></p> };
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Money />
            <section class="page">
                <h1>{tr!(money.budget.set)}</h1>
                {back}
                <BudgetForm existing=None />
            </section>
        }
        .into_any();
    };
    let Some(first) = book.read(|b| budget(b, id)) else {
        return view! { <PageTitle area=Area::Money /><RecordMissing back="/money/budgets" /> }.into_any();
    };
    let scope = scope_of(&first);
    let title = book.read(|b| scope.map(|s| scope_name(b, s, true))).unwrap_or_default();
    let activity_link = match scope {
        Some(Scope::Activity { activity }) => Some(view! {
            <p><a href=format!("/money/activities/{activity}")>{tr!(money.budget.of_activity, name = title.clone())}</a></p>
        }),
        _ => None,
    };
    view! {
        <PageTitle area=Area::Money />
        <section class="page">
            <h1>{title.clone()}</h1>
            <SampleBadge id=id />
            {back}
            {activity_link}
            {scope.map(|scope| view! { <AgainstTable scope file=title.clone() /> })}
            <BudgetForm existing=Some(first) />
        </section>
    }
    .into_any()
}
