//! Stand-ins until the pages are built (this session's work in progress).

use leptos::prelude::*;

use crate::book::RecordId;

#[component]
pub fn StudentsPage() -> impl IntoView {
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

#[component]
pub fn StudentPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

#[component]
pub fn StudentImportPage() -> impl IntoView {
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

#[component]
pub fn StudentOfMember(member: RecordId) -> impl IntoView {
    let _ = member;
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

