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
mod tests {
    use super::*;
    use crate::book::{Book, Clock, Entropy, SeededEntropy};

    #[test]
    fn two_phones_marking_the_same_list_merge_person_by_person() {
        let mut ids = SeededEntropy(1);
        let (list, a, b) = (ids.new_id(), ids.new_id(), ids.new_id());
        let mut first = Book::new();
        first.write(list, "training", Clock::new(ids.new_id()).tick(1), [("topic".into(), json!("t"))]);
        let mut second = first.clone();
        first.write(list, "training", Clock::new(ids.new_id()).tick(5), [mark_field(a, Some(Mark::Present))]);
        second.write(list, "training", Clock::new(ids.new_id()).tick(6), [mark_field(b, Some(Mark::Late))]);
        let report = first.plan_merge(&second).report;
        assert!(report.conflicts.is_empty());
        first.merge(&second);
        let record = first.get(list).unwrap();
        let mut got = marks(record);
        got.sort();
        let mut want = vec![(a, Mark::Present), (b, Mark::Late)];
        want.sort();
        assert_eq!(got, want);
        assert_eq!(tally(record, &[a, b, list]), (2, 2));
        assert_eq!(mark_of(record, b), Some(Mark::Late));
    }

    #[test]
    fn everyone_present_marks_only_the_unmarked_and_its_undo_unmarks_them_again() {
        let mut ids = SeededEntropy(3);
        let (list, a, b, c) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
        let mut clock = Clock::new(ids.new_id());
        let mut book = Book::new();
        book.write(list, "training", clock.tick(1), [mark_field(a, Some(Mark::Excused))]);
        let expected = [a, b, c];
        assert_eq!(counts(book.get(list), &expected), MarkCounts { by_mark: [0, 0, 1, 0], unmarked: 2 });

        let (marks, undo) = everyone_present(book.get(list), &expected);
        book.write(list, "training", clock.tick(2), marks);
        assert_eq!(counts(book.get(list), &expected), MarkCounts { by_mark: [2, 0, 1, 0], unmarked: 0 });
        assert_eq!(mark_of(book.get(list).unwrap(), a), Some(Mark::Excused));
        book.write(list, "training", clock.tick(3), undo);
        assert_eq!(counts(book.get(list), &expected), MarkCounts { by_mark: [0, 0, 1, 0], unmarked: 2 });
        assert_eq!(everyone_present(None, &[]), (vec![], vec![]));
    }

    #[test]
    fn clearing_a_mark_leaves_the_person_unmarked() {
        let mut ids = SeededEntropy(2);
        let (list, a) = (ids.new_id(), ids.new_id());
        let mut clock = Clock::new(ids.new_id());
        let mut book = Book::new();
        book.write(list, "training", clock.tick(1), [mark_field(a, Some(Mark::Absent))]);
        book.write(list, "training", clock.tick(2), [mark_field(a, None)]);
        assert!(marks(book.get(list).unwrap()).is_empty());
    }
}
