//! `/meetings/new` and `/meetings/:id`: a meeting's details, agenda, minutes and decisions (a
//! save writes only what was changed), who came, and its action items.

use leptos::prelude::*;

use super::attendance::MeetingAttendance;
use super::model::{MEETING, MEETING_KINDS, Meeting, MeetingDraft, meeting};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::labels::{meeting_kind_name, meeting_name};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{member_options, unit_options};
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// `/meetings/new` and `/meetings/:id`. `action_items`: its tasks (the Tasks area's part, put
/// here by the shell).
#[component]
pub fn MeetingPage(id: Option<RecordId>, #[prop(optional, into)] action_items: ViewFn) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| book.read(|b| meeting(b, id)));
    let back = Route::Meetings.path();
    view! {
        <PageTitle area=Area::Meetings />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back="/meetings" /> }.into_any(),
            (_, None) => view! {
                <section class="page">
                    <h1>{tr!(meetings.new_title)}</h1>
                    <p><a href=back>{tr!(meetings.back)}</a></p>
                    <MeetingForm existing=None />
                </section>
            }.into_any(),
            (_, Some(first)) => {
                let id = first.id;
                let lang = current_lang();
                let now = move || book.read(|b| meeting(b, id));
                let heading = move || now().map(|m| meeting_name(&m.title, &m.kind)).unwrap_or_default();
                let when = move || {
                    now().map(|m| {
                        let mut parts: Vec<String> = m.date.map(|d| lang.format_date(d)).into_iter().collect();
                        parts.extend([m.starts_at, m.venue].into_iter().filter(|s| !s.is_empty()));
                        parts.join(" · ")
                    })
                };
                view! {
                    <section class="page">
                        <h1>{heading}</h1>
                        <SampleBadge id=id />
                        <p class="lead">{when}</p>
                        <p><a href=back>{tr!(meetings.back)}</a></p>
                        <MeetingForm existing=Some(first) />
                        <MeetingAttendance id />
                        {action_items.run()}
                    </section>
                }
                .into_any()
            }
        }}
    }
}

#[component]
fn MeetingForm(existing: Option<Meeting>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing
        .as_ref()
        .map(MeetingDraft::from_meeting)
        .unwrap_or_else(|| MeetingDraft { date: today().to_string(), ..MeetingDraft::default() });
    let editing = existing.as_ref().map(|m| m.id);
    let form = open_form(book, MEETING, editing, book.read(|b| draft.validate(b)).ok());
    let title = RwSignal::new(draft.title);
    let kind = RwSignal::new(draft.kind);
    let date = RwSignal::new(draft.date);
    let starts_at = RwSignal::new(draft.starts_at);
    let venue = RwSignal::new(draft.venue);
    let units = RwSignal::new(draft.units);
    let chair = RwSignal::new(draft.chair);
    let minute_taker = RwSignal::new(draft.minute_taker);
    let agenda = RwSignal::new(draft.agenda);
    let minutes = RwSignal::new(draft.minutes);
    let decisions = RwSignal::new(draft.decisions);
    let errors = RwSignal::new(FieldErrors::new());
    let typed = move || MeetingDraft {
        title: title.get_untracked(),
        kind: kind.get_untracked(),
        date: date.get_untracked(),
        starts_at: starts_at.get_untracked(),
        venue: venue.get_untracked(),
        units: units.get_untracked(),
        chair: chair.get_untracked(),
        minute_taker: minute_taker.get_untracked(),
        agenda: agenda.get_untracked(),
        minutes: minutes.get_untracked(),
        decisions: decisions.get_untracked(),
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = typed();
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(people.saved, name = meeting_name(draft.title.trim(), &draft.kind)));
            if editing.is_none() {
                navigate(&Route::Meeting(id).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let kinds = {
        let mut list = vec![(String::new(), tr!(meetings.choose_kind))];
        list.extend(MEETING_KINDS.iter().map(|k| (k.to_string(), meeting_kind_name(k))));
        list
    };
    let people = book.read(|b| member_options(b, tr!(meetings.no_one)));
    let name = Signal::derive(move || {
        editing
            .and_then(|id| book.read(|b| meeting(b, id)))
            .map(|m| meeting_name(&m.title, &m.kind))
            .unwrap_or_default()
    });
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{tr!(meetings.details)}</h2>
            <FormProblems errors />
            <SelectField id="meeting-kind" label=label(|| tr!(meetings.kind)) value=kind options=kinds error=err("meeting_kind") />
            <TextField id="meeting-title" label=label(|| tr!(meetings.name)) value=title error=err("title") />
            <TextField id="meeting-date" label=label(|| tr!(meetings.date)) value=date error=err("date") input_type="date" />
            <TextField id="meeting-starts-at" label=label(|| tr!(meetings.starts_at)) value=starts_at error=err("starts_at") input_type="time" />
            <TextField id="meeting-venue" label=label(|| tr!(meetings.venue)) value=venue error=err("venue") />
            <UnitChoices value=units error=err("units") />
            <SelectField id="meeting-chair" label=label(|| tr!(meetings.chair)) value=chair options=people.clone() error=err("chair") />
            <SelectField id="meeting-minute-taker" label=label(|| tr!(meetings.minute_taker)) value=minute_taker options=people error=err("minute_taker") />
            <TextArea id="meeting-agenda" label=label(|| tr!(meetings.agenda)) value=agenda error=err("agenda") />
            <TextArea id="meeting-minutes" label=label(|| tr!(meetings.minutes)) value=minutes error=err("minutes") />
            <TextArea id="meeting-decisions" label=label(|| tr!(meetings.decisions)) value=decisions error=err("decisions") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=name back="/meetings" /> })}
            </div>
        </form>
    }
}

/// The units a meeting is of, one checkbox each; the ids chosen are in `value`.
#[component]
fn UnitChoices(value: RwSignal<Vec<String>>, error: Signal<Option<String>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let units: Vec<(String, String)> = book.read(|b| unit_options(b, String::new())).into_iter().skip(1).collect();
    view! {
        <fieldset class="unit-choices" aria-describedby=move || error.with(Option::is_some).then_some("meeting-units-error")>
            <legend>{tr!(meetings.units)}</legend>
            {units.into_iter().map(|(id, name)| {
                let field = format!("meeting-unit-{id}");
                let chosen = { let id = id.clone(); move || value.with(|v| v.contains(&id)) };
                let toggle = move |_| value.update(|v| {
                    if let Some(at) = v.iter().position(|u| *u == id) { v.remove(at); } else { v.push(id.clone()); }
                });
                view! {
                    <div class="field checkbox">
                        <input type="checkbox" id=field.clone() prop:checked=chosen on:change=toggle />
                        <label for=field>{name}</label>
                    </div>
                }
            }).collect_view()}
            <p class="field-error" id="meeting-units-error">{move || error.get()}</p>
        </fieldset>
    }
}
