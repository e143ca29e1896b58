use leptos::prelude::*;

use crate::activities::{ActivitiesLedBy, ActivitiesPage, ActivityPage, SeriesPage};
use crate::attendance::AttendancePage;
use crate::attendance::door::CheckInPage;
use crate::attendance::self_study::{SelfStudyCheckPage, SelfStudyPage};
use crate::awards::{AwardPage, AwardsOfActivity, AwardsPage, SelectionPage, SelectionsPage};
use crate::book::DEVICE_KIND;
use crate::browser::{persistence, service_worker, tabs};
use crate::data::DataPage;
use crate::inspections::{
    AppraisalPage, AppraisalsPage, BuildingPage, BuildingsPage, InspectionRoundPage, InspectionsPage, RoomPage,
    RubricPage, RubricsPage, ScorePage,
};
use crate::meetings::{MeetingPage, MeetingsPage};
use crate::money::MoneyPages;
use crate::people::students::{StudentImportPage, StudentPage, StudentsPage};
use crate::people::{
    CandidatePage, EvaluationsPage, MemberPage, PeoplePage, RosterPage, RoundPage, RoundsPage, TermsPage, TrainingPage,
    TrainingsPage, UnitFormPage,
};
use crate::publications::{IssuePage, PeriodicalPage, PublicationsPage};
use crate::reports::{FiledDocumentPage, FilingPage, ReportPage, ReportsPage};
use crate::shell::home::{HomePage, MorePage};
use crate::shell::nav::{BottomBar, SideNav, TopBar};
use crate::shell::not_found::NotFound;
use crate::shell::settings_page::SettingsPage;
use crate::shell::update_banner::{UpdateBanner, WaitingWorker};
use crate::summary::SummaryPages;
use crate::tasks::{ActionItemsPage, MemberTasks, TaskList};
use crate::ui::areas::Area;
use crate::ui::book_state::{BookHealth, BookState};
use crate::ui::drafts::{DraftOffer, on_focus};
use crate::ui::labels::locale_of;
use crate::ui::language;
use crate::ui::notice::{NoticeBar, Notices};
use crate::ui::router::CurrentRoute;
use crate::ui::routes::Route;
use crate::ui::settings::SettingsState;
use crate::ui::settings::model::SETTINGS_KEY;

/// The whole app: contexts, layout and routes. `lane` is the writer lane this tab holds
/// (`browser::writer_lane`); without one the tab writes under an id of its own.
#[component]
pub fn App(lane: Option<u32>) -> impl IntoView {
    let settings = SettingsState::load();
    provide_context(settings);
    let writer = match lane {
        Some(lane) => settings.device().writer_lane(lane),
        None => crate::book::Entropy::new_id(&mut crate::browser::environment::BrowserEntropy),
    };
    let book = BookState::open(writer);
    provide_context(book);
    let notices = Notices::provide();
    keep_in_step_with_other_tabs(settings, book);
    keep_device_record(settings, book);

    let waiting = WaitingWorker::provide();
    service_worker::register(move |worker| waiting.offer(worker));
    leptos::task::spawn_local(async move {
        settings.persistence.set(persistence::request_persistent_storage().await);
    });

    // The whole app is drawn again when the language changes, so views read it untracked
    // (see `language`). The first draw is already in the right language.
    CurrentRoute::start();
    let locale = Memo::new(move |_| locale_of(settings.lang()));
    move || {
        language::show(locale.get());
        // A notice is text in the language it was written in: it does not outlive that language.
        notices.clear();
        view! { <Body /> }
    }
}

/// Everything inside the language: navigation, routes, banners.
#[component]
fn Body() -> impl IntoView {
    let route = expect_context::<CurrentRoute>().0;
    view! {
        <a class="skip-link" href="#main">{tr!(skip_to_content)}</a>
        <div class="app">
            <TopBar />
            <SideNav />
            // Every form's input is kept as a draft until saved (ui/drafts.rs): the first focus in a
            // form fetches the chunk that keeps it.
            <main id="main" class="main" tabindex="-1" on:focusin=|ev| on_focus(ev.into())>
                <StorageBanner />
                // In the page's flow above its heading, so it pushes the heading down rather
                // than covering it; sticky under the top bar when the page is scrolled.
                <NoticeBar />
                <DraftOffer />
                {move || page(route.get())}
            </main>
            <BottomBar />
        </div>
        <UpdateBanner />
    }
}

fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage /> }.into_any(),
        Route::More => view! { <MorePage /> }.into_any(),
        Route::Settings => lazily(settings_page),
        Route::Data => lazily(move || data_pages(route)),
        Route::Attendance | Route::SelfStudy | Route::NewSelfStudy | Route::SelfStudyCheck(_) => {
            lazily(move || attendance_pages(route))
        }
        Route::CheckIn(list) => lazily(move || door_page(list)),
        Route::Activities | Route::NewActivity | Route::Activity(_) | Route::Series(_) => {
            lazily(move || activities_pages(route))
        }
        Route::Meetings | Route::NewMeeting | Route::Meeting(_) | Route::ActionItems => {
            lazily(move || meetings_pages(route))
        }
        Route::ScoreRound(round) => lazily(move || score_page(round)),
        route if route.area() == Some(Area::Inspections) => lazily(move || inspections_pages(route)),
        route if route.area() == Some(Area::Publications) => lazily(move || publications_pages(route)),
        route if route.area() == Some(Area::Reports) => lazily(move || reports_pages(route)),
        route if route.area() == Some(Area::Awards) => lazily(move || awards_pages(route)),
        route if route.area() == Some(Area::Money) => lazily(move || money_pages(route)),
        route if route.area() == Some(Area::Summary) => lazily(move || summary_pages(route)),
        Route::NotFound => view! { <NotFound /> }.into_any(),
        _ => lazily(move || people_pages(route)),
    }
}

