//! Creating and editing a unit.

use crate::ui::router::navigate;
use leptos::prelude::*;

use super::model::{UNIT, UNIT_KINDS, Unit, UnitDraft};
use super::roles::{ROLE, Role};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::{position_name, unit_kind_name};
use crate::ui::pieces::name_of;

use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::sample_badge::SampleBadge;

/// `/people/new-unit` and `/people/units/:id`.
#[component]
pub fn UnitFormPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| {
        book.read(|b| b.get(id).filter(|r| r.kind == UNIT && !r.is_deleted()).map(|r| Unit::from_record(id, r)))
    });
    match (id, existing) {
        (Some(_), None) => view! { <RecordMissing back="/people" /> }.into_any(),
        (Some(id), existing) => view! { <UnitForm existing /> <UnitMembers unit=id /> }.into_any(),
        (None, existing) => view! { <UnitForm existing /> }.into_any(),
    }
}

/// Who holds a role in the unit today, and since when.
#[component]
fn UnitMembers(unit: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let rows = move || {
        let day = today();
        book.read(|b| {
            let mut list: Vec<(Role, String)> = b
                .live(ROLE)
                .filter_map(|(id, r)| Role::from_record(id, r))
                .filter(|r| r.unit == Some(unit) && r.held_on(day))
                .map(|r| {
                    let name = name_of(b, Some(r.member));
                    (r, name)
                })
                .collect();
            list.sort_by(|a, b| a.1.cmp(&b.1));
            list
        })
    };
    view! {
        <section class="card page" aria-labelledby="unit-members-heading">
            <h2 id="unit-members-heading">{tr!(people.unit_members)}</h2>
            <ul class="record-list">
                {move || {
                    let list = rows();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(people.role.none)}</li> }.into_any();
                    }
                    list.into_iter()
                        .map(|(role, name)| view! {
                            <li><a class="record-row" href=format!("/people/members/{}", role.member)>
                                <span class="record-title">{name}</span>
                                <SampleBadge id=role.id />
                                <span class="record-meta">{position_name(&role.position)} {role.from.map(|d| format!(" · {}", lang.format_date(d)))}</span>
                            </a></li>
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </section>
    }
}

#[component]
fn UnitForm(existing: Option<Unit>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing.as_ref().map(UnitDraft::from_unit).unwrap_or_else(UnitDraft::new);
    let editing = existing.as_ref().map(|u| u.id);
    let form = open_form(book, UNIT, editing, draft.validate().ok());
    let name_zh = RwSignal::new(draft.name_zh);
    let name_en = RwSignal::new(draft.name_en);
    let unit_kind = RwSignal::new(draft.unit_kind);
    let description = RwSignal::new(draft.description);
    let founded = RwSignal::new(draft.founded);
    let active = RwSignal::new(draft.active);
    let errors = RwSignal::new(FieldErrors::new());
    let title = existing.as_ref().map(|u| u.name_zh.clone());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = UnitDraft {
            name_zh: name_zh.get_untracked(),
            name_en: name_en.get_untracked(),
            unit_kind: unit_kind.get_untracked(),
            description: description.get_untracked(),
            founded: founded.get_untracked(),
            active: active.get_untracked(),
        };
        if save_form(book, errors, form, draft.validate()).is_some() {
            notices.show(tr!(people.saved, name = draft.name_zh.trim()));
            navigate("/people");
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let kinds = Signal::derive(move || UNIT_KINDS.iter().map(|k| (k.to_string(), unit_kind_name(k))).collect());

    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>
                {move || match &title {
                    Some(name) => name.clone(),
                    None => tr!(people.unit_form.new_title),
                }}
            </h1>
            <SampleBadge id=editing />
            <form class="form" on:submit=save novalidate>
                <FormProblems errors />
                <TextField id="unit-name-zh" label=tr!(people.unit_form.name_zh) value=name_zh error=err("name_zh") required=true />
                <TextField id="unit-name-en" label=tr!(people.unit_form.name_en) value=name_en error=err("name_en") />
                <SelectField id="unit-kind" label=tr!(people.unit_form.kind) value=unit_kind options=kinds error=err("unit_kind") />
                <TextField id="unit-founded" label=tr!(people.unit_form.founded) value=founded error=err("founded") input_type="date" />
                <TextArea id="unit-description" label=tr!(people.unit_form.description) value=description error=err("description") />
                <div class="field checkbox">
                    <input id="unit-active" type="checkbox" prop:checked=move || active.get() on:change=move |ev| active.set(event_target_checked(&ev)) />
                    <label for="unit-active">{tr!(people.unit_form.active)}</label>
                </div>
                <div class="actions">
                    <FormProblems errors by_button=true />
                    <button type="submit" class="button primary">{tr!(form.save)}</button>
                    <a class="button" href="/people">{tr!(form.cancel)}</a>
                    {editing.map(|id| view! { <DeleteButton id name=existing.as_ref().map(|u| u.name_zh.clone()).unwrap_or_default() back="/people" /> })}
                </div>
            </form>
        </section>
    }
}
