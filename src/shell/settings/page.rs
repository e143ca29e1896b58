use leptos::prelude::*;

use super::model::{Settings, SettingsError};
use super::state::{SaveStatus, SettingsState};
use crate::browser::environment;
use crate::calendar::{Semester, SemesterHalf};
use crate::kinds::{UNION_KIND, UNION_PROFILE};
use crate::locale::Lang;
use crate::shell::app::PageTitle;
use crate::shell::areas::Area;
use crate::shell::book_state::BookState;
use crate::shell::labels::{area_name, semester_name};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<SettingsState>();
    let settings = state.settings;

    view! {
        <PageTitle area=Area::Settings />
        <section class="page">
            <h1>{area_name(Area::Settings)}</h1>
            <p class="lead">{tr!(settings.intro)}</p>
            <form class="form" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="officer-name">{tr!(settings.officer_name)}</label>
                    <input
                        id="officer-name"
                        type="text"
                        autocomplete="name"
                        aria-describedby="officer-name-help"
                        maxlength=Settings::MAX_NAME_CHARS
                        prop:value=move || settings.with(|s| s.officer_name.clone())
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            state.update(|s| s.with_officer_name(&value));
                        }
                    />
                    <p class="help" id="officer-name-help">{tr!(settings.officer_name_help)}</p>
                </div>
                <div class="field">
                    <label for="language">{tr!(settings.language)}</label>
                    <select
                        id="language"
                        on:change=move |ev| {
                            let language = Lang::from_tag(&event_target_value(&ev));
                            state.update(|s| Ok(Settings { language, ..s.clone() }));
                        }
                    >
                        <option value="" selected=move || settings.with(|s| s.language.is_none())>
                            {tr!(settings.language_auto)}
                        </option>
                        {Lang::ALL
                            .into_iter()
                            .map(|lang| {
                                view! {
                                    <option
                                        value=lang.tag()
                                        lang=lang.tag()
                                        selected=move || settings.with(|s| s.language == Some(lang))
                                    >
                                        {lang.native_name()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="term">{tr!(settings.term)}</label>
                    <input
                        id="term"
                        type="text"
                        inputmode="numeric"
                        pattern="[0-9]*"
                        aria-describedby="term-help"
                        prop:value=move || settings.with(|s| s.term.map(|t| t.to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            state.update(|s| s.with_term(&value));
                        }
                    />
                    <p class="help" id="term-help">{tr!(settings.term_help)}</p>
                </div>
                <SemesterField state />
                <UnionNameField />
                <p class="status" role="status" aria-live="polite">
                    <StatusText status=state.status />
                </p>
            </form>
            <section class="card">
                <h2>{tr!(settings.storage)}</h2>
                <p>
                    {move || match state.persistence.get() {
                        Some(true) => tr!(settings.storage_persistent),
                        Some(false) => tr!(settings.storage_best_effort),
                        None => tr!(settings.storage_unknown),
                    }}
                </p>
            </section>
        </section>
    }
}

/// The current semester, chosen from the recent ones and the next few.
#[component]
fn SemesterField(state: SettingsState) -> impl IntoView {
    let settings = state.settings;
    let now = Semester::containing(environment::today());
    let choices = move || {
        let mut list: Vec<Semester> = std::iter::successors(
            Semester::new(now.start_year - 4, SemesterHalf::First),
            |s| Some(s.next()),
        )
        .take(11)
        .collect();
        // A semester chosen long ago stays selectable.
        if let Some(chosen) = settings.with(|s| s.semester) {
            if !list.contains(&chosen) {
                list.push(chosen);
                list.sort();
            }
        }
        list
    };
    let value_of = |s: Semester| {
        format!(
            "{}-{}",
            s.start_year,
            if s.half == SemesterHalf::First { 1 } else { 2 }
        )
    };
    let parse = |value: &str| -> Option<Semester> {
        let (year, half) = value.split_once('-')?;
        let half = match half {
            "1" => SemesterHalf::First,
            "2" => SemesterHalf::Second,
            _ => return None,
        };
        Semester::new(year.parse().ok()?, half)
    };
    view! {
        <div class="field">
            <label for="semester">{tr!(settings.semester)}</label>
            <select
                id="semester"
                on:change=move |ev| {
                    let semester = parse(&event_target_value(&ev));
                    state.update(|s| Ok(Settings { semester, ..s.clone() }));
                }
            >
                <option value="" selected=move || settings.with(|s| s.semester.is_none())>
                    {tr!(settings.semester_none)}
                </option>
                {move || {
                    choices()
                        .into_iter()
                        .map(|sem| {
                            view! {
                                <option value=value_of(sem) selected=move || settings.with(|s| s.semester == Some(sem))>
                                    {semester_name(sem)}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

#[component]
fn StatusText(status: RwSignal<SaveStatus>) -> impl IntoView {
    move || match status.get() {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saved => tr!(settings.saved),
        SaveStatus::Invalid(SettingsError::NameTooLong) => {
            tr!(settings.name_too_long, max = Settings::MAX_NAME_CHARS)
        }
        SaveStatus::Invalid(SettingsError::TermInvalid) => {
            tr!(settings.term_invalid)
        }
        SaveStatus::Failed(e) => {
            tr!(settings.save_failed, reason = e.to_string())
        }
        SaveStatus::LoadedUnreadable => tr!(settings.unreadable),
    }
}

/// The union's name belongs to the book, not the device: it travels to other officers.
#[component]
fn UnionNameField() -> impl IntoView {
    let book = expect_context::<BookState>();
    let state = expect_context::<SettingsState>();
    view! {
        <div class="field">
            <label for="union-name">{tr!(settings.union_name)}</label>
            <input
                id="union-name"
                type="text"
                maxlength="100"
                aria-describedby="union-name-help"
                prop:value=move || book.union_name()
                on:change=move |ev| {
                    let name = event_target_value(&ev).trim().to_owned();
                    let field = [("name_zh".to_owned(), serde_json::json!(name))];
                    let saved = book.edit(|s, now| s.write(now, UNION_PROFILE, UNION_KIND, field));
                    state.status.set(if saved.is_some() { SaveStatus::Saved } else { SaveStatus::Idle });
                }
            />
            <p class="help" id="union-name-help">{tr!(settings.union_name_help)}</p>
        </div>
    }
}
