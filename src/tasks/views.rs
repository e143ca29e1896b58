//! Stand-ins until the pages are built (this session's work in progress).

use leptos::prelude::*;

use crate::book::RecordId;

#[component]
pub fn ActionItemsPage() -> impl IntoView {
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

#[component]
pub fn TaskList(of: RecordId) -> impl IntoView {
    let _ = of;
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}
