//! The marks of an attendance list.

use serde_json::{Value, json};

use crate::book::schema::FieldType;
use crate::book::{Record, RecordId};

pub const MARK_PREFIX: &str = "mark:";
pub const MARKS: &[&str] = &["present", "late", "excused", "absent"];
/// The schema line a kind that takes attendance adds to its `prefixed` fields.
pub const MARK_FIELDS: (&str, FieldType) = (MARK_PREFIX, FieldType::Choice(MARKS));

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    Present,
    Late,
    Excused,
    Absent,
}

impl Mark {
    pub const ALL: [Mark; 4] = [Mark::Present, Mark::Late, Mark::Excused, Mark::Absent];

    pub fn word(self) -> &'static str {
        MARKS[self as usize]
    }

    pub fn parse(word: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|m| m.word() == word)
    }

    /// Whether the person was there (late counts).
    pub fn attended(self) -> bool {
        matches!(self, Mark::Present | Mark::Late)
    }
}

/// The field that holds one person's mark; `None` clears it.
pub fn mark_field(person: RecordId, mark: Option<Mark>) -> (String, Value) {
    (format!("{MARK_PREFIX}{person}"), mark.map_or(Value::Null, |m| json!(m.word())))
}

/// Everyone marked on a record, with their mark.
pub fn marks(record: &Record) -> Vec<(RecordId, Mark)> {
    record
        .fields
        .iter()
        .filter_map(|(name, e)| {
            Some((RecordId::parse(name.strip_prefix(MARK_PREFIX)?)?, Mark::parse(e.value.as_str()?)?))
        })
        .collect()
}

pub fn mark_of(record: &Record, person: RecordId) -> Option<Mark> {
    record.value(&format!("{MARK_PREFIX}{person}")).and_then(Value::as_str).and_then(Mark::parse)
}

/// How many of `expected` attended, and how many were marked at all.
pub fn tally(record: &Record, expected: &[RecordId]) -> (usize, usize) {
    let all = marks(record);
    let marked: Vec<&(RecordId, Mark)> = all.iter().filter(|(p, _)| expected.contains(p)).collect();
    (marked.iter().filter(|(_, m)| m.attended()).count(), marked.len())
}

/// How many of the expected people have each mark, and how many none yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MarkCounts {
    /// By mark, in the order of `Mark::ALL`.
    pub by_mark: [usize; 4],
    pub unmarked: usize,
}

pub fn counts(record: Option<&Record>, expected: &[RecordId]) -> MarkCounts {
    let mut out = MarkCounts::default();
    for person in expected {
        match record.and_then(|r| mark_of(r, *person)) {
            Some(mark) => out.by_mark[mark as usize] += 1,
            None => out.unmarked += 1,
        }
    }
    out
}

/// "Mark everyone present": the fields that mark every expected person not marked yet as
/// present, and the fields that take it back (those people unmarked again). People already
/// marked keep their mark.
pub fn everyone_present(
    record: Option<&Record>,
    expected: &[RecordId],
) -> (Vec<(String, Value)>, Vec<(String, Value)>) {
    let unmarked: Vec<RecordId> =
        expected.iter().copied().filter(|p| record.and_then(|r| mark_of(r, *p)).is_none()).collect();
    let marks = unmarked.iter().map(|p| mark_field(*p, Some(Mark::Present))).collect();
    let undo = unmarked.iter().map(|p| mark_field(*p, None)).collect();
    (marks, undo)
}

#[cfg(test)]
#[path = "marks_tests.rs"]
mod tests;
