//! Being built.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

#[component]
pub fn SponsorshipsPage() -> impl IntoView {
    
    view! { <PageTitle area=Area::Money /> <section class="page"><h1>{area_name(Area::Money)}</h1></section> }
}
#[component]
pub fn SponsorshipPage(id: Option<RecordId>) -> impl IntoView {
    let _ = id;
    view! { <PageTitle area=Area::Money /> <section class="page"><h1>{area_name(Area::Money)}</h1></section> }
}
