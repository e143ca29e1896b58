//! Setting up a door: its name and the list's start time, and who is expected (a unit's
//! members, classes of the register, a saved list, names typed in), saved as a list to invite
//! the same people again.

use leptos::prelude::*;

use super::expected::{ListNameError, invite, invite_names, people_lists, save_as_list};
use super::model::{Door, PEOPLE_LIST, door_counts, invited, parse_start};
use super::taps::{apply, undo_action};
use crate::book::{Entropy, RecordId};
use crate::browser::environment::{BrowserEntropy, today};
use crate::kinds::schema_of;
use crate::people::everyone::{classes, everyone, of_class};
use crate::people::roles::members_of_unit;
use crate::people::students::model::STUDENT;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pickers::unit_options;

/// The door's name (this log's) and the list's start time, after which arrivals are late.
#[component]
pub fn DoorSettings(list: RecordId, door: Memo<Option<Door>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let has_start = book.read(|b| {
        b.get(list).and_then(|r| schema_of(&r.kind)).is_some_and(|s| s.fields.iter().any(|(f, _)| *f == "starts_at"))
    });
    let name = RwSignal::new(door.get_untracked().map(|d| d.name).unwrap_or_default());
    let start = RwSignal::new(book.read(|b| b.get(list).map(|r| r.text("starts_at").to_owned()).unwrap_or_default()));
    let name_error = RwSignal::new(None::<String>);
    let start_error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = door.get_untracked() else { return };
        let typed_start = start.get_untracked();
        let start_ok = parse_start(&typed_start);
        start_error.set(start_ok.is_err().then(|| tr!(form.not_a_time)));
        let rename = d.rename(&name.get_untracked());
        name_error.set(rename.is_none().then(|| tr!(form.too_long, max = super::model::DOOR_NAME_CHARS)));
        let (Some(rename), Ok(start_at)) = (rename, start_ok) else { return };
        let kind = d.list_kind.clone();
        let saved = book.edit(|s, now| {
            s.write(now, rename.record, &rename.kind, rename.fields);
            if has_start {
                let value = start_at.map(crate::locale::clock_time).unwrap_or_default();
                s.write(now, list, &kind, [("starts_at".to_owned(), serde_json::json!(value))]);
            }
        });
        if saved.is_some() {
            notices.show(tr!(door.settings_saved));
        }
    };
    view! {
        <details class="card door-settings">
            <summary>
                {move || {
                    let door_name = door.get().map(|d| d.name).filter(|n| !n.is_empty()).unwrap_or_else(|| tr!(door.unnamed));
                    let starts = book.read(|b| b.get(list).map(|r| r.text("starts_at").to_owned())).filter(|s| !s.is_empty());
                    match starts {
                        Some(time) => tr!(door.settings_summary_start, door = door_name, time),
                        None => tr!(door.settings_summary, door = door_name),
                    }
                }}
            </summary>
            <form data-no-draft class="form" on:submit=save novalidate>
                <TextField id="door-name" label=Signal::derive(|| tr!(door.name)) value=name error=name_error />
                {has_start.then(|| view! {
                    <TextField id="door-start" label=Signal::derive(|| tr!(door.start)) value=start error=start_error input_type="time" />
                    <p class="help">{tr!(door.start_help)}</p>
                })}
                <div class="actions"><button type="submit" class="button primary">{tr!(form.save)}</button></div>
            </form>
        </details>
    }
}

fn count_untracked(book: BookState, list: RecordId) -> usize {
    book.read_session(|s| s.book().get(list).map(|r| invited(r).len()).unwrap_or(0))
}

