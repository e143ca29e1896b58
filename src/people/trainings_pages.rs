//! Trainings: the list, a new training, and one training with its attendance list.

use leptos::prelude::*;

use super::model::members;
use super::training::{TRAINING, Training, TrainingDraft, invited_with, trainings};
use crate::attendance::marks::tally;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::attendance_list::AttendanceList;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, member_options, range_of, unit_options};
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn TrainingsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let lang = current_lang();
    let list = move || {
        let within = book.read(|b| range_of(b, semester.get()));
        book.read(|b| {
            trainings(b, within)
                .into_iter()
                .map(|t| {
                    let counts = b.get(t.id).map(|r| tally(r, &t.invited)).unwrap_or((0, 0));
                    (t.clone(), name_of(b, t.trainer), counts)
                })
                .collect::<Vec<_>>()
        })
    };
    let table = move || Table {
        headers: vec![
            tr!(training.topic),
            tr!(training.date),
            tr!(training.trainer),
            tr!(training.invited),
            tr!(training.attended),
        ],
        rows: list()
            .into_iter()
            .map(|(t, trainer, (came, _))| {
                vec![
                    t.topic,
                    t.date.map(|d| d.to_string()).unwrap_or_default(),
                    trainer,
                    t.invited.len().to_string(),
                    came.to_string(),
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(people.sections.trainings)}</h1>
            <p class="lead">{tr!(training.intro)}</p>
            <SemesterFilter selected=semester />
            <ul class="record-list">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(training.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(t, trainer, (came, _))| view! {
                        <li><a class="record-row" href=format!("/people/trainings/{}", t.id)>
                            <span class="record-title">{t.topic.clone()}</span>
                            <SampleBadge id=t.id />
                            <span class="record-meta">
                                {t.date.map(|d| lang.format_date(d)).unwrap_or_default()}
                                {(!trainer.is_empty()).then(|| format!(" · {trainer}"))}
                                " · " {tr!(training.came, came, invited = t.invited.len())}
                            </span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(training.file) table /></div>
            <TrainingForm existing=None />
        </section>
    }
}

#[component]
fn TrainingForm(existing: Option<Training>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing
        .as_ref()
        .map(TrainingDraft::from_training)
        .unwrap_or_else(|| TrainingDraft { date: today().to_string(), ..TrainingDraft::default() });
    let editing = existing.as_ref().map(|t| t.id);
    let form = open_form(book, TRAINING, editing, book.read(|b| draft.validate(b)).ok());
    let topic = RwSignal::new(draft.topic);
    let trainer = RwSignal::new(draft.trainer);
    let date = RwSignal::new(draft.date);
    let unit = RwSignal::new(draft.unit);
    let notes = RwSignal::new(draft.notes);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = TrainingDraft {
            topic: topic.get_untracked(),
            trainer: trainer.get_untracked(),
            date: date.get_untracked(),
            unit: unit.get_untracked(),
            notes: notes.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(people.saved, name = draft.topic.trim()));
            if editing.is_none() {
                navigate(&format!("/people/trainings/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let trainers = book.read(|b| member_options(b, tr!(training.no_trainer)));
    let units = book.read(|b| unit_options(b, tr!(training.all_units)));
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(training.edit) } else { tr!(training.new) }}</h2>
            <FormProblems errors />
            <TextField id="training-topic" label=Signal::derive(|| tr!(training.topic)) value=topic error=err("topic") />
            <SelectField id="training-trainer" label=Signal::derive(|| tr!(training.trainer)) value=trainer options=trainers error=err("trainer") />
            <TextField id="training-date" label=Signal::derive(|| tr!(training.date)) value=date error=err("date") input_type="date" />
            <SelectField id="training-unit" label=Signal::derive(|| tr!(training.unit)) value=unit options=units error=err("unit") />
            <TextArea id="training-notes" label=Signal::derive(|| tr!(people.member_form.notes)) value=notes error=err("notes") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=existing.as_ref().map(|t| t.topic.clone()).unwrap_or_default() back="/people/trainings" /> })}
            </div>
        </form>
    }
}

/// A training: its details, who is expected, and who came.
#[component]
pub fn TrainingPage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let training = move || {
        book.read(|b| b.get(id).filter(|r| r.kind == TRAINING && !r.is_deleted()).map(|r| Training::from_record(id, r)))
    };
    let Some(first) = training() else {
        return view! { <RecordMissing back="/people/trainings" /> }.into_any();
    };
    let expected = Signal::derive(move || training().map(|t| t.invited).unwrap_or_default());
    let add = RwSignal::new(String::new());
    let invite = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(person), Some(t)) = (RecordId::parse(&add.get_untracked()), training()) else { return };
        book.edit(|s, now| s.write(now, id, TRAINING, [invited_with(&t, person, true)]));
        add.set(String::new());
    };
    let invite_all = move |_| {
        let Some(t) = training() else { return };
        let everyone: Vec<String> =
            book.read(|b| members(b, "", &|_| String::new())).into_iter().map(|m| m.id.to_string()).collect();
        let mut list: Vec<String> = t.invited.iter().map(RecordId::to_string).collect();
        list.extend(everyone.into_iter().filter(|m| !list.contains(m)).collect::<Vec<_>>());
        book.edit(|s, now| s.write(now, id, TRAINING, [("invited".to_owned(), serde_json::json!(list))]));
    };
    let notices = crate::ui::notice::use_notices();
    // Taking someone off the list, with an undo that puts the list back as it was.
    let remove = Callback::new(move |person: RecordId| {
        let Some(t) = training() else { return };
        let before =
            ("invited".to_owned(), serde_json::json!(t.invited.iter().map(RecordId::to_string).collect::<Vec<_>>()));
        if book.edit(|s, now| s.write(now, id, TRAINING, [invited_with(&t, person, false)])) == Some(true) {
            let name = book.read(|b| crate::ui::pieces::name_of(b, Some(person)));
            let undo = crate::ui::notice::UndoAction::Write { record: id, kind: TRAINING, fields: vec![before] };
            notices.show_with_undo(tr!(training.removed, name), undo);
        }
    });
    let choices = Signal::derive(move || {
        let invited = expected.get();
        book.read(|b| member_options(b, tr!(training.choose_person)))
            .into_iter()
            .filter(|(v, _)| !invited.iter().any(|i| i.to_string() == *v))
            .collect::<Vec<_>>()
    });
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{first.topic.clone()}</h1>
            <SampleBadge id=id />
            <p><a href="/people/trainings">{tr!(training.back)}</a></p>
            <p><a class="button primary" href=crate::ui::routes::Route::CheckIn(id).path()>{tr!(door.open)}</a></p>
            <section class="card" aria-labelledby="attendance-heading">
                <h2 id="attendance-heading">{tr!(training.attendance)}</h2>
                <AttendanceList record=id kind=TRAINING expected on_remove=remove />
                <form class="form" on:submit=invite novalidate>
                    <SelectField id="training-invite" label=Signal::derive(|| tr!(training.invite)) value=add options=choices />
                    <div class="actions">
                        <button type="submit" class="button">{tr!(training.invite_button)}</button>
                        <button type="button" class="button" on:click=invite_all>{tr!(training.invite_all)}</button>
                    </div>
                </form>
            </section>
            <TrainingForm existing=Some(first) />
        </section>
    }
    .into_any()
}
