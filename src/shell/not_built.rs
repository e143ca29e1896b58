use leptos::prelude::*;

use crate::i18n::*;
use crate::shell::app::PageTitle;
use crate::shell::areas::Area;
use crate::shell::labels::{area_description, area_name};

/// The page of an area that is not built yet: it says so, and what the area will keep.
#[component]
pub fn NotBuilt(area: Area) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle area />
        <section class="page">
            <h1>{move || area_name(i18n, area)}</h1>
            <div class="card not-built">
                <p><span class="badge">{t!(i18n, not_built.badge)}</span></p>
                <p>{t!(i18n, not_built.body)}</p>
                <p class="lead">{move || area_description(i18n, area)}</p>
                <p>{t!(i18n, not_built.meanwhile)}</p>
            </div>
        </section>
    }
}
