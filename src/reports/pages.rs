//! `/reports`: the units' reports, who is late for which period, and a report's form.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn ReportsPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Reports />
        <section class="page">
            <h1>{area_name(Area::Reports)}</h1>
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn ReportPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! {
        <PageTitle area=Area::Reports />
        <section class="page">
            <h1>{area_name(Area::Reports)}</h1>
        </section>
    }
}
