//! Stand-ins until the pages are built (this session's work in progress).

use leptos::prelude::*;

use crate::book::RecordId;

#[component]
pub fn MeetingsPage() -> impl IntoView {
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

#[component]
pub fn MeetingPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

