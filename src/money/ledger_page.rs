//! `/money/ledger`: every movement of cash in date order with the balance after it, for the
//! chosen semester (brought forward from before it) and unit; a CSV of it for the treasurer's
//! spreadsheet.

use leptos::prelude::*;

use super::amount::{Amount, Totals, plain};
use super::labels::shown;
use super::ledger::{Filter, Ledger, Line, Source, ledger, movements};
use crate::book::{Book, RecordId};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::SelectField;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of, unit_options};
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// How many lines the ledger draws at first, and adds at each "show earlier".
const PAGE: usize = 100;

fn source_name(s: Source) -> String {
    match s {
        Source::Income => tr!(money.source_income),
        Source::Sponsorship => tr!(money.source_sponsorship),
        Source::Expense => tr!(money.source_expense),
    }
}

fn page_of(line: &Line) -> String {
    let id = line.movement.id;
    match line.movement.source {
        Source::Income => Route::Income(id),
        Source::Sponsorship => Route::Sponsorship(id),
        Source::Expense => Route::Expense(id),
    }
    .path()
}

/// The ledger as a spreadsheet: amounts plain ("1234.50"), each with its currency.
fn ledger_table(book: &Book, l: &Ledger) -> Table {
    let amount = |a: Amount| (plain(a.minor), a.currency.code().to_owned());
    let mut rows = vec![vec![
        String::new(),
        tr!(money.opening),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        l.opening.plain(),
        String::new(),
    ]];
    rows.extend(l.lines.iter().map(|line| {
        let m = &line.movement;
        let (figure, currency) = amount(m.amount);
        let (money_in, money_out) = if m.is_in() { (figure, String::new()) } else { (String::new(), figure) };
        vec![
            m.date.map(|d| d.to_string()).unwrap_or_default(),
            m.what.clone(),
            source_name(m.source),
            name_of(book, m.unit),
            name_of(book, m.activity),
            money_in,
            money_out,
            line.balance.plain(),
            currency,
        ]
    }));
    Table {
        headers: vec![
            tr!(money.date),
            tr!(money.what),
            tr!(money.kind),
            tr!(money.unit),
            tr!(money.activity),
            tr!(money.money_in),
            tr!(money.money_out),
            tr!(money.balance),
            tr!(money.currency),
        ],
        rows,
    }
}

#[component]
pub fn LedgerPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let unit = RwSignal::new(String::new());
    let lang = current_lang();
    let chosen =
        move || Filter { within: book.read(|b| range_of(b, semester.get())), unit: RecordId::parse(&unit.get()) };
    let now = Memo::new(move |_| {
        let filter = chosen();
        book.read(|b| ledger(&movements(b), filter))
    });
    let table = move || book.read(|b| ledger_table(b, &now.get_untracked()));
    let units = book.read(|b| unit_options(b, tr!(money.all_units)));
    // The latest lines first drawn, earlier ones on request: a phone draws a hundred rows at once
    // without a pause, four years of a department's money it does not.
    let drawn = RwSignal::new(PAGE);
    let sum = move |t: Totals| t.show(lang);
    view! {
        <PageTitle area=Area::Money />
        <section class="page">
            <h1>{tr!(money.ledger)}</h1>
            <p><a href=Route::Money.path()>{tr!(money.back)}</a></p>
            <div class="actions">
                <a class="button primary" href=Route::NewExpense.path()>{tr!(money.new_expense)}</a>
                <a class="button" href=Route::NewIncome.path()>{tr!(money.new_income)}</a>
            </div>
            <SemesterFilter selected=semester />
            <SelectField id="ledger-unit" label=Signal::derive(|| tr!(money.unit)) value=unit options=units />
            <dl class="facts" data-testid="ledger-sums">
                <div><dt>{tr!(money.opening)}</dt><dd>{move || sum(now.get().opening)}</dd></div>
                <div><dt>{tr!(money.money_in)}</dt><dd>{move || sum(now.get().money_in)}</dd></div>
                <div><dt>{tr!(money.money_out)}</dt><dd>{move || sum(now.get().money_out)}</dd></div>
                <div><dt>{tr!(money.balance)}</dt><dd data-testid="balance">{move || sum(now.get().closing)}</dd></div>
            </dl>
            <ol class="record-list ledger" data-testid="ledger">
                {move || {
                    let l = now.get();
                    if l.lines.is_empty() {
                        return view! { <li class="help">{tr!(money.no_movements)}</li> }.into_any();
                    }
                    let from = l.lines.len().saturating_sub(drawn.get());
                    l.lines[from..].iter().map(|line| {
                        let m = &line.movement;
                        let figure = if m.is_in() { format!("+{}", shown(m.amount)) } else { format!("−{}", shown(m.amount)) };
                        let meta = [m.date.map(|d| lang.format_date(d)).unwrap_or_default(), source_name(m.source)].join(" · ");
                        view! {
                            <li><a class="record-row ledger-line" href=page_of(line)>
                                <span class="record-title">{m.what.clone()}</span>
                                <SampleBadge id=m.id />
                                <span class="record-meta">{meta}</span>
                                <span class=if m.is_in() { "money-in" } else { "money-out" }>{figure}</span>
                                <span class="record-meta">{tr!(money.balance_after, amount = line.balance.show(lang))}</span>
                            </a></li>
                        }
                    }).collect_view().into_any()
                }}
            </ol>
            {move || {
                let earlier = now.with(|l| l.lines.len()).saturating_sub(drawn.get());
                (earlier > 0).then(|| view! {
                    <button type="button" class="button" on:click=move |_| drawn.update(|n| *n += PAGE)>
                        {tr!(money.show_earlier, count = earlier)}
                    </button>
                })
            }}
            <div class="actions"><CsvButton name=tr!(money.ledger_file) table /></div>
        </section>
    }
}
