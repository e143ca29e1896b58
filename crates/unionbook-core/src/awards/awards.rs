//! The awards the union received: reading them, the levels in order (national highest), counts
//! per level and per unit, an activity's awards, and the award form's checks. Pure.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{AWARD, AWARD_KINDS, LEVELS, RECIPIENTS, SELECTION};
use crate::activities::model::ACTIVITY;
use crate::book::schema::parse_date;
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::UNIT;
use crate::publications::drafts::person_refs;

/// An award's level; the order is from lowest to highest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Department,
    School,
    City,
    Province,
    National,
}

impl Level {
    /// Highest first, as lists and counts show them.
    pub const HIGHEST_FIRST: [Level; 5] =
        [Level::National, Level::Province, Level::City, Level::School, Level::Department];

    pub fn word(self) -> &'static str {
        LEVELS[self as usize]
    }

    pub fn parse(word: &str) -> Option<Level> {
        Level::HIGHEST_FIRST.into_iter().find(|l| l.word() == word)
    }
}

/// Who received an award.
#[derive(Clone, Debug, PartialEq)]
pub enum Recipient {
    Union,
    Unit(Option<RecordId>),
    People(Vec<RecordId>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Award {
    pub id: RecordId,
    pub title: String,
    pub award_kind: String,
    pub level: Option<Level>,
    pub prize: String,
    pub awarded_by: String,
    pub date: Option<NaiveDate>,
    pub recipient: Recipient,
    pub activity: Option<RecordId>,
    pub selection: Option<RecordId>,
    pub note: String,
}

impl Award {
    pub fn from_record(id: RecordId, r: &Record) -> Award {
        let recipient = match r.text("recipient") {
            "unit" => Recipient::Unit(r.reference("unit")),
            "people" => Recipient::People(r.refs("people")),
            _ => Recipient::Union,
        };
        Award {
            id,
            title: r.text("title").to_owned(),
            award_kind: r.text("award_kind").to_owned(),
            level: Level::parse(r.text("level")),
            prize: r.text("prize").to_owned(),
            awarded_by: r.text("awarded_by").to_owned(),
            date: parse_date(r.text("date")),
            recipient,
            activity: r.reference("activity"),
            selection: r.reference("selection"),
            note: r.text("note").to_owned(),
        }
    }
}

/// Newest first; on one day, the higher level first.
fn newest_first(list: &mut [Award]) {
    list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.level.cmp(&a.level)).then_with(|| a.title.cmp(&b.title)));
}

/// The awards dated within `[first, last]` when given (else all), of `level` when given,
/// newest first.
pub fn awards(book: &Book, within: Option<(NaiveDate, NaiveDate)>, level: Option<Level>) -> Vec<Award> {
    let mut list: Vec<Award> = book
        .live(AWARD)
        .map(|(id, r)| Award::from_record(id, r))
        .filter(|a| within.is_none_or(|(from, to)| a.date.is_some_and(|d| from <= d && d <= to)))
        .filter(|a| level.is_none_or(|l| a.level == Some(l)))
        .collect();
    newest_first(&mut list);
    list
}

pub fn award(book: &Book, id: RecordId) -> Option<Award> {
    book.get(id).filter(|r| r.kind == AWARD && !r.is_deleted()).map(|r| Award::from_record(id, r))
}

/// The awards that came from an activity, newest first.
pub fn awards_of_activity(book: &Book, activity: RecordId) -> Vec<Award> {
    let mut list: Vec<Award> =
        book.live(AWARD).map(|(id, r)| Award::from_record(id, r)).filter(|a| a.activity == Some(activity)).collect();
    newest_first(&mut list);
    list
}

/// How many awards at each level, highest first (levels with none included).
pub fn counts_per_level(list: &[Award]) -> Vec<(Level, usize)> {
    Level::HIGHEST_FIRST.into_iter().map(|l| (l, list.iter().filter(|a| a.level == Some(l)).count())).collect()
}

