//! The document's title, which screen readers announce and the task switcher shows.

use leptos::prelude::*;

use crate::ui::areas::Area;
use crate::ui::labels::area_name;
use crate::ui::language;

/// Sets the document's title to the area's name, then the app's.
#[component]
pub fn PageTitle(area: Area) -> impl IntoView {
    language::set_title(&format!("{} · {}", area_name(area), tr!(app_name)));
}
