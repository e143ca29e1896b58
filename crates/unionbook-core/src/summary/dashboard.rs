//! The semester's dashboard on Home: where the current semester stands, from the same records
//! and the same rules as each area's own page (so a figure here is the figure there), and the
//! series its charts draw. Pure; `dashboard_view` lays it out.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use crate::activities::model::{Activity, coming_up};
use crate::attendance::lists::{AttendanceList, attendance_lists, overall};
use crate::attendance::marks::marks;
use crate::attendance::self_study::rates::Rate;
use crate::book::{Book, RecordId};
use crate::forms::Tenths;
use crate::inspections::model::InspectionRound;
use crate::inspections::results::round_results;
use crate::kinds::schema_of;
use crate::locale::Lang;
use crate::money::amount::{Currency, Totals};
use crate::money::figures::against;
use crate::money::ledger::{self, movements};
use crate::money::model::{Category, Scope};
use crate::people::model::units;
use crate::people::recruitment::{Stage, board, rounds};
use crate::reports::lateness::late_units;
use crate::summary::document::Period;
use crate::summary::draft::previous_semester;
use crate::summary::model::{Goal, goals_set_in};
use crate::tasks::model::open_action_items;

use crate::summary::figures::Collate;
use crate::summary::figures::{category_name, held_in, inspection_average, percent, rounds_in, self_study_rate, span};

/// How many places of the latest round's ranking the dashboard names.
pub const TOP: usize = 3;

/// Who the semester's activities reached: distinct people on their attendance lists, and the
/// head counts of those without a list (which cannot tell one person from another).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reached {
    pub on_lists: usize,
    pub counted: i64,
    /// The activities whose figure is a head count.
    pub counted_at: usize,
}

/// The latest inspection round of the semester, its best rooms and buildings.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub round: RecordId,
    pub title: String,
    pub date: Option<NaiveDate>,
    pub rooms: Vec<(String, Tenths)>,
    pub buildings: Vec<(String, Tenths)>,
    /// The mean of the round's scored rooms (a vetoed room counts 0), and how many there are:
    /// the figure the card shows, not the best room's.
    pub average: Option<Tenths>,
    pub scored: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recruitment {
    pub round: RecordId,
    pub title: String,
    /// Candidates at each stage that has any, in stage order.
    pub stages: Vec<(Stage, usize)>,
}

/// One bar of a chart: what it is shown beside and its values (one per series).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub values: Vec<i64>,
    pub shown: Vec<String>,
}

/// One point of a trend: a rate in percent or a score in tenths, `None` for nothing expected.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub label: String,
    pub value: Option<i64>,
    pub shown: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Charts {
    pub per_unit: Vec<Bar>,
    pub per_month: Vec<Bar>,
    pub attendance: Vec<Point>,
    pub inspections: Vec<Point>,
    /// The inspections' scale: the highest full marks of the rounds' rubrics, in tenths.
    pub inspection_max: i64,
    /// Budget and actual per category that has either; the values in `currency`'s minor units.
    pub budget: Vec<Bar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    pub period: Period,
    pub held: usize,
    pub coming: usize,
    pub reached: Reached,
    /// Attended and expected over the semester's attendance lists.
    pub attendance: (usize, usize),
    pub self_study: Rate,
    pub ranking: Option<Ranking>,
    pub money_in: Totals,
    pub money_out: Totals,
    /// How many movements of cash the semester has: none means nothing to show, not zero.
    pub movements: usize,
    /// Action items in the book at all, open or done: none means there is nothing to count yet.
    pub any_items: bool,
    pub open_items: usize,
    pub overdue_items: usize,
    pub units: usize,
    /// Units late with a report, by name, with how many periods each.
    pub late: Vec<(String, usize)>,
    pub recruitment: Option<Recruitment>,
    /// The goals the previous semester's summary set, and that semester.
    pub goals: Vec<Goal>,
    pub goals_from: Option<Period>,
    pub charts: Charts,
}

