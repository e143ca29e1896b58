//! The words and the badge the Publications pages show for an issue and its status.

use leptos::prelude::*;

use super::issues::{Issue, IssueStatus};

/// "计划中", "Planned".
pub fn status_name(status: IssueStatus) -> String {
    match status {
        IssueStatus::Planned => tr!(publications.status.planned),
        IssueStatus::Editing => tr!(publications.status.editing),
        IssueStatus::Published => tr!(publications.status.published),
    }
}

/// "No. 3", "第3期".
pub fn issue_name(issue: &Issue) -> String {
    tr!(publications.issue_name, number = issue.number.clone())
}

#[component]
pub fn StatusBadge(status: IssueStatus) -> impl IntoView {
    view! { <span class="badge issue-status" data-status=status.word()>{status_name(status)}</span> }
}
