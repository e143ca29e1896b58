//! Selections such as the Star of Tomorrow: reading a selection and its judges' ballots, the
//! selection's form, a ballot's fields, and the tally (`crate::judging`). Pure.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{BALLOT, METHODS, SELECTION};
use crate::book::schema::parse_date;
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors, FormError, Tenths};
use crate::judging::{self, Marks, Method, Proposal, Standing};
use crate::people::model::UNIT;
use crate::people::terms::semester_of;

pub const SCORE: &str = "score:";
pub const VOTE: &str = "vote:";

#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub id: RecordId,
    pub title: String,
    pub unit: Option<RecordId>,
    pub semester: Option<RecordId>,
    pub date: Option<NaiveDate>,
    pub criteria: String,
    pub method: Method,
    pub max_score: i64,
    pub places: usize,
    pub nominees: Vec<RecordId>,
    pub judges: Vec<RecordId>,
    pub winners: Vec<RecordId>,
    pub note: String,
}

impl Selection {
    pub fn from_record(id: RecordId, r: &Record) -> Selection {
        let number = |f: &str| r.value(f).and_then(Value::as_i64);
        Selection {
            id,
            title: r.text("title").to_owned(),
            unit: r.reference("unit"),
            semester: r.reference("semester"),
            date: parse_date(r.text("date")),
            criteria: r.text("criteria").to_owned(),
            method: if r.text("method") == "votes" { Method::Votes } else { Method::Scores },
            max_score: number("max_score").unwrap_or(100),
            places: number("places").and_then(|n| usize::try_from(n).ok()).unwrap_or(1),
            nominees: r.refs("nominees"),
            judges: r.refs("judges"),
            winners: r.refs("winners"),
            note: r.text("note").to_owned(),
        }
    }

    /// The winners are chosen once the union confirmed some.
    pub fn decided(&self) -> bool {
        !self.winners.is_empty()
    }
}

pub fn selection(book: &Book, id: RecordId) -> Option<Selection> {
    book.get(id).filter(|r| r.kind == SELECTION && !r.is_deleted()).map(|r| Selection::from_record(id, r))
}

/// Every selection, newest first.
pub fn selections(book: &Book) -> Vec<Selection> {
    let mut list: Vec<Selection> = book.live(SELECTION).map(|(id, r)| Selection::from_record(id, r)).collect();
    list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
    list
}

/// A judge's ballot: one per judge and selection, whichever phone it was written on.
pub fn ballot_id(selection: RecordId, judge: RecordId) -> RecordId {
    selection.derived(judge)
}

/// The fields a new ballot starts with.
pub fn ballot_fields(selection: RecordId, judge: RecordId) -> Vec<(String, Value)> {
    vec![("selection".into(), json!(selection.to_string())), ("judge".into(), json!(judge.to_string()))]
}

/// What each of the selection's judges gave, from their ballots.
pub fn ballots(book: &Book, s: &Selection) -> Vec<Marks> {
    s.judges
        .iter()
        .filter_map(|judge| {
            let r = book.get(ballot_id(s.id, *judge)).filter(|r| r.kind == BALLOT && !r.is_deleted())?;
            Some(Marks { judge: *judge, marks: marks_of(r, s.method) })
        })
        .collect()
}

/// A ballot's marks: scores in tenths, or a 1 per vote.
pub fn marks_of(r: &Record, method: Method) -> Vec<(RecordId, i64)> {
    match method {
        Method::Scores => r.prefixed(SCORE).filter_map(|(n, v)| Tenths::of(v).map(|t| (n, t.0))).collect(),
        Method::Votes => r.prefixed(VOTE).filter(|(_, v)| **v == Value::Bool(true)).map(|(n, _)| (n, 1)).collect(),
    }
}

/// The tally: nominees best first, and the winners it proposes (a tie at the cut left open).
pub fn tally(book: &Book, s: &Selection, order: &[RecordId]) -> (Vec<Standing>, Proposal) {
    let ranked = judging::rank(order, &ballots(book, s), s.method);
    let proposal = judging::winners(&ranked, Some(s.places), &|_| None::<u8>, &Default::default());
    (ranked, proposal)
}

/// The judges yet to score every nominee (or to vote), with how many nominees they have left.
pub fn waiting_for(book: &Book, s: &Selection) -> Vec<(RecordId, usize)> {
    judging::waiting_for(&s.judges, &s.nominees, &ballots(book, s), s.method)
}

/// A score as typed for a nominee, as the ballot field to write (`null` clears it).
pub fn score_field(nominee: RecordId, typed: &str, max: i64) -> Result<(String, Value), FormError> {
    judging::score_field(SCORE, nominee, typed, max)
}

pub fn vote_field(nominee: RecordId, on: bool) -> (String, Value) {
    (format!("{VOTE}{nominee}"), json!(on))
}

/// The selection's form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SelectionDraft {
    pub title: String,
    pub unit: String,
    pub date: String,
    pub criteria: String,
    pub method: String,
    pub max_score: String,
    pub places: String,
    pub note: String,
}

impl SelectionDraft {
    pub fn new(today: NaiveDate) -> SelectionDraft {
        SelectionDraft {
            date: today.to_string(),
            method: "scores".into(),
            max_score: "100".into(),
            places: "3".into(),
            ..SelectionDraft::default()
        }
    }

    pub fn from_selection(s: &Selection) -> SelectionDraft {
        SelectionDraft {
            title: s.title.clone(),
            unit: s.unit.map(|u| u.to_string()).unwrap_or_default(),
            date: s.date.map(|d| d.to_string()).unwrap_or_default(),
            criteria: s.criteria.clone(),
            method: if s.method == Method::Votes { "votes" } else { "scores" }.into(),
            max_score: s.max_score.to_string(),
            places: s.places.to_string(),
            note: s.note.clone(),
        }
    }

    /// The fields to write; the semester is the one the date falls in.
    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 120);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, false);
        let date = forms::date(&mut e, "date", &self.date, true);
        let criteria = forms::optional(&mut e, "criteria", &self.criteria, 3_000);
        let method = forms::choice(&mut e, "method", &self.method, METHODS, false);
        let scored = method.as_deref() == Some("scores");
        let max_score = forms::integer(&mut e, "max_score", &self.max_score, 1, 1_000, scored);
        let places = forms::integer(&mut e, "places", &self.places, 1, 999, true);
        let note = forms::optional(&mut e, "note", &self.note, 2_000);
        if !e.is_empty() {
            return Err(e);
        }
        let semester = date.and_then(|d| semester_of(book, d)).map(|s| s.id.to_string());
        Ok(vec![
            ("title".into(), json!(title)),
            ("unit".into(), forms::opt(unit.map(|u| u.to_string()))),
            ("semester".into(), forms::opt(semester)),
            ("date".into(), forms::date_value(date)),
            ("criteria".into(), json!(criteria)),
            ("method".into(), forms::opt(method)),
            ("max_score".into(), forms::opt(max_score)),
            ("places".into(), forms::opt(places)),
            ("note".into(), json!(note)),
        ])
    }
}

#[cfg(test)]
#[path = "selections_tests.rs"]
mod tests;
