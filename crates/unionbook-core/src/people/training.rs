//! Internal trainings: who trained whom, on what, and who came.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{MEMBER, UNIT};
use crate::attendance::marks::{MARK_FIELDS, Mark, mark_of};
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors};

pub const TRAINING: &str = "training";

pub static TRAINING_SCHEMA: KindSchema = KindSchema {
    kind: TRAINING,
    fields: &[
        ("topic", FieldType::Text(120)),
        ("trainer", FieldType::Ref),
        ("date", FieldType::Date),
        // "HH:MM": arrivals after it are marked late at the door.
        ("starts_at", FieldType::Text(5)),
        ("unit", FieldType::Ref),
        ("notes", FieldType::Text(2000)),
        ("invited", FieldType::Refs),
    ],
    prefixed: &[MARK_FIELDS],
    together: &[],
    ids: IdRule::Random,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Training {
    pub id: RecordId,
    pub topic: String,
    pub trainer: Option<RecordId>,
    pub date: Option<NaiveDate>,
    pub unit: Option<RecordId>,
    pub notes: String,
    pub invited: Vec<RecordId>,
}

impl Training {
    pub fn from_record(id: RecordId, r: &Record) -> Training {
        Training {
            id,
            topic: r.text("topic").to_owned(),
            trainer: RecordId::parse(r.text("trainer")),
            date: parse_date(r.text("date")),
            unit: RecordId::parse(r.text("unit")),
            notes: r.text("notes").to_owned(),
            invited: r
                .value("invited")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|v| v.as_str().and_then(RecordId::parse)).collect())
                .unwrap_or_default(),
        }
    }
}

/// Every training, newest first; only those within `[first, last]` when given.
pub fn trainings(book: &Book, within: Option<(NaiveDate, NaiveDate)>) -> Vec<Training> {
    let mut list: Vec<Training> = book
        .live(TRAINING)
        .map(|(id, r)| Training::from_record(id, r))
        .filter(|t| within.is_none_or(|(a, b)| t.date.is_some_and(|d| a <= d && d <= b)))
        .collect();
    list.sort_by(|a, b| b.date.cmp(&a.date));
    list
}

/// The trainings a member was marked at, with the mark.
pub fn trainings_of(book: &Book, member: RecordId) -> Vec<(Training, Mark)> {
    book.live(TRAINING).filter_map(|(id, r)| mark_of(r, member).map(|m| (Training::from_record(id, r), m))).collect()
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrainingDraft {
    pub topic: String,
    pub trainer: String,
    pub date: String,
    pub unit: String,
    pub notes: String,
}

impl TrainingDraft {
    pub fn from_training(t: &Training) -> TrainingDraft {
        let id = |r: Option<RecordId>| r.map(|r| r.to_string()).unwrap_or_default();
        TrainingDraft {
            topic: t.topic.clone(),
            trainer: id(t.trainer),
            date: t.date.map(|d| d.to_string()).unwrap_or_default(),
            unit: id(t.unit),
            notes: t.notes.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let topic = forms::required(&mut e, "topic", &self.topic, 120);
        let trainer = forms::reference(&mut e, "trainer", &self.trainer, book, MEMBER, false);
        let date = forms::date(&mut e, "date", &self.date, true);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, false);
        let notes = forms::optional(&mut e, "notes", &self.notes, 2000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("topic".into(), json!(topic)),
            ("trainer".into(), json!(trainer.map(|t| t.to_string()))),
            ("date".into(), forms::date_value(date)),
            ("unit".into(), json!(unit.map(|u| u.to_string()))),
            ("notes".into(), json!(notes)),
        ])
    }
}

/// Who is expected: the invited list with one more person, or one fewer.
pub fn invited_with(training: &Training, person: RecordId, invited: bool) -> (String, Value) {
    let mut list: Vec<String> = training.invited.iter().filter(|p| **p != person).map(RecordId::to_string).collect();
    if invited {
        list.push(person.to_string());
    }
    ("invited".into(), json!(list))
}

#[cfg(test)]
#[path = "training_tests.rs"]
mod tests;
