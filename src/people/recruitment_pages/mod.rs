//! Recruitment: the rounds (a first round makes its term and semester in place), a round's
//! board and its applications. A candidate's page is in `candidate_page.rs`.

use leptos::prelude::*;

use super::recruitment::{
    ApplicationDraft, CANDIDATE, FirstSemesterDraft, ROUND, Round, RoundDraft, Stage, board, calendar_choices,
    candidates, rounds, semester_word,
};
use super::terms::{semesters, terms};
use crate::book::{Entropy, RecordId};
use crate::browser::environment::{BrowserEntropy, today};
use crate::forms::{FieldErrors, error_of};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::labels::{form_error, semester_name};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::stage_name;
use crate::ui::pickers::{SemesterFilter, current_semester, unit_options};
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form,
};
use crate::ui::sample_badge::SampleBadge;

mod candidate_page;
pub use candidate_page::CandidatePage;

#[component]
pub fn RoundsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let list = move || {
        let chosen = semester.get();
        book.read(|b| {
            rounds(b)
                .into_iter()
                .filter(|r| chosen.is_none() || r.semester == chosen)
                .map(|r| (r.clone(), name_of(b, r.unit), board(b, r.id)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(people.sections.recruitment)}</h1>
            <p class="lead">{tr!(recruit.intro)}</p>
            <SemesterFilter selected=semester />
            <ul class="record-list">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(recruit.no_rounds)}</li> }.into_any();
                    }
                    list.into_iter().map(|(round, unit, counts)| {
                        let total: usize = counts.iter().map(|(_, n)| n).sum();
                        let hired = counts.iter().find(|(s, _)| *s == Stage::Hired).map(|(_, n)| *n).unwrap_or(0);
                        view! {
                            <li><a class="record-row" href=format!("/people/recruitment/{}", round.id)>
                                <span class="record-title">{round.title.clone()}</span>
                                <SampleBadge id=round.id />
                                <span class="record-meta">{unit} " · " {tr!(recruit.counts, total, hired)}</span>
                            </a></li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <RoundForm editing=None />
        </section>
    }
}

/// A new round, or the round `editing` corrected (on its own page).
#[component]
fn RoundForm(editing: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let stored = editing.and_then(|id| book.read(|b| b.get(id).map(RoundDraft::from_record)));
    let start = stored.clone().unwrap_or_else(|| RoundDraft {
        semester: current_semester().get_untracked().map(|s| s.to_string()).unwrap_or_default(),
        opened: today().to_string(),
        ..RoundDraft::default()
    });
    let form = open_form(book, ROUND, editing, stored.and_then(|d| book.read(|b| d.validate(b)).ok()));
    let semester = RwSignal::new(start.semester);
    let unit = RwSignal::new(start.unit);
    let title = RwSignal::new(start.title);
    let opened = RwSignal::new(start.opened);
    let notes = RwSignal::new(start.notes);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = RoundDraft {
            semester: semester.get_untracked(),
            unit: unit.get_untracked(),
            title: title.get_untracked(),
            opened: opened.get_untracked(),
            notes: notes.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(recruit.round_saved));
            if editing.is_none() {
                crate::ui::router::navigate(&format!("/people/recruitment/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let no_semester = move || book.read(semesters).is_empty();
    // With no semester to choose, the error says where to make one: just below, in place.
    let semester_error = Signal::derive(move || {
        error_of(&errors.get(), "semester")
            .map(|e| if no_semester() { tr!(recruit.first_semester.needed) } else { form_error(e) })
    });
    let semester_options = Signal::derive(move || {
        let mut list = vec![(String::new(), tr!(recruit.choose_semester))];
        list.extend(book.read(semesters).into_iter().map(|s| (s.id.to_string(), semester_name(s.semester))));
        list
    });
    let units = book.read(|b| unit_options(b, tr!(people.role.choose_unit)));
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(recruit.edit_round) } else { tr!(recruit.new_round) }}</h2>
            <FormProblems errors />
            <TextField id="round-title" label=Signal::derive(|| tr!(recruit.title)) value=title error=err("title") />
            <SelectField id="round-semester" label=Signal::derive(|| tr!(terms.semester)) value=semester options=semester_options error=semester_error />
            {move || no_semester().then(|| view! { <FirstSemester chosen=semester /> })}
            <SelectField id="round-unit" label=Signal::derive(|| tr!(people.role.unit)) value=unit options=units error=err("unit") />
            <TextField id="round-opened" label=Signal::derive(|| tr!(recruit.opened)) value=opened error=err("opened") input_type="date" />
            <TextArea id="round-notes" label=Signal::derive(|| tr!(people.member_form.notes)) value=notes error=err("notes") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{if editing.is_some() { tr!(form.save) } else { tr!(recruit.add_round) }}</button>
                {editing.map(|id| {
                    let name = Signal::derive(move || book.read(|b| b.get(id).map(|r| r.text("title").to_owned())).unwrap_or_default());
                    view! { <DeleteButton id name back="/people/recruitment" /> }
                })}
            </div>
        </form>
    }
}

/// A round's board: how many are at each stage, and the candidates.
#[component]
pub fn RoundPage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(round) =
        book.read(|b| b.get(id).filter(|r| r.kind == ROUND && !r.is_deleted()).map(|r| Round::from_record(id, r)))
    else {
        return view! { <RecordMissing back="/people/recruitment" /> }.into_any();
    };
    let lang = current_lang();
    let unit = book.read(|b| name_of(b, round.unit));
    let counts = move || book.read(|b| board(b, id));
    let list = move || book.read(|b| candidates(b, id));
    let title = round.title.clone();
    let table = move || Table {
        headers: vec![
            tr!(recruit.form.name),
            tr!(people.member_form.student_id),
            tr!(people.member_form.class_major),
            tr!(recruit.stage_label),
            tr!(recruit.test_score),
            tr!(recruit.interview_score),
            tr!(recruit.reason),
        ],
        rows: list()
            .into_iter()
            .map(|c| {
                let score = |s: Option<crate::forms::Tenths>| s.map(|s| s.to_string()).unwrap_or_default();
                vec![
                    c.name,
                    c.student_id,
                    c.class_major,
                    stage_name(c.stage),
                    score(c.test_score),
                    score(c.interview_score),
                    c.reason,
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{move || book.read(|b| b.get(id).map(|r| r.text("title").to_owned())).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p class="lead">{unit} " · " {round.opened.map(|d| lang.format_date(d)).unwrap_or_default()}</p>
            <ol class="board" aria-label=tr!(recruit.board)>
                {move || counts().into_iter().map(|(stage, n)| view! {
                    <li class="board-stage" data-stage=stage.word()><span class="board-count">{n}</span><span>{stage_name(stage)}</span></li>
                }).collect_view()}
            </ol>
            <section class="card" aria-labelledby="candidates-heading">
                <h2 id="candidates-heading">{tr!(recruit.candidates)}</h2>
                <ul class="record-list">
                    {move || list().into_iter().map(|c| view! {
                        <li><a class="record-row" href=format!("/people/candidates/{}", c.id)>
                            <span class="record-title">{c.name.clone()}</span>
                            <SampleBadge id=c.id />
                            <span class="record-meta">{stage_name(c.stage)} {(!c.class_major.is_empty()).then(|| format!(" · {}", c.class_major))}</span>
                        </a></li>
                    }).collect_view()}
                </ul>
                <div class="actions"><CsvButton name=title table /></div>
            </section>
            <NewApplication round=id />
            <RoundForm editing=Some(id) />
        </section>
    }
    .into_any()
}

#[component]
fn NewApplication(round: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let name = RwSignal::new(String::new());
    let student_id = RwSignal::new(String::new());
    let class_major = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let applied = RwSignal::new(today().to_string());
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ApplicationDraft {
            name: name.get_untracked(),
            student_id: student_id.get_untracked(),
            class_major: class_major.get_untracked(),
            phone: phone.get_untracked(),
            applied: applied.get_untracked(),
        };
        if save_form(book, errors, open_form(book, CANDIDATE, None, None), draft.validate(round)).is_some() {
            notices.show(tr!(people.saved, name = draft.name.trim()));
            errors.set(Vec::new());
            for field in [name, student_id, class_major, phone] {
                field.set(String::new());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{tr!(recruit.new_application)}</h2>
            <FormProblems errors />
            <TextField id="candidate-name" label=Signal::derive(|| tr!(recruit.form.name)) value=name error=err("name") autocomplete="off" />
            <TextField id="candidate-student-id" label=Signal::derive(|| tr!(people.member_form.student_id)) value=student_id error=err("student_id") input_mode="numeric" autocomplete="off" />
            <TextField id="candidate-class" label=Signal::derive(|| tr!(people.member_form.class_major)) value=class_major error=err("class_major") autocomplete="off" />
            <TextField id="candidate-phone" label=Signal::derive(|| tr!(people.member_form.phone)) value=phone error=err("phone") input_type="tel" autocomplete="off" />
            <TextField id="candidate-applied" label=Signal::derive(|| tr!(recruit.applied)) value=applied error=err("applied") input_type="date" />
            <button type="submit" class="button primary">{tr!(recruit.add_application)}</button>
        </form>
    }
}

/// The term and semester a round needs, made inside the round's form when the book has none,
/// so what was typed there stays; the new semester becomes the round's (`chosen`). The term
/// number is asked for only when there is no term either.
#[component]
fn FirstSemester(chosen: RwSignal<String>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let choices = calendar_choices(today());
    let term_number = RwSignal::new(String::new());
    let semester = RwSignal::new(semester_word(choices[0]));
    let errors = RwSignal::new(FieldErrors::new());
    let make = move || {
        let draft = FirstSemesterDraft { term_number: term_number.get_untracked(), semester: semester.get_untracked() };
        let (term_id, semester_id) = (BrowserEntropy.new_id(), BrowserEntropy.new_id());
        match book.read(|b| draft.validate(b, today(), term_id, semester_id)) {
            Err(problems) => errors.set(problems),
            Ok(writes) => {
                // Chosen first, so the round's list of semesters shows it selected as it appears.
                let before = chosen.get_untracked();
                chosen.set(semester_id.to_string());
                let made = book.edit(|s, now| {
                    for (id, kind, fields) in writes {
                        s.write(now, id, kind, fields);
                    }
                });
                if made.is_some() {
                    notices.show(tr!(recruit.first_semester.made));
                } else {
                    chosen.set(before);
                }
            }
        }
    };
    let on_enter = move |ev: leptos::ev::KeyboardEvent| {
        // Enter here makes the semester; it must not submit the round's form around it.
        if ev.key() == "Enter" {
            ev.prevent_default();
            make();
        }
    };
    let options: Vec<(String, String)> = choices.iter().map(|s| (semester_word(*s), semester_name(*s))).collect();
    let needs_term = move || book.read(terms).is_empty();
    view! {
        <fieldset class="in-place" on:keydown=on_enter>
            <legend>{tr!(recruit.first_semester.title)}</legend>
            <p class="help">{tr!(recruit.first_semester.help)}</p>
            {move || needs_term().then(|| view! {
                <TextField id="first-term-number" label=Signal::derive(|| tr!(terms.number)) value=term_number error=field_error(errors, "term_number") input_mode="numeric" />
            })}
            <SelectField id="first-semester" label=Signal::derive(|| tr!(recruit.first_semester.semester)) value=semester options error=field_error(errors, "semester") />
            <button type="button" class="button" on:click=move |_| make()>{tr!(recruit.first_semester.make)}</button>
        </fieldset>
    }
}
