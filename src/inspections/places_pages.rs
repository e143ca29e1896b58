//! Buildings and their rooms: the list, a building with its rooms, a room with its residents.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn BuildingsPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{area_name(Area::Inspections)}</h1>
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn BuildingPage(id: Option<RecordId>) -> impl IntoView {
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{area_name(Area::Inspections)}</h1>
            {id.map(|building| view! { <super::trend_view::BuildingTrend building /> })}
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn RoomPage(id: RecordId) -> impl IntoView {
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{area_name(Area::Inspections)}</h1>
            <super::trend_view::RoomTrend room=id />
        </section>
    }
}
