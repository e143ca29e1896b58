//! Creating and editing a member, and the pieces both forms share.

use crate::shell::router::navigate;
use leptos::prelude::*;

use super::labels::{form_error, position_name};
use super::model::{FieldErrors, FormError, MEMBER, Member, MemberDraft, POSITIONS, units};
use crate::book::{Entropy, RecordId};
use crate::browser::environment::BrowserEntropy;
use crate::locale::Lang;
use crate::shell::app::PageTitle;
use crate::shell::areas::Area;
use crate::shell::book_state::BookState;
use crate::shell::form::{SelectField, TextArea, TextField};
use crate::shell::language::current_lang;
use crate::shell::notice::use_notices;

/// `/people/new-member` and `/people/members/:id`.
#[component]
pub fn MemberFormPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| {
        book.read(|b| {
            b.get(id)
                .filter(|r| r.kind == MEMBER && !r.is_deleted())
                .map(|r| Member::from_record(id, r))
        })
    });
    match (id, existing) {
        (Some(_), None) => view! { <RecordMissing /> }.into_any(),
        (_, existing) => view! { <MemberForm existing /> }.into_any(),
    }
}

#[component]
fn MemberForm(existing: Option<Member>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing
        .as_ref()
        .map(MemberDraft::from_member)
        .unwrap_or_else(MemberDraft::new);
    let name = RwSignal::new(draft.name);
    let student_id = RwSignal::new(draft.student_id);
    let class_major = RwSignal::new(draft.class_major);
    let unit = RwSignal::new(draft.unit);
    let position = RwSignal::new(draft.position);
    let phone = RwSignal::new(draft.phone);
    let email = RwSignal::new(draft.email);
    let notes = RwSignal::new(draft.notes);
    let errors = RwSignal::new(FieldErrors::new());
    let editing = existing.as_ref().map(|m| m.id);
    let title = existing.as_ref().map(|m| m.name.clone());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = MemberDraft {
            name: name.get_untracked(),
            student_id: student_id.get_untracked(),
            class_major: class_major.get_untracked(),
            unit: unit.get_untracked(),
            position: position.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            notes: notes.get_untracked(),
        };
        match book.read(|b| draft.validate(b, editing)) {
            Err(e) => errors.set(e),
            Ok(fields) => {
                let id = editing.unwrap_or_else(|| BrowserEntropy.new_id());
                if book
                    .edit(|s, now| s.write(now, id, MEMBER, fields))
                    .is_some()
                {
                    notices.show(tr!(people.saved, name = draft.name.trim()));
                    navigate("/people");
                }
            }
        }
    };
    let err = move |field: &'static str| {
        Signal::derive(move || error_of(&errors.get(), field).map(|e| form_error(e)))
    };
    let positions = Signal::derive(move || {
        POSITIONS
            .iter()
            .map(|p| (p.to_string(), position_name(p)))
            .collect()
    });
    let unit_options = Signal::derive(move || {
        let english = current_lang() == Lang::En;
        let mut list = vec![(String::new(), tr!(people.member_form.unit_none))];
        list.extend(
            book.read(units)
                .into_iter()
                .map(|u| (u.id.to_string(), u.name(english).to_owned())),
        );
        list
    });

    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>
                {move || match &title {
                    Some(name) => name.clone(),
                    None => tr!(people.member_form.new_title),
                }}
            </h1>
            <form class="form" on:submit=save novalidate>
                <FormProblems errors />
                <TextField id="member-name" label=tr!(people.member_form.name) value=name error=err("name") autocomplete="off" required=true />
                <TextField id="member-student-id" label=tr!(people.member_form.student_id) value=student_id error=err("student_id") input_mode="numeric" autocomplete="off" />
                <TextField id="member-class" label=tr!(people.member_form.class_major) value=class_major error=err("class_major") autocomplete="off" />
                <SelectField id="member-unit" label=tr!(people.member_form.unit) value=unit options=unit_options error=err("unit") />
                <SelectField id="member-position" label=tr!(people.member_form.position) value=position options=positions error=err("position") />
                <TextField id="member-phone" label=tr!(people.member_form.phone) value=phone error=err("phone") input_type="tel" autocomplete="off" />
                <TextField id="member-email" label=tr!(people.member_form.email) value=email error=err("email") input_type="email" autocomplete="off" />
                <TextArea id="member-notes" label=tr!(people.member_form.notes) value=notes error=err("notes") />
                <div class="actions">
                    <button type="submit" class="button primary">{tr!(form.save)}</button>
                    <a class="button" href="/people">{tr!(form.cancel)}</a>
                    {editing.map(|id| view! { <DeleteButton id name=existing.as_ref().map(|m| m.name.clone()).unwrap_or_default() /> })}
                </div>
            </form>
        </section>
    }
}

pub fn error_of(errors: &FieldErrors, field: &str) -> Option<FormError> {
    errors.iter().find(|(f, _)| *f == field).map(|(_, e)| *e)
}

/// A summary at the top of a form that did not save, announced at once.
#[component]
pub fn FormProblems(errors: RwSignal<FieldErrors>) -> impl IntoView {
    view! {
        <p class="form-problems" role="alert">
            {move || (!errors.with(Vec::is_empty)).then(|| tr!(form.fix_problems, count = errors.with(Vec::len)))}
        </p>
    }
}

/// Deletes the record (a change that travels, and can be undone) and goes back to the list.
#[component]
pub fn DeleteButton(id: RecordId, name: String) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let delete = move |_| {
        if book.edit(|s, now| s.set_deleted(now, id, true)).is_some() {
            notices.show_with_restore(tr!(people.deleted, name = name.clone()), id);
            navigate("/people");
        }
    };
    view! { <button type="button" class="button danger" on:click=delete>{tr!(form.delete)}</button> }
}

/// For an address whose record does not exist (or was deleted).
#[component]
pub fn RecordMissing() -> impl IntoView {
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(people.missing_title)}</h1>
            <p>{tr!(people.missing_body)}</p>
            <p><a href="/people">{tr!(people.back)}</a></p>
        </section>
    }
}
