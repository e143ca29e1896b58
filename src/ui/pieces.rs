//! View pieces every area uses: saving a list as CSV, choosing a semester, choosing a member
//! or a unit, deleting a record, a missing record, a form's problems.

use leptos::prelude::*;

use crate::book::{Book, RecordId};
use crate::browser::environment::today;
use crate::browser::files::download_bytes;
use crate::forms::{FieldErrors, FormError, Opened};
use crate::table::Table;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::router::navigate;

/// A button that saves a list as a CSV file (UTF-8 with BOM, for Excel).
#[component]
pub fn CsvButton(#[prop(into)] name: String, table: impl Fn() -> Table + Send + Sync + 'static) -> impl IntoView {
    let notices = use_notices();
    let save = move |_| {
        let file = format!("{name}-{}.csv", today());
        match download_bytes(&file, &table().to_csv(), "text/csv;charset=utf-8") {
            Ok(()) => notices.show(tr!(csv.saved, name = file)),
            Err(reason) => notices.show(tr!(data.export_failed, reason)),
        }
    };
    view! { <button type="button" class="button" on:click=save>{tr!(csv.button)}</button> }
}

/// A record's name for lists: a member's or a unit's in the current language, another record's
/// title or name (`kinds::record_name`: an activity's title), or empty.
pub fn name_of(book: &Book, id: Option<RecordId>) -> String {
    let english = current_lang() == crate::locale::Lang::En;
    id.and_then(|id| book.get(id))
        .map(|r| {
            let en = r.text("name_en");
            if english && !en.is_empty() {
                en.to_owned()
            } else if !r.text("name").is_empty() {
                r.text("name").to_owned()
            } else if !r.text("name_zh").is_empty() {
                r.text("name_zh").to_owned()
            } else {
                id.and_then(|id| crate::kinds::record_name(book, id)).unwrap_or_default()
            }
        })
        .unwrap_or_default()
}

/// Opens a form on record `id` of `kind` (`None` for a new one); `shown` is what the form's
/// fields would save as they are shown (the stored record's draft, checked).
pub fn open_form(
    book: BookState,
    kind: &'static str,
    id: Option<RecordId>,
    shown: Option<Vec<(String, serde_json::Value)>>,
) -> StoredValue<Opened> {
    StoredValue::new(book.read_session(|s| Opened::new(s.book(), kind, id, shown)))
}

/// Saves a checked form as a record: shows its problems, or writes the fields the user changed
/// since the form opened (a new record gets a new id) and returns the record's id. A field the
/// user changed that was also changed meanwhile — here, in another tab, or in another tab's save
/// this tab can read but has not heard of yet — is shown on that field with its value now, and
/// nothing is written until the user saves again. The caller says what follows a save.
pub fn save_form(
    book: BookState,
    errors: RwSignal<FieldErrors>,
    form: StoredValue<Opened>,
    checked: Result<Vec<(String, serde_json::Value)>, FieldErrors>,
) -> Option<RecordId> {
    let fields = match checked {
        Err(problems) => {
            errors.set(problems);
            crate::ui::form::focus_first_error();
            return None;
        }
        Ok(fields) => fields,
    };
    let opened = form.get_value();
    if let Some(id) = opened.id {
        book.catch_up(opened.kind, id);
    }
    let changes = book.read_session(|s| opened.changes(s.book(), fields.clone()));
    match changes {
        Err(meanwhile) => {
            let schema = crate::kinds::schema_of(opened.kind);
            let problems = meanwhile
                .iter()
                .map(|(name, now)| {
                    let field = schema
                        .and_then(|s| s.fields.iter().find(|(f, _)| f == name).map(|(f, _)| *f))
                        .unwrap_or("form");
                    (field, FormError::ChangedMeanwhile(book.read(|b| shown_value(b, now))))
                })
                .collect();
            book.read_session(|s| form.update_value(|o| o.acknowledge(s.book(), &meanwhile)));
            errors.set(problems);
            None
        }
        Ok(changed) => {
            crate::ui::drafts::saved();
            let id = opened
                .id
                .unwrap_or_else(|| crate::book::Entropy::new_id(&mut crate::browser::environment::BrowserEntropy));
            if !changed.is_empty() {
                // Fields that are one value between them (an amount and its currency) are
                // written together, so a merge never pairs one phone's amount with another's
                // currency.
                let schema = crate::kinds::schema_of(opened.kind);
                book.edit(|s, now| s.write_form(now, id, opened.kind, schema, changed, &fields))?;
            }
            // A form for a new record stays one (the next save makes another record).
            if opened.id.is_some() {
                book.read_session(|s| form.update_value(|o| o.saved(s.book(), id, fields)));
            }
            errors.set(Vec::new());
            Some(id)
        }
    }
}

