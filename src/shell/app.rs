use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::browser::{persistence, service_worker};
use crate::i18n::*;
use crate::shell::areas::Area;
use crate::shell::home::{HomePage, MorePage};
use crate::shell::labels::{area_name, locale_of};
use crate::shell::nav::{BottomBar, SideNav, TopBar};
use crate::shell::not_built::NotBuilt;
use crate::shell::not_found::NotFound;
use crate::shell::settings::{SettingsPage, SettingsState};
use crate::shell::update_banner::{UpdateBanner, WaitingWorker};

/// The whole app: contexts, layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let settings = SettingsState::load();
    provide_context(settings);
    view! {
        <I18nContextProvider>
            <Shell settings />
        </I18nContextProvider>
    }
}

#[component]
fn Shell(settings: SettingsState) -> impl IntoView {
    let i18n = use_i18n();
    // Set before the first render so the first paint is already in the right language, then
    // follow Settings.
    i18n.set_locale(locale_of(settings.lang_untracked()));
    Effect::new(move |_| i18n.set_locale(locale_of(settings.lang())));

    let waiting = WaitingWorker::provide();
    service_worker::register(move |worker| waiting.offer(worker));
    leptos::task::spawn_local(async move {
        settings
            .persistence
            .set(persistence::request_persistent_storage().await);
    });

    view! {
        <Title text=move || t_string!(i18n, app_name).to_string() />
        <Router>
            <a class="skip-link" href="#main">{t!(i18n, skip_to_content)}</a>
            <div class="app">
                <TopBar />
                <SideNav />
                <main id="main" class="main" tabindex="-1">
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/more") view=MorePage />
                        <Route path=path!("/settings") view=SettingsPage />
                        <Route path=path!("/people") view=|| view! { <NotBuilt area=Area::People /> } />
                        <Route path=path!("/activities") view=|| view! { <NotBuilt area=Area::Activities /> } />
                        <Route path=path!("/attendance") view=|| view! { <NotBuilt area=Area::Attendance /> } />
                        <Route path=path!("/inspections") view=|| view! { <NotBuilt area=Area::Inspections /> } />
                        <Route path=path!("/meetings") view=|| view! { <NotBuilt area=Area::Meetings /> } />
                        <Route path=path!("/reports") view=|| view! { <NotBuilt area=Area::Reports /> } />
                        <Route path=path!("/awards") view=|| view! { <NotBuilt area=Area::Awards /> } />
                        <Route path=path!("/publications") view=|| view! { <NotBuilt area=Area::Publications /> } />
                        <Route path=path!("/money") view=|| view! { <NotBuilt area=Area::Money /> } />
                        <Route path=path!("/summary") view=|| view! { <NotBuilt area=Area::Summary /> } />
                        <Route path=path!("/data") view=|| view! { <NotBuilt area=Area::Data /> } />
                    </Routes>
                </main>
                <BottomBar />
            </div>
            <UpdateBanner />
        </Router>
    }
}

/// The page title: the area's name, then the app's.
#[component]
pub fn PageTitle(area: Area) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Title text=move || format!("{} · {}", area_name(i18n, area), t_string!(i18n, app_name)) /> }
}
