//! `/money`: the treasurer's overview — the semester's money in and out, per unit; who is owed
//! money they advanced (paid back with one tap, and undone); the sponsors' obligations still
//! owed; this semester's sponsorship beside the last one's.

use leptos::prelude::*;
use serde_json::Value;

use super::amount::{Totals, plain};
use super::labels::shown;
use super::ledger::{Owed, UnitSums, movements, owed_back, reimbursed, sums_by_unit};
use super::model::EXPENSE;
use super::sponsorship_views::{ObligationsOwed, SponsorshipComparison};
use crate::book::Book;
use crate::browser::environment::today;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::labels::area_name;
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of, unit_ids};
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn MoneyPage() -> impl IntoView {
    let semester = current_semester();
    view! {
        <PageTitle area=Area::Money />
        <section class="page">
            <h1>{area_name(Area::Money)}</h1>
            <div class="actions">
                <a class="button primary" href=Route::NewExpense.path()>{tr!(money.new_expense)}</a>
                <a class="button" href=Route::NewIncome.path()>{tr!(money.new_income)}</a>
                <a class="button" href=Route::NewSponsorship.path()>{tr!(money.sponsor.new)}</a>
                <a class="button" href=Route::Budgets.path()>{tr!(money.budget.title)}</a>
            </div>
            <nav class="actions" aria-label=tr!(money.lists)>
                <a class="button" href=Route::Ledger.path()>{tr!(money.ledger)}</a>
                <a class="button" href=Route::Expenses.path()>{tr!(money.expenses)}</a>
                <a class="button" href=Route::Sponsorships.path()>{tr!(money.sponsorships)}</a>
            </nav>
            <SemesterFilter selected=semester />
            <UnitTotals semester />
            <OwedBack />
            <ObligationsOwed />
            <SponsorshipComparison semester />
        </section>
    }
}

