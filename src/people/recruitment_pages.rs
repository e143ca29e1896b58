//! Recruitment: the rounds, a round's board, and a candidate's way through the stages.

use leptos::prelude::*;

use super::labels::{stage_name, step_error};
use super::recruitment::{
    ApplicationDraft, CANDIDATE, Candidate, ROUND, Round, RoundDraft, Stage, Step, board, candidates, hire, rounds,
};
use super::terms::semesters;
use crate::book::{Entropy, RecordId};
use crate::browser::environment::{BrowserEntropy, today};
use crate::forms::FieldErrors;
use crate::people::pickers::{SemesterFilter, current_semester, member_options, unit_options};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::labels::semester_name;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{CsvButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form};

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
                                <span class="record-meta">{unit} " · " {tr!(recruit.counts, total, hired)}</span>
                            </a></li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <NewRound />
        </section>
    }
}

#[component]
fn NewRound() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let semester = RwSignal::new(current_semester().get_untracked().map(|s| s.to_string()).unwrap_or_default());
    let unit = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let opened = RwSignal::new(today().to_string());
    let notes = RwSignal::new(String::new());
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
        if let Some(id) = save_form(book, errors, open_form(book, ROUND, None, None), book.read(|b| draft.validate(b)))
        {
            notices.show(tr!(recruit.round_saved));
            crate::ui::router::navigate(&format!("/people/recruitment/{id}"));
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let semester_options = Signal::derive(move || {
        let mut list = vec![(String::new(), tr!(recruit.choose_semester))];
        list.extend(book.read(semesters).into_iter().map(|s| (s.id.to_string(), semester_name(s.semester))));
        list
    });
    let units = book.read(|b| unit_options(b, tr!(people.role.choose_unit)));
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{tr!(recruit.new_round)}</h2>
            <FormProblems errors />
            <TextField id="round-title" label=Signal::derive(|| tr!(recruit.title)) value=title error=err("title") />
            <SelectField id="round-semester" label=Signal::derive(|| tr!(terms.semester)) value=semester options=semester_options error=err("semester") />
            <SelectField id="round-unit" label=Signal::derive(|| tr!(people.role.unit)) value=unit options=units error=err("unit") />
            <TextField id="round-opened" label=Signal::derive(|| tr!(recruit.opened)) value=opened error=err("opened") input_type="date" />
            <TextArea id="round-notes" label=Signal::derive(|| tr!(people.member_form.notes)) value=notes error=err("notes") />
            <button type="submit" class="button primary">{tr!(recruit.add_round)}</button>
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
                let score = |s: Option<i64>| s.map(|s| s.to_string()).unwrap_or_default();
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
            <h1>{round.title.clone()}</h1>
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
                            <span class="record-meta">{stage_name(c.stage)} {(!c.class_major.is_empty()).then(|| format!(" · {}", c.class_major))}</span>
                        </a></li>
                    }).collect_view()}
                </ul>
                <div class="actions"><CsvButton name=title table /></div>
            </section>
            <NewApplication round=id />
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

