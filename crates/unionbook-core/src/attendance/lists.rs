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
mod tests {
    use super::*;
    use crate::attendance::marks::{Mark, mark_field};
    use crate::book::{Clock, Entropy, SeededEntropy};
    use crate::kinds::schema_of;
    use crate::people::training::TRAINING;
    use proptest::prelude::*;
    use serde_json::json;

    fn training(
        book: &mut Book,
        clock: &mut Clock,
        date: &str,
        invited: &[RecordId],
        marks: &[(RecordId, Mark)],
    ) -> RecordId {
        let id = SeededEntropy(date.len() as u64 * 31 + invited.len() as u64 * 7 + marks.len() as u64).new_id();
        let mut fields = vec![
            ("topic".to_owned(), json!("培训")),
            ("date".to_owned(), json!(date)),
            ("invited".to_owned(), json!(invited.iter().map(|p| p.to_string()).collect::<Vec<_>>())),
        ];
        fields.extend(marks.iter().map(|(p, m)| mark_field(*p, Some(*m))));
        book.write(id, TRAINING, clock.tick(1), fields);
        id
    }

    fn people(n: usize) -> Vec<RecordId> {
        let mut e = SeededEntropy(99);
        (0..n).map(|_| e.new_id()).collect()
    }

    #[test]
    fn a_list_counts_the_invited_and_anyone_marked_without_an_invitation() {
        let p = people(4);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        training(
            &mut book,
            &mut clock,
            "2026-10-12",
            &p[..3],
            &[(p[0], Mark::Present), (p[1], Mark::Late), (p[3], Mark::Absent)],
        );
        let lists = attendance_lists(&book, &schema_of, None);
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].counts, MarkCounts { by_mark: [1, 1, 0, 1], unmarked: 1 });
        assert_eq!((lists[0].attended(), lists[0].expected_count()), (2, 4));
    }

    #[test]
    fn lists_are_newest_first_filtered_by_dates_and_deleted_ones_left_out() {
        let p = people(2);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        let old = training(&mut book, &mut clock, "2026-09-20", &p, &[]);
        let new = training(&mut book, &mut clock, "2026-11-02", &p[..1], &[]);
        let gone = training(&mut book, &mut clock, "2026-10-01", &p, &[(p[0], Mark::Present)]);
        book.set_deleted(gone, true, clock.tick(2));
        let ids: Vec<RecordId> = attendance_lists(&book, &schema_of, None).iter().map(|l| l.id).collect();
        assert_eq!(ids, vec![new, old]);
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let october = attendance_lists(&book, &schema_of, Some((day("2026-10-01"), day("2026-10-31"))));
        assert!(october.is_empty());
    }

    #[test]
    fn a_self_study_check_counts_everyone_expected_and_not_marked_as_present() {
        let p = people(3);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        let check = SeededEntropy(500).new_id();
        let mut fields = vec![("date".to_owned(), json!("2026-11-09")), ("expected".to_owned(), json!(24))];
        fields.extend([
            mark_field(p[0], Some(Mark::Absent)),
            mark_field(p[1], Some(Mark::Late)),
            mark_field(p[2], Some(Mark::Excused)),
        ]);
        book.write(check, SELF_STUDY, clock.tick(1), fields);
        let lists = attendance_lists(&book, &schema_of, None);
        assert_eq!(lists[0].counts, MarkCounts { by_mark: [21, 1, 1, 1], unmarked: 0 });
        assert_eq!((lists[0].attended(), lists[0].expected_count()), (22, 24));
    }

    proptest! {
        #[test]
        fn the_overall_rate_adds_up_every_list(marks in proptest::collection::vec(proptest::collection::vec(0usize..5, 0..8), 0..6)) {
            let p = people(8);
            let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
            let mut expected_attended = 0;
            let mut expected_total = 0;
            for (i, list) in marks.iter().enumerate() {
                let marked: Vec<(RecordId, Mark)> = list.iter().enumerate().filter(|(_, m)| **m < 4).map(|(j, m)| (p[j], Mark::ALL[*m])).collect();
                expected_attended += marked.iter().filter(|(_, m)| m.attended()).count();
                expected_total += list.len();
                let id = SeededEntropy(1000 + i as u64).new_id();
                let mut fields = vec![("invited".to_owned(), json!(p[..list.len()].iter().map(|x| x.to_string()).collect::<Vec<_>>()))];
                fields.extend(marked.iter().map(|(who, m)| mark_field(*who, Some(*m))));
                book.write(id, TRAINING, clock.tick(1), fields);
            }
            prop_assert_eq!(overall(&attendance_lists(&book, &schema_of, None)), (expected_attended, expected_total));
        }
    }
}