/// A stored value as people read it: a record's name for a reference, yes or no, "empty".
fn shown_value(book: &Book, value: &serde_json::Value) -> String {
    let record = value.as_str().and_then(RecordId::parse).and_then(|id| crate::kinds::record_name(book, id));
    record.unwrap_or_else(|| crate::ui::labels::value_text(value))
}

/// What is wrong with one field of a form, in words, for the field to show.
pub fn field_error(errors: RwSignal<FieldErrors>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || crate::forms::error_of(&errors.get(), field).map(crate::ui::labels::form_error))
}

/// A summary at the top of a form that did not save, announced at once.
#[component]
pub fn FormProblems(
    errors: RwSignal<FieldErrors>,
    /// The copy beside the Save button, where the officer tapped: the same words, read out once
    /// (by the alert at the top of the form), so hidden from screen readers here.
    #[prop(optional)]
    by_button: bool,
) -> impl IntoView {
    let text = move || {
        (!errors.with(Vec::is_empty)).then(|| {
            let n = errors.with(Vec::len);
            if n == 1 { tr!(form.fix_problems_one, count = n) } else { tr!(form.fix_problems, count = n) }
        })
    };
    if by_button {
        view! { <p class="form-problems" aria-hidden="true">{text}</p> }.into_any()
    } else {
        view! { <p class="form-problems" role="alert">{text}</p> }.into_any()
    }
}

/// Deletes a record (a change that travels, and can be undone) and goes to `back`. `name` is
/// read when the button is pressed, so a record renamed on the same page is named as it is now.
#[component]
pub fn DeleteButton(id: RecordId, #[prop(into)] name: Signal<String>, #[prop(into)] back: String) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let delete = move |_| {
        let name = name.get_untracked();
        if book.edit(|s, now| s.set_deleted(now, id, true)).is_some() {
            notices.show_with_restore(tr!(people.deleted, name = name), id);
            navigate(&back);
        }
    };
    view! { <button type="button" class="button danger" on:click=delete>{tr!(form.delete)}</button> }
}

/// Deletes a record shown in a list, staying on the page; the notice offers to undo it.
/// `name` says which record, for the button's accessible name and the notice.
#[component]
pub fn RemoveButton(id: RecordId, name: String) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let label = tr!(form.delete_named, name = name.clone());
    let delete = move |_| {
        if book.edit(|s, now| s.set_deleted(now, id, true)).is_some() {
            notices.show_with_restore(tr!(people.deleted, name = name.clone()), id);
        }
    };
    view! { <button type="button" class="button danger" aria-label=label on:click=delete>{tr!(form.delete)}</button> }
}

/// For an address whose record does not exist (or was deleted).
#[component]
pub fn RecordMissing(back: &'static str) -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr!(people.missing_title)}</h1>
            <p>{tr!(people.missing_body)}</p>
            <p><a href=back>{tr!(people.back)}</a></p>
        </section>
    }
}

/// The state of a form that adds a record, or — after a list's Edit button — corrects one:
/// which record, and what its form opened with, so that a save writes only what the officer
/// changed (`save_form`). Every "Edit" in a list opens the form below it this way.
#[derive(Clone, Copy)]
pub struct Correcting {
    /// The record being corrected; `None` while the form adds a new one.
    pub editing: RwSignal<Option<RecordId>>,
    opened: StoredValue<Option<StoredValue<Opened>>>,
}

impl Correcting {
    pub fn new() -> Correcting {
        Correcting { editing: RwSignal::new(None), opened: StoredValue::new(None) }
    }

    /// The form now shows record `id` of `kind` (the one `editing` names), whose fields as
    /// shown would save as `shown`: keeps that, and moves focus to the form's `first_field`.
    /// Called where the form fills its fields, typically an effect on `editing`.
    pub fn opened_as(
        &self,
        book: BookState,
        kind: &'static str,
        id: RecordId,
        shown: Option<Vec<(String, serde_json::Value)>>,
        first_field: &'static str,
    ) {
        self.opened.set_value(Some(open_form(book, kind, Some(id), shown)));
        crate::ui::form::focus_by_id(first_field);
    }

    /// What a save compares with: the corrected record as its form opened, or a new record.
    pub fn form(&self, book: BookState, kind: &'static str) -> StoredValue<Opened> {
        self.opened.get_value().unwrap_or_else(|| open_form(book, kind, None, None))
    }

    /// Back to adding a new record.
    pub fn close(&self) {
        self.editing.set(None);
        self.opened.set_value(None);
    }

    /// Whether a record is being corrected (tracked, for headings and buttons).
    pub fn is_open(&self) -> bool {
        self.editing.with(Option::is_some)
    }
}

impl Default for Correcting {
    fn default() -> Correcting {
        Correcting::new()
    }
}
