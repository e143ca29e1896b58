//! A member's own open tasks and action items, on their page (from `crate::tasks::model`), and
//! the words every list of tasks shares: what a task belongs to, when it is due, overdue. They
//! live here, below the Meetings and Activities areas, because People must not import those.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::book::RecordId;
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::tasks::model::{Parent, Task, open_tasks_of};
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;

/// A meeting's kind in words.
pub fn meeting_kind_name(kind: &str) -> String {
    match kind {
        "departmental" => tr!(meetings.kinds.departmental),
        "plenary" => tr!(meetings.kinds.plenary),
        "communication" => tr!(meetings.kinds.communication),
        "other" => tr!(meetings.kinds.other),
        _ => tr!(meetings.kinds.meeting),
    }
}

/// A meeting's name: its title, else its kind (a departmental meeting needs no title).
pub fn meeting_name(title: &str, kind: &str) -> String {
    if title.trim().is_empty() { meeting_kind_name(kind) } else { title.to_owned() }
}

/// What a task belongs to: the meeting's or the activity's name.
pub fn parent_title(parent: &Parent) -> String {
    if parent.kind == "meeting" { meeting_name(&parent.title, &parent.meeting_kind) } else { parent.title.clone() }
}

/// What a task belongs to, with its date: "部门例会 · 2026年10月14日".
pub fn parent_name(parent: &Parent) -> String {
    let name = parent_title(parent);
    match parent.date {
        Some(d) => format!("{name} · {}", current_lang().format_date(d)),
        None => name,
    }
}

/// Where a task's parent is shown.
pub fn parent_path(parent: &Parent) -> String {
    if parent.kind == "meeting" { format!("/meetings/{}", parent.id) } else { format!("/activities/{}", parent.id) }
}

/// When a task is due or was done, and "Overdue" in words as well as colour when it is.
#[component]
pub fn TaskWhen(task: Task, today: NaiveDate) -> impl IntoView {
    let lang = current_lang();
    let when = match (task.done, task.done_on, task.due) {
        (true, Some(d), _) => tr!(tasks.done_on, date = lang.format_date(d)),
        (true, None, _) => tr!(tasks.done),
        (false, _, Some(d)) => tr!(tasks.due_on, date = lang.format_date(d)),
        (false, _, None) => tr!(tasks.no_due),
    };
    view! {
        <span>{when}</span>
        {task.is_overdue(today).then(|| view! { <span class="badge overdue">{tr!(tasks.overdue)}</span> })}
    }
}

#[component]
pub fn MemberTasks(member: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let today = today();
    let list = move || {
        book.read(|b| {
            open_tasks_of(b, member, &collate)
                .into_iter()
                .map(|t| {
                    let parent = t.of.and_then(|of| Parent::of(b, of));
                    (t, parent)
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let list = list();
        if list.is_empty() {
            return view! { <p class="help" data-testid="member-tasks">{tr!(tasks.none_open)}</p> }.into_any();
        }
        view! {
            <section class="card" aria-labelledby="member-tasks-heading" data-testid="member-tasks">
                <h2 id="member-tasks-heading">{tr!(tasks.member_heading)}</h2>
                <ul class="record-list">
                    {list.into_iter().map(|(t, parent)| view! {
                        <li class="record-row" data-overdue=t.is_overdue(today).then_some("true")>
                            <span class="record-title">{t.title.clone()}</span>
                            <span class="record-meta">
                                <TaskWhen task=t.clone() today />
                                {parent.map(|p| view! { " · " <a href=parent_path(&p)>{parent_name(&p)}</a> })}
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    }
}
