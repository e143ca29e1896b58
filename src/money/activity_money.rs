//! An activity's money: its budget against what it spent by category (and the form to set that
//! budget in place), its sponsors' income, and what it cost per participant.

use leptos::prelude::*;

use super::amount::Totals;
use super::budget_form::BudgetForm;
use super::figures::{Against, activity_figures, against};
use super::labels::category_name;
use super::model::{Category, Scope};
use crate::activities::model::{Actual, activity};
use crate::book::RecordId;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{CsvButton, RecordMissing};

/// How the participants were counted, as the activity's page says it.
fn participants_text(actual: Actual) -> String {
    match actual {
        Actual::FromList(count) => tr!(activities.from_list, count),
        Actual::Counted(count) => tr!(activities.counted_by_eye, count),
        Actual::Unknown => tr!(activities.unknown),
    }
}

/// The rows of the table and its CSV: each category, then the total; a line the budget does not
/// have is `None`.
fn rows(against: &Against) -> Vec<(&'static str, String, Option<Totals>, Totals, Totals)> {
    let mut list: Vec<_> = Category::ALL
        .into_iter()
        .map(|c| {
            let line = against.line(c);
            (c.word(), category_name(c), line.budget.map(|_| line.budgeted()), line.actual.clone(), line.variance())
        })
        .collect();
    list.push(("total", tr!(money.budget.total), Some(against.budgeted()), against.actual(), against.variance()));
    list
}

/// A scope's budget against what it spent, by category, as a table and its CSV (named `file`).
#[component]
pub fn AgainstTable(scope: Scope, #[prop(into)] file: String) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let figures = move || book.read(|b| rows(&against(b, scope)));
    let headers =
        || vec![tr!(money.category), tr!(money.budget.budgeted), tr!(money.budget.spent), tr!(money.budget.left)];
    let table = move || Table {
        headers: headers(),
        rows: figures()
            .into_iter()
            .map(|(_, name, budgeted, spent, left)| {
                vec![name, budgeted.map(|t| t.plain()).unwrap_or_default(), spent.plain(), left.plain()]
            })
            .collect(),
    };
    let caption = tr!(money.budget.title);
    let region = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=region>
            <table class="counts" data-testid="budget-vs-actual">
                <caption>{caption}</caption>
                <thead><tr>{headers().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {move || figures().into_iter().map(|(word, name, budgeted, spent, left)| view! {
                        <tr data-category=word>
                            <th scope="row">{name}</th>
                            <td>{budgeted.map(|t| t.show(lang)).unwrap_or_else(|| "—".to_owned())}</td>
                            <td>{spent.show(lang)}</td>
                            <td>{left.show(lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <div class="actions"><CsvButton name=file table /></div>
    }
}

#[component]
pub fn ActivityMoneyPage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(first) = book.read(|b| activity(b, id)) else {
        return view! { <PageTitle area=Area::Money /><RecordMissing back="/money" /> }.into_any();
    };
    let lang = current_lang();
    let title = tr!(money.budget.of_activity, name = first.title.clone());
    let figures = move || book.read(|b| activity_figures(b, id));
    view! {
        <PageTitle area=Area::Money />
        <section class="page">
            <h1>{title.clone()}</h1>
            <p><a href=format!("/activities/{id}")>{first.title.clone()}</a></p>
            <AgainstTable scope=Scope::Activity { activity: id } file=title />
            {move || figures().map(|f| view! {
                <section class="card" data-testid="cost-per-participant" aria-labelledby="per-head-heading">
                    <h2 id="per-head-heading">{tr!(money.budget.per_head)}</h2>
                    <p>{match f.per_participant {
                        Some(cost) => tr!(money.budget.per_head_is, cost = cost.show(lang), spent = f.against.actual().show(lang), people = participants_text(f.participants)),
                        None => tr!(money.budget.no_count),
                    }}</p>
                </section>
                <section class="card" data-testid="sponsor-income" aria-labelledby="sponsors-heading">
                    <h2 id="sponsors-heading">{tr!(money.budget.sponsors)}</h2>
                    <dl class="facts">
                        <div><dt>{tr!(money.budget.cash)}</dt><dd data-testid="sponsor-cash">{f.cash.show(lang)}</dd></div>
                        <div><dt>{tr!(money.budget.in_kind)}</dt><dd data-testid="sponsor-in-kind">{f.in_kind.show(lang)}</dd></div>
                    </dl>
                </section>
            })}
            <BudgetForm existing=None fixed=Scope::Activity { activity: id } />
        </section>
    }
    .into_any()
}
