//! `/money/expenses`: the expenses of a semester, newest first, with a CSV; and
//! `/money/expenses/new` and `/<id>`: an expense's form. A payment is one record: corrected
//! here, never entered twice.

use leptos::prelude::*;

use super::amount::plain;
use super::drafts::ExpenseDraft;
use super::labels::{activity_options, category_name, category_options, currency_options, shown};
use super::model::{EXPENSE, Expense, PaidBy, expense, expenses};
use crate::book::{Book, RecordId};
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, member_options, range_of, unit_options};
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// "海报打印 · ¥1,234.50".
fn expense_name(e: &Expense) -> String {
    match e.amount {
        Some(a) => format!("{} · {}", e.what, shown(a)),
        None => e.what.clone(),
    }
}

/// The expenses in the chosen semester (all when none is chosen), newest first.
fn listed(book: &Book, within: Option<(chrono::NaiveDate, chrono::NaiveDate)>) -> Vec<Expense> {
    let mut list: Vec<Expense> =
        expenses(book).into_iter().filter(|e| crate::calendar::in_span(e.date, within)).collect();
    list.sort_by_key(|e| (std::cmp::Reverse(e.date), e.id));
    list
}

/// Who paid, in words: "the union's cash", or the member who advanced it.
fn payer(book: &Book, e: &Expense) -> String {
    match e.paid_by {
        PaidBy::Union => tr!(money.paid_union),
        PaidBy::Member(m) => tr!(money.advanced_by_name, name = name_of(book, m)),
    }
}

#[component]
pub fn ExpensesPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let lang = current_lang();
    let rows = move || book.read(|b| listed(b, range_of(b, semester.get())));
    let table = move || {
        book.read(|b| Table {
            headers: vec![
                tr!(money.date),
                tr!(money.what),
                tr!(money.category),
                tr!(money.amount),
                tr!(money.currency),
                tr!(money.unit),
                tr!(money.activity),
                tr!(money.payee),
                tr!(money.paid_by),
                tr!(money.receipt_number),
                tr!(money.receipt_filed),
                tr!(money.approved_by),
                tr!(money.reimbursed_on),
                tr!(money.note),
            ],
            rows: listed(b, range_of(b, semester.get_untracked()))
                .into_iter()
                .map(|e| {
                    vec![
                        e.date.map(|d| d.to_string()).unwrap_or_default(),
                        e.what.clone(),
                        e.category.map(category_name).unwrap_or_default(),
                        e.amount.map(|a| plain(a.minor)).unwrap_or_default(),
                        e.amount.map(|a| a.currency.code().to_owned()).unwrap_or_default(),
                        name_of(b, e.unit),
                        name_of(b, e.activity),
                        e.payee.clone(),
                        payer(b, &e),
                        e.receipt_number.clone(),
                        if e.receipt_filed { tr!(data.yes) } else { String::new() },
                        name_of(b, e.approved_by),
                        e.reimbursed_on.map(|d| d.to_string()).unwrap_or_default(),
                        e.note.clone(),
                    ]
                })
                .collect(),
        })
    };
    view! {
        <PageTitle area=Area::Money />
        <section class="page">
            <h1>{tr!(money.expenses)}</h1>
            <p><a href=Route::Money.path()>{tr!(money.back)}</a></p>
            <div class="actions">
                <a class="button primary" href=Route::NewExpense.path()>{tr!(money.new_expense)}</a>
            </div>
            <SemesterFilter selected=semester />
            <ul class="record-list" data-testid="expenses">
                {move || {
                    let list = rows();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(money.no_expenses)}</li> }.into_any();
                    }
                    list.into_iter().map(|e| {
                        let meta = book.read(|b| {
                            let day = e.date.map(|d| lang.format_date(d)).unwrap_or_default();
                            [day, e.category.map(category_name).unwrap_or_default(), payer(b, &e)]
                                .into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
                        });
                        view! {
                            <li><a class="record-row" href=Route::Expense(e.id).path()>
                                <span class="record-title">{expense_name(&e)}</span>
                                <SampleBadge id=e.id />
                                <span class="record-meta">{meta}</span>
                                {e.owed_back().then(|| view! { <span class="badge">{tr!(money.owed_badge)}</span> })}
                            </a></li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(money.expenses_file) table /></div>
        </section>
    }
}

#[component]
pub fn ExpensePage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| book.read(|b| expense(b, id)));
    view! {
        <PageTitle area=Area::Money />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back="/money/expenses" /> }.into_any(),
            (_, existing) => {
                let editing = existing.as_ref().map(|e| e.id);
                let title = move || match editing.and_then(|id| book.read(|b| expense(b, id))) {
                    Some(e) => expense_name(&e),
                    None => tr!(money.new_expense),
                };
                view! {
                    <section class="page">
                        <h1>{title}</h1>
                        <SampleBadge id=editing />
                        <p><a href=Route::Expenses.path()>{tr!(money.back_expenses)}</a></p>
                        <ExpenseForm existing />
                    </section>
                }.into_any()
            }
        }}
    }
}

