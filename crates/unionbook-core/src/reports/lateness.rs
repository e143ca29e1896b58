//! When each unit's reports are due, and who is late for which period. A unit's cadence cuts
//! time into periods — ISO weeks (Monday first), calendar months, or academic semesters — from
//! its `since` (else the start of the semester holding today) up to today. A period's report is
//! due `grace_days` after the period closes; a unit is late for every period past due without a
//! report, and a report filed after its due day still counts as filed (shown as filed late).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::model::{Cadence, CadenceSetting, Report, all_reports, cadence_of};
use crate::book::{Book, RecordId};
use crate::calendar::Semester;
use crate::people::terms::{SemesterRecord, semesters};

/// How far back periods are counted: a `since` typed decades ago (or read from a bad file)
/// must not make a list of thousands of weeks.
const LOOK_BACK_DAYS: u64 = 3_660;

/// One period of a cadence: `start..=end`, consecutive periods of a cadence tiling time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub cadence: Cadence,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The book's record of a semester period, when it has one.
    pub semester: Option<RecordId>,
    /// When the period's work ends: its last day, or for a semester the book's end of term.
    closes: NaiveDate,
}

impl Period {
    /// The period of `cadence` that holds `date`. Semesters are the calendar's halves of the
    /// academic year (so they tile), named and closed by the book's `semester` records.
    pub fn containing(cadence: Cadence, date: NaiveDate, semesters: &[SemesterRecord]) -> Period {
        let (start, end, semester) = match cadence {
            Cadence::Weekly => {
                let start = date - Days::new(u64::from(date.weekday().num_days_from_monday()));
                (start, start + Days::new(6), None)
            }
            Cadence::Monthly => {
                let start = date.with_day(1).expect("every month has a first day");
                (start, start + Months::new(1) - Days::new(1), None)
            }
            Cadence::Semester => {
                let half = Semester::containing(date);
                (half.first_day(), half.last_day(), semesters.iter().find(|s| s.semester == half))
            }
        };
        let closes = semester.map_or(end, |s| s.ends.clamp(start, end));
        Period { cadence, start, end, semester: semester.map(|s| s.id), closes }
    }

    /// The period right after this one.
    pub fn next(&self, semesters: &[SemesterRecord]) -> Period {
        Period::containing(self.cadence, self.end + Days::new(1), semesters)
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The last day its report is on time.
    pub fn due(&self, grace_days: u32) -> NaiveDate {
        self.closes + Days::new(u64::from(grace_days))
    }

    /// The period as a form's choice: `monthly:2026-11-01`.
    pub fn value(&self) -> String {
        format!("{}:{}", self.cadence.word(), self.start)
    }

    pub fn parse(value: &str, semesters: &[SemesterRecord]) -> Option<Period> {
        let (cadence, start) = value.split_once(':')?;
        let start = crate::book::schema::parse_date(start)?;
        Some(Period::containing(Cadence::parse(cadence)?, start, semesters))
    }

    /// Whether `report` is this period's report.
    pub fn is_of(&self, report: &Report) -> bool {
        report.cadence == Some(self.cadence) && report.period_start.is_some_and(|d| self.contains(d))
    }
}

/// The first day a unit's periods are counted from.
pub fn counted_from(setting: &CadenceSetting, semesters: &[SemesterRecord], today: NaiveDate) -> NaiveDate {
    let from = setting.since.unwrap_or_else(|| {
        semesters.iter().find(|s| s.contains(today)).map_or(Semester::containing(today).first_day(), |s| s.starts)
    });
    from.max(today - Days::new(LOOK_BACK_DAYS))
}

/// The periods a unit reports for, oldest first: from the one holding its first counted day to
/// the one holding today. None when it has no cadence or starts after today.
pub fn periods(setting: &CadenceSetting, semesters: &[SemesterRecord], today: NaiveDate) -> Vec<Period> {
    let Some(cadence) = setting.cadence else { return Vec::new() };
    let mut period = Period::containing(cadence, counted_from(setting, semesters, today), semesters);
    let mut list = Vec::new();
    while period.start <= today {
        let next = period.next(semesters);
        list.push(period);
        period = next;
    }
    list
}

/// Where a unit stands for one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Its report is in; `late` when it was submitted after the due day.
    Filed { report: RecordId, late: bool },
    /// Past due and no report.
    Late,
    /// Not due yet, no report.
    Open,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodStanding {
    pub period: Period,
    pub due: NaiveDate,
    pub standing: Standing,
}

/// The report that counts for `period` among a unit's: the first submitted.
pub fn report_for<'a>(period: &Period, reports: &'a [Report]) -> Option<&'a Report> {
    reports.iter().filter(|r| period.is_of(r)).min_by_key(|r| (r.submitted_on.is_none(), r.submitted_on, r.id))
}

