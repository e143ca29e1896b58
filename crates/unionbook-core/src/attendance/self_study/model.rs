//! Evening self-study checks: per class and evening, who was absent, late or excused (with a
//! reason). Everyone expected and not marked was there.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::attendance::marks::{MARK_FIELDS, MARK_PREFIX, Mark, MarkCounts, mark_field, mark_of, marks};
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
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
    together: &[],
    ids: IdRule::Random,
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

impl SelfStudyCheck {
    pub fn from_record(id: RecordId, r: &Record) -> SelfStudyCheck {
        let invited = r.refs("invited");
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
        Tally {
            expected: self.expected,
            absent: count(Mark::Absent),
            late: count(Mark::Late),
            excused: count(Mark::Excused),
        }
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
    // The date is read before the rest: a check's roster and marks (hundreds of ids to parse)
    // are read only for the checks kept (a semester's summary keeps a fraction of four years').
    let mut list: Vec<SelfStudyCheck> = book
        .live(SELF_STUDY)
        .filter(|(_, r)| within.is_none_or(|(a, b)| parse_date(r.text("date")).is_some_and(|d| a <= d && d <= b)))
        .map(|(id, r)| SelfStudyCheck::from_record(id, r))
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
        let typed_own = !self.expected.trim().is_empty()
            && Some(self.expected.trim()) != old_size.map(|n| n.to_string()).as_deref();
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
#[path = "model_tests.rs"]
mod tests;
