//! The reports area's words: a cadence, a period and a kind of document as officers say them.

use chrono::{Datelike, NaiveDate};

use super::lateness::Period;
use super::model::{Cadence, DOCUMENT_KINDS};
use crate::calendar::Semester;
use crate::locale::Lang;
use crate::ui::labels::semester_name;

pub fn cadence_name(cadence: Option<Cadence>) -> String {
    match cadence {
        Some(Cadence::Weekly) => tr!(publications.frequencies.weekly),
        Some(Cadence::Monthly) => tr!(publications.frequencies.monthly),
        Some(Cadence::Semester) => tr!(publications.frequencies.per_semester),
        None => tr!(reports.not_reporting),
    }
}

/// "2026年11月", "Nov 2026": the month of a date, cut from the language's date format so both
/// always agree.
pub fn month_name(lang: Lang, date: NaiveDate) -> String {
    let first = date.with_day(1).unwrap_or(date);
    let full = lang.format_date(first);
    match lang {
        Lang::Zh => full.strip_suffix("1日").map(str::to_owned),
        Lang::En => full.strip_prefix("1\u{a0}").map(str::to_owned),
    }
    .unwrap_or(full)
}

/// "2026年11月", "Week of 23 Nov 2026", "2026—2027学年第一学期".
pub fn period_name(lang: Lang, period: &Period) -> String {
    match period.cadence {
        Cadence::Weekly => tr!(reports.week, date = lang.format_date(period.start)),
        Cadence::Monthly => month_name(lang, period.start),
        Cadence::Semester => semester_name(Semester::containing(period.start)),
    }
}

pub fn document_kind_name(kind: &str) -> String {
    match kind {
        "plan" => tr!(filing.kinds.plan),
        "minutes" => tr!(meetings.minutes),
        "summary" => tr!(filing.kinds.summary),
        "notice" => tr!(filing.kinds.notice),
        "contract" => tr!(filing.kinds.contract),
        "receipt" => tr!(filing.kinds.receipt),
        "other" => tr!(activities.categories.other),
        other => other.to_owned(),
    }
}

/// Kinds of document as choices, with a first choice for none.
pub fn kind_options(none: String) -> Vec<(String, String)> {
    let mut list = vec![(String::new(), none)];
    list.extend(DOCUMENT_KINDS.iter().map(|k| (k.to_string(), document_kind_name(k))));
    list
}

#[cfg(test)]
#[path = "labels_tests.rs"]
mod tests;
