//! `/publications`: the periodicals, a periodical with its issues, an issue with its articles.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn PublicationsPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Publications />
        <section class="page">
            <h1>{area_name(Area::Publications)}</h1>
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn PeriodicalPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! {
        <PageTitle area=Area::Publications />
        <section class="page">
            <h1>{area_name(Area::Publications)}</h1>
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn IssuePage(id: Option<RecordId>, periodical: Option<RecordId>) -> impl IntoView {
    let _ = id;
    let _ = periodical;
    view! {
        <PageTitle area=Area::Publications />
        <section class="page">
            <h1>{area_name(Area::Publications)}</h1>
        </section>
    }
}
