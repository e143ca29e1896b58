use leptos::prelude::*;

use crate::ui::areas::Area;
use crate::ui::labels::{area_description, area_name};
use crate::ui::page_title::PageTitle;

/// The page of an area that is not built yet: it says so, and what the area will keep.
#[component]
pub fn NotBuilt(area: Area) -> impl IntoView {
    view! {
        <PageTitle area />
        <section class="page">
            <h1>{area_name(area)}</h1>
            <div class="card not-built">
                <p><span class="badge">{tr!(not_built.badge)}</span></p>
                <p>{tr!(not_built.body)}</p>
                <p class="lead">{area_description(area)}</p>
                <p>{tr!(not_built.meanwhile)}</p>
            </div>
        </section>
    }
}
