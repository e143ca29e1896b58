//! `/money/income/new` and `/<id>`: money received other than sponsorship — the college's
//! allocation, fees — which the ledger lists with the rest.

use leptos::prelude::*;

use super::drafts::IncomeDraft;
use super::labels::{currency_options, shown};
use super::model::{INCOME, Income, income};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{member_options, unit_options};
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// "学院拨款 · ¥3,000.00".
fn income_name(i: &Income) -> String {
    match i.amount {
        Some(a) => format!("{} · {}", i.source, shown(a)),
        None => i.source.clone(),
    }
}

#[component]
pub fn IncomePage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| book.read(|b| income(b, id)));
    view! {
        <PageTitle area=Area::Money />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back="/money/ledger" /> }.into_any(),
            (_, existing) => {
                let editing = existing.as_ref().map(|i| i.id);
                let title = move || match editing.and_then(|id| book.read(|b| income(b, id))) {
                    Some(i) => income_name(&i),
                    None => tr!(money.new_income),
                };
                view! {
                    <section class="page">
                        <h1>{title}</h1>
                        <SampleBadge id=editing />
                        <p><a href=Route::Ledger.path()>{tr!(money.back_ledger)}</a></p>
                        <IncomeForm existing />
                    </section>
                }.into_any()
            }
        }}
    }
}

#[component]
fn IncomeForm(existing: Option<Income>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|i| i.id);
    let draft = existing.as_ref().map(IncomeDraft::from_income).unwrap_or_else(|| IncomeDraft {
        date: today().to_string(),
        currency: "CNY".into(),
        ..IncomeDraft::default()
    });
    let form = open_form(book, INCOME, editing, book.read(|b| draft.validate(b)).ok());
    let signal = |s: &String| RwSignal::new(s.clone());
    let (date, amount, currency, source) =
        (signal(&draft.date), signal(&draft.amount), signal(&draft.currency), signal(&draft.source));
    let (unit, received_by, note) = (signal(&draft.unit), signal(&draft.received_by), signal(&draft.note));
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = IncomeDraft {
            date: date.get_untracked(),
            amount: amount.get_untracked(),
            currency: currency.get_untracked(),
            source: source.get_untracked(),
            unit: unit.get_untracked(),
            received_by: received_by.get_untracked(),
            note: note.get_untracked(),
        };
        let checked = book.read(|b| typed.validate(b));
        if let Some(id) = save_form(book, errors, form, checked) {
            let name = book.read(|b| income(b, id).map(|i| income_name(&i))).unwrap_or_default();
            notices.show(tr!(people.saved, name = name));
            if editing.is_none() {
                navigate(&Route::Income(id).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let units = book.read(|b| unit_options(b, tr!(money.no_unit)));
    let people = book.read(|b| member_options(b, tr!(money.no_one)));
    let name = Signal::derive(move || {
        editing.and_then(|id| book.read(|b| income(b, id).map(|i| income_name(&i)))).unwrap_or_default()
    });
    view! {
        <form class="form card" on:submit=save novalidate>
            <FormProblems errors />
            <TextField id="income-source" label=label(|| tr!(money.source)) value=source error=err("source") />
            <TextField id="income-amount" label=label(|| tr!(money.amount)) value=amount error=err("amount") input_mode="decimal" />
            <SelectField id="income-currency" label=label(|| tr!(money.currency)) value=currency options=currency_options() error=err("currency") />
            <TextField id="income-date" label=label(|| tr!(money.date)) value=date error=err("date") input_type="date" />
            <SelectField id="income-unit" label=label(|| tr!(money.unit)) value=unit options=units error=err("unit") />
            <SelectField id="income-received-by" label=label(|| tr!(money.received_by)) value=received_by options=people error=err("received_by") />
            <TextArea id="income-note" label=label(|| tr!(money.note)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name back="/money/ledger" /> })}
            </div>
        </form>
    }
}