/// Everyone reached by `held`: each person once however many lists they are on.
pub fn reached(book: &Book, held: &[Activity]) -> Reached {
    let mut people = BTreeSet::new();
    let mut out = Reached::default();
    for a in held {
        let Some(record) = book.get(a.id) else { continue };
        let on_list: Vec<RecordId> = marks(record).into_iter().filter(|(_, m)| m.attended()).map(|(p, _)| p).collect();
        if !marks(record).is_empty() {
            people.extend(on_list);
        } else if let Some(n) = a.counted {
            out.counted += n;
            out.counted_at += 1;
        }
    }
    out.on_lists = people.len();
    out
}

impl Dashboard {
    pub fn of(book: &Book, period: &Period, today: NaiveDate, lang: Lang, collate: Collate) -> Dashboard {
        let span = span(period);
        let held = held_in(book, span);
        // Read once: the rate and its trend are the same lists, and a busy book has thousands.
        let lists = attendance_lists(book, &schema_of, Some(span));
        let coming = coming_up(book, today).iter().filter(|a| a.date.is_none_or(|d| d <= period.to)).count();
        let cash = ledger::ledger(&movements(book), ledger::Filter { within: Some(span), unit: None });
        let items = open_action_items(book, collate);
        let unit_list = units(book);
        let name = |id: RecordId| unit_list.iter().find(|u| u.id == id).map(|u| u.name(lang == Lang::En).to_owned());
        let ids: Vec<RecordId> = unit_list.iter().map(|u| u.id).collect();
        let late =
            late_units(book, &ids, today).into_iter().filter_map(|l| Some((name(l.unit)?, l.periods.len()))).collect();
        let recruitment = rounds(book).into_iter().next().map(|r| Recruitment {
            round: r.id,
            title: r.title,
            stages: board(book, r.id).into_iter().filter(|(_, n)| *n > 0).collect(),
        });
        let goals_from = previous_semester(book, period, lang);
        let rounds = rounds_in(book, span);
        Dashboard {
            period: period.clone(),
            held: held.len(),
            coming,
            reached: reached(book, &held),
            attendance: overall(lists.iter().filter(|l| l.is_due(today))),
            self_study: self_study_rate(book, span),
            ranking: rounds.last().map(|r| ranking(book, r, collate)),
            money_in: cash.money_in,
            money_out: cash.money_out,
            movements: cash.lines.len(),
            any_items: book.live(crate::tasks::model::TASK).next().is_some(),
            open_items: items.len(),
            units: unit_list.len(),
            overdue_items: items.iter().filter(|i| i.task.is_overdue(today)).count(),
            late,
            recruitment,
            goals: goals_from.as_ref().map(|p| goals_set_in(book, p.id)).unwrap_or_default(),
            goals_from,
            charts: charts(book, period, &held, &lists, &rounds, lang, collate),
        }
    }
}

fn ranking(book: &Book, round: &InspectionRound, collate: Collate) -> Ranking {
    let results = round_results(book, round, collate);
    Ranking {
        round: round.id,
        title: round.title.clone(),
        date: round.date,
        rooms: results.rooms.iter().take(TOP).map(|r| (r.label(), r.total)).collect(),
        buildings: results.buildings.iter().take(TOP).map(|b| (b.building.name.clone(), b.mean())).collect(),
        average: crate::summary::figures::mean(results.rooms.iter().map(|r| r.counted())),
        scored: results.rooms.len(),
    }
}

/// "9月", "Sep": a month within the semester needs no year.
pub fn month_label(lang: Lang, month: NaiveDate) -> String {
    match lang {
        Lang::Zh => format!("{}月", month.month()),
        Lang::En => crate::locale::month_abbreviation(month).to_owned(),
    }
}

