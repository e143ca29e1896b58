use leptos::prelude::*;

use crate::book::RecordId;
use crate::locale::Lang;
use crate::people::model::{UNION_KIND, UNION_PROFILE};
use crate::people::terms::{semesters, terms};
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::labels::{area_name, semester_name, term_name};
use crate::ui::page_title::PageTitle;
use crate::ui::settings::model::{Settings, SettingsError};
use crate::ui::settings::{SaveStatus, SettingsState};

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = expect_context::<SettingsState>();
    let settings = state.settings;

    view! {
        <PageTitle area=Area::Settings />
        <section class="page">
            <h1>{area_name(Area::Settings)}</h1>
            <p class="lead">{tr!(settings.intro)}</p>
            <form data-no-draft class="form" on:submit=|ev| ev.prevent_default()>
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

/// The semester the app shows by default, chosen among the book's semesters.
#[component]
fn SemesterField(state: SettingsState) -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = state.settings;
    let choices = move || {
        book.read(|b| {
            let terms = terms(b);
            semesters(b)
                .into_iter()
                .map(|s| {
                    let term = terms.iter().find(|t| Some(t.id) == s.term).map(|t| term_name(t.number));
                    let label = match term {
                        Some(term) => format!("{term} · {}", semester_name(s.semester)),
                        None => semester_name(s.semester),
                    };
                    (s.id, label)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="field">
            <label for="semester">{tr!(settings.semester)}</label>
            <select
                id="semester"
                aria-describedby="semester-help"
                on:change=move |ev| {
                    let current_semester = RecordId::parse(&event_target_value(&ev));
                    state.update(|s| Ok(Settings { current_semester, ..s.clone() }));
                }
            >
                <option value="" selected=move || settings.with(|s| s.current_semester.is_none())>
                    {tr!(settings.semester_none)}
                </option>
                {move || {
                    choices()
                        .into_iter()
                        .map(|(id, label)| {
                            view! { <option value=id.to_string() selected=move || settings.with(|s| s.current_semester == Some(id))>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <p class="help" id="semester-help">{tr!(settings.semester_help)} " " <a href="/people/terms">{tr!(people.sections.terms)}</a></p>
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