/// A page whose code is in a chunk of its own, fetched the first time it is needed (and
/// precached by the service worker for offline use). The first load stays small.
fn lazily<F>(load: impl FnOnce() -> F + Send + Sync + 'static) -> AnyView
where
    F: std::future::Future<Output = AnyView> + Send + Sync + 'static,
{
    Suspend::new(async move { load().await }).into_any()
}

#[lazy]
fn people_pages(route: Route) -> AnyView {
    match route {
        Route::NewUnit => view! { <UnitFormPage id=None /> }.into_any(),
        Route::Unit(id) => view! { <UnitFormPage id=Some(id) /> }.into_any(),
        Route::NewMember => view! { <MemberPage id=None /> }.into_any(),
        Route::Member(id) => view! {
            <MemberPage
                id=Some(id)
                tasks=move || view! { <MemberTasks member=id /> }
                activities=move || view! { <ActivitiesLedBy member=id /> }
            />
        }
        .into_any(),
        Route::Terms => view! { <TermsPage /> }.into_any(),
        Route::Rounds => view! { <RoundsPage /> }.into_any(),
        Route::Round(id) => view! { <RoundPage id /> }.into_any(),
        Route::Candidate(id) => view! { <CandidatePage id /> }.into_any(),
        Route::Evaluations => view! { <EvaluationsPage /> }.into_any(),
        Route::Trainings => view! { <TrainingsPage /> }.into_any(),
        Route::Training(id) => view! { <TrainingPage id /> }.into_any(),
        Route::Roster => view! { <RosterPage /> }.into_any(),
        Route::Students => view! { <StudentsPage /> }.into_any(),
        Route::NewStudent => view! { <StudentPage id=None /> }.into_any(),
        Route::Student(id) => view! { <StudentPage id=Some(id) /> }.into_any(),
        Route::StudentImport => view! { <StudentImportPage /> }.into_any(),
        _ => view! { <PeoplePage /> }.into_any(),
    }
}

#[lazy]
fn attendance_pages(route: Route) -> AnyView {
    match route {
        Route::SelfStudy => view! { <SelfStudyPage /> }.into_any(),
        Route::NewSelfStudy => view! { <SelfStudyCheckPage id=None /> }.into_any(),
        Route::SelfStudyCheck(id) => view! { <SelfStudyCheckPage id=Some(id) /> }.into_any(),
        _ => view! { <AttendancePage /> }.into_any(),
    }
}

/// The door screen has a chunk of its own: it is opened at the door, often on a phone that
/// has opened nothing else yet.
#[lazy]
fn door_page(list: crate::book::RecordId) -> AnyView {
    view! { <CheckInPage list /> }.into_any()
}

#[lazy]
fn activities_pages(route: Route) -> AnyView {
    match route {
        Route::NewActivity => view! { <ActivityPage id=None /> }.into_any(),
        Route::Activity(id) => view! {
            <ActivityPage
                id=Some(id)
                awards=move || view! { <AwardsOfActivity activity=id /> }
                checklist=move || view! { <TaskList of=id /> }
            />
        }
        .into_any(),
        Route::Series(id) => view! { <SeriesPage id /> }.into_any(),
        _ => view! { <ActivitiesPage /> }.into_any(),
    }
}

#[lazy]
fn meetings_pages(route: Route) -> AnyView {
    match route {
        Route::NewMeeting => view! { <MeetingPage id=None /> }.into_any(),
        Route::Meeting(id) => {
            view! { <MeetingPage id=Some(id) action_items=move || view! { <TaskList of=id /> } /> }.into_any()
        }
        Route::ActionItems => view! { <ActionItemsPage /> }.into_any(),
        _ => view! { <MeetingsPage /> }.into_any(),
    }
}

#[lazy]
fn inspections_pages(route: Route) -> AnyView {
    match route {
        Route::Buildings => view! { <BuildingsPage /> }.into_any(),
        Route::NewBuilding => view! { <BuildingPage id=None /> }.into_any(),
        Route::Building(id) => view! { <BuildingPage id=Some(id) /> }.into_any(),
        Route::Room(id) => view! { <RoomPage id /> }.into_any(),
        Route::Rubrics => view! { <RubricsPage /> }.into_any(),
        Route::NewRubric => view! { <RubricPage id=None /> }.into_any(),
        Route::Rubric(id) => view! { <RubricPage id=Some(id) /> }.into_any(),
        Route::NewInspectionRound => view! { <InspectionRoundPage id=None /> }.into_any(),
        Route::InspectionRound(id) => view! { <InspectionRoundPage id=Some(id) /> }.into_any(),
        Route::Appraisals => view! { <AppraisalsPage /> }.into_any(),
        Route::NewAppraisal => view! { <AppraisalPage id=None /> }.into_any(),
        Route::Appraisal(id) => view! { <AppraisalPage id=Some(id) /> }.into_any(),
        _ => view! { <InspectionsPage /> }.into_any(),
    }
}

/// The corridor screen has a chunk of its own: an inspector opens it offline, walking, and it
/// should come up before the rest of the area's pages.
#[lazy]
fn score_page(round: crate::book::RecordId) -> AnyView {
    view! { <ScorePage id=round /> }.into_any()
}

#[lazy]
fn publications_pages(route: Route) -> AnyView {
    match route {
        Route::NewPeriodical => view! { <PeriodicalPage id=None /> }.into_any(),
        Route::Periodical(id) => view! { <PeriodicalPage id=Some(id) /> }.into_any(),
        Route::NewIssue(periodical) => view! { <IssuePage id=None periodical=Some(periodical) /> }.into_any(),
        Route::Issue(id) => view! { <IssuePage id=Some(id) periodical=None /> }.into_any(),
        _ => view! { <PublicationsPage /> }.into_any(),
    }
}

#[lazy]
fn reports_pages(route: Route) -> AnyView {
    match route {
        Route::NewReport => view! { <ReportPage id=None /> }.into_any(),
        Route::Report(id) => view! { <ReportPage id=Some(id) /> }.into_any(),
        Route::Filing => view! { <FilingPage /> }.into_any(),
        Route::NewFiledDocument => view! { <FiledDocumentPage id=None /> }.into_any(),
        Route::FiledDocument(id) => view! { <FiledDocumentPage id=Some(id) /> }.into_any(),
        _ => view! { <ReportsPage /> }.into_any(),
    }
}

#[lazy]
fn money_pages(route: Route) -> AnyView {
    view! { <MoneyPages route /> }.into_any()
}

/// The summary and its print view: opened at the end of a semester, mostly on a desktop.
#[lazy]
fn summary_pages(route: Route) -> AnyView {
    view! { <SummaryPages route /> }.into_any()
}

#[lazy]
fn awards_pages(route: Route) -> AnyView {
    match route {
        Route::NewAward => view! { <AwardPage id=None /> }.into_any(),
        Route::NewAwardFor(activity) => view! { <AwardPage id=None activity /> }.into_any(),
        Route::Award(id) => view! { <AwardPage id=Some(id) /> }.into_any(),
        Route::Selections => view! { <SelectionsPage /> }.into_any(),
        Route::NewSelection => view! { <SelectionPage id=None /> }.into_any(),
        Route::Selection(id) => view! { <SelectionPage id=Some(id) /> }.into_any(),
        _ => view! { <AwardsPage /> }.into_any(),
    }
}

/// Settings are opened now and then, not on a first visit.
#[lazy]
fn settings_page() -> AnyView {
    view! { <SettingsPage /> }.into_any()
}

#[lazy]
fn data_pages(_route: Route) -> AnyView {
    view! { <DataPage /> }.into_any()
}

/// Another tab's saves arrive as `storage` events: join its records and history, reread its
/// settings.
fn keep_in_step_with_other_tabs(settings: SettingsState, book: BookState) {
    tabs::on_storage_change(move |key| match key.as_deref() {
        Some(SETTINGS_KEY) => settings.reload(),
        Some(key) => book.absorb(key),
        None => {}
    });
}

/// The book names this device — and the writer lane of this tab, when it is another — after
/// its officer, so conflicts and history say who.
fn keep_device_record(settings: SettingsState, book: BookState) {
    Effect::new(move |_| {
        let name = settings.settings.with(|s| s.officer_name.clone());
        for writer in [settings.device(), book.writer()] {
            let known = book.read(|b| b.officer_of(writer).map(str::to_owned));
            if !name.is_empty() && known.as_deref() != Some(name.as_str()) {
                let fields = [("officer".to_owned(), serde_json::json!(name))];
                book.edit(|s, now| s.write(now, writer, DEVICE_KIND, fields));
            }
        }
    });
}

/// Says when the book could not be saved or opened, on every page.
#[component]
fn StorageBanner() -> impl IntoView {
    let book = expect_context::<BookState>();
    move || match book.health.get() {
        BookHealth::Saved => ().into_any(),
        BookHealth::SaveFailed(e) | BookHealth::NoStorage(e) => view! {
            <p class="notice alert" role="alert">
                {tr!(storage.save_failed, reason = e.to_string())} " "
                <a href="/data#export">{tr!(data.export_now)}</a>
            </p>
        }
        .into_any(),
        BookHealth::Unreadable { .. } | BookHealth::NewerApp(_) => view! {
            <p class="notice alert" role="alert">
                {tr!(storage.unreadable)} " "
                <a href="/data">{tr!(storage.see_data)}</a>
            </p>
        }
        .into_any(),
    }
}
