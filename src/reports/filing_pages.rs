//! The filing register: documents filed by the units, searchable.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn FilingPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Reports />
        <section class="page">
            <h1>{area_name(Area::Reports)}</h1>
        </section>
    }
}

/// Being built (issue #10).
#[component]
pub fn FiledDocumentPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! {
        <PageTitle area=Area::Reports />
        <section class="page">
            <h1>{area_name(Area::Reports)}</h1>
        </section>
    }
}
