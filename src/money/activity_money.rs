//! Being built.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::page_title::PageTitle;

#[component]
pub fn ActivityMoneyPage(id: RecordId) -> impl IntoView {
    let _ = id;
    view! { <PageTitle area=Area::Money /> <section class="page"><h1>{area_name(Area::Money)}</h1></section> }
}
