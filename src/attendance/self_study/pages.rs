//! The self-study overview: the semester's checks newest first, the rates by class, week and
//! month, the trend, and the repeat absentees to follow up.

use leptos::prelude::*;

use super::model::{SelfStudyCheck, checks};
use super::rates::{Rate, by_class, by_month, by_week, overall, repeat_absentees};
use super::trend::{TrendChart, month_label, percent, week_label};
use crate::browser::pinyin::collate;
use crate::people::everyone::{PeopleIndex, everyone};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of};
use crate::ui::pieces::CsvButton;
use crate::ui::sample_badge::SampleBadge;
use crate::ui::settings::SettingsState;
use crate::ui::table_view::FigureTable;

/// The thresholds the repeat-absentee list offers.
const THRESHOLDS: std::ops::RangeInclusive<u32> = 1..=10;

fn rate_headers(first: String) -> Vec<String> {
    vec![first, tr!(self_study.checks_count), tr!(self_study.present), tr!(self_study.expected), tr!(self_study.rate)]
}

fn rate_cells(label: String, r: &Rate) -> Vec<String> {
    vec![label, r.checks.to_string(), r.present.to_string(), r.expected.to_string(), percent(r)]
}

#[component]
pub fn SelfStudyPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<SettingsState>();
    let semester = current_semester();
    let lang = current_lang();
    let list = Memo::new(move |_| {
        let within = book.read(|b| range_of(b, semester.get()));
        book.read(|b| checks(b, within))
    });
    let threshold = move || settings.settings.with(|s| s.repeat_absence_threshold());
    let checks_table = move || Table {
        headers: vec![
            tr!(self_study.date),
            tr!(self_study.class),
            tr!(self_study.expected),
            tr!(attendance.absent),
            tr!(attendance.late),
            tr!(attendance.excused),
            tr!(self_study.present),
            tr!(self_study.rate),
        ],
        rows: list.with(|l| {
            l.iter()
                .map(|c| {
                    let t = c.tally();
                    let rate = Rate { present: t.present(), expected: t.expected, checks: 1 };
                    vec![
                        c.date.map(|d| d.to_string()).unwrap_or_default(),
                        c.class.clone(),
                        t.expected.to_string(),
                        t.absent.to_string(),
                        t.late.to_string(),
                        t.excused.to_string(),
                        t.present().to_string(),
                        percent(&rate),
                    ]
                })
                .collect()
        }),
    };
    let absentees = move || {
        let found = list.with(|l| {
            let index = book.read(|b| PeopleIndex::new(everyone(b), &|_| String::new()));
            let name = |id| index.get(id).map(|p| p.name.clone()).unwrap_or_default();
            repeat_absentees(l, threshold() as usize, &|a, b| collate(&name(a), &name(b)))
                .into_iter()
                .map(|a| {
                    let person = index.get(a.person);
                    let (name, sid, class) = person.map_or_else(
                        || (tr!(self_study.unknown_person), String::new(), String::new()),
                        |p| (p.name.clone(), p.student_id.clone(), p.class.clone()),
                    );
                    (name, sid, class, a.dates)
                })
                .collect::<Vec<_>>()
        });
        found
    };
    let absentees_table = move || Table {
        headers: vec![
            tr!(self_study.name),
            tr!(self_study.student_id),
            tr!(self_study.class),
            tr!(self_study.times),
            tr!(self_study.dates),
        ],
        rows: absentees()
            .into_iter()
            .map(|(name, sid, class, dates)| {
                let days = dates.iter().flatten().map(|d| d.to_string()).collect::<Vec<_>>().join(" ");
                vec![name, sid, class, dates.len().to_string(), days]
            })
            .collect(),
    };
    let choose = move |ev: leptos::ev::Event| {
        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
            settings.update(|s| Ok(s.with_repeat_absences(n)));
        }
    };
    view! {
        <PageTitle area=Area::Attendance />
        <section class="page self-study">
            <h1>{tr!(self_study.title)}</h1>
            <p class="lead">{tr!(self_study.intro)}</p>
            <p><a href="/attendance">{tr!(self_study.to_attendance)}</a></p>
            <SemesterFilter selected=semester />
            <div class="actions"><a class="button primary" href="/attendance/self-study/new">{tr!(self_study.new)}</a></div>
            {move || {
                let all = list.get();
                if all.is_empty() {
                    return view! { <p class="help" data-testid="self-study-empty">{tr!(self_study.none)}</p> }.into_any();
                }
                let total = overall(&all);
                let classes = by_class(&all, &collate);
                let weeks = by_week(&all);
                let months = by_month(&all);
                let class_table = Table {
                    headers: rate_headers(tr!(self_study.class)),
                    rows: classes.iter().map(|(c, r)| rate_cells(c.clone(), r)).collect(),
                };
                let week_table = Table {
                    headers: rate_headers(tr!(self_study.week)),
                    rows: weeks.iter().map(|(w, r)| rate_cells(week_label(lang, *w), r)).collect(),
                };
                let month_table = Table {
                    headers: rate_headers(tr!(self_study.month)),
                    rows: months.iter().map(|(m, r)| rate_cells(month_label(lang, *m), r)).collect(),
                };
                view! {
                    <p class="attendance-overall" data-testid="self-study-overall">
                        {tr!(self_study.overall, rate = percent(&total), present = total.present, expected = total.expected)}
                    </p>
                    <section class="card" aria-labelledby="self-study-checks">
                        <h2 id="self-study-checks">{tr!(self_study.checks_heading)}</h2>
                        <ul class="record-list" data-testid="self-study-checks">
                            {all.iter().map(|c| check_row(lang, c)).collect_view()}
                        </ul>
                    </section>
                    <section class="card" aria-labelledby="self-study-rates" data-testid="self-study-rates">
                        <h2 id="self-study-rates">{tr!(self_study.rates)}</h2>
                        <FigureTable caption=tr!(self_study.by_class) table=class_table testid="rates-by-class" />
                        <FigureTable caption=tr!(self_study.by_month) table=month_table testid="rates-by-month" />
                    </section>
                    <section class="card" aria-labelledby="self-study-trend">
                        <h2 id="self-study-trend">{tr!(self_study.trend)}</h2>
                        <TrendChart weeks=weeks.clone() />
                        <FigureTable caption=tr!(self_study.by_week) table=week_table testid="rates-by-week" />
                    </section>
                }.into_any()
            }}
            <div class="actions"><CsvButton name=tr!(self_study.file_checks) table=checks_table /></div>
            <section class="card" aria-labelledby="self-study-absentees" data-testid="self-study-absentees">
                <h2 id="self-study-absentees">{tr!(self_study.absentees)}</h2>
                <p class="help">{tr!(self_study.absentees_intro)}</p>
                <div class="field">
                    <label for="absence-threshold">{tr!(self_study.threshold)}</label>
                    <select id="absence-threshold" on:change=choose>
                        {THRESHOLDS.map(|n| view! {
                            <option value=n.to_string() selected=move || threshold() == n>{tr!(self_study.times_option, count = n)}</option>
                        }).collect_view()}
                    </select>
                </div>
                {move || {
                    let found = absentees();
                    if found.is_empty() {
                        return view! { <p class="help">{tr!(self_study.no_absentees, count = threshold())}</p> }.into_any();
                    }
                    view! {
                        <ul class="record-list">
                            {found.into_iter().map(|(name, _, class, dates)| {
                                let days = dates.iter().flatten().map(|d| lang.format_date(*d)).collect::<Vec<_>>().join("、");
                                view! {
                                    <li class="record-row absentee">
                                        <span class="record-title">{name}</span>
                                        <span class="record-meta">{class}" · "{days}</span>
                                        <span class="badge">{tr!(self_study.absent_times, count = dates.len())}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <div class="actions"><CsvButton name=tr!(self_study.file_absentees) table=absentees_table /></div>
            </section>
        </section>
    }
}

fn check_row(lang: crate::locale::Lang, c: &SelfStudyCheck) -> impl IntoView {
    let t = c.tally();
    let rate = Rate { present: t.present(), expected: t.expected, checks: 1 };
    let meta = [
        c.date.map(|d| lang.format_date(d)).unwrap_or_default(),
        tr!(self_study.there_of, present = t.present(), expected = t.expected),
        tr!(self_study.exceptions, absent = t.absent, late = t.late, excused = t.excused),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li><a class="record-row" href=format!("/attendance/self-study/{}", c.id)>
            <span class="record-title">{c.class.clone()}</span>
            <SampleBadge id=c.id />
            <span class="record-meta">{meta}</span>
            <span class="badge">{percent(&rate)}</span>
        </a></li>
    }
}
