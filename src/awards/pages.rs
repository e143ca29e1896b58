//! `/awards`: the awards of a semester newest first, by level, in the officer's words, with
//! their counts per level and CSV; the way to the selections. An award's form is
//! `award_form`; `AwardsOfActivity` is on an activity's page.

use leptos::prelude::*;

use super::awards::{Award, Level, Recipient, awards, awards_of_activity, counts_per_level};
use super::labels::{kind_name, level_name};
use crate::book::{Book, RecordId};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::SelectField;
use crate::ui::labels::area_name;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of};
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// Who received it: "The union", a unit's name, or the people's names.
pub fn recipient_text(book: &Book, a: &Award) -> String {
    match &a.recipient {
        Recipient::Union => tr!(awards.recipients.union),
        Recipient::Unit(u) => name_of(book, *u),
        Recipient::People(list) => list.iter().map(|p| name_of(book, Some(*p))).collect::<Vec<_>>().join("、"),
    }
}

/// "一等奖 · 市级 · 许志远 · 2026年12月5日".
fn meta(book: &Book, a: &Award) -> String {
    let date = a.date.map(|d| current_lang().format_date(d)).unwrap_or_default();
    [a.prize.clone(), level_name(a.level), recipient_text(book, a), date]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

#[component]
pub fn AwardsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let level = RwSignal::new(String::new());
    let chosen = move || {
        let within = book.read(|b| range_of(b, semester.get()));
        book.read(|b| awards(b, within, None))
    };
    let list = move || {
        let only = Level::parse(&level.get());
        chosen().into_iter().filter(|a| only.is_none_or(|l| a.level == Some(l))).collect::<Vec<_>>()
    };
    let table = move || Table {
        headers: vec![
            tr!(awards.title),
            tr!(awards.kind),
            tr!(awards.level),
            tr!(awards.prize),
            tr!(awards.recipient),
            tr!(awards.awarded_by),
            tr!(activities.pub_date),
            tr!(awards.activity),
        ],
        rows: book.read(|b| {
            list()
                .into_iter()
                .map(|a| {
                    vec![
                        a.title.clone(),
                        kind_name(&a.award_kind),
                        level_name(a.level),
                        a.prize.clone(),
                        recipient_text(b, &a),
                        a.awarded_by.clone(),
                        a.date.map(|d| d.to_string()).unwrap_or_default(),
                        a.activity.and_then(|id| b.get(id)).map(|r| r.text("title").to_owned()).unwrap_or_default(),
                    ]
                })
                .collect()
        }),
    };
    let mut levels = vec![(String::new(), tr!(awards.all_levels))];
    levels.extend(Level::HIGHEST_FIRST.map(|l| (l.word().to_owned(), level_name(Some(l)))));
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{area_name(Area::Awards)}</h1>
            <p class="lead">{tr!(awards.intro)}</p>
            <div class="actions">
                <a class="button primary" href=Route::NewAward.path()>{tr!(awards.new)}</a>
                <a class="button selections-link" href=Route::Selections.path()>{tr!(awards.selections)}</a>
            </div>
            <div class="filters">
                <SemesterFilter selected=semester />
                <SelectField id="filter-level" label=Signal::derive(|| tr!(awards.level)) value=level options=levels />
            </div>
            <dl class="facts" data-testid="level-counts">
                {move || counts_per_level(&chosen()).into_iter().map(|(l, n)| view! {
                    <div><dt>{level_name(Some(l))}</dt><dd>{n}</dd></div>
                }).collect_view()}
            </dl>
            <ul class="record-list" data-testid="awards">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(awards.none)}</li> }.into_any();
                    }
                    // The rows' words are read first: each row's badge reads the book itself.
                    let rows = book.read(|b| list.into_iter().map(|a| (meta(b, &a), a)).collect::<Vec<_>>());
                    rows.into_iter().map(|(meta, a)| view! {
                        <li><a class="record-row" href=Route::Award(a.id).path()>
                            <span class="record-title">{a.title.clone()}</span>
                            <SampleBadge id=a.id />
                            <span class="record-meta">{meta}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(awards.file) table /></div>
        </section>
    }
}

/// An activity's awards, and the way to record one for it.
#[component]
pub fn AwardsOfActivity(activity: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let list = move || {
        book.read(|b| awards_of_activity(b, activity).into_iter().map(|a| (meta(b, &a), a)).collect::<Vec<_>>())
    };
    view! {
        <section class="card" aria-labelledby="awards-heading">
            <h2 id="awards-heading">{tr!(awards.of_activity)}</h2>
            <ul class="record-list" data-testid="activity-awards">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(awards.of_activity_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(meta, a)| view! {
                        <li><a class="record-row" href=Route::Award(a.id).path()>
                            <span class="record-title">{a.title.clone()}</span>
                            <SampleBadge id=a.id />
                            <span class="record-meta">{meta}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><a class="button" href=Route::NewAwardFor(activity).path()>{tr!(awards.for_activity)}</a></div>
        </section>
    }
}
