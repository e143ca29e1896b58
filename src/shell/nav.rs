//! Navigation: a top bar everywhere, a side list on wide screens, a bottom bar on phones.
//! Which one shows is decided by CSS (style/shell.css), so both are in the page.

use crate::ui::router::CurrentRoute;
use leptos::prelude::*;

use crate::ui::areas::Area;
use crate::ui::icons::Icon;
use crate::ui::labels::area_name;
use crate::ui::people_labels::current_term_and_semester;
use crate::ui::settings::SettingsState;

#[component]
pub fn TopBar() -> impl IntoView {
    let settings = expect_context::<SettingsState>();
    let book = expect_context::<crate::ui::book_state::BookState>();
    let context = move || {
        let chosen = settings.settings.with(|s| s.current_semester);
        book.read(|b| current_term_and_semester(b, chosen))
    };
    view! {
        <header class="top-bar">
            <a href="/" class="brand">
                <img src="/icons/icon.svg" alt="" width="28" height="28" />
                <span>{tr!(app_name)}</span>
            </a>
            // The term over the semester, a line each: joined on one line they wrapped to three
            // in English on a phone.
            <span class="top-bar-context">
                <span class="top-bar-line">{move || context().0}</span>
                <span class="top-bar-line">{move || context().1}</span>
            </span>
            <a
                href=Area::Settings.path()
                class="icon-button"
                aria-label=area_name(Area::Settings)
                aria-current=move || (current_area() == Some(Area::Settings)).then_some("page")
            >
                <Icon area=Area::Settings />
            </a>
        </header>
    }
}

#[component]
pub fn SideNav() -> impl IntoView {
    view! {
        <nav class="side-nav" aria-label=tr!(nav.main)>
            <ul>
                {Area::ALL
                    .into_iter()
                    .filter(|a| *a != Area::More)
                    .map(|area| view! { <li><NavLink area /></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn BottomBar() -> impl IntoView {
    view! {
        <nav class="bottom-bar" aria-label=tr!(nav.main)>
            <ul>
                {Area::BOTTOM_BAR.into_iter().map(|area| view! { <li><NavLink area /></li> }).collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn NavLink(area: Area) -> impl IntoView {
    view! {
        <a href=area.path() class="nav-link" aria-current=move || (current_area() == Some(area)).then_some("page")>
            <Icon area />
            <span class="nav-label">{area_name(area)}</span>
        </a>
    }
}

fn current_area() -> Option<Area> {
    expect_context::<CurrentRoute>().0.get().area()
}
