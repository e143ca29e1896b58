//! A candidate: what is known, the next step, a step back, and correcting the details. Every
//! step's notice offers Undo; "move back" corrects a stage after the notice is gone.

use leptos::prelude::*;

use crate::book::{Entropy, RecordId};
use crate::browser::environment::{BrowserEntropy, today};
use crate::forms::FieldErrors;
use crate::people::recruitment::{
    CANDIDATE, Candidate, CandidateDraft, Stage, Step, StepError, TakeBack, decline_step, interview_step, step_writes,
    take_back, test_step,
};
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::{Notices, UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::{stage_name, step_error};
use crate::ui::pickers::member_options;
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form};
use crate::ui::sample_badge::SampleBadge;

fn read_candidate(book: BookState, id: RecordId) -> Option<Candidate> {
    book.read(|b| b.get(id).filter(|r| r.kind == CANDIDATE && !r.is_deleted()).map(|r| Candidate::from_record(id, r)))
}

#[component]
pub fn CandidatePage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let candidate = move || read_candidate(book, id);
    let Some(first) = candidate() else {
        return view! { <RecordMissing back="/people/recruitment" /> }.into_any();
    };
    let lang = current_lang();
    let back = first.round.map(|r| format!("/people/recruitment/{r}")).unwrap_or_else(|| "/people/recruitment".into());
    let editing = RwSignal::new(false);
    let delete_back = back.clone();
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{move || candidate().map(|c| c.name).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p><a href=back>{tr!(recruit.back_to_round)}</a></p>
            {move || candidate().map(|c| {
                let score = |s: Option<crate::forms::Tenths>| s.map(|s| s.to_string()).unwrap_or_default();
                let interviewers = book.read(|b| c.interviewers.iter().map(|m| name_of(b, Some(*m))).collect::<Vec<_>>().join(", "));
                view! {
                    <dl class="facts">
                        <div><dt>{tr!(recruit.stage_label)}</dt><dd data-testid="stage">{stage_name(c.stage)}</dd></div>
                        <div><dt>{tr!(people.member_form.student_id)}</dt><dd>{c.student_id.clone()}</dd></div>
                        <div><dt>{tr!(people.member_form.class_major)}</dt><dd data-testid="class-major">{c.class_major.clone()}</dd></div>
                        <div><dt>{tr!(people.member_form.phone)}</dt><dd>{c.phone.clone()}</dd></div>
                        <div><dt>{tr!(recruit.applied)}</dt><dd>{c.applied.map(|d| lang.format_date(d)).unwrap_or_default()}</dd></div>
                        <div><dt>{tr!(recruit.test_score)}</dt><dd data-testid="test-score">{score(c.test_score)}</dd></div>
                        <div><dt>{tr!(recruit.interview_score)}</dt><dd data-testid="interview-score">{score(c.interview_score)}</dd></div>
                        <div><dt>{tr!(recruit.interviewer)}</dt><dd>{interviewers}</dd></div>
                        <div><dt>{tr!(recruit.interview_notes)}</dt><dd>{c.interview_notes.clone()}</dd></div>
                        <div><dt>{tr!(recruit.decided)}</dt><dd>{c.decided.map(|d| lang.format_date(d)).unwrap_or_default()}</dd></div>
                        <div><dt>{tr!(recruit.reason)}</dt><dd>{c.reason.clone()}</dd></div>
                    </dl>
                    {c.member.map(|m| view! { <p><a href=format!("/people/members/{m}")>{tr!(recruit.see_member)}</a></p> })}
                }
            })}
            // Drawn again only when editing starts or ends: a save elsewhere must not reset the
            // form (it shows such changes on their fields) nor the step being typed.
            {move || match (editing.get(), untrack(candidate)) {
                (true, Some(c)) => view! { <CandidateForm candidate=c editing back=delete_back.clone() /> }.into_any(),
                _ => view! {
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| editing.set(true)>{tr!(recruit.edit.open)}</button>
                    </div>
                    <Steps id />
                }
                .into_any(),
            }}
        </section>
    }
    .into_any()
}

