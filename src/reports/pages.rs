//! `/reports`: for the secretary, which units are late for which period; the reports of a
//! semester by unit; how often each unit reports (`cadence_view`).

use leptos::prelude::*;

use super::cadence_view::Cadences;
use super::labels::period_name;
use super::lateness::{Period, filed_late, late_units, reports_by_unit};
use super::model::{Report, cadence_of};
use crate::browser::environment::today;
use crate::locale::Lang;
use crate::people::terms::{SemesterRecord, semesters};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::labels::area_name;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::unit_ids;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of};
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// A report's period in words.
pub(super) fn report_period(lang: Lang, r: &Report, semesters: &[SemesterRecord]) -> String {
    r.cadence
        .zip(r.period_start)
        .map(|(c, d)| period_name(lang, &Period::containing(c, d, semesters)))
        .unwrap_or_default()
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    view! {
        <PageTitle area=Area::Reports />
        <section class="page">
            <h1>{area_name(Area::Reports)}</h1>
            <div class="actions">
                <a class="button primary" href=Route::NewReport.path()>{tr!(reports.file_report)}</a>
                <a class="button" href=Route::Filing.path()>{tr!(reports.register)}</a>
            </div>
            <LateList />
            <ReportList />
            <Cadences />
        </section>
    }
}

/// "学习部 · 2026年11月 · 2026年12月3日截止", a line for each unit and period late, oldest first.
#[component]
fn LateList() -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let lines = move || {
        book.read(|b| {
            late_units(b, &unit_ids(b, lang), today())
                .into_iter()
                .flat_map(|late| {
                    let unit = name_of(b, Some(late.unit));
                    late.periods.into_iter().map(move |(period, due)| {
                        let due = tr!(reports.due, date = lang.format_date(due));
                        format!("{unit} · {} · {due}", period_name(lang, &period))
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="late-heading">
            <h2 id="late-heading">{tr!(reports.late_title)}</h2>
            <ul class="record-list" data-testid="late-units">
                {move || {
                    let lines = lines();
                    if lines.is_empty() {
                        return view! { <li class="help">{tr!(reports.none_late)}</li> }.into_any();
                    }
                    lines.into_iter().map(|l| view! { <li class="record-row late">{l}</li> }).collect_view().into_any()
                }}
            </ul>
        </section>
    }
}

/// A report as the list and the CSV show it.
#[derive(Clone)]
struct Row {
    report: Report,
    unit: String,
    period: String,
    by: String,
    late: bool,
}

/// The reports of the chosen semester, unit by unit, newest first.
#[component]
fn ReportList() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let lang = current_lang();
    let groups = move || {
        let within = book.read(|b| range_of(b, semester.get()));
        book.read(|b| {
            let semesters = semesters(b);
            reports_by_unit(b, &unit_ids(b, lang), within)
                .into_iter()
                .map(|(unit, list)| {
                    let grace = cadence_of(b, unit).grace_days;
                    let rows = list
                        .into_iter()
                        .map(|r| Row {
                            unit: name_of(b, Some(unit)),
                            period: report_period(lang, &r, &semesters),
                            by: name_of(b, r.submitted_by),
                            late: filed_late(&r, grace, &semesters),
                            report: r,
                        })
                        .collect::<Vec<_>>();
                    (name_of(b, Some(unit)), rows)
                })
                .collect::<Vec<_>>()
        })
    };
    let table = move || Table {
        headers: vec![
            tr!(people.role.unit),
            tr!(reports.period),
            tr!(reports.submitted_by),
            tr!(reports.submitted_on),
            tr!(reports.filed_late),
            tr!(reports.work_done),
            tr!(reports.problems),
            tr!(reports.next_steps),
        ],
        rows: groups()
            .into_iter()
            .flat_map(|(_, rows)| rows)
            .map(|r| {
                vec![
                    r.unit,
                    r.period,
                    r.by,
                    r.report.submitted_on.map(|d| d.to_string()).unwrap_or_default(),
                    if r.late { tr!(data.yes) } else { String::new() },
                    r.report.work_done,
                    r.report.problems,
                    r.report.next_steps,
                ]
            })
            .collect(),
    };
    view! {
        <section class="card" aria-labelledby="by-unit-heading">
            <h2 id="by-unit-heading">{tr!(reports.by_unit)}</h2>
            <SemesterFilter selected=semester />
            <div data-testid="reports">
                {move || {
                    let groups = groups();
                    if groups.is_empty() {
                        return view! { <p class="help">{tr!(reports.no_reports)}</p> }.into_any();
                    }
                    groups.into_iter().map(|(unit, rows)| view! {
                        <h3 class="report-group">{unit}</h3>
                        <ul class="record-list">
                            {rows.into_iter().map(|r| view! {
                                <li><a class="record-row" href=Route::Report(r.report.id).path()>
                                    <span class="record-title">{r.period}</span>
                                    <SampleBadge id=r.report.id />
                                    <span class="record-meta">
                                        {r.report.submitted_on.map(|d| lang.format_date(d)).unwrap_or_default()}
                                        {(!r.by.is_empty()).then(|| format!(" · {}", r.by))}
                                    </span>
                                    {r.late.then(|| view! { <span class="badge">{tr!(reports.filed_late)}</span> })}
                                </a></li>
                            }).collect_view()}
                        </ul>
                    }).collect_view().into_any()
                }}
            </div>
            <div class="actions"><CsvButton name=tr!(reports.file) table /></div>
        </section>
    }
}
