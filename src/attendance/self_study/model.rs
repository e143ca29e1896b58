//! Evening self-study checks: per class and evening, who was absent, late or excused (with a
//! reason). Everyone expected and not marked was there.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::attendance::marks::{MARK_FIELDS, MARK_PREFIX, Mark, MarkCounts, mark_field, mark_of, marks};
use crate::book::schema::{FieldType, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors};

pub const SELF_STUDY: &str = "self_study";
pub const REASON_PREFIX: &str = "reason:";
/// The longest excuse kept (the schema's bound on `reason:` fields).
pub const REASON_MAX: usize = 200;

pub static SELF_STUDY_SCHEMA: KindSchema = KindSchema {
    kind: SELF_STUDY,
    fields: &[
        ("date", FieldType::Date),
        ("class", FieldType::Text(60)),
        // The head count expected (from the register, or typed).
        ("expected", FieldType::Integer(0, 1000)),
        ("invited", FieldType::Refs),
        ("checked_by", FieldType::Ref),
        ("notes", FieldType::Text(500)),
    ],
    prefixed: &[MARK_FIELDS, (REASON_PREFIX, FieldType::Text(REASON_MAX))],
};

/// One evening's check of one class.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfStudyCheck {
    pub id: RecordId,
    pub date: Option<NaiveDate>,
    pub class: String,
    /// The head count expected; the roster's size when none was kept.
    pub expected: usize,
    /// The class roster when the check was made.
    pub invited: Vec<RecordId>,
    pub notes: String,
    /// The exceptions: everyone marked absent, late or excused (a `present` mark, which a
    /// check never writes but a merged list might hold, is no exception).
    pub exceptions: Vec<(RecordId, Mark)>,
}

/// A check's figures. Present is worked out, never counted: see [`Tally::present`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub expected: usize,
    pub absent: usize,
    pub late: usize,
    pub excused: usize,
}

impl Tally {
    /// The one rule of a self-study check: everyone expected who was neither absent nor
    /// excused was there, and a late arrival counts as present (they came; lateness is
    /// reported beside it). Never below zero, even if more were marked than expected.
    pub fn present(&self) -> usize {
        self.expected.saturating_sub(self.absent + self.excused)
    }

    /// The marks as the Attendance overview counts every list: nobody is "not marked" on a
    /// check, the unmarked are present.
    pub fn mark_counts(&self) -> MarkCounts {
        let mut by_mark = [0; 4];
        by_mark[Mark::Present as usize] = self.present().saturating_sub(self.late);
        by_mark[Mark::Late as usize] = self.late;
        by_mark[Mark::Excused as usize] = self.excused;
        by_mark[Mark::Absent as usize] = self.absent;
        MarkCounts { by_mark, unmarked: 0 }
    }
}

fn refs(record: &Record, field: &str) -> Vec<RecordId> {
    record
        .value(field)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().and_then(RecordId::parse)).collect())
        .unwrap_or_default()
}

impl SelfStudyCheck {
    pub fn from_record(id: RecordId, r: &Record) -> SelfStudyCheck {
        let invited = refs(r, "invited");
        let expected = r.value("expected").and_then(Value::as_u64).map_or(invited.len(), |n| n as usize);
        let mut exceptions: Vec<(RecordId, Mark)> = marks(r).into_iter().filter(|(_, m)| *m != Mark::Present).collect();
        exceptions.sort_unstable();
        SelfStudyCheck {
            id,
            date: parse_date(r.text("date")),
            class: r.text("class").trim().to_owned(),
            expected,
            invited,
            notes: r.text("notes").to_owned(),
            exceptions,
        }
    }

    pub fn tally(&self) -> Tally {
        let count = |mark| self.exceptions.iter().filter(|(_, m)| *m == mark).count();
        Tally { expected: self.expected, absent: count(Mark::Absent), late: count(Mark::Late), excused: count(Mark::Excused) }
    }

    /// Everyone the check is about: the roster it was made with, then anyone marked who was
    /// not on it; the class as the register has it now when the check kept no roster.
    pub fn roster(&self, class_now: &[RecordId]) -> Vec<RecordId> {
        let mut people = if self.invited.is_empty() { class_now.to_vec() } else { self.invited.clone() };
        for (p, _) in &self.exceptions {
            if !people.contains(p) {
                people.push(*p);
            }
        }
        people
    }

    pub fn absent(&self) -> impl Iterator<Item = RecordId> + '_ {
        self.exceptions.iter().filter(|(_, m)| *m == Mark::Absent).map(|(p, _)| *p)
    }
}

/// The checks in the book, newest first (then by class); only those dated within `[first,
/// last]` when a range is given.
pub fn checks(book: &Book, within: Option<(NaiveDate, NaiveDate)>) -> Vec<SelfStudyCheck> {
    let mut list: Vec<SelfStudyCheck> = book
        .live(SELF_STUDY)
        .map(|(id, r)| SelfStudyCheck::from_record(id, r))
        .filter(|c| within.is_none_or(|(a, b)| c.date.is_some_and(|d| a <= d && d <= b)))
        .collect();
    list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.class.cmp(&b.class)));
    list
}

