//! The Attendance area: every list that took attendance this semester, with its marks
//! counted, the semester's rate, and a way to each list.

use leptos::prelude::*;

use super::lists::{AttendanceList, attendance_lists, overall};
use super::marks::Mark;
use crate::activities::model::ACTIVITY;
use crate::attendance::self_study::model::SELF_STUDY;
use crate::book::{Book, RecordId};
use crate::kinds::{record_name, schema_of};
use crate::meetings::model::MEETING;
use crate::people::training::TRAINING;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::attendance_list::mark_name;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of};
use crate::ui::pieces::CsvButton;
use crate::ui::sample_badge::SampleBadge;

/// Where a list is opened and what it is called there; `None` for a kind with no page yet.
fn list_page(kind: &str, id: RecordId) -> Option<(String, String)> {
    match kind {
        TRAINING => Some((format!("/people/trainings/{id}"), tr!(attendance_page.of_training))),
        ACTIVITY => Some((format!("/activities/{id}"), tr!(attendance_page.of_activity))),
        MEETING => Some((format!("/meetings/{id}"), tr!(attendance_page.of_meeting))),
        SELF_STUDY => Some((format!("/attendance/self-study/{id}"), tr!(attendance_page.of_self_study))),
        _ => None,
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 { "–".into() } else { format!("{}%", (part * 100 + whole / 2) / whole) }
}

/// "present 5 · late 1 · …", the marks that occur, then those not marked yet.
fn counts_text(list: &AttendanceList) -> String {
    let mut parts: Vec<String> = Mark::ALL
        .into_iter()
        .zip(list.counts.by_mark)
        .filter(|(_, n)| *n > 0)
        .map(|(m, n)| format!("{} {n}", mark_name(m)))
        .collect();
    if list.counts.unmarked > 0 {
        parts.push(tr!(attendance.unmarked_count, count = list.counts.unmarked));
    }
    parts.join(" · ")
}

fn title_of(book: &Book, list: &AttendanceList) -> String {
    record_name(book, list.id).unwrap_or_else(|| tr!(attendance_page.untitled))
}

#[component]
pub fn AttendancePage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let lang = current_lang();
    let lists = move || {
        let within = book.read(|b| range_of(b, semester.get()));
        book.read(|b| {
            attendance_lists(b, &schema_of, within).into_iter().map(|l| (title_of(b, &l), l)).collect::<Vec<_>>()
        })
    };
    let table = move || Table {
        headers: vec![
            tr!(attendance_page.list),
            tr!(training.date),
            tr!(attendance_page.expected),
            tr!(attendance_page.attended),
            tr!(attendance_page.rate),
        ],
        rows: lists()
            .into_iter()
            .map(|(title, l)| {
                vec![
                    title,
                    l.date.map(|d| d.to_string()).unwrap_or_default(),
                    l.expected_count().to_string(),
                    l.attended().to_string(),
                    percent(l.attended(), l.expected_count()),
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::Attendance />
        <section class="page">
            <h1>{tr!(nav.attendance)}</h1>
            <p class="lead">{tr!(attendance_page.intro)}</p>
            <p><a href="/attendance/self-study">{tr!(attendance_page.to_self_study)}</a></p>
            <SemesterFilter selected=semester />
            {move || {
                let lists = lists();
                if lists.is_empty() {
                    return view! {
                        <p class="help">{tr!(attendance_page.none)} " "
                            <a href="/people/trainings">{tr!(attendance_page.to_trainings)}</a>
                        </p>
                    }.into_any();
                }
                let today = crate::browser::environment::today();
                let (attended, expected) = overall(lists.iter().map(|(_, l)| l).filter(|l| l.is_due(today)));
                view! {
                    <p class="attendance-overall" data-testid="attendance-overall">
                        {tr!(attendance_page.overall, rate = percent(attended, expected), attended, expected)}
                    </p>
                    <ul class="record-list">
                        {lists.into_iter().map(|(title, l)| {
                            let page = list_page(&l.kind, l.id);
                            let meta = [
                                page.as_ref().map(|(_, what)| what.clone()),
                                l.date.map(|d| lang.format_date(d)),
                                Some(counts_text(&l)),
                            ].into_iter().flatten().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ");
                            let rate = percent(l.attended(), l.expected_count());
                            // The door screen serves the lists people arrive at, not self-study.
                            let door = (l.kind != SELF_STUDY).then(|| (
                                crate::ui::routes::Route::CheckIn(l.id).path(),
                                tr!(door.open_named, name = title.clone()),
                            ));
                            let row = view! {
                                <span class="record-title">{title}</span>
                                <SampleBadge id=l.id />
                                <span class="record-meta">{meta}</span>
                                <span class="badge">{rate}</span>
                            };
                            match page {
                                Some((href, _)) => view! {
                                    <li>
                                        <a class="record-row" href=href>{row}</a>
                                        {door.map(|(href, label)| view! { <a href=href aria-label=label>{tr!(door.open)}</a> })}
                                    </li>
                                }.into_any(),
                                None => view! { <li class="record-row">{row}</li> }.into_any(),
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="actions"><CsvButton name=tr!(attendance_page.file) table /></div>
        </section>
    }
}
