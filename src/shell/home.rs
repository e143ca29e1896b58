use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser::environment;
use crate::i18n::*;
use crate::shell::app::PageTitle;
use crate::shell::areas::Area;
use crate::shell::icons::Icon;
use crate::shell::labels::{area_description, area_name, lang_of, semester_name, term_name};
use crate::shell::settings::SettingsState;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let settings = expect_context::<SettingsState>().settings;
    let name = move || settings.with(|s| s.officer_name.clone());
    let today = environment::today();
    let date = move || lang_of(i18n).format_date(today);
    let term = move || settings.with(|s| s.term).map(|t| term_name(i18n, t));
    let semester = move || {
        settings
            .with(|s| s.semester)
            .map(|s| semester_name(i18n, s))
    };

    view! {
        <PageTitle area=Area::Home />
        <section class="page">
            <h1>
                {move || {
                    let name = name();
                    if name.is_empty() {
                        t_string!(i18n, home.greeting_anonymous).to_string()
                    } else {
                        t_string!(i18n, home.greeting, name).to_string()
                    }
                }}
            </h1>
            <p class="lead">{t!(i18n, home.today, date)}</p>
            <Show when=move || name().is_empty()>
                <p class="notice">
                    {t!(i18n, home.set_name_hint)} " "
                    <A href=Area::Settings.path()>{t!(i18n, home.open_settings)}</A>
                </p>
            </Show>
            <section class="card">
                <h2>{t!(i18n, home.current)}</h2>
                {move || match (term(), semester()) {
                    (None, None) => view! { <p>{t!(i18n, home.no_term)}</p> }.into_any(),
                    (term, semester) => view! {
                        <p class="term-line">
                            {term.map(|t| view! { <span>{t}</span> })}
                            {semester.map(|s| view! { <span>{s}</span> })}
                        </p>
                    }
                    .into_any(),
                }}
            </section>
            <h2>{t!(i18n, home.areas)}</h2>
            <AreaList />
        </section>
    }
}

/// Every area for a phone, which has room for only a few in its bottom bar.
#[component]
pub fn MorePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle area=Area::More />
        <section class="page">
            <h1>{move || area_name(i18n, Area::More)}</h1>
            <AreaList />
        </section>
    }
}

/// A card per area with what it keeps, and whether it is built yet.
#[component]
fn AreaList() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="area-list">
            {Area::record_areas()
                .map(|area| {
                    view! {
                        <li>
                            <A href=area.path() attr:class="area-card">
                                <Icon area />
                                <span class="area-card-text">
                                    <span class="area-card-name">
                                        {move || area_name(i18n, area)}
                                        {(!area.is_built())
                                            .then(|| view! { <span class="badge">{t!(i18n, not_built.badge)}</span> })}
                                    </span>
                                    <span class="area-card-desc">{move || area_description(i18n, area)}</span>
                                </span>
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
