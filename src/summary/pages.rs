use leptos::prelude::*;

use crate::ui::routes::Route;

/// The Summary area's pages, by route.
#[component]
pub fn SummaryPages(route: Route) -> impl IntoView {
    let _ = route;
    view! { <section class="page"><h1>"…"</h1></section> }
}
