//! A meeting's attendance: who is expected (a unit's members, the meeting's units, or someone
//! in particular), their marks through the shared attendance list, and the door screen.

use leptos::prelude::*;

use super::model::{MEETING, invited_field, invited_with, meeting, members_of_units};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::ui::attendance_list::AttendanceList;
use crate::ui::book_state::BookState;
use crate::ui::form::SelectField;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pickers::{member_options, unit_options};
use crate::ui::pieces::name_of;
use crate::ui::routes::Route;

#[component]
pub fn MeetingAttendance(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let now = move || book.read(|b| meeting(b, id));
    let expected = Signal::derive(move || now().map(|m| m.invited).unwrap_or_default());
    // Changes the list, with an undo that puts it back as it was.
    let change = move |people: Vec<RecordId>, invite: bool| -> Option<usize> {
        let m = now()?;
        let before = invited_field(&m.invited);
        let (field, changed) = invited_with(&m, &people, invite);
        if changed == 0 {
            return Some(0);
        }
        book.edit(|s, now| s.write(now, id, MEETING, [field]))?;
        let text = if invite {
            tr!(meetings.invited, count = changed)
        } else {
            tr!(meetings.removed, name = book.read(|b| name_of(b, people.first().copied())))
        };
        notices.show_with_undo(text, UndoAction::Write { record: id, kind: MEETING, fields: vec![before] });
        Some(changed)
    };
    let invite = move |people: Vec<RecordId>| {
        if change(people, true) == Some(0) {
            notices.show(tr!(meetings.nobody_new));
        }
    };
    let remove = Callback::new(move |person: RecordId| {
        change(vec![person], false);
    });
    let person = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let day = move || now().and_then(|m| m.date).unwrap_or_else(today);
    let invite_person = move |_| {
        if let Some(p) = RecordId::parse(&person.get_untracked()) {
            invite(vec![p]);
            person.set(String::new());
        }
    };
    let invite_unit = move |_| {
        if let Some(u) = RecordId::parse(&unit.get_untracked()) {
            invite(book.read(|b| members_of_units(b, &[u], day())));
        }
    };
    let own_units = move || now().map(|m| m.units).unwrap_or_default();
    let invite_own = move |_| invite(book.read(|b| members_of_units(b, &own_units(), day())));
    let people = Signal::derive(move || {
        let invited = expected.get();
        person.track();
        book.read(|b| member_options(b, tr!(meetings.choose_person)))
            .into_iter()
            .filter(|(v, _)| !invited.iter().any(|i| i.to_string() == *v))
            .collect::<Vec<_>>()
    });
    let units = book.read(|b| unit_options(b, tr!(meetings.choose_unit)));
    view! {
        <section class="card" aria-labelledby="attendance-heading">
            <div class="card-head">
                <h2 id="attendance-heading">{tr!(meetings.attendance)}</h2>
                <a class="button" href=Route::CheckIn(id).path()>{tr!(meetings.check_in)}</a>
            </div>
            {move || expected.with(Vec::is_empty).then(|| view! { <p class="help">{tr!(meetings.no_invited)}</p> })}
            <AttendanceList record=id kind=MEETING expected on_remove=remove />
            {move || (!own_units().is_empty()).then(|| view! {
                <div class="actions"><button type="button" class="button" on:click=invite_own>{tr!(meetings.invite_units)}</button></div>
            })}
            <div class="form">
                <SelectField id="meeting-invite-unit" label=Signal::derive(|| tr!(meetings.invite_unit)) value=unit options=units />
                <div class="actions"><button type="button" class="button" on:click=invite_unit>{tr!(meetings.invite_unit_button)}</button></div>
                <SelectField id="meeting-invite" label=Signal::derive(|| tr!(meetings.invite_person)) value=person options=people />
                <div class="actions"><button type="button" class="button" on:click=invite_person>{tr!(meetings.invite_button)}</button></div>
            </div>
        </section>
    }
}
