//! A series: its names, every edition with its figures (date, status, participants, units),
//! and the next edition, prefilled.

use leptos::prelude::*;

use super::labels::{StatusBadge, activity_span, actual_text, edition_name, expected_text, status_name, unit_names};
use super::list_page::SeriesForm;
use crate::activities::drafts::ActivityDraft;
use crate::activities::lifecycle::planned_fields;
use crate::activities::model::{ACTIVITY, Actual};
use crate::activities::series::{Series, editions, figures, next_edition, series};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::locale::Lang;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{CsvButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn SeriesPage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(first) = book.read(|b| series(b, id)) else {
        return view! { <RecordMissing back="/activities" /> }.into_any();
    };
    let english = current_lang() == Lang::En;
    let current = move || book.read(|b| series(b, id));
    let list =
        move || book.read(|b| figures(b, id).into_iter().map(|f| (unit_names(b, &f.activity), f)).collect::<Vec<_>>());
    let table = move || Table {
        headers: vec![
            tr!(activities.edition_column),
            tr!(activities.title),
            tr!(activities.date),
            tr!(activities.status_label),
            tr!(activities.expected),
            tr!(activities.participants),
            tr!(activities.units),
        ],
        rows: list()
            .into_iter()
            .map(|(units, f)| {
                let a = f.activity;
                vec![
                    a.edition.map(|n| n.to_string()).unwrap_or_default(),
                    a.title.clone(),
                    a.date.map(|d| d.to_string()).unwrap_or_default(),
                    status_name(a.status()),
                    a.expected.map(|n| n.to_string()).unwrap_or_default(),
                    f.actual.number().map(|n| n.to_string()).unwrap_or_default(),
                    units,
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::Activities />
        <section class="page">
            <h1>{move || current().map(|s| s.name(english).to_owned()).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p><a href="/activities">{tr!(activities.back_to_list)}</a></p>
            {(!first.description.is_empty()).then(|| view! { <p class="lead">{first.description.clone()}</p> })}
            <section class="card" aria-labelledby="editions-heading">
                <h2 id="editions-heading">{tr!(activities.editions)}</h2>
                <ul class="record-list" data-testid="editions">
                    {move || {
                        let list = list();
                        if list.is_empty() {
                            return view! { <li class="help">{tr!(activities.editions_none)}</li> }.into_any();
                        }
                        let s = current();
                        list.into_iter().map(|(units, f)| {
                            let a = f.activity;
                            let name = match (a.edition, &s) {
                                (Some(n), Some(s)) => edition_name(s, n),
                                _ => a.title.clone(),
                            };
                            let took_part = if f.actual == Actual::Unknown { String::new() } else { actual_text(f.actual) };
                            view! {
                                <li><a class="record-row" href=format!("/activities/{}", a.id)>
                                    <span class="record-title">{name}</span>
                                    <SampleBadge id=a.id />
                                    <StatusBadge status=a.status() />
                                    <span class="record-meta">
                                        {activity_span(&a)}
                                        {(!units.is_empty()).then(|| format!(" · {units}"))}
                                        " · " {tr!(activities.expected_actual, expected = expected_text(a.expected), actual = if took_part.is_empty() { tr!(activities.unknown) } else { took_part })}
                                    </span>
                                </a></li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
                <div class="actions"><CsvButton name=tr!(activities.series_file) table /></div>
            </section>
            <NextEdition series=first.clone() />
            <section class="card"><SeriesForm existing=Some(first) /></section>
        </section>
    }
    .into_any()
}

/// The next edition: its number, and a title in the series' name, to be saved as planned;
/// its units, category and scope are the last edition's (the series' units for a first one).
#[component]
fn NextEdition(series: Series) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let id = series.id;
    let number = book.read(|b| next_edition(b, id));
    let title = RwSignal::new(edition_name(&series, number));
    let edition = RwSignal::new(number.to_string());
    let date = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let series_units: Vec<String> = series.units.iter().map(RecordId::to_string).collect();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let last = book.read(|b| editions(b, id).pop());
        let draft = ActivityDraft {
            title: title.get_untracked(),
            edition: edition.get_untracked(),
            date: date.get_untracked(),
            series: id.to_string(),
            units: last
                .as_ref()
                .map(|a| a.units.iter().map(RecordId::to_string).collect())
                .unwrap_or_else(|| series_units.clone()),
            category: last.as_ref().map(|a| a.category.clone()).unwrap_or_default(),
            scope: last.as_ref().map(|a| a.scope.clone()).unwrap_or_default(),
            ..ActivityDraft::default()
        };
        let checked = book.read(|b| draft.validate(b)).map(|mut f| {
            f.extend(planned_fields(today()));
            f
        });
        let form = open_form(book, ACTIVITY, None, None);
        if let Some(made) = save_form(book, errors, form, checked) {
            notices.show_with_undo(
                tr!(activities.edition_added, name = draft.title.trim()),
                crate::ui::notice::UndoAction::Delete(made),
            );
            navigate(&format!("/activities/{made}"));
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    view! {
        <form class="form card" on:submit=save novalidate aria-labelledby="next-edition-heading">
            <h2 id="next-edition-heading">{tr!(activities.next_edition_heading)}</h2>
            <FormProblems errors />
            <TextField id="edition-title" label=label(|| tr!(activities.title)) value=title error=err("title") required=true />
            <TextField id="edition-number" label=label(|| tr!(activities.edition)) value=edition error=err("edition") input_mode="numeric" />
            <TextField id="edition-date" label=label(|| tr!(activities.date)) value=date error=err("date") input_type="date" />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(activities.add_edition, nth = super::labels::ordinal(number))}</button>
            </div>
        </form>
    }
}