/// How many awards each unit received, most first (ties by id, for a stable order).
pub fn counts_per_unit(list: &[Award]) -> Vec<(RecordId, usize)> {
    let mut counts: Vec<(RecordId, usize)> = Vec::new();
    for a in list {
        if let Recipient::Unit(Some(u)) = a.recipient {
            match counts.iter_mut().find(|(id, _)| *id == u) {
                Some((_, n)) => *n += 1,
                None => counts.push((u, 1)),
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

/// The award form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AwardDraft {
    pub title: String,
    pub award_kind: String,
    pub level: String,
    pub prize: String,
    pub awarded_by: String,
    pub date: String,
    pub recipient: String,
    pub unit: String,
    pub people: Vec<String>,
    pub activity: String,
    pub selection: String,
    pub note: String,
}

impl AwardDraft {
    pub fn from_award(a: &Award) -> AwardDraft {
        let id = |r: Option<RecordId>| r.map(|r| r.to_string()).unwrap_or_default();
        let (recipient, unit, people) = match &a.recipient {
            Recipient::Union => ("union", String::new(), Vec::new()),
            Recipient::Unit(u) => ("unit", id(*u), Vec::new()),
            Recipient::People(p) => ("people", String::new(), p.iter().map(RecordId::to_string).collect()),
        };
        AwardDraft {
            title: a.title.clone(),
            award_kind: a.award_kind.clone(),
            level: a.level.map(|l| l.word().to_owned()).unwrap_or_default(),
            prize: a.prize.clone(),
            awarded_by: a.awarded_by.clone(),
            date: a.date.map(|d| d.to_string()).unwrap_or_default(),
            recipient: recipient.to_owned(),
            unit,
            people,
            activity: id(a.activity),
            selection: id(a.selection),
            note: a.note.clone(),
        }
    }

    /// A new award: for the union, unless it starts from an activity.
    pub fn new_for(activity: Option<RecordId>, date: NaiveDate) -> AwardDraft {
        AwardDraft {
            recipient: "union".into(),
            date: date.to_string(),
            activity: activity.map(|a| a.to_string()).unwrap_or_default(),
            ..AwardDraft::default()
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 160);
        let award_kind = forms::choice(&mut e, "award_kind", &self.award_kind, AWARD_KINDS, true);
        let level = forms::choice(&mut e, "level", &self.level, LEVELS, false);
        let prize = forms::optional(&mut e, "prize", &self.prize, 60);
        let awarded_by = forms::optional(&mut e, "awarded_by", &self.awarded_by, 120);
        let date = forms::date(&mut e, "date", &self.date, true);
        let recipient = forms::choice(&mut e, "recipient", &self.recipient, RECIPIENTS, false);
        let for_unit = recipient.as_deref() == Some("unit");
        let for_people = recipient.as_deref() == Some("people");
        let unit = forms::reference(&mut e, "unit", if for_unit { &self.unit } else { "" }, book, UNIT, for_unit);
        let people = if for_people { person_refs(&mut e, "people", &self.people, book, false) } else { json!([]) };
        if for_people && people.as_array().is_some_and(Vec::is_empty) && forms::error_of(&e, "people").is_none() {
            e.push(("people", FormError::Required));
        }
        let activity = forms::reference(&mut e, "activity", &self.activity, book, ACTIVITY, false);
        let selection = forms::reference(&mut e, "selection", &self.selection, book, SELECTION, false);
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        if !e.is_empty() {
            return Err(e);
        }
        let id = |r: Option<RecordId>| forms::opt(r.map(|r| r.to_string()));
        Ok(vec![
            ("title".into(), json!(title)),
            ("award_kind".into(), forms::opt(award_kind)),
            ("level".into(), forms::opt(level)),
            ("prize".into(), json!(prize)),
            ("awarded_by".into(), json!(awarded_by)),
            ("date".into(), forms::date_value(date)),
            ("recipient".into(), forms::opt(recipient)),
            ("unit".into(), id(unit)),
            ("people".into(), people),
            ("activity".into(), id(activity)),
            ("selection".into(), id(selection)),
            ("note".into(), json!(note)),
        ])
    }
}

#[cfg(test)]
#[path = "awards_tests.rs"]
mod tests;
