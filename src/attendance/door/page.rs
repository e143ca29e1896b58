//! Stand-ins until the pages are built (this session's work in progress).

use leptos::prelude::*;

use crate::book::RecordId;

#[component]
pub fn CheckInPage(list: RecordId) -> impl IntoView {
    let _ = list;
    view! { <section class="page"><p>{tr!(not_built.body)}</p></section> }
}

