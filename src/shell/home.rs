use leptos::prelude::*;

use crate::activities::model::ACTIVITY;
use crate::browser::environment;
use crate::data::ExportReminder;
use crate::people::model::{MEMBER, UNIT};
use crate::people::terms::SEMESTER;
use crate::sample::{SampleRecords, has_sample, write_sample};
use crate::summary::NoSemesterYet;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::icons::Icon;
use crate::ui::labels::{area_description, area_name};
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::current_term_and_semester;
use crate::ui::settings::SettingsState;

#[component]
pub fn HomePage() -> impl IntoView {
    let settings = expect_context::<SettingsState>().settings;
    let name = move || settings.with(|s| s.officer_name.clone());
    let today = environment::today();
    let date = current_lang().format_date(today);
    let book = expect_context::<BookState>();
    let current = move || {
        let chosen = settings.with(|s| s.current_semester);
        book.read(|b| current_term_and_semester(b, chosen))
    };
    let term = move || current().0;
    let semester = move || current().1;
    let painted = painted();
    // What the lazy parts could show: a memo, so that an edit redraws them only when it changes.
    let holds =
        Memo::new(move |_| book.read(|b| (b.live(SEMESTER).next().is_some(), b.live(ACTIVITY).next().is_some())));
    let has_semester = move || holds.get().0;
    let has_activities = move || holds.get().1;

    view! {
        <PageTitle area=Area::Home />
        <section class="page">
            <h1>
                {move || {
                    let name = name();
                    if name.is_empty() {
                        tr!(home.greeting_anonymous)
                    } else {
                        tr!(home.greeting, name)
                    }
                }}
            </h1>
            <p class="lead">{tr!(home.today, date)}</p>
            {move || (name().is_empty()).then(|| view! {
                <p class="notice">
                    {tr!(home.set_name_hint)} " "
                    <a href=Area::Settings.path()>{tr!(home.open_settings)}</a>
                </p>
            })}
            <section class="card">
                <h2>{tr!(home.current)}</h2>
                {move || match (term(), semester()) {
                    (None, None) if book.read(|b| !crate::people::terms::terms(b).is_empty()) => view! {
                        <p>{tr!(home.no_semester_today)} " " <a href="/people/terms">{tr!(home.add_semester)}</a></p>
                    }.into_any(),
                    (None, None) => view! { <p>{tr!(home.no_term)}</p> }.into_any(),
                    (term, semester) => view! {
                        <p class="term-line">
                            {term.map(|t| view! { <span>{t}</span> })}
                            {semester.map(|s| view! { <span>{s}</span> })}
                        </p>
                    }
                    .into_any(),
                }}
            </section>
            <ExportReminder />
            // Above the parts that arrive after the first draw, so that they never move its
            // buttons under a finger (or a layout-shift score).
            <GettingStarted />
            // A book without a semester, or without activities, has nothing for the lazy
            // parts to show: they are not loaded for it (a new union's first visit).
            {move || if has_semester() {
                painted.get().then(|| lazily(dashboard))
            } else {
                Some(view! { <NoSemesterYet /> }.into_any())
            }}
            {move || (has_activities() && painted.get()).then(|| lazily(coming_up))}
            <h2>{tr!(home.areas)}</h2>
            <AreaList />
        </section>
    }
}

/// The next activities, from the Activities chunk: Home loads it after its first draw, so
/// the first load does not grow.
#[lazy]
fn coming_up() -> AnyView {
    view! { <crate::activities::ComingUp /> }.into_any()
}

/// The semester's dashboard, from the Summary chunk, loaded after Home's first draw like the
/// activities coming up.
#[lazy]
fn dashboard() -> AnyView {
    view! { <crate::summary::SemesterDashboard /> }.into_any()
}

fn lazily<F>(load: impl FnOnce() -> F + Send + Sync + 'static) -> AnyView
where
    F: std::future::Future<Output = AnyView> + Send + Sync + 'static,
{
    Suspend::new(async move { load().await }).into_any()
}

/// Becomes true once Home's first draw is on the screen. Its lazy parts wait for it, so their
/// chunks are fetched after that paint and the page's largest text does not wait behind them
/// (Lighthouse's simulated slow network counted every fetch begun before the paint into it).
fn painted() -> ReadSignal<bool> {
    let (painted, set_painted) = signal(false);
    leptos::task::spawn_local(async move {
        crate::browser::paint::after_next_paint().await;
        // Home may be gone by then (another page was opened at once).
        let _ = set_painted.try_set(true);
    });
    painted
}

/// The sample is a chunk of its own: its records' text and the code that builds them are
/// not needed by a union's own book.
#[lazy]
fn sample_records_lazily() -> SampleRecords {
    crate::sample::sample_records()
}

/// Every area for a phone, which has room for only a few in its bottom bar.
#[component]
pub fn MorePage() -> impl IntoView {
    view! {
        <PageTitle area=Area::More />
        <section class="page">
            <h1>{area_name(Area::More)}</h1>
            <AreaList />
        </section>
    }
}

/// A card per area with what it keeps, and whether it is built yet.
#[component]
fn AreaList() -> impl IntoView {
    view! {
        <ul class="area-list">
            {Area::record_areas()
                .map(|area| {
                    view! {
                        <li>
                            <a href=area.path() class="area-card">
                                <Icon area />
                                <span class="area-card-text">
                                    <span class="area-card-name">
                                        {area_name(area)}
                                    </span>
                                    <span class="area-card-desc">{area_description(area)}</span>
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// For an empty book: where to start, or a sample union to explore. While the sample is in the
/// book, a reminder that it is one.
#[component]
fn GettingStarted() -> impl IntoView {
    let book = expect_context::<BookState>();
    let empty = move || book.read(|b| b.live(UNIT).next().is_none() && b.live(MEMBER).next().is_none());
    let sample = move || book.read(has_sample);
    let load = move |_| {
        leptos::task::spawn_local(async move {
            let records = sample_records_lazily().await;
            book.edit(|s, now| write_sample(s, now, records));
        });
    };
    view! {
        {move || empty().then(|| view! {
            <section class="card">
                <h2>{tr!(home.start_title)}</h2>
                <p>{tr!(home.start_body)}</p>
                <div class="actions">
                    <a href=Area::People.path() class="button primary">{tr!(home.start_people)}</a>
                    <button class="button" on:click=load>{tr!(data.sample_load)}</button>
                </div>
            </section>
        })}
        {move || sample().then(|| view! {
            <p class="notice">
                {tr!(home.sample_note)} " "
                <a href=Area::Data.path()>{tr!(home.sample_where)}</a>
            </p>
        })}
    }
}
