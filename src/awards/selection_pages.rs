//! Selections: nominees, judges' scores or votes, the tally and the winners.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn SelectionsPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{area_name(Area::Awards)}</h1>
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn SelectionPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{area_name(Area::Awards)}</h1>
        </section>
    }
}
