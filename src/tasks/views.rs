//! The tasks of one activity or meeting: tick done (with an undo), add, correct, delete.

use leptos::prelude::*;

use crate::ui::quick_member::QuickMember;

use super::model::{TASK, Task, TaskDraft, tasks_of, tick};
use super::words::TaskWhen;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextField};
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pickers::member_options;
use crate::ui::pieces::{Correcting, FormProblems, RemoveButton, field_error, name_of, save_form};
use crate::ui::sample_badge::SampleBadge;

/// Ticks a task done or open again; the notice offers to write back what it was.
pub fn use_tick() -> impl Fn(Task, bool) + Copy {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    move |task: Task, done: bool| {
        let change = tick(&task, done, today());
        if book.edit(|s, now| s.write(now, task.id, TASK, change.write)) == Some(true) {
            let title = task.title.clone();
            let text = if done { tr!(tasks.ticked, title) } else { tr!(tasks.reopened, title) };
            notices.show_with_undo(text, UndoAction::Write { record: task.id, kind: TASK, fields: change.undo });
        }
    }
}

/// A checkbox named by the task's title: ticking it marks the task done.
#[component]
pub fn TaskCheck(task: Task) -> impl IntoView {
    let toggle = use_tick();
    let id = format!("task-done-{}", task.id);
    let done = task.done;
    let title = task.title.clone();
    view! {
        <span class="field checkbox task-check">
            <input type="checkbox" id=id.clone() prop:checked=done on:change=move |_| toggle(task.clone(), !done) />
            <label for=id class="record-title">{title}</label>
        </span>
    }
}

/// The checklist of an activity, or the action items of a meeting (`of`).
#[component]
pub fn TaskList(of: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let correcting = Correcting::new();
    let today = today();
    let is_meeting = book.read(|b| b.get(of).is_some_and(|r| r.kind == crate::meetings::model::MEETING));
    let heading = if is_meeting { tr!(tasks.action_items) } else { tr!(tasks.checklist) };
    let list = move || {
        book.read(|b| tasks_of(b, of, &collate).into_iter().map(|t| (name_of(b, t.owner), t)).collect::<Vec<_>>())
    };
    view! {
        <section class="card" aria-labelledby="tasks-heading" data-testid="task-list">
            <h2 id="tasks-heading">{heading}</h2>
            <ul class="record-list">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(tasks.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(owner, t)| {
                        let id = t.id;
                        let title = t.title.clone();
                        view! {
                            <li class="record-row task-row" data-done=t.done.then_some("true")>
                                <TaskCheck task=t.clone() />
                                <SampleBadge id=id />
                                <span class="record-meta">
                                    {(!owner.is_empty()).then(|| format!("{owner} · "))}
                                    <TaskWhen task=t.clone() today />
                                </span>
                                <button type="button" class="button" aria-label=tr!(tasks.edit_named, title = title.clone())
                                    on:click=move |_| correcting.editing.set(Some(id))>{tr!(form.edit)}</button>
                                <RemoveButton id name=title />
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <TaskForm of correcting />
        </section>
    }
}

/// Adds a task to `of`, or corrects the one its Edit button chose.
#[component]
fn TaskForm(of: RecordId, correcting: Correcting) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let title = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    // Notes are kept as stored: the short form has no field for them.
    let notes = StoredValue::new(String::new());
    let show = move |d: TaskDraft| {
        title.set(d.title);
        owner.set(d.owner);
        due.set(d.due);
        notes.set_value(d.notes);
        errors.set(FieldErrors::new());
    };
    Effect::new(move |_| {
        let Some(id) = correcting.editing.get() else { return };
        let Some(task) = book.read_session(|s| s.book().get(id).map(|r| Task::from_record(id, r))) else { return };
        let draft = TaskDraft::from_task(&task);
        let shown = book.read_session(|s| draft.validate(s.book(), of).ok());
        show(draft);
        correcting.opened_as(book, TASK, id, shown, "task-title");
    });
    let done = move || {
        correcting.close();
        show(TaskDraft::default());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = TaskDraft {
            title: title.get_untracked(),
            owner: owner.get_untracked(),
            due: due.get_untracked(),
            notes: notes.get_value(),
        };
        let checked = book.read(|b| draft.validate(b, of));
        if save_form(book, errors, correcting.form(book, TASK), checked).is_some() {
            notices.show(tr!(people.saved, name = draft.title.trim()));
            done();
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    // Tracks the owner so that an Edit's owner is the one shown selected.
    let owners = Signal::derive(move || {
        owner.track();
        book.read(|b| member_options(b, tr!(tasks.no_owner)))
    });
    let is_open = move || correcting.is_open();
    view! {
        <form class="form" on:submit=save novalidate>
            <h3>{move || if is_open() { tr!(tasks.edit) } else { tr!(tasks.new) }}</h3>
            <FormProblems errors />
            <TextField id="task-title" label=Signal::derive(|| tr!(tasks.title)) value=title error=err("title") />
            <SelectField id="task-owner" label=Signal::derive(|| tr!(tasks.owner)) value=owner options=owners error=err("owner") />
            <QuickMember id="task-new-owner" chosen=owner />
            <TextField id="task-due" label=Signal::derive(|| tr!(tasks.due)) value=due error=err("due") input_type="date" />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{move || if is_open() { tr!(form.save) } else { tr!(tasks.add) }}</button>
                {move || is_open().then(|| view! { <button type="button" class="button" on:click=move |_| done()>{tr!(form.cancel)}</button> })}
            </div>
        </form>
    }
}
