//! The room form: building, floor, number, and residents found in the students register (by
//! name, pinyin initials or student id) or typed.

use leptos::prelude::*;

use super::model::{ROOM, Room, buildings};
use super::places::RoomDraft;
use crate::book::Book;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::people::everyone::{PeopleIndex, everyone};
use crate::pinyin::initials;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::use_notices;
use crate::ui::pieces::{DeleteButton, FormProblems, field_error, name_of, open_form, save_form};

/// A room's residents as one line: the register's names, then those typed.
pub fn residents_text(book: &Book, room: &Room) -> String {
    let mut names: Vec<String> =
        room.residents.iter().map(|p| name_of(book, Some(*p))).filter(|n| !n.is_empty()).collect();
    if !room.residents_typed.trim().is_empty() {
        names.push(room.residents_typed.trim().to_owned());
    }
    names.join("、")
}

/// The search over everyone, built on the first keystroke.
fn build_index(book: &Book) -> PeopleIndex {
    PeopleIndex::new(everyone(book), &initials)
}

#[component]
pub fn RoomForm(existing: Room, back: String) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let id = existing.id;
    let draft = RoomDraft::from_room(&existing);
    let form = open_form(book, ROOM, Some(id), book.read(|b| draft.validate(b, Some(id))).ok());
    let building = RwSignal::new(draft.building);
    let floor = RwSignal::new(draft.floor);
    let number = RwSignal::new(draft.number);
    let residents = RwSignal::new(draft.residents);
    let typed = RwSignal::new(draft.residents_typed);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let query = RwSignal::new(String::new());
    let index: StoredValue<Option<PeopleIndex>> = StoredValue::new(None);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = RoomDraft {
            building: building.get_untracked(),
            floor: floor.get_untracked(),
            number: number.get_untracked(),
            residents: residents.get_untracked(),
            residents_typed: typed.get_untracked(),
            note: note.get_untracked(),
        };
        if save_form(book, errors, form, book.read(|b| draft.validate(b, Some(id)))).is_some() {
            notices.show(tr!(people.saved, name = draft.number.trim()));
        }
    };
    let found = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        if index.with_value(Option::is_none) {
            index.set_value(Some(book.read_session(|s| build_index(s.book()))));
        }
        let chosen = residents.get();
        index.with_value(|i| {
            i.as_ref()
                .map(|i| {
                    i.find(&q, 6, &|a, b| collate(&a.name, &b.name))
                        .into_iter()
                        .map(|p| (p.student.unwrap_or(p.id), p.name.clone(), p.class.clone()))
                        .filter(|(id, _, _)| !chosen.contains(id))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let options = Signal::derive(move || {
        let mut list = book.read(buildings);
        list.sort_by(|a, b| collate(&a.name, &b.name));
        list.into_iter().map(|b| (b.id.to_string(), b.name)).collect::<Vec<_>>()
    });
    let err = move |field: &'static str| field_error(errors, field);
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{tr!(inspections.room_edit)}</h2>
            <FormProblems errors />
            <SelectField id="room-building" label=Signal::derive(|| tr!(inspections.building)) value=building options error=err("building") />
            <TextField id="room-floor" label=Signal::derive(|| tr!(inspections.floor)) value=floor error=err("floor") input_mode="numeric" />
            <TextField id="room-number" label=Signal::derive(|| tr!(inspections.number)) value=number error=err("number") />
            <fieldset class="residents">
                <legend>{tr!(inspections.residents)}</legend>
                <ul class="record-list" data-testid="residents">
                    {move || residents.get().into_iter().map(|p| {
                        let name = book.read(|b| name_of(b, Some(p)));
                        let label = tr!(form.delete_named, name = name.clone());
                        view! {
                            <li class="room-line">
                                <span class="record-row">{name}</span>
                                <button type="button" class="button" aria-label=label
                                    on:click=move |_| residents.update(|r| r.retain(|x| *x != p))>{tr!(form.delete)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <TextField id="room-find" label=Signal::derive(|| tr!(inspections.find_student)) value=query input_type="search" autocomplete="off" />
                <ul class="record-list" data-testid="resident-found">
                    {move || found().into_iter().map(|(p, name, class)| view! {
                        <li><button type="button" class="button"
                            on:click=move |_| { residents.update(|r| r.push(p)); query.set(String::new()); }>
                            {tr!(inspections.add_named, name = name.clone())}
                            {(!class.is_empty()).then(|| format!(" · {class}"))}
                        </button></li>
                    }).collect_view()}
                </ul>
            </fieldset>
            <TextField id="room-typed" label=Signal::derive(|| tr!(inspections.residents_typed)) value=typed error=err("residents_typed") />
            <TextArea id="room-note" label=Signal::derive(|| tr!(people.member_form.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                <DeleteButton id name=move || number.get() back />
            </div>
        </form>
    }
}