/// The semester's money per unit, and all of it, with a CSV.
#[component]
fn UnitTotals(semester: RwSignal<Option<crate::book::RecordId>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let sums = Memo::new(move |_| {
        let within = book.read(|b| range_of(b, semester.get()));
        book.read(|b| sums_by_unit(&movements(b), within, &unit_ids(b, lang)))
    });
    // The four figures of the whole union read one sum, added up once per change.
    let all = Memo::new(move |_| {
        sums.get().iter().fold(UnitSums::default(), |acc, s| UnitSums {
            unit: None,
            income: acc.income.plus(&s.income),
            sponsorship: acc.sponsorship.plus(&s.sponsorship),
            expenses: acc.expenses.plus(&s.expenses),
        })
    });
    let unit_name = move |b: &Book, s: &UnitSums| match s.unit {
        Some(_) => name_of(b, s.unit),
        None => tr!(money.no_unit),
    };
    let table = move || {
        let cell = |t: &Totals| t.plain();
        book.read(|b| Table {
            headers: vec![
                tr!(money.unit),
                tr!(money.source_income),
                tr!(money.source_sponsorship),
                tr!(money.source_expense),
                tr!(money.net),
            ],
            rows: sums
                .get_untracked()
                .iter()
                .map(|s| {
                    vec![unit_name(b, s), cell(&s.income), cell(&s.sponsorship), cell(&s.expenses), cell(&s.net())]
                })
                .collect(),
        })
    };
    view! {
        <section class="card" aria-labelledby="money-totals-heading">
            <h2 id="money-totals-heading">{tr!(money.totals)}</h2>
            <dl class="facts" data-testid="money-totals">
                <div><dt>{tr!(money.source_income)}</dt><dd>{move || all.get().income.show(lang)}</dd></div>
                <div><dt>{tr!(money.source_sponsorship)}</dt><dd>{move || all.get().sponsorship.show(lang)}</dd></div>
                <div><dt>{tr!(money.source_expense)}</dt><dd>{move || all.get().expenses.show(lang)}</dd></div>
                <div><dt>{tr!(money.net)}</dt><dd>{move || all.get().net().show(lang)}</dd></div>
            </dl>
            <h3>{tr!(money.by_unit)}</h3>
            <ul class="record-list" data-testid="money-by-unit">
                {move || {
                    let list = sums.get();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(money.no_movements)}</li> }.into_any();
                    }
                    list.iter().map(|s| {
                        let name = book.read(|b| unit_name(b, s));
                        let meta = tr!(money.in_out, money_in = s.income.plus(&s.sponsorship).show(lang), money_out = s.expenses.show(lang));
                        view! {
                            <li class="record-row">
                                <span class="record-title">{name}</span>
                                <span class="record-meta">{meta}</span>
                                <span>{tr!(money.net_is, amount = s.net().show(lang))}</span>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(money.totals_file) table /></div>
        </section>
    }
}

/// Members who advanced money, what each is owed, and a button per expense to mark it paid
/// back today (undone from the notice).
#[component]
fn OwedBack() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let owed = move || book.read(owed_back);
    let pay_back = move |id: crate::book::RecordId, name: String| {
        if book.edit(|s, now| s.write(now, id, EXPENSE, reimbursed(today()))).is_some() {
            let undo = UndoAction::Write {
                record: id,
                kind: EXPENSE,
                fields: vec![("reimbursed_on".to_owned(), Value::Null)],
            };
            notices.show_with_undo(tr!(money.reimbursed_notice, name = name), undo);
        }
    };
    let table = move || {
        book.read(|b| Table {
            headers: vec![
                tr!(money.advanced_by),
                tr!(money.date),
                tr!(money.what),
                tr!(money.amount),
                tr!(money.currency),
            ],
            rows: owed_back(b)
                .iter()
                .flat_map(|o| o.expenses.iter().map(|e| (name_of(b, o.member), e)))
                .map(|(who, e)| {
                    vec![
                        who,
                        e.date.map(|d| d.to_string()).unwrap_or_default(),
                        e.what.clone(),
                        e.amount.map(|a| plain(a.minor)).unwrap_or_default(),
                        e.amount.map(|a| a.currency.code().to_owned()).unwrap_or_default(),
                    ]
                })
                .collect(),
        })
    };
    let member =
        move |o: &Owed| book.read(|b| if o.member.is_some() { name_of(b, o.member) } else { tr!(money.someone) });
    view! {
        <section class="card" aria-labelledby="owed-heading">
            <h2 id="owed-heading">{tr!(money.owed_title)}</h2>
            <div data-testid="owed-back">
                {move || {
                    let list = owed();
                    if list.is_empty() {
                        return view! { <p class="help">{tr!(money.none_owed)}</p> }.into_any();
                    }
                    list.into_iter().map(|o| {
                        let who = member(&o);
                        view! {
                            <h3 class="owed-person">{format!("{who} · {}", o.total.show(lang))}</h3>
                            <ul class="record-list">
                                {o.expenses.into_iter().map(|e| {
                                    let id = e.id;
                                    let name = match e.amount { Some(a) => format!("{} · {}", e.what, shown(a)), None => e.what.clone() };
                                    let label = tr!(money.mark_reimbursed_named, name = name.clone());
                                    let day = e.date.map(|d| lang.format_date(d)).unwrap_or_default();
                                    view! {
                                        <li class="record-row">
                                            <a class="record-title" href=Route::Expense(id).path()>{name.clone()}</a>
                                            <SampleBadge id=id />
                                            <span class="record-meta">{day}</span>
                                            <button type="button" class="button" aria-label=label on:click=move |_| pay_back(id, name.clone())>
                                                {tr!(money.mark_reimbursed)}
                                            </button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }
                    }).collect_view().into_any()
                }}
            </div>
            <div class="actions"><CsvButton name=tr!(money.owed_file) table /></div>
        </section>
    }
}