/// Who the list expects, and the ways to add people to it.
#[component]
pub fn ExpectedPeople(list: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let unit = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    let saved = RwSignal::new(String::new());
    let names = RwSignal::new(String::new());
    let list_name = RwSignal::new(String::new());
    let list_name_error = RwSignal::new(None::<String>);
    let pick_error = RwSignal::new(None::<String>);
    // The same count as the door's headline (`door_counts`): those invited and any walk-in.
    let count = move || book.read(|b| door_counts(b, list).expected);
    let invite_these = move |people: Vec<RecordId>| match book.read(|b| invite(b, list, &people)) {
        Some((change, undo)) => {
            let before = count_untracked(book, list);
            if apply(book, change).is_some() {
                let added = count_untracked(book, list) - before;
                notices.show_with_undo(tr!(door.invited, count = added), undo_action(undo));
            }
        }
        None => notices.show(tr!(door.invited_none)),
    };
    let by_unit = move |_| {
        let Some(u) = RecordId::parse(&unit.get_untracked()) else { return };
        let day = today();
        invite_these(book.read(|b| members_of_unit(b, u, day, day)));
    };
    let by_class = move |_| {
        let c = class.get_untracked();
        if c.is_empty() {
            return;
        }
        invite_these(book.read(|b| of_class(&everyone(b), &c)));
    };
    let by_saved = move |_| {
        let Some(id) = RecordId::parse(&saved.get_untracked()) else { return };
        let people = book.read(people_lists).into_iter().find(|l| l.id == id).map(|l| l.people).unwrap_or_default();
        invite_these(people);
    };
    let by_names = move |_| {
        let typed = names.get_untracked();
        let planned =
            book.read(|b| invite_names(b, list, &everyone(b), &typed, STUDENT, &mut || BrowserEntropy.new_id()));
        match planned {
            Some((change, undo)) => {
                if apply(book, change).is_some() {
                    names.set(String::new());
                    pick_error.set(None);
                    notices.show_with_undo(tr!(door.names_invited), undo_action(undo));
                }
            }
            None => pick_error.set(Some(tr!(door.names_none))),
        }
    };
    let save_list = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match book.read(|b| save_as_list(b, list, &list_name.get_untracked())) {
            Ok(fields) => {
                let id = BrowserEntropy.new_id();
                if book.edit(|s, now| s.write(now, id, PEOPLE_LIST, fields)).is_some() {
                    list_name_error.set(None);
                    let name = list_name.get_untracked().trim().to_owned();
                    notices.show_with_undo(tr!(door.list_saved, name), UndoAction::Delete(id));
                    list_name.set(String::new());
                }
            }
            Err(e) => list_name_error.set(Some(match e {
                ListNameError::Required => tr!(form.required),
                ListNameError::TooLong => tr!(form.too_long, max = 60),
                ListNameError::Empty => tr!(door.list_empty),
            })),
        }
    };
    let units = Signal::derive(move || book.read(|b| unit_options(b, tr!(door.choose_unit))));
    let class_options = Signal::derive(move || {
        let mut options = vec![(String::new(), tr!(door.choose_class))];
        options.extend(book.read(classes).into_iter().map(|c| (c.clone(), c)));
        options
    });
    let saved_options = Signal::derive(move || {
        let mut options = vec![(String::new(), tr!(door.choose_list))];
        options.extend(book.read(people_lists).into_iter().map(|l| (l.id.to_string(), l.name)));
        options
    });
    view! {
        <details class="card door-expected">
            <summary>{move || tr!(door.expected_summary, count = count())}</summary>
            <div class="door-pick">
                <SelectField id="door-unit" label=Signal::derive(|| tr!(door.unit)) value=unit options=units />
                <button type="button" class="button" on:click=by_unit>{tr!(door.invite_unit)}</button>
            </div>
            <div class="door-pick">
                <SelectField id="door-class" label=Signal::derive(|| tr!(door.class)) value=class options=class_options />
                <button type="button" class="button" on:click=by_class>{tr!(door.invite_class)}</button>
            </div>
            <div class="door-pick">
                <SelectField id="door-saved" label=Signal::derive(|| tr!(door.saved_list)) value=saved options=saved_options />
                <button type="button" class="button" on:click=by_saved>{tr!(door.invite_saved)}</button>
            </div>
            <div class="door-pick">
                <TextArea id="door-names" label=Signal::derive(|| tr!(door.names)) value=names error=pick_error />
                <button type="button" class="button" on:click=by_names>{tr!(door.invite_names)}</button>
            </div>
            <form data-no-draft class="form door-pick" on:submit=save_list novalidate>
                <TextField id="door-list-name" label=Signal::derive(|| tr!(door.list_name)) value=list_name error=list_name_error />
                <button type="submit" class="button">{tr!(door.save_list)}</button>
            </form>
        </details>
    }
}