/// Takes a step and says so in a notice whose Undo takes it back: the fields it changed written
/// back, and what it made (a hire's member and role) deleted again.
fn take_step(book: BookState, notices: Notices, c: &Candidate, step: &Step) -> Result<(), StepError> {
    let (writes, undo) = book.read(|b| {
        let writes = step_writes(b, c, step, &mut || BrowserEntropy.new_id())?;
        let undo = take_back(b, &writes);
        Ok::<_, StepError>((writes, undo))
    })?;
    let done = book.edit(|s, now| {
        for (id, kind, fields) in writes {
            s.write(now, id, kind, fields);
        }
    });
    let Some(()) = done else { return Ok(()) };
    let now = read_candidate(book, c.id).map(|c| c.stage).unwrap_or(c.stage);
    let name = c.name.clone();
    let text = match step {
        Step::Hire { .. } => tr!(recruit.hired_notice, name),
        Step::MoveBack => tr!(recruit.moved_back, name, stage = stage_name(now)),
        _ => tr!(recruit.moved_to, name, stage = stage_name(now)),
    };
    notices.show_with_undo(text, undo_action(undo));
    Ok(())
}

fn undo_action(back: TakeBack) -> UndoAction {
    let mut all: Vec<UndoAction> = back.delete.into_iter().map(UndoAction::Delete).collect();
    all.extend(back.write_back.into_iter().map(|(record, kind, fields)| UndoAction::Write { record, kind, fields }));
    if all.len() == 1 { all.remove(0) } else { UndoAction::All(all) }
}

