//! How often each unit reports, set on the reports page: each unit's rule in words with an
//! Edit button that opens the form for it; a save says so with an undo.

use leptos::prelude::*;
use serde_json::Value;

use super::drafts::CadenceDraft;
use super::labels::cadence_name;
use super::lateness::counted_from;
use super::model::{CADENCES, Cadence, REPORT_CADENCE, cadence_id, cadence_of};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::people::terms::semesters;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextField, focus_by_id};
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pickers::unit_ids;
use crate::ui::pieces::{FormProblems, field_error, name_of, open_form, save_form};

#[component]
pub fn Cadences() -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let editing = RwSignal::new(None::<RecordId>);
    let rows = move || {
        book.read(|b| {
            let semesters = semesters(b);
            unit_ids(b, lang)
                .into_iter()
                .map(|unit| {
                    let s = cadence_of(b, unit);
                    let rule = match s.cadence {
                        Some(c) => {
                            let (cadence, since) =
                                (cadence_name(Some(c)), lang.format_date(counted_from(&s, &semesters, today())));
                            match s.grace_days {
                                0 => tr!(reports.rule_same_day, cadence = cadence, since = since),
                                1 => tr!(reports.rule_one, cadence = cadence, since = since, days = 1),
                                days => tr!(reports.rule, cadence = cadence, since = since, days = days),
                            }
                        }
                        None => cadence_name(None),
                    };
                    (unit, name_of(b, Some(unit)), rule)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="cadences-heading">
            <h2 id="cadences-heading">{tr!(reports.cadences_title)}</h2>
            <ul class="record-list" data-testid="cadences">
                {move || {
                    let rows = rows();
                    if rows.is_empty() {
                        return view! { <li class="help">{tr!(people.no_units)}</li> }.into_any();
                    }
                    rows.into_iter().map(|(unit, name, rule)| {
                        let label = tr!(terms.edit_named, name = name.clone());
                        view! {
                            <li class="record-row">
                                <span class="record-title">{name}</span>
                                <span class="record-meta">{rule}</span>
                                <button type="button" class="button" aria-label=label
                                    on:click=move |_| { editing.set(Some(unit)); focus_by_id("cadence-choice"); }>
                                    {tr!(form.edit)}
                                </button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            {move || editing.get().map(|unit| view! { <CadenceForm unit editing /> })}
        </section>
    }
}

/// The rule of one unit. Saving writes the unit's one cadence record (its id derived from the
/// unit), so two officers setting it edit the same record.
#[component]
fn CadenceForm(unit: RecordId, editing: RwSignal<Option<RecordId>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let id = cadence_id(unit);
    let draft = CadenceDraft::from_setting(&book.read(|b| cadence_of(b, unit)));
    let shown = book.read(|b| b.get(id).is_some()).then(|| draft.validate(unit).ok()).flatten();
    let form = open_form(book, REPORT_CADENCE, Some(id), shown);
    let cadence = RwSignal::new(draft.cadence);
    let grace_days = RwSignal::new(draft.grace_days);
    let since = RwSignal::new(draft.since);
    let errors = RwSignal::new(FieldErrors::new());
    let name = book.read(|b| name_of(b, Some(unit)));
    let heading = name.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = CadenceDraft {
            cadence: cadence.get_untracked(),
            grace_days: grace_days.get_untracked(),
            since: since.get_untracked(),
        };
        let before: Vec<(String, Value)> = book.read(|b| {
            ["unit", "cadence", "grace_days", "since"]
                .iter()
                .map(|f| ((*f).to_owned(), b.get(id).and_then(|r| r.value(f)).cloned().unwrap_or(Value::Null)))
                .collect()
        });
        if save_form(book, errors, form, typed.validate(unit)).is_some() {
            let undo = UndoAction::Write { record: id, kind: REPORT_CADENCE, fields: before };
            notices.show_with_undo(tr!(reports.cadence_saved, name = name.clone()), undo);
            editing.set(None);
        }
    };
    let mut choices = vec![(String::new(), cadence_name(None))];
    choices.extend(CADENCES.iter().map(|c| (c.to_string(), cadence_name(Cadence::parse(c)))));
    let err = move |field: &'static str| field_error(errors, field);
    view! {
        <form class="form" on:submit=save novalidate>
            <h3 class="report-group">{heading}</h3>
            <FormProblems errors />
            <SelectField id="cadence-choice" label=Signal::derive(|| tr!(reports.cadence)) value=cadence options=choices error=err("cadence") />
            <TextField id="cadence-grace" label=Signal::derive(|| tr!(reports.grace_days)) value=grace_days error=err("grace_days") input_type="number" input_mode="numeric" />
            <TextField id="cadence-since" label=Signal::derive(|| tr!(reports.since)) value=since error=err("since") input_type="date" />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                <button type="button" class="button" on:click=move |_| editing.set(None)>{tr!(form.cancel)}</button>
            </div>
        </form>
    }
}
