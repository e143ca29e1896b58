//! Terms ("the 6th Student Union") and the semesters they hold. Everything dated belongs to the
//! semester whose dates contain it, so every list can be filtered to a semester.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::calendar::{Semester, SemesterHalf};
use crate::forms::{self, FieldErrors, FormError};

pub const TERM: &str = "term";
pub const SEMESTER: &str = "semester";
pub const HALVES: &[&str] = &["first", "second"];

pub static TERM_SCHEMA: KindSchema = KindSchema {
    kind: TERM,
    fields: &[("number", FieldType::Integer(1, 99)), ("starts", FieldType::Date), ("ends", FieldType::Date)],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

pub static SEMESTER_SCHEMA: KindSchema = KindSchema {
    kind: SEMESTER,
    fields: &[
        ("term", FieldType::Ref),
        ("start_year", FieldType::Integer(2000, 2100)),
        ("half", FieldType::Choice(HALVES)),
        ("starts", FieldType::Date),
        ("ends", FieldType::Date),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub id: RecordId,
    pub number: u8,
    pub starts: Option<NaiveDate>,
    pub ends: Option<NaiveDate>,
}

impl Term {
    pub fn from_record(id: RecordId, r: &Record) -> Term {
        Term {
            id,
            number: r.value("number").and_then(Value::as_u64).unwrap_or(0) as u8,
            starts: parse_date(r.text("starts")),
            ends: parse_date(r.text("ends")),
        }
    }
}

/// A semester as the book keeps it: which term, which half of which academic year, its dates.
#[derive(Clone, Debug, PartialEq)]
pub struct SemesterRecord {
    pub id: RecordId,
    pub term: Option<RecordId>,
    pub semester: Semester,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
}

impl SemesterRecord {
    pub fn from_record(id: RecordId, r: &Record) -> Option<SemesterRecord> {
        let half = if r.text("half") == "second" { SemesterHalf::Second } else { SemesterHalf::First };
        let semester = Semester::new(r.value("start_year")?.as_i64()? as i32, half)?;
        let starts = parse_date(r.text("starts")).unwrap_or_else(|| semester.first_day());
        let ends = parse_date(r.text("ends")).unwrap_or_else(|| semester.last_day());
        Some(SemesterRecord { id, term: RecordId::parse(r.text("term")), semester, starts, ends })
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.starts <= date && date <= self.ends
    }
}

/// Every live term, newest first.
pub fn terms(book: &Book) -> Vec<Term> {
    let mut list: Vec<Term> = book.live(TERM).map(|(id, r)| Term::from_record(id, r)).collect();
    list.sort_by(|a, b| b.number.cmp(&a.number));
    list
}

/// Every live semester, newest first.
pub fn semesters(book: &Book) -> Vec<SemesterRecord> {
    let mut list: Vec<SemesterRecord> =
        book.live(SEMESTER).filter_map(|(id, r)| SemesterRecord::from_record(id, r)).collect();
    list.sort_by(|a, b| b.starts.cmp(&a.starts));
    list
}

pub fn semester(book: &Book, id: RecordId) -> Option<SemesterRecord> {
    book.get(id).filter(|r| r.kind == SEMESTER && !r.is_deleted()).and_then(|r| SemesterRecord::from_record(id, r))
}

/// The first and last day of semester `id`, if it is a live semester.
pub fn semester_days(book: &Book, id: RecordId) -> Option<(NaiveDate, NaiveDate)> {
    semester(book, id).map(|s| (s.starts, s.ends))
}

/// The semester a date belongs to, if the book has one for it.
pub fn semester_of(book: &Book, date: NaiveDate) -> Option<SemesterRecord> {
    semesters(book).into_iter().find(|s| s.contains(date))
}

/// A term's form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermDraft {
    pub number: String,
    pub starts: String,
    pub ends: String,
}

impl TermDraft {
    /// The form as a term shows it, for correcting.
    pub fn from_term(t: &Term) -> TermDraft {
        TermDraft {
            number: t.number.to_string(),
            starts: t.starts.map(|d| d.to_string()).unwrap_or_default(),
            ends: t.ends.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    pub fn validate(&self, book: &Book, editing: Option<RecordId>) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let number = forms::integer(&mut e, "number", &self.number, 1, 99, true);
        let starts = forms::date(&mut e, "starts", &self.starts, false);
        let ends = forms::date(&mut e, "ends", &self.ends, false);
        forms::ordered(&mut e, "ends", starts, ends);
        if number.is_some_and(|n| terms(book).iter().any(|t| i64::from(t.number) == n && Some(t.id) != editing)) {
            e.push(("number", FormError::Taken));
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("number".into(), json!(number)),
            ("starts".into(), forms::date_value(starts)),
            ("ends".into(), forms::date_value(ends)),
        ])
    }
}

/// A semester's form, as typed. Its dates default to the academic calendar's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SemesterDraft {
    pub term: String,
    pub start_year: String,
    pub half: String,
    pub starts: String,
    pub ends: String,
}

impl SemesterDraft {
    /// The form as a semester shows it, for correcting.
    pub fn from_semester(s: &SemesterRecord) -> SemesterDraft {
        SemesterDraft {
            term: s.term.map(|t| t.to_string()).unwrap_or_default(),
            start_year: s.semester.start_year.to_string(),
            half: if s.semester.half == SemesterHalf::First { "first" } else { "second" }.into(),
            starts: s.starts.to_string(),
            ends: s.ends.to_string(),
        }
    }

    /// A draft for the semester a date falls in.
    pub fn for_date(term: Option<RecordId>, date: NaiveDate) -> SemesterDraft {
        let s = Semester::containing(date);
        SemesterDraft {
            term: term.map(|t| t.to_string()).unwrap_or_default(),
            start_year: s.start_year.to_string(),
            half: if s.half == SemesterHalf::First { "first" } else { "second" }.into(),
            starts: s.first_day().to_string(),
            ends: s.last_day().to_string(),
        }
    }

    pub fn validate(&self, book: &Book, editing: Option<RecordId>) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let term = forms::reference(&mut e, "term", &self.term, book, TERM, true);
        let year = forms::integer(&mut e, "start_year", &self.start_year, 2000, 2100, true);
        let half = forms::choice(&mut e, "half", &self.half, HALVES, false);
        let starts = forms::date(&mut e, "starts", &self.starts, true);
        let ends = forms::date(&mut e, "ends", &self.ends, true);
        forms::ordered(&mut e, "ends", starts, ends);
        let same = |s: &SemesterRecord| {
            Some(i64::from(s.semester.start_year)) == year
                && Some(if s.semester.half == SemesterHalf::First { "first" } else { "second" }) == half.as_deref()
                && Some(s.id) != editing
        };
        if semesters(book).iter().any(same) {
            e.push(("half", FormError::Taken));
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("term".into(), json!(term.map(|t| t.to_string()))),
            ("start_year".into(), json!(year)),
            ("half".into(), json!(half)),
            ("starts".into(), forms::date_value(starts)),
            ("ends".into(), forms::date_value(ends)),
        ])
    }
}

#[cfg(test)]
#[path = "terms_tests.rs"]
mod tests;
