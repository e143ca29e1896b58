//! What every list of tasks says: what a task belongs to (a meeting's or an activity's name,
//! with its date and its page), and when it is due or was done, overdue in words as well as
//! colour.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::model::{Parent, Task};
use crate::ui::labels::meeting_name;
use crate::ui::language::current_lang;

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
