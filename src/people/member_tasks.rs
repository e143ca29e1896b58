//! A member's own open tasks and action items, on their page (from `crate::tasks::model`).
//! Stand-in until built (this session's work in progress).

use leptos::prelude::*;

use crate::book::RecordId;

#[component]
pub fn MemberTasks(member: RecordId) -> impl IntoView {
    let _ = member;
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}
