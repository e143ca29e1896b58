//! Every list that takes attendance, whatever area it belongs to: a record whose kind takes
//! `mark:` fields. Trainings are such lists today; activities, meetings and self-study checks
//! join the Attendance overview by taking marks the same way. One kind counts differently: a
//! self-study check's marks name only the exceptions, so its unmarked people were there.

use chrono::NaiveDate;
use serde_json::Value;

use super::marks::{MARK_PREFIX, MarkCounts, counts, marks};
use super::self_study::model::{SELF_STUDY, overview_counts};
use crate::book::schema::{KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};

/// One list, with its marks counted over everyone it expects.
#[derive(Clone, Debug, PartialEq)]
pub struct AttendanceList {
    pub id: RecordId,
    pub kind: String,
    pub date: Option<NaiveDate>,
    pub counts: MarkCounts,
}

impl AttendanceList {
    /// Whether the list's day has come: a meeting or activity still ahead has expected people
    /// but no absentees yet, so it counts in no rate until its day.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.date.is_none_or(|d| d <= today)
    }

    /// Everyone the list expects: those invited (the `invited` field, by convention of every
    /// kind that takes marks) and anyone marked without being invited.
    pub fn expected(record: &Record) -> Vec<RecordId> {
        let mut people: Vec<RecordId> = record
            .value("invited")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().and_then(RecordId::parse)).collect())
            .unwrap_or_default();
        people.extend(marks(record).into_iter().map(|(p, _)| p));
        people.sort_unstable();
        people.dedup();
        people
    }

    pub fn attended(&self) -> usize {
        self.counts.by_mark.iter().zip(super::marks::Mark::ALL).filter(|(_, m)| m.attended()).map(|(n, _)| n).sum()
    }

    pub fn expected_count(&self) -> usize {
        self.counts.by_mark.iter().sum::<usize>() + self.counts.unmarked
    }
}

/// A list's marks counted over everyone it expects; a self-study check counts its unmarked
/// people as present, by its own rule (`self_study::model::Tally`).
fn list_counts(record: &Record) -> MarkCounts {
    if record.kind == SELF_STUDY {
        return overview_counts(record);
    }
    counts(Some(record), &AttendanceList::expected(record))
}

/// Whether records of a kind take attendance.
pub fn takes_attendance(schema: &KindSchema) -> bool {
    schema.prefixed.iter().any(|(prefix, _)| *prefix == MARK_PREFIX)
}

/// The lists in the book, newest first (undated last); only those dated within `[first,
/// last]` when a range is given.
pub fn attendance_lists(
    book: &Book,
    schema_of: &dyn Fn(&str) -> Option<&'static KindSchema>,
    within: Option<(NaiveDate, NaiveDate)>,
) -> Vec<AttendanceList> {
    // The date is checked before the kind and the marks are counted: a semester's lists are a
    // few of the book's, and counting every list's marks first made the summary of one
    // semester count four years of them.
    let mut lists: Vec<AttendanceList> = book
        .iter()
        .filter(|(_, r)| !r.is_deleted())
        .map(|(id, r)| (id, r, parse_date(r.text("date"))))
        .filter(|(_, _, date)| within.is_none_or(|(a, b)| date.is_some_and(|d| a <= d && d <= b)))
        .filter(|(_, r, _)| schema_of(&r.kind).is_some_and(takes_attendance))
        .map(|(id, r, date)| AttendanceList { id, kind: r.kind.clone(), date, counts: list_counts(r) })
        .collect();
    lists.sort_by(|a, b| (b.date.is_some(), b.date).cmp(&(a.date.is_some(), a.date)));
    lists
}

/// Attended and expected over all the lists: the rate is the first over the second.
pub fn overall<'a>(lists: impl IntoIterator<Item = &'a AttendanceList>) -> (usize, usize) {
    lists.into_iter().fold((0, 0), |(a, e), l| (a + l.attended(), e + l.expected_count()))
}

#[cfg(test)]
#[path = "lists_tests.rs"]
mod tests;
