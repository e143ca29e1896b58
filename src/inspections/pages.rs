//! `/inspections`: the rounds, the latest ranking, the trends.

use leptos::prelude::*;

use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn InspectionsPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{area_name(Area::Inspections)}</h1>
        </section>
    }
}
