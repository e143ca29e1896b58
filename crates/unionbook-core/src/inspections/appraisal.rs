//! The dormitory culture appraisal: the rooms entered, the judges' sheets, and the rooms the
//! tally proposes (`crate::judging`), with `awards` in all and a quota per building applied
//! first. Pure.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{APPRAISAL, APPRAISAL_SHEET, ITEM_SCORE_PREFIX, Room, room};
use crate::book::schema::parse_date;
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors, FormError, Tenths};
use crate::judging::{self, Marks, Method, Proposal, Standing};
use crate::people::terms::semester_of;

pub const QUOTA: &str = "quota:";
/// The most an appraisal score is.
pub const MAX_SCORE: i64 = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct Appraisal {
    pub id: RecordId,
    pub title: String,
    pub date: Option<NaiveDate>,
    pub semester: Option<RecordId>,
    pub rooms: Vec<RecordId>,
    pub judges: Vec<RecordId>,
    /// How many rooms are awarded in all; `None` when only the quotas say.
    pub awards: Option<usize>,
    /// Per building, the most of its rooms awarded.
    pub quotas: BTreeMap<RecordId, usize>,
    pub awarded: Vec<RecordId>,
    pub note: String,
}

impl Appraisal {
    pub fn from_record(id: RecordId, r: &Record) -> Appraisal {
        let count = |v: &Value| v.as_i64().and_then(|n| usize::try_from(n).ok());
        Appraisal {
            id,
            title: r.text("title").to_owned(),
            date: parse_date(r.text("date")),
            semester: r.reference("semester"),
            rooms: r.refs("rooms"),
            judges: r.refs("judges"),
            awards: r.value("awards").and_then(count),
            quotas: r.prefixed(QUOTA).filter_map(|(b, v)| Some((b, count(v)?))).collect(),
            awarded: r.refs("awarded"),
            note: r.text("note").to_owned(),
        }
    }
}

pub fn appraisal(book: &Book, id: RecordId) -> Option<Appraisal> {
    book.get(id).filter(|r| r.kind == APPRAISAL && !r.is_deleted()).map(|r| Appraisal::from_record(id, r))
}

/// Every appraisal, newest first.
pub fn appraisals(book: &Book) -> Vec<Appraisal> {
    let mut list: Vec<Appraisal> = book.live(APPRAISAL).map(|(id, r)| Appraisal::from_record(id, r)).collect();
    list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
    list
}

/// The rooms entered that are still in the book, in the order they were entered.
pub fn rooms_entered(book: &Book, a: &Appraisal) -> Vec<Room> {
    a.rooms.iter().filter_map(|id| room(book, *id)).collect()
}

/// A judge's sheet: one per judge and appraisal, whichever phone it was written on.
pub fn sheet_id(appraisal: RecordId, judge: RecordId) -> RecordId {
    appraisal.derived(judge)
}

pub fn sheet_fields(appraisal: RecordId, judge: RecordId) -> Vec<(String, Value)> {
    vec![("appraisal".into(), json!(appraisal.to_string())), ("judge".into(), json!(judge.to_string()))]
}

/// What each judge gave, from their sheets.
pub fn sheets(book: &Book, a: &Appraisal) -> Vec<Marks> {
    a.judges
        .iter()
        .filter_map(|judge| {
            let r = book.get(sheet_id(a.id, *judge)).filter(|r| r.kind == APPRAISAL_SHEET && !r.is_deleted())?;
            let marks = r.prefixed(ITEM_SCORE_PREFIX).filter_map(|(room, v)| Some((room, Tenths::of(v)?.0))).collect();
            Some(Marks { judge: *judge, marks })
        })
        .collect()
}

/// The rooms best first, and the rooms proposed for an award (ties at a cut left open).
pub fn tally(book: &Book, a: &Appraisal) -> (Vec<Standing>, Proposal) {
    let rooms = rooms_entered(book, a);
    let order: Vec<RecordId> = rooms.iter().map(|r| r.id).collect();
    let building: BTreeMap<RecordId, RecordId> = rooms.iter().filter_map(|r| Some((r.id, r.building?))).collect();
    let ranked = judging::rank(&order, &sheets(book, a), Method::Scores);
    let proposal = judging::winners(&ranked, a.awards, &|room| building.get(&room).copied(), &a.quotas);
    (ranked, proposal)
}

pub fn waiting_for(book: &Book, a: &Appraisal) -> Vec<(RecordId, usize)> {
    let rooms: Vec<RecordId> = rooms_entered(book, a).iter().map(|r| r.id).collect();
    judging::waiting_for(&a.judges, &rooms, &sheets(book, a), Method::Scores)
}

/// A room's score as typed, as the sheet field to write (`null` clears it).
pub fn score_field(room: RecordId, typed: &str) -> Result<(String, Value), FormError> {
    judging::score_field(ITEM_SCORE_PREFIX, room, typed, MAX_SCORE)
}

/// A building's quota as typed (empty: no quota).
pub fn quota_field(building: RecordId, typed: &str) -> Result<(String, Value), FormError> {
    let mut e = FieldErrors::new();
    let quota = forms::integer(&mut e, "quota", typed, 0, 999, false);
    match e.pop() {
        Some((_, problem)) => Err(problem),
        None => Ok((format!("{QUOTA}{building}"), forms::opt(quota))),
    }
}

/// The appraisal's form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppraisalDraft {
    pub title: String,
    pub date: String,
    pub awards: String,
    pub note: String,
}

impl AppraisalDraft {
    pub fn from_appraisal(a: &Appraisal) -> AppraisalDraft {
        AppraisalDraft {
            title: a.title.clone(),
            date: a.date.map(|d| d.to_string()).unwrap_or_default(),
            awards: a.awards.map(|n| n.to_string()).unwrap_or_default(),
            note: a.note.clone(),
        }
    }

    /// The fields to write; the semester is the one the date falls in.
    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 120);
        let date = forms::date(&mut e, "date", &self.date, true);
        let awards = forms::integer(&mut e, "awards", &self.awards, 0, 999, false);
        let note = forms::optional(&mut e, "note", &self.note, 2_000);
        if !e.is_empty() {
            return Err(e);
        }
        let semester = date.and_then(|d| semester_of(book, d)).map(|s| s.id.to_string());
        Ok(vec![
            ("title".into(), json!(title)),
            ("date".into(), forms::date_value(date)),
            ("semester".into(), forms::opt(semester)),
            ("awards".into(), forms::opt(awards)),
            ("note".into(), json!(note)),
        ])
    }
}

#[cfg(test)]
#[path = "appraisal_tests.rs"]
mod tests;