/// Every month the period touches, by its first day.
fn months(period: &Period) -> Vec<NaiveDate> {
    let first = |d: NaiveDate| d.with_day(1).unwrap_or(d);
    let mut out = vec![first(period.from)];
    while let Some(next) = out.last().and_then(|m| m.checked_add_months(chrono::Months::new(1))) {
        if next > period.to {
            break;
        }
        out.push(next);
    }
    out
}

fn month_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn count_bar(label: String, n: usize) -> Bar {
    Bar { label, values: vec![n as i64], shown: vec![n.to_string()] }
}

fn charts(
    book: &Book,
    period: &Period,
    held: &[Activity],
    lists: &[AttendanceList],
    rounds: &[InspectionRound],
    lang: Lang,
    collate: Collate,
) -> Charts {
    let mut per_unit: Vec<Bar> = units(book)
        .iter()
        .map(|u| (u.name(lang == Lang::En).to_owned(), held.iter().filter(|a| a.units.contains(&u.id)).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| count_bar(name, n))
        .collect();
    per_unit.sort_by(|a, b| b.values.cmp(&a.values).then_with(|| collate(&a.label, &b.label)));
    let all_months = months(period);
    let per_month = if held.is_empty() {
        Vec::new()
    } else {
        all_months
            .iter()
            .map(|m| count_bar(month_label(lang, *m), held.iter().filter(|a| a.date.map(month_of) == Some(*m)).count()))
            .collect()
    };
    let mut by_month: BTreeMap<NaiveDate, (usize, usize)> = BTreeMap::new();
    for l in lists {
        if let Some(d) = l.date {
            let e = by_month.entry(month_of(d)).or_default();
            e.0 += l.attended();
            e.1 += l.expected_count();
        }
    }
    let attendance = by_month
        .into_iter()
        .map(|(m, (a, e))| {
            let p = percent(a, e);
            Point { label: month_label(lang, m), value: p.map(|p| p as i64), shown: shown_percent(p) }
        })
        .collect();
    let inspections = rounds
        .iter()
        .map(|r| {
            let avg = inspection_average(book, std::slice::from_ref(r), collate);
            let label = r.date.map(|d| format!("{}/{}", d.month(), d.day())).unwrap_or_else(|| r.title.clone());
            Point { label, value: avg.map(|t| t.0), shown: avg.map_or("—".into(), |t| t.to_string()) }
        })
        .collect();
    let inspection_max = rounds
        .iter()
        .map(|r| crate::inspections::rubric::Rubric::from_copy(&r.rubric_copy).full_marks().0)
        .max()
        .unwrap_or(0);
    Charts { per_unit, per_month, attendance, inspections, inspection_max, budget: budget_bars(book, period, lang) }
}

pub fn shown_percent(p: Option<usize>) -> String {
    p.map_or("—".into(), |p| format!("{p}%"))
}

/// The union's budget of the semester against what it spent, per category, in the currency
/// most of the money is in (a chart has one scale; the table beside it shows the rest).
fn budget_bars(book: &Book, period: &Period, lang: Lang) -> Vec<Bar> {
    if period.is_term {
        return Vec::new();
    }
    let against = against(book, Scope::Union { semester: period.id });
    let currency = main_currency(&against.budgeted().plus(&against.actual()));
    Category::ALL
        .into_iter()
        .map(|c| (c, against.line(c)))
        .filter(|(_, l)| l.budget.is_some() || !l.actual.is_zero())
        .map(|(c, l)| {
            let (b, a) = (l.budgeted().get(currency), l.actual.get(currency));
            Bar {
                label: category_name(c, lang).to_owned(),
                values: vec![b, a],
                shown: vec![l.budgeted().show(lang), l.actual.show(lang)],
            }
        })
        .collect()
}

fn main_currency(t: &Totals) -> Currency {
    t.amounts().max_by_key(|a| a.minor.abs()).map_or(Currency::Cny, |a| a.currency)
}

#[cfg(test)]
#[path = "dashboard_tests.rs"]
pub(crate) mod tests;