#[component]
fn ExpenseForm(existing: Option<Expense>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|e| e.id);
    let draft = existing.as_ref().map(ExpenseDraft::from_expense).unwrap_or_else(|| ExpenseDraft {
        date: today().to_string(),
        currency: "CNY".into(),
        paid_by: "union".into(),
        ..ExpenseDraft::default()
    });
    let form = open_form(book, EXPENSE, editing, book.read(|b| draft.validate(b)).ok());
    let signal = |s: &String| RwSignal::new(s.clone());
    let (date, amount, currency, category) =
        (signal(&draft.date), signal(&draft.amount), signal(&draft.currency), signal(&draft.category));
    let (what, unit, activity, payee) =
        (signal(&draft.what), signal(&draft.unit), signal(&draft.activity), signal(&draft.payee));
    let (paid_by, advanced_by, receipt_number) =
        (signal(&draft.paid_by), signal(&draft.advanced_by), signal(&draft.receipt_number));
    let receipt_filed = RwSignal::new(draft.receipt_filed);
    let (approved_by, reimbursed_on, note) =
        (signal(&draft.approved_by), signal(&draft.reimbursed_on), signal(&draft.note));
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = ExpenseDraft {
            date: date.get_untracked(),
            amount: amount.get_untracked(),
            currency: currency.get_untracked(),
            category: category.get_untracked(),
            what: what.get_untracked(),
            unit: unit.get_untracked(),
            activity: activity.get_untracked(),
            payee: payee.get_untracked(),
            paid_by: paid_by.get_untracked(),
            advanced_by: advanced_by.get_untracked(),
            receipt_number: receipt_number.get_untracked(),
            receipt_filed: receipt_filed.get_untracked(),
            approved_by: approved_by.get_untracked(),
            reimbursed_on: reimbursed_on.get_untracked(),
            note: note.get_untracked(),
        };
        let checked = book.read(|b| typed.validate(b));
        if let Some(id) = save_form(book, errors, form, checked) {
            let name = book.read(|b| expense(b, id).map(|e| expense_name(&e))).unwrap_or_default();
            notices.show(tr!(people.saved, name = name));
            if editing.is_none() {
                navigate(&Route::Expense(id).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let units = book.read(|b| unit_options(b, tr!(money.no_unit)));
    let activities = book.read(|b| activity_options(b, tr!(money.no_activity)));
    // A signal, so the choices can be drawn again when the advancing member's field reappears.
    let people = Signal::stored(book.read(|b| member_options(b, tr!(money.no_one))));
    let payers = vec![("union".to_owned(), tr!(money.paid_union)), ("member".to_owned(), tr!(money.paid_member))];
    let by_member = move || paid_by.get() == "member";
    let name = Signal::derive(move || {
        editing.and_then(|id| book.read(|b| expense(b, id).map(|e| expense_name(&e)))).unwrap_or_default()
    });
    view! {
        <form class="form card" on:submit=save novalidate>
            <FormProblems errors />
            <TextField id="expense-what" label=label(|| tr!(money.what)) value=what error=err("what") />
            <TextField id="expense-amount" label=label(|| tr!(money.amount)) value=amount error=err("amount") input_mode="decimal" />
            <SelectField id="expense-currency" label=label(|| tr!(money.currency)) value=currency options=currency_options() error=err("currency") />
            <TextField id="expense-date" label=label(|| tr!(money.date)) value=date error=err("date") input_type="date" />
            <SelectField id="expense-category" label=label(|| tr!(money.category)) value=category options=category_options(tr!(money.choose_category)) error=err("category") />
            <SelectField id="expense-unit" label=label(|| tr!(money.unit)) value=unit options=units error=err("unit") />
            <SelectField id="expense-activity" label=label(|| tr!(money.activity)) value=activity options=activities error=err("activity") />
            <TextField id="expense-payee" label=label(|| tr!(money.payee)) value=payee error=err("payee") />
            <SelectField id="expense-paid-by" label=label(|| tr!(money.paid_by)) value=paid_by options=payers error=err("paid_by") />
            <Show when=by_member>
                <SelectField id="expense-advanced-by" label=label(|| tr!(money.advanced_by)) value=advanced_by options=people error=err("advanced_by") />
                <TextField id="expense-reimbursed-on" label=label(|| tr!(money.reimbursed_on)) value=reimbursed_on error=err("reimbursed_on") input_type="date" />
            </Show>
            <TextField id="expense-receipt" label=label(|| tr!(money.receipt_number)) value=receipt_number error=err("receipt_number") />
            <div class="field checkbox">
                <input id="expense-receipt-filed" type="checkbox" prop:checked=move || receipt_filed.get() on:change=move |ev| receipt_filed.set(event_target_checked(&ev)) />
                <label for="expense-receipt-filed">{tr!(money.receipt_filed)}</label>
            </div>
            <SelectField id="expense-approved-by" label=label(|| tr!(money.approved_by)) value=approved_by options=people error=err("approved_by") />
            <TextArea id="expense-note" label=label(|| tr!(money.note)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name back="/money/expenses" /> })}
            </div>
        </form>
    }
}
