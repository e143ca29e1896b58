//! `/reports/filing/new` and `/reports/filing/:id`: a filed document — its title, kind, number,
//! date, unit, where it is kept or its link (opened only when http or https).

use leptos::prelude::*;

use super::filing::DocumentDraft;
use super::labels::kind_options;
use super::model::{FILED_DOCUMENT, FiledDocument, filed_document};
use crate::activities::partners::is_safe_link;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::unit_options;
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

const BACK: &str = "/reports/filing";

#[component]
pub fn FiledDocumentPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| book.read(|b| filed_document(b, id)));
    view! {
        <PageTitle area=Area::Reports />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back=BACK /> }.into_any(),
            (_, None) => view! {
                <section class="page">
                    <h1>{tr!(filing.new)}</h1>
                    <p><a href=BACK>{tr!(filing.back)}</a></p>
                    <DocumentForm existing=None />
                </section>
            }.into_any(),
            (_, Some(first)) => {
                let id = first.id;
                let now = move || book.read(|b| filed_document(b, id));
                // A link typed by anyone is a link only when it is http or https.
                let link = move || now().map(|d| d.link).filter(|l| !l.trim().is_empty()).map(|l| {
                    if is_safe_link(&l) {
                        view! { <a href=l.trim().to_owned() target="_blank" rel="noopener noreferrer">{l.clone()}</a> }.into_any()
                    } else {
                        view! { <span class="mono">{l}</span> }.into_any()
                    }
                });
                let location = move || now().map(|d| d.location).filter(|l| !l.is_empty());
                view! {
                    <section class="page">
                        <h1>{move || now().map(|d| d.title).unwrap_or_default()}</h1>
                        <SampleBadge id=id />
                        <p class="lead" data-testid="document-where">
                            {location}
                            {move || location().is_some().then(|| " · ")}
                            {link}
                        </p>
                        <p><a href=BACK>{tr!(filing.back)}</a></p>
                        <DocumentForm existing=Some(first) />
                    </section>
                }
                .into_any()
            }
        }}
    }
}

#[component]
fn DocumentForm(existing: Option<FiledDocument>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|d| d.id);
    let draft = existing
        .as_ref()
        .map(DocumentDraft::from_document)
        .unwrap_or_else(|| DocumentDraft { date: today().to_string(), ..DocumentDraft::default() });
    let form = open_form(book, FILED_DOCUMENT, editing, book.read(|b| draft.validate(b)).ok());
    let title = RwSignal::new(draft.title);
    let kind = RwSignal::new(draft.kind);
    let number = RwSignal::new(draft.number);
    let date = RwSignal::new(draft.date);
    let unit = RwSignal::new(draft.unit);
    let location = RwSignal::new(draft.location);
    let link = RwSignal::new(draft.link);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = DocumentDraft {
            title: title.get_untracked(),
            kind: kind.get_untracked(),
            number: number.get_untracked(),
            date: date.get_untracked(),
            unit: unit.get_untracked(),
            location: location.get_untracked(),
            link: link.get_untracked(),
            note: note.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| typed.validate(b))) {
            notices.show(tr!(people.saved, name = typed.title.trim()));
            if editing.is_none() {
                navigate(&Route::FiledDocument(id).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let units = book.read(|b| unit_options(b, tr!(meetings.no_one)));
    let name = Signal::derive(move || {
        editing.and_then(|id| book.read(|b| filed_document(b, id))).map(|d| d.title).unwrap_or_default()
    });
    view! {
        <form class="form card" on:submit=save novalidate>
            <FormProblems errors />
            <TextField id="document-title" label=label(|| tr!(activities.pub_title)) value=title error=err("title") />
            <SelectField id="document-kind" label=label(|| tr!(meetings.kind)) value=kind options=kind_options(tr!(meetings.choose_kind)) error=err("doc_kind") />
            <TextField id="document-number" label=label(|| tr!(filing.number)) value=number error=err("number") />
            <TextField id="document-date" label=label(|| tr!(eval.date)) value=date error=err("date") input_type="date" />
            <SelectField id="document-unit" label=label(|| tr!(people.role.unit)) value=unit options=units error=err("unit") />
            <TextField id="document-location" label=label(|| tr!(filing.location)) value=location error=err("location") />
            <TextField id="document-link" label=label(|| tr!(activities.link)) value=link error=err("link") input_type="url" />
            <TextArea id="document-note" label=label(|| tr!(people.member_form.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name back=BACK /> })}
            </div>
        </form>
    }
}
