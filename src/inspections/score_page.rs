//! The corridor: a round's rooms scored one after another, one tap per fault.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

/// Being built (issue #10).
#[component]
pub fn ScorePage(id: RecordId) -> impl IntoView {
    let _ = id;
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{area_name(Area::Inspections)}</h1>
        </section>
    }
}
