//! The activities, filtered by semester, unit, status, category and series, in the officer's
//! words, with their CSV; then the series and a form for a new one.

use leptos::prelude::*;

use super::choices::Choices;
use super::labels::{StatusBadge, activity_span, category_name, status_name, unit_names, word_options};
use crate::activities::drafts::SeriesDraft;
use crate::activities::lifecycle::{STATUSES, Status};
use crate::activities::model::{CATEGORIES, Filter, SERIES, activities, actual};
use crate::activities::series::{all_series, editions};
use crate::book::RecordId;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::locale::Lang;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextField};
use crate::ui::labels::area_name;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of, unit_options};
use crate::ui::pieces::{CsvButton, FormProblems, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn ActivitiesPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let english = current_lang() == Lang::En;
    let semester = current_semester();
    let (unit, status, category, series) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let filter = move || Filter {
        within: book.read(|b| range_of(b, semester.get())),
        unit: RecordId::parse(&unit.get()),
        status: Some(status.get()).filter(|s| !s.is_empty()).map(|s| Status::parse(&s)),
        category: Some(category.get()).filter(|c| !c.is_empty()),
        series: RecordId::parse(&series.get()),
    };
    let list = move || {
        let filter = filter();
        book.read(|b| activities(b, &filter).into_iter().map(|a| (unit_names(b, &a), a)).collect::<Vec<_>>())
    };
    let table = move || Table {
        headers: vec![
            tr!(activities.title),
            tr!(activities.date),
            tr!(activities.end_date),
            tr!(activities.status_label),
            tr!(activities.units),
            tr!(activities.category),
            tr!(activities.venue),
            tr!(activities.expected),
            tr!(activities.participants),
        ],
        rows: list()
            .into_iter()
            .map(|(units, a)| {
                let took_part = book.read(|b| b.get(a.id).map(|r| actual(a.id, r)).and_then(|x| x.number()));
                let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
                vec![
                    a.title.clone(),
                    day(a.date),
                    day(a.end_date),
                    status_name(a.status()),
                    units,
                    category_name(&a.category),
                    a.venue.clone(),
                    a.expected.map(|n| n.to_string()).unwrap_or_default(),
                    took_part.map(|n| n.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    };
    let units = book.read(|b| unit_options(b, tr!(activities.all_units)));
    let statuses = word_options(STATUSES, |w| status_name(Status::parse(w)), tr!(activities.all_statuses));
    let categories = word_options(CATEGORIES, category_name, tr!(activities.all_categories));
    let series_options = Signal::derive(move || {
        let mut list = vec![(String::new(), tr!(activities.all_series))];
        list.extend(
            book.read(|b| all_series(b, english, &collate))
                .into_iter()
                .map(|s| (s.id.to_string(), s.name(english).to_owned())),
        );
        list
    });
    let label = |key: fn() -> String| Signal::derive(key);
    view! {
        <PageTitle area=Area::Activities />
        <section class="page">
            <h1>{area_name(Area::Activities)}</h1>
            <p class="lead">{tr!(activities.intro)}</p>
            <div class="actions"><a class="button primary" href="/activities/new">{tr!(activities.new)}</a></div>
            <div class="filters">
                <SemesterFilter selected=semester />
                <SelectField id="filter-unit" label=label(|| tr!(activities.filter_unit)) value=unit options=units />
                <SelectField id="filter-status" label=label(|| tr!(activities.filter_status)) value=status options=statuses />
                <SelectField id="filter-category" label=label(|| tr!(activities.filter_category)) value=category options=categories />
                <SelectField id="filter-series" label=label(|| tr!(activities.filter_series)) value=series options=series_options />
            </div>
            <ul class="record-list" data-testid="activities">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(activities.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(units, a)| view! {
                        <li><a class="record-row" href=format!("/activities/{}", a.id)>
                            <span class="record-title">{a.title.clone()}</span>
                            <SampleBadge id=a.id />
                            <StatusBadge status=a.status() />
                            <span class="record-meta">
                                {activity_span(&a)}
                                {(!units.is_empty()).then(|| format!(" · {units}"))}
                            </span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(activities.file) table /></div>
            <SeriesSection />
        </section>
    }
}

/// The series, each with how many editions it has, and a form for a new one.
#[component]
fn SeriesSection() -> impl IntoView {
    let book = expect_context::<BookState>();
    let english = current_lang() == Lang::En;
    let list = move || {
        book.read(|b| {
            all_series(b, english, &collate).into_iter().map(|s| (editions(b, s.id).len(), s)).collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="series-heading">
            <h2 id="series-heading">{tr!(activities.series_heading)}</h2>
            <ul class="record-list" data-testid="series">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(activities.series_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(count, s)| view! {
                        <li><a class="record-row" href=format!("/activities/series/{}", s.id)>
                            <span class="record-title">{s.name(english).to_owned()}</span>
                            <SampleBadge id=s.id />
                            <span class="record-meta">{tr!(activities.editions_count, count)}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <SeriesForm existing=None />
        </section>
    }
}

/// A new series, or the names of the series `existing` (on its own page).
#[component]
pub fn SeriesForm(existing: Option<crate::activities::series::Series>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|s| s.id);
    let draft = existing.as_ref().map(SeriesDraft::from_series).unwrap_or_default();
    let shown = existing.as_ref().and_then(|_| book.read(|b| draft.validate(b)).ok());
    let form = open_form(book, SERIES, editing, shown);
    let name_zh = RwSignal::new(draft.name_zh);
    let name_en = RwSignal::new(draft.name_en);
    let units = RwSignal::new(draft.units);
    let description = RwSignal::new(draft.description);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = SeriesDraft {
            name_zh: name_zh.get_untracked(),
            name_en: name_en.get_untracked(),
            units: units.get_untracked(),
            description: description.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(activities.series_saved, name = draft.name_zh.trim()));
            if editing.is_none() {
                navigate(&format!("/activities/series/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let unit_choices: Vec<(String, String)> =
        book.read(|b| unit_options(b, String::new())).into_iter().skip(1).collect();
    view! {
        <form class="form" on:submit=save novalidate aria-labelledby="series-form-heading">
            <h3 id="series-form-heading">{if editing.is_some() { tr!(activities.edit_series) } else { tr!(activities.new_series) }}</h3>
            <FormProblems errors />
            <TextField id="series-name-zh" label=label(|| tr!(activities.name_zh)) value=name_zh error=err("name_zh") required=true autocomplete="off" />
            <TextField id="series-name-en" label=label(|| tr!(activities.name_en)) value=name_en error=err("name_en") autocomplete="off" />
            <Choices id="series-units" legend=tr!(activities.units) options=unit_choices chosen=units error=err("units") />
            <crate::ui::form::TextArea id="series-description" label=label(|| tr!(activities.description)) value=description error=err("description") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{if editing.is_some() { tr!(form.save) } else { tr!(activities.add_series) }}</button>
                {editing.map(|id| view! { <crate::ui::pieces::DeleteButton id name=name_zh back="/activities" /> })}
            </div>
        </form>
    }
}