/// A candidate: what is known, and the next step.
#[component]
pub fn CandidatePage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let candidate = move || {
        book.read(|b| {
            b.get(id).filter(|r| r.kind == CANDIDATE && !r.is_deleted()).map(|r| Candidate::from_record(id, r))
        })
    };
    let Some(first) = candidate() else {
        return view! { <RecordMissing back="/people/recruitment" /> }.into_any();
    };
    let lang = current_lang();
    let score = RwSignal::new(String::new());
    let interviewer = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let take = move |step: Step| {
        let Some(c) = candidate() else { return };
        let result = if let Step::Hire { on } = step {
            book.read(|b| hire(b, &c, on, &mut || BrowserEntropy.new_id()))
        } else {
            c.step(&step).map(|fields| vec![(id, CANDIDATE, fields)])
        };
        match result {
            Err(e) => problem.set(Some(step_error(e))),
            Ok(writes) => {
                book.edit(|s, now| {
                    for (id, kind, fields) in writes {
                        s.write(now, id, kind, fields);
                    }
                });
                problem.set(None);
                score.set(String::new());
                notices.show(tr!(recruit.step_done, name = c.name.clone()));
            }
        }
    };
    let typed_score = move || score.get_untracked().trim().parse::<i64>().unwrap_or(-1);
    let back = first.round.map(|r| format!("/people/recruitment/{r}")).unwrap_or_else(|| "/people/recruitment".into());
    let interviewers = book.read(|b| member_options(b, tr!(recruit.choose_interviewer)));
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{first.name.clone()}</h1>
            <p><a href=back>{tr!(recruit.back_to_round)}</a></p>
            {move || candidate().map(|c| view! {
                <dl class="facts">
                    <div><dt>{tr!(recruit.stage_label)}</dt><dd data-testid="stage">{stage_name(c.stage)}</dd></div>
                    <div><dt>{tr!(people.member_form.student_id)}</dt><dd>{c.student_id.clone()}</dd></div>
                    <div><dt>{tr!(people.member_form.class_major)}</dt><dd>{c.class_major.clone()}</dd></div>
                    <div><dt>{tr!(recruit.applied)}</dt><dd>{c.applied.map(|d| lang.format_date(d)).unwrap_or_default()}</dd></div>
                    <div><dt>{tr!(recruit.test_score)}</dt><dd>{c.test_score.map(|s| s.to_string()).unwrap_or_default()}</dd></div>
                    <div><dt>{tr!(recruit.interview_score)}</dt><dd>{c.interview_score.map(|s| s.to_string()).unwrap_or_default()}</dd></div>
                    <div><dt>{tr!(recruit.interview_notes)}</dt><dd>{c.interview_notes.clone()}</dd></div>
                    <div><dt>{tr!(recruit.reason)}</dt><dd>{c.reason.clone()}</dd></div>
                </dl>
                {c.member.map(|m| view! { <p><a href=format!("/people/members/{m}")>{tr!(recruit.see_member)}</a></p> })}
            })}
            <p class="form-problems" role="alert">{move || problem.get()}</p>
            {move || candidate().map(|c| match c.stage {
                Stage::Applied => view! {
                    <form class="form card" on:submit=move |ev| { ev.prevent_default(); take(Step::Tested { score: typed_score() }); }>
                        <h2>{tr!(recruit.step.test)}</h2>
                        <TextField id="step-score" label=Signal::derive(|| tr!(recruit.test_score)) value=score input_mode="numeric" />
                        <button type="submit" class="button primary">{tr!(recruit.step.record_test)}</button>
                    </form>
                }.into_any(),
                Stage::InitialTest => view! {
                    <form class="form card" on:submit=move |ev| { ev.prevent_default(); let by = RecordId::parse(&interviewer.get_untracked()).into_iter().collect(); take(Step::Interviewed { score: typed_score(), interviewers: by, notes: notes.get_untracked() }); }>
                        <h2>{tr!(recruit.step.interview)}</h2>
                        <TextField id="step-score" label=Signal::derive(|| tr!(recruit.interview_score)) value=score input_mode="numeric" />
                        <SelectField id="step-interviewer" label=Signal::derive(|| tr!(recruit.interviewer)) value=interviewer options=interviewers.clone() />
                        <TextArea id="step-notes" label=Signal::derive(|| tr!(recruit.interview_notes)) value=notes />
                        <button type="submit" class="button primary">{tr!(recruit.step.record_interview)}</button>
                    </form>
                }.into_any(),
                Stage::Interview => view! {
                    <div class="card"><button class="button primary" on:click=move |_| take(Step::StartProbation)>{tr!(recruit.step.start_probation)}</button></div>
                }.into_any(),
                Stage::Probation => view! {
                    <div class="card">
                        <p class="help">{tr!(recruit.step.probation_help)}</p>
                        <button class="button primary" on:click=move |_| take(Step::Hire { on: today() })>{tr!(recruit.step.hire)}</button>
                    </div>
                }.into_any(),
                Stage::Hired | Stage::NotHired => ().into_any(),
            })}
            {move || candidate().filter(|c| !c.stage.is_final()).map(|_| view! {
                <form class="form card" on:submit=move |ev| { ev.prevent_default(); take(Step::Decline { on: today(), reason: reason.get_untracked() }); }>
                    <h2>{tr!(recruit.step.decline)}</h2>
                    <TextField id="step-reason" label=Signal::derive(|| tr!(recruit.reason)) value=reason />
                    <button type="submit" class="button danger">{tr!(recruit.step.not_hired)}</button>
                </form>
            })}
        </section>
    }
    .into_any()
}