/// Whether a report came in after its period's due day (at the unit's grace days now).
pub fn filed_late(report: &Report, grace_days: u32, semesters: &[SemesterRecord]) -> bool {
    let (Some(cadence), Some(start), Some(on)) = (report.cadence, report.period_start, report.submitted_on) else {
        return false;
    };
    on > Period::containing(cadence, start, semesters).due(grace_days)
}

/// Each of a unit's periods, oldest first, with its report or lateness on `today`. `reports`
/// are the unit's own.
pub fn standings(
    setting: &CadenceSetting,
    reports: &[Report],
    semesters: &[SemesterRecord],
    today: NaiveDate,
) -> Vec<PeriodStanding> {
    periods(setting, semesters, today)
        .into_iter()
        .map(|period| {
            let due = period.due(setting.grace_days);
            let standing = match report_for(&period, reports) {
                Some(r) => Standing::Filed { report: r.id, late: r.submitted_on.is_some_and(|on| on > due) },
                None if today > due => Standing::Late,
                None => Standing::Open,
            };
            PeriodStanding { period, due, standing }
        })
        .collect()
}

/// A unit late for some periods (oldest first), with each period's due day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LateUnit {
    pub unit: RecordId,
    pub periods: Vec<(Period, NaiveDate)>,
}

/// The units late on `today`, those late longest first; `units` in the order to show them
/// otherwise (by name).
pub fn late_units(book: &Book, units: &[RecordId], today: NaiveDate) -> Vec<LateUnit> {
    let semesters = semesters(book);
    let reports = all_reports(book);
    let mut late: Vec<LateUnit> = units
        .iter()
        .map(|&unit| {
            let own: Vec<Report> = reports.iter().filter(|r| r.unit == Some(unit)).cloned().collect();
            let periods = standings(&cadence_of(book, unit), &own, &semesters, today)
                .into_iter()
                .filter(|s| s.standing == Standing::Late)
                .map(|s| (s.period, s.due))
                .collect();
            LateUnit { unit, periods }
        })
        .filter(|l: &LateUnit| !l.periods.is_empty())
        .collect();
    late.sort_by_key(|l| l.periods[0].0.start);
    late
}

/// The periods a report form offers for a unit: those without a report first, oldest first
/// (so a late one, else the one just closed, else the current one, comes first), then those
/// filed, newest first. A report being corrected keeps its own period, first.
pub fn offered_periods(
    setting: &CadenceSetting,
    reports: &[Report],
    semesters: &[SemesterRecord],
    today: NaiveDate,
    editing: Option<&Report>,
) -> Vec<Period> {
    let own = editing.and_then(|r| Some(Period::containing(r.cadence?, r.period_start?, semesters)));
    let (filed, unfiled): (Vec<PeriodStanding>, Vec<PeriodStanding>) = standings(setting, reports, semesters, today)
        .into_iter()
        .partition(|s| matches!(s.standing, Standing::Filed { .. }));
    let rest = unfiled.into_iter().chain(filed.into_iter().rev()).map(|s| s.period);
    own.clone().into_iter().chain(rest.filter(|p| Some(p) != own.as_ref())).collect()
}

/// The days a report's period covers (its first day alone when its cadence is unknown).
pub fn span(report: &Report) -> Option<(NaiveDate, NaiveDate)> {
    let start = report.period_start?;
    Some(report.cadence.map_or((start, start), |c| {
        // Spans do not depend on the book's semesters, only their names and closing days do.
        let p = Period::containing(c, start, &[]);
        (p.start, p.end)
    }))
}

/// A unit's reports whose period overlaps `from..=to`, oldest first: what a summary of those
/// dates (a semester whose term starts after its calendar half) draws on.
pub fn reports_of_unit(book: &Book, unit: RecordId, from: NaiveDate, to: NaiveDate) -> Vec<Report> {
    let mut list: Vec<Report> = all_reports(book)
        .into_iter()
        .filter(|r| r.unit == Some(unit) && span(r).is_some_and(|(a, b)| a <= to && from <= b))
        .collect();
    list.sort_by_key(|r| (r.period_start, r.submitted_on, r.id));
    list
}

/// Every unit's reports whose period overlaps `within` (all when `None`), newest first,
/// in the order of `units`; units without reports are left out.
pub fn reports_by_unit(
    book: &Book,
    units: &[RecordId],
    within: Option<(NaiveDate, NaiveDate)>,
) -> Vec<(RecordId, Vec<Report>)> {
    let (from, to) = within.unwrap_or((NaiveDate::MIN, NaiveDate::MAX));
    units
        .iter()
        .map(|&u| {
            let mut list = reports_of_unit(book, u, from, to);
            list.reverse();
            (u, list)
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

#[cfg(test)]
#[path = "lateness_tests.rs"]
mod tests;
