//! An activity's participants: expected against actual, the expected list with its marks
//! (the shared attendance list), inviting a member, a unit's members or a class from the
//! register, and the door's check-in screen.

use leptos::prelude::*;
use serde_json::json;

use crate::activities::model::{ACTIVITY, activity, actual};
use crate::attendance::lists::AttendanceList as Expected;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::people::everyone::{classes, everyone, of_class};
use crate::people::roles::members_of_unit;
use crate::ui::attendance_list::AttendanceList;
use crate::ui::book_state::BookState;
use crate::ui::form::SelectField;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pickers::{member_options, unit_options};
use crate::ui::pieces::name_of;
use crate::ui::routes::Route;

use super::labels::{actual_text, expected_text};

fn invited_field(list: &[RecordId]) -> (String, serde_json::Value) {
    ("invited".to_owned(), json!(list.iter().map(RecordId::to_string).collect::<Vec<_>>()))
}

#[component]
pub fn Participants(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let invited = move || book.read(|b| activity(b, id)).map(|a| a.invited).unwrap_or_default();
    // Everyone invited or marked (a walk-in at the door), by name in pinyin order.
    let expected = Signal::derive(move || {
        book.read(|b| {
            let mut people: Vec<(String, RecordId)> = b
                .get(id)
                .map(Expected::expected)
                .unwrap_or_default()
                .into_iter()
                .map(|p| (name_of(b, Some(p)), p))
                .collect();
            people.sort_by(|a, c| collate(&a.0, &c.0));
            people.into_iter().map(|(_, p)| p).collect::<Vec<_>>()
        })
    });
    // Adds people to the expected list; the notice's Undo puts the list back as it was.
    let add = move |people: Vec<RecordId>| {
        let before = invited();
        let mut list = before.clone();
        list.extend(people.into_iter().filter(|p| !before.contains(p)));
        let count = list.len() - before.len();
        if count > 0 && book.edit(|s, now| s.write(now, id, ACTIVITY, [invited_field(&list)])) == Some(true) {
            let undo = UndoAction::Write { record: id, kind: ACTIVITY, fields: vec![invited_field(&before)] };
            notices.show_with_undo(tr!(activities.invited, count), undo);
        }
    };
    let remove = Callback::new(move |person: RecordId| {
        let before = invited();
        let list: Vec<RecordId> = before.iter().copied().filter(|p| *p != person).collect();
        if book.edit(|s, now| s.write(now, id, ACTIVITY, [invited_field(&list)])) == Some(true) {
            let name = book.read(|b| name_of(b, Some(person)));
            let undo = UndoAction::Write { record: id, kind: ACTIVITY, fields: vec![invited_field(&before)] };
            notices.show_with_undo(tr!(activities.removed, name), undo);
        }
    });
    let member = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    let members = Signal::derive(move || {
        let chosen = expected.get();
        book.read(|b| member_options(b, tr!(activities.choose_person)))
            .into_iter()
            .filter(|(v, _)| RecordId::parse(v).is_none_or(|m| !chosen.contains(&m)))
            .collect::<Vec<_>>()
    });
    let units = book.read(|b| unit_options(b, tr!(activities.choose_unit)));
    let class_list = book.read(|b| {
        let mut list = vec![(String::new(), tr!(activities.choose_class))];
        list.extend(classes(b).into_iter().map(|c| (c.clone(), c)));
        list
    });
    let has_classes = class_list.len() > 1;
    let add_member = move |_| {
        if let Some(m) = RecordId::parse(&member.get_untracked()) {
            add(vec![m]);
            member.set(String::new());
        }
    };
    let add_unit = move |_| {
        let Some(u) = RecordId::parse(&unit.get_untracked()) else { return };
        let day = book.read(|b| activity(b, id)).and_then(|a| a.date).unwrap_or_else(today);
        add(book.read(|b| members_of_unit(b, u, day, day)));
    };
    let add_class = move |_| {
        let chosen = class.get_untracked();
        if !chosen.is_empty() {
            add(book.read(|b| of_class(&everyone(b), &chosen)));
        }
    };
    let figures = move || {
        book.read(|b| {
            let a = activity(b, id)?;
            Some((expected_text(a.expected), actual_text(b.get(id).map(|r| actual(id, r))?)))
        })
    };
    view! {
        <section class="card" aria-labelledby="attendance-heading">
            <h2 id="attendance-heading">{tr!(activities.attendance)}</h2>
            <p data-testid="participants">
                {move || figures().map(|(expected, actual)| tr!(activities.expected_actual, expected, actual))}
            </p>
            <p><a class="button primary" href=Route::CheckIn(id).path()>{tr!(activities.check_in)}</a></p>
            <AttendanceList record=id kind=ACTIVITY expected on_remove=remove />
            <div class="form">
                <SelectField id="activity-invite" label=Signal::derive(|| tr!(activities.invite)) value=member options=members />
                <div class="actions"><button type="button" class="button" on:click=add_member>{tr!(activities.invite_button)}</button></div>
                <SelectField id="activity-invite-unit" label=Signal::derive(|| tr!(activities.invite_unit)) value=unit options=units />
                <div class="actions"><button type="button" class="button" on:click=add_unit>{tr!(activities.invite_unit_button)}</button></div>
                {has_classes.then(|| view! {
                    <SelectField id="activity-invite-class" label=Signal::derive(|| tr!(activities.invite_class)) value=class options=class_list.clone() />
                    <div class="actions"><button type="button" class="button" on:click=add_class>{tr!(activities.invite_class_button)}</button></div>
                })}
            </div>
        </section>
    }
}