/// The Attendance overview's counts for a self-study record (`lists` asks this).
pub fn overview_counts(record: &Record) -> MarkCounts {
    SelfStudyCheck::from_record(RecordId::well_known(0), record).tally().mark_counts()
}

/// What one tap on a person of a check does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exception {
    Absent,
    Late,
    Excused(String),
}

impl Exception {
    pub fn mark(&self) -> Mark {
        match self {
            Exception::Absent => Mark::Absent,
            Exception::Late => Mark::Late,
            Exception::Excused(_) => Mark::Excused,
        }
    }
}

fn reason_field(person: RecordId) -> String {
    format!("{REASON_PREFIX}{person}")
}

/// A person's excuse on a check, if any.
pub fn reason_of(record: &Record, person: RecordId) -> Option<&str> {
    record.value(&reason_field(person)).and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// The fields that mark a person (`None`: back to "was there"); a reason goes with an excuse
/// and is cleared with any other mark. An empty or too long reason is refused on its field.
pub fn mark_fields(person: RecordId, exception: Option<&Exception>) -> Result<Vec<(String, Value)>, FieldErrors> {
    let reason = match exception {
        Some(Exception::Excused(text)) => {
            let mut e = FieldErrors::new();
            let reason = forms::required(&mut e, "reason", text, REASON_MAX);
            if !e.is_empty() {
                return Err(e);
            }
            json!(reason)
        }
        _ => Value::Null,
    };
    Ok(vec![mark_field(person, exception.map(Exception::mark)), (reason_field(person), reason)])
}

/// The fields that put a person back as they were on the check: an undo for a tap.
pub fn fields_before(record: Option<&Record>, person: RecordId) -> Vec<(String, Value)> {
    let now = |field: String| {
        let value = record.and_then(|r| r.value(&field)).cloned().unwrap_or(Value::Null);
        (field, value)
    };
    vec![now(format!("{MARK_PREFIX}{person}")), now(reason_field(person))]
}

/// A person's exception on a check, as the roster shows it.
pub fn exception_of(record: &Record, person: RecordId) -> Option<Exception> {
    match mark_of(record, person)? {
        Mark::Absent => Some(Exception::Absent),
        Mark::Late => Some(Exception::Late),
        Mark::Excused => Some(Exception::Excused(reason_of(record, person).unwrap_or_default().to_owned())),
        Mark::Present => None,
    }
}

/// The facts of a check as its form holds them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SelfStudyDraft {
    pub date: String,
    pub class: String,
    /// The expected head count as typed; it follows the class's size until the officer types
    /// one of their own.
    pub expected: String,
    pub notes: String,
}

impl SelfStudyDraft {
    pub fn from_check(c: &SelfStudyCheck) -> SelfStudyDraft {
        SelfStudyDraft {
            date: c.date.map(|d| d.to_string()).unwrap_or_default(),
            class: c.class.clone(),
            expected: c.expected.to_string(),
            notes: c.notes.clone(),
        }
    }

    /// The class chosen is now `class`, of `size` students in the register: the expected head
    /// count follows it unless the officer typed one that was not the old class's size.
    pub fn with_class(self, class: String, old_size: Option<usize>, size: usize) -> SelfStudyDraft {
        let typed_own = !self.expected.trim().is_empty() && Some(self.expected.trim()) != old_size.map(|n| n.to_string()).as_deref();
        SelfStudyDraft { expected: if typed_own { self.expected } else { size.to_string() }, class, ..self }
    }

