//! Navigation: a top bar everywhere, a side list on wide screens, a bottom bar on phones.
//! Which one shows is decided by CSS (style/shell.css), so both are in the page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::calendar::Semester;
use crate::i18n::*;
use crate::shell::areas::Area;
use crate::shell::icons::Icon;
use crate::shell::labels::{area_name, semester_name, term_name};
use crate::shell::settings::SettingsState;

#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    let settings = expect_context::<SettingsState>();
    let context = move || {
        let s = settings.settings.get();
        let parts: Vec<String> = s
            .term
            .map(|t| term_name(i18n, t))
            .into_iter()
            .chain(s.semester.map(|sem: Semester| semester_name(i18n, sem)))
            .collect();
        parts.join(" · ")
    };
    view! {
        <header class="top-bar">
            <A href="/" attr:class="brand">
                <img src="/icons/icon.svg" alt="" width="28" height="28" />
                <span>{t!(i18n, app_name)}</span>
            </A>
            <span class="top-bar-context">{context}</span>
            <A href=Area::Settings.path() attr:class="icon-button" attr:aria-label=move || area_name(i18n, Area::Settings)>
                <Icon area=Area::Settings />
            </A>
        </header>
    }
}

#[component]
pub fn SideNav() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="side-nav" aria-label=move || t_string!(i18n, nav.main).to_string()>
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
    let i18n = use_i18n();
    view! {
        <nav class="bottom-bar" aria-label=move || t_string!(i18n, nav.main).to_string()>
            <ul>
                {Area::BOTTOM_BAR.into_iter().map(|area| view! { <li><NavLink area /></li> }).collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn NavLink(area: Area) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <A href=area.path() exact=area == Area::Home attr:class="nav-link">
            <Icon area />
            <span class="nav-label">{move || area_name(i18n, area)}</span>
        </A>
    }
}
