//! `/awards`: the awards received, and an award's form.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn AwardsPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{area_name(Area::Awards)}</h1>
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn AwardPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{area_name(Area::Awards)}</h1>
        </section>
    }
}