    /// The fields to store; `roster` is the class as the register has it, kept with the check.
    pub fn validate(&self, roster: &[RecordId]) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let date = forms::date(&mut e, "date", &self.date, true);
        let class = forms::required(&mut e, "class", &self.class, 60);
        let expected = forms::integer(&mut e, "expected", &self.expected, 0, 1000, true);
        let notes = forms::optional(&mut e, "notes", &self.notes, 500);
        if !e.is_empty() {
            return Err(e);
        }
        let invited: Vec<String> = roster.iter().map(RecordId::to_string).collect();
        Ok(vec![
            ("date".into(), forms::date_value(date)),
            ("class".into(), json!(class)),
            ("expected".into(), json!(expected)),
            ("invited".into(), json!(invited)),
            ("notes".into(), json!(notes)),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::{Clock, Entropy, SeededEntropy};
    use crate::forms::FormError;
    use proptest::prelude::*;

    fn ids(n: usize) -> Vec<RecordId> {
        let mut e = SeededEntropy(41);
        (0..n).map(|_| e.new_id()).collect()
    }

    #[test]
    fn a_check_counts_the_unmarked_as_present_and_late_as_present() {
        let p = ids(6);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        let id = p[5];
        let draft = SelfStudyDraft { date: "2026-11-09".into(), class: "行政管理 2401".into(), expected: "5".into(), notes: String::new() };
        book.write(id, SELF_STUDY, clock.tick(1), draft.validate(&p[..5]).unwrap());
        for (person, e) in [(p[0], Exception::Absent), (p[1], Exception::Late), (p[2], Exception::Excused("病假".into()))] {
            book.write(id, SELF_STUDY, clock.tick(2), mark_fields(person, Some(&e)).unwrap());
        }
        let check = SelfStudyCheck::from_record(id, book.get(id).unwrap());
        let t = check.tally();
        assert_eq!((t.expected, t.absent, t.late, t.excused, t.present()), (5, 1, 1, 1, 3));
        assert_eq!(t.mark_counts(), MarkCounts { by_mark: [2, 1, 1, 1], unmarked: 0 });
        assert_eq!(reason_of(book.get(id).unwrap(), p[2]), Some("病假"));
        assert_eq!(check.roster(&[]), p[..5].to_vec());
        assert_eq!(checks(&book, None).len(), 1);
    }

    #[test]
    fn an_excuse_needs_a_reason_and_another_mark_clears_it_and_a_tap_can_be_undone() {
        let p = ids(2);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        let (id, who) = (p[0], p[1]);
        assert_eq!(mark_fields(who, Some(&Exception::Excused("  ".into()))), Err(vec![("reason", FormError::Required)]));
        assert!(mark_fields(who, Some(&Exception::Excused("x".repeat(REASON_MAX + 1)))).is_err());
        book.write(id, SELF_STUDY, clock.tick(1), mark_fields(who, Some(&Exception::Excused("班会".into()))).unwrap());
        let before = fields_before(book.get(id), who);
        book.write(id, SELF_STUDY, clock.tick(2), mark_fields(who, Some(&Exception::Absent)).unwrap());
        assert_eq!(exception_of(book.get(id).unwrap(), who), Some(Exception::Absent));
        assert_eq!(reason_of(book.get(id).unwrap(), who), None);
        book.write(id, SELF_STUDY, clock.tick(3), before);
        assert_eq!(exception_of(book.get(id).unwrap(), who), Some(Exception::Excused("班会".into())));
        book.write(id, SELF_STUDY, clock.tick(4), mark_fields(who, None).unwrap());
        assert_eq!(exception_of(book.get(id).unwrap(), who), None);
    }

    #[test]
    fn the_form_needs_a_date_and_a_class_and_the_head_count_follows_the_class() {
        let empty = SelfStudyDraft::default().validate(&[]).unwrap_err();
        let fields: Vec<&str> = empty.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["date", "class", "expected"]);
        let d = SelfStudyDraft::default().with_class("A".into(), None, 24);
        assert_eq!(d.expected, "24");
        let d = d.with_class("B".into(), Some(24), 22);
        assert_eq!(d.expected, "22", "not typed by the officer: follows the class");
        let d = SelfStudyDraft { expected: "20".into(), ..d }.with_class("A".into(), Some(22), 24);
        assert_eq!(d.expected, "20", "typed by the officer: kept");
        let bad = SelfStudyDraft { date: "2026-11-09".into(), class: "A".into(), expected: "-1".into(), ..SelfStudyDraft::default() };
        assert_eq!(bad.validate(&[]).unwrap_err(), vec![("expected", FormError::NotInRange(0, 1000))]);
    }

    #[test]
    fn a_check_without_a_head_count_expects_its_roster_and_checks_are_newest_first() {
        let p = ids(4);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        let invited = json!([p[1].to_string(), p[2].to_string()]);
        book.write(p[0], SELF_STUDY, clock.tick(1), [("date".into(), json!("2026-11-09")), ("invited".into(), invited)]);
        book.write(p[3], SELF_STUDY, clock.tick(1), [("date".into(), json!("2026-11-10"))]);
        let list = checks(&book, None);
        assert_eq!(list.iter().map(|c| c.id).collect::<Vec<_>>(), vec![p[3], p[0]]);
        assert_eq!(list[1].expected, 2);
        assert_eq!(list[0].roster(&[p[1]]), vec![p[1]], "no roster kept: the class now");
    }

    proptest! {
        /// Against a plain count: present is expected less the absent and the excused, never
        /// negative, and the overview's counts add up to the same present and expected.
        #[test]
        fn present_is_expected_less_absent_and_excused(expected in 0usize..40, marks in proptest::collection::vec(0usize..4, 0..30)) {
            let p = ids(31);
            let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
            let id = p[30];
            book.write(id, SELF_STUDY, clock.tick(1), [("expected".into(), json!(expected))]);
            for (i, m) in marks.iter().enumerate() {
                book.write(id, SELF_STUDY, clock.tick(2), [mark_field(p[i], Some(Mark::ALL[*m]))]);
            }
            let n = |k: usize| marks.iter().filter(|m| **m == k).count();
            let t = SelfStudyCheck::from_record(id, book.get(id).unwrap()).tally();
            prop_assert_eq!((t.late, t.excused, t.absent), (n(1), n(2), n(3)));
            let plain = expected as i64 - n(3) as i64 - n(2) as i64;
            prop_assert_eq!(t.present() as i64, plain.max(0));
            let c = overview_counts(book.get(id).unwrap());
            if n(1) + n(2) + n(3) <= expected {
                prop_assert_eq!(c.by_mark.iter().sum::<usize>(), expected);
                prop_assert_eq!(c.by_mark[0] + c.by_mark[1], t.present());
            }
        }
    }
}
