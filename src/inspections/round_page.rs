//! An inspection round: its date, rooms, rubric and inspectors, and its results.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn InspectionRoundPage(id: Option<RecordId>) -> impl IntoView {
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{area_name(Area::Inspections)}</h1>
            {id.map(|id| view! { <super::results_view::RoundResults id /> })}
        </section>
    }
}
