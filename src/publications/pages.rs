//! `/publications`: the periodicals with their latest issue, a periodical with its issues
//! newest first and its form. An issue's page is `issue_page`.

use leptos::prelude::*;

use super::drafts::PeriodicalDraft;
use super::issues::{Periodical, issues_of, latest_issue, periodical, periodicals};
use super::labels::{StatusBadge, issue_name, status_name};
use super::model::{FREQUENCIES, PERIODICAL};
use crate::book::RecordId;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::labels::area_name;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::unit_options;
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

fn frequency_name(word: &str) -> String {
    match word {
        "weekly" => tr!(publications.frequencies.weekly),
        "biweekly" => tr!(publications.frequencies.biweekly),
        "monthly" => tr!(publications.frequencies.monthly),
        "per_semester" => tr!(publications.frequencies.per_semester),
        "irregular" => tr!(publications.frequencies.irregular),
        _ => String::new(),
    }
}

/// Every issue of every periodical, as a spreadsheet.
fn issues_table(book: BookState) -> Table {
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let rows = book.read(|b| {
        periodicals(b, &collate)
            .into_iter()
            .flat_map(|p| {
                issues_of(b, p.id).into_iter().map(move |i| {
                    let editors = i.editors.iter().map(|e| name_of(b, Some(*e))).collect::<Vec<_>>().join("、");
                    vec![
                        p.title.clone(),
                        i.number.clone(),
                        i.theme.clone(),
                        day(i.date),
                        status_name(i.status),
                        day(i.published_on),
                        editors,
                        i.link.clone(),
                    ]
                })
            })
            .collect()
    });
    Table {
        headers: vec![
            tr!(publications.title),
            tr!(publications.number),
            tr!(publications.theme),
            tr!(activities.pub_date),
            tr!(activities.status_label),
            tr!(publications.status.published),
            tr!(publications.editors),
            tr!(activities.link),
        ],
        rows,
    }
}

#[component]
pub fn PublicationsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let list = move || {
        book.read(|b| {
            periodicals(b, &collate)
                .into_iter()
                .map(|p| (name_of(b, p.unit), latest_issue(b, p.id), p))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <PageTitle area=Area::Publications />
        <section class="page">
            <h1>{area_name(Area::Publications)}</h1>
            <p class="lead">{tr!(publications.intro)}</p>
            <div class="actions"><a class="button primary" href=Route::NewPeriodical.path()>{tr!(publications.new)}</a></div>
            <ul class="record-list" data-testid="periodicals">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(publications.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(unit, latest, p)| {
                        let meta = [unit, frequency_name(&p.frequency)].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" · ");
                        let latest = latest.map(|i| tr!(publications.latest, issue = issue_name(&i), status = status_name(i.status)))
                            .unwrap_or_else(|| tr!(publications.no_issue));
                        view! {
                            <li><a class="record-row" href=Route::Periodical(p.id).path()>
                                <span class="record-title">{p.title.clone()}</span>
                                <SampleBadge id=p.id />
                                <span class="record-meta">{meta}</span>
                                <span class="record-meta" data-testid="latest">{latest}</span>
                            </a></li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(publications.file) table=move || issues_table(book) /></div>
        </section>
    }
}

#[component]
pub fn PeriodicalPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Publications />
            <section class="page">
                <h1>{tr!(publications.new)}</h1>
                <p><a href=Route::Publications.path()>{tr!(publications.back)}</a></p>
                <PeriodicalForm existing=None />
            </section>
        }
        .into_any();
    };
    let Some(first) = book.read(|b| periodical(b, id)) else {
        return view! { <RecordMissing back="/publications" /> }.into_any();
    };
    let current = move || book.read(|b| periodical(b, id));
    let issues = move || {
        let mut list = book.read(|b| issues_of(b, id));
        list.reverse();
        list
    };
    view! {
        <PageTitle area=Area::Publications />
        <section class="page">
            <h1>{move || current().map(|p| p.title).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p><a href=Route::Publications.path()>{tr!(publications.back)}</a></p>
            {move || current().map(|p| view! {
                <dl class="facts">
                    <div><dt>{tr!(publications.unit)}</dt><dd>{book.read(|b| name_of(b, p.unit))}</dd></div>
                    <div><dt>{tr!(publications.frequency)}</dt><dd>{frequency_name(&p.frequency)}</dd></div>
                </dl>
            })}
            <section class="card" aria-labelledby="issues-heading">
                <h2 id="issues-heading">{tr!(publications.issues)}</h2>
                <div class="actions"><a class="button primary" href=Route::NewIssue(id).path()>{tr!(publications.new_issue)}</a></div>
                <ul class="record-list" data-testid="issues">
                    {move || {
                        let list = issues();
                        if list.is_empty() {
                            return view! { <li class="help">{tr!(publications.issues_none)}</li> }.into_any();
                        }
                        list.into_iter().map(|i| {
                            let meta = [i.theme.clone(), i.date.map(|d| lang.format_date(d)).unwrap_or_default()]
                                .into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" · ");
                            view! {
                                <li><a class="record-row" href=Route::Issue(i.id).path()>
                                    <span class="record-title">{issue_name(&i)}</span>
                                    <SampleBadge id=i.id />
                                    <StatusBadge status=i.status />
                                    <span class="record-meta">{meta}</span>
                                </a></li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
            </section>
            <PeriodicalForm existing=Some(first) />
        </section>
    }
    .into_any()
}

#[component]
fn PeriodicalForm(existing: Option<Periodical>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|p| p.id);
    let draft = existing.as_ref().map(PeriodicalDraft::from_periodical).unwrap_or_default();
    let shown = existing.as_ref().and_then(|_| book.read(|b| draft.validate(b)).ok());
    let form = open_form(book, PERIODICAL, editing, shown);
    let title = RwSignal::new(draft.title);
    let unit = RwSignal::new(draft.unit);
    let frequency = RwSignal::new(draft.frequency);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PeriodicalDraft {
            title: title.get_untracked(),
            unit: unit.get_untracked(),
            frequency: frequency.get_untracked(),
            note: note.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(activities.saved, name = draft.title.trim()));
            if editing.is_none() {
                navigate(&Route::Periodical(id).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let units = book.read(|b| unit_options(b, tr!(activities.choose)));
    let mut frequencies = vec![(String::new(), tr!(activities.choose))];
    frequencies.extend(FREQUENCIES.iter().map(|w| ((*w).to_owned(), frequency_name(w))));
    view! {
        <form class="form card" on:submit=save novalidate aria-labelledby="periodical-form-heading">
            <h2 id="periodical-form-heading">{if editing.is_some() { tr!(publications.edit) } else { tr!(publications.new) }}</h2>
            <FormProblems errors />
            <TextField id="periodical-title" label=label(|| tr!(publications.title)) value=title error=err("title") required=true autocomplete="off" />
            <SelectField id="periodical-unit" label=label(|| tr!(publications.unit)) value=unit options=units error=err("unit") />
            <SelectField id="periodical-frequency" label=label(|| tr!(publications.frequency)) value=frequency options=frequencies error=err("frequency") />
            <TextArea id="periodical-note" label=label(|| tr!(activities.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=title back="/publications" /> })}
            </div>
        </form>
    }
}