/// The next step from the candidate's stage, not hiring them, and moving back a stage.
#[component]
fn Steps(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let candidate = move || read_candidate(book, id);
    let score = RwSignal::new(String::new());
    let interviewer = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let problem = RwSignal::new(None::<String>);
    let take = move |step: Result<Step, FieldErrors>| {
        let step = match step {
            Err(e) => return errors.set(e),
            Ok(step) => step,
        };
        let Some(c) = candidate() else { return };
        match take_step(book, notices, &c, &step) {
            Err(e) => problem.set(Some(step_error(e))),
            Ok(()) => {
                errors.set(Vec::new());
                problem.set(None);
                score.set(String::new());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let interviewers = book.read(|b| member_options(b, tr!(recruit.choose_interviewer)));
    view! {
        <p class="form-problems" role="alert">{move || problem.get()}</p>
        {move || candidate().map(|c| match c.stage {
            Stage::Applied => view! {
                <form class="form card" novalidate on:submit=move |ev| { ev.prevent_default(); take(test_step(&score.get_untracked())); }>
                    <h2>{tr!(recruit.step.test)}</h2>
                    <TextField id="step-score" label=Signal::derive(|| tr!(recruit.test_score)) value=score error=err("test_score") input_mode="decimal" />
                    <button type="submit" class="button primary">{tr!(recruit.step.record_test)}</button>
                </form>
            }.into_any(),
            Stage::InitialTest => view! {
                <form class="form card" novalidate on:submit=move |ev| {
                    ev.prevent_default();
                    take(interview_step(&score.get_untracked(), RecordId::parse(&interviewer.get_untracked()), &notes.get_untracked()));
                }>
                    <h2>{tr!(recruit.step.interview)}</h2>
                    <TextField id="step-score" label=Signal::derive(|| tr!(recruit.interview_score)) value=score error=err("interview_score") input_mode="decimal" />
                    <SelectField id="step-interviewer" label=Signal::derive(|| tr!(recruit.interviewer)) value=interviewer options=interviewers.clone() />
                    <TextArea id="step-notes" label=Signal::derive(|| tr!(recruit.interview_notes)) value=notes error=err("interview_notes") />
                    <button type="submit" class="button primary">{tr!(recruit.step.record_interview)}</button>
                </form>
            }.into_any(),
            Stage::Interview => view! {
                <div class="card"><button class="button primary" on:click=move |_| take(Ok(Step::StartProbation))>{tr!(recruit.step.start_probation)}</button></div>
            }.into_any(),
            Stage::Probation => view! {
                <div class="card">
                    <p class="help">{tr!(recruit.step.probation_help)}</p>
                    <button class="button primary" on:click=move |_| take(Ok(Step::Hire { on: today() }))>{tr!(recruit.step.hire)}</button>
                </div>
            }.into_any(),
            Stage::Hired | Stage::NotHired => ().into_any(),
        })}
        {move || candidate().filter(|c| !c.stage.is_final()).map(|_| view! {
            <form class="form card" novalidate on:submit=move |ev| { ev.prevent_default(); take(decline_step(today(), &reason.get_untracked())); }>
                <h2>{tr!(recruit.step.decline)}</h2>
                <TextField id="step-reason" label=Signal::derive(|| tr!(recruit.reason)) value=reason error=err("reason") />
                <button type="submit" class="button danger">{tr!(recruit.step.not_hired)}</button>
            </form>
        })}
        {move || candidate().and_then(|c| c.stage_before()).map(|before| view! {
            <div class="card">
                <p class="help">{tr!(recruit.move_back_help)}</p>
                <button type="button" class="button" on:click=move |_| take(Ok(Step::MoveBack))>
                    {tr!(recruit.move_back, stage = stage_name(before))}
                </button>
            </div>
        })}
    }
}

/// Correcting a candidate's details; saving writes only the fields changed here.
#[component]
fn CandidateForm(candidate: Candidate, editing: RwSignal<bool>, back: String) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = CandidateDraft::from_candidate(&candidate);
    let form = open_form(book, CANDIDATE, Some(candidate.id), book.read(|b| draft.validate(b)).ok());
    let name = RwSignal::new(draft.name);
    let student_id = RwSignal::new(draft.student_id);
    let class_major = RwSignal::new(draft.class_major);
    let phone = RwSignal::new(draft.phone);
    let applied = RwSignal::new(draft.applied);
    let test_score = RwSignal::new(draft.test_score);
    let interview_score = RwSignal::new(draft.interview_score);
    let interviewer = RwSignal::new(draft.interviewer);
    let interview_notes = RwSignal::new(draft.interview_notes);
    let decided = RwSignal::new(draft.decided);
    let reason = RwSignal::new(draft.reason);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = CandidateDraft {
            name: name.get_untracked(),
            student_id: student_id.get_untracked(),
            class_major: class_major.get_untracked(),
            phone: phone.get_untracked(),
            applied: applied.get_untracked(),
            test_score: test_score.get_untracked(),
            interview_score: interview_score.get_untracked(),
            interviewer: interviewer.get_untracked(),
            interview_notes: interview_notes.get_untracked(),
            decided: decided.get_untracked(),
            reason: reason.get_untracked(),
        };
        if save_form(book, errors, form, book.read(|b| draft.validate(b))).is_some() {
            notices.show(tr!(people.saved, name = draft.name.trim()));
            editing.set(false);
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let interviewers = book.read(|b| member_options(b, tr!(recruit.choose_interviewer)));
    view! {
        <form class="form card" on:submit=save novalidate aria-labelledby="candidate-edit-heading">
            <h2 id="candidate-edit-heading">{tr!(recruit.edit.title)}</h2>
            <FormProblems errors />
            <TextField id="edit-name" label=label(|| tr!(recruit.form.name)) value=name error=err("name") autocomplete="off" required=true />
            <TextField id="edit-student-id" label=label(|| tr!(people.member_form.student_id)) value=student_id error=err("student_id") input_mode="numeric" autocomplete="off" />
            <TextField id="edit-class" label=label(|| tr!(people.member_form.class_major)) value=class_major error=err("class_major") autocomplete="off" />
            <TextField id="edit-phone" label=label(|| tr!(people.member_form.phone)) value=phone error=err("phone") input_type="tel" autocomplete="off" />
            <TextField id="edit-applied" label=label(|| tr!(recruit.applied)) value=applied error=err("applied") input_type="date" />
            <TextField id="edit-test-score" label=label(|| tr!(recruit.test_score)) value=test_score error=err("test_score") input_mode="decimal" />
            <TextField id="edit-interview-score" label=label(|| tr!(recruit.interview_score)) value=interview_score error=err("interview_score") input_mode="decimal" />
            <SelectField id="edit-interviewer" label=label(|| tr!(recruit.interviewer)) value=interviewer options=interviewers error=err("interviewers") />
            <TextArea id="edit-interview-notes" label=label(|| tr!(recruit.interview_notes)) value=interview_notes error=err("interview_notes") />
            <TextField id="edit-decided" label=label(|| tr!(recruit.decided)) value=decided error=err("decided") input_type="date" />
            <TextField id="edit-reason" label=label(|| tr!(recruit.reason)) value=reason error=err("reason") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                <button type="button" class="button" on:click=move |_| editing.set(false)>{tr!(form.cancel)}</button>
                <DeleteButton id=candidate.id name=candidate.name.clone() back />
            </div>
        </form>
    }
}
