//! Meetings: departmental, plenary and communication meetings, who came, the agenda, minutes
//! and decisions. Their action items are tasks (`crate::tasks`). Pure: reading a meeting,
//! checking its form, the lists by semester and kind, who a unit's invitation brings.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::attendance::marks::MARK_FIELDS;
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::{MEMBER, UNIT};
use crate::people::roles::members_of_unit;

pub const MEETING: &str = "meeting";
pub const MEETING_KINDS: &[&str] = &["departmental", "plenary", "communication", "other"];

pub static MEETING_SCHEMA: KindSchema = KindSchema {
    kind: MEETING,
    fields: &[
        ("title", FieldType::Text(120)),
        ("meeting_kind", FieldType::Choice(MEETING_KINDS)),
        ("date", FieldType::Date),
        ("starts_at", FieldType::Text(5)),
        ("venue", FieldType::Text(120)),
        ("units", FieldType::Refs),
        ("chair", FieldType::Ref),
        ("minute_taker", FieldType::Ref),
        ("invited", FieldType::Refs),
        ("agenda", FieldType::Text(4000)),
        ("minutes", FieldType::Text(10000)),
        ("decisions", FieldType::Text(4000)),
    ],
    prefixed: &[MARK_FIELDS],
    together: &[],
    ids: IdRule::Random,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Meeting {
    pub id: RecordId,
    pub title: String,
    /// One of `MEETING_KINDS`, or empty.
    pub kind: String,
    pub date: Option<NaiveDate>,
    pub starts_at: String,
    pub venue: String,
    pub units: Vec<RecordId>,
    pub chair: Option<RecordId>,
    pub minute_taker: Option<RecordId>,
    pub invited: Vec<RecordId>,
    pub agenda: String,
    pub minutes: String,
    pub decisions: String,
}

impl Meeting {
    pub fn from_record(id: RecordId, r: &Record) -> Meeting {
        Meeting {
            id,
            title: r.text("title").to_owned(),
            kind: r.text("meeting_kind").to_owned(),
            date: parse_date(r.text("date")),
            starts_at: r.text("starts_at").to_owned(),
            venue: r.text("venue").to_owned(),
            units: r.refs("units"),
            chair: RecordId::parse(r.text("chair")),
            minute_taker: RecordId::parse(r.text("minute_taker")),
            invited: r.refs("invited"),
            agenda: r.text("agenda").to_owned(),
            minutes: r.text("minutes").to_owned(),
            decisions: r.text("decisions").to_owned(),
        }
    }
}

/// The live meeting `id`, if it is one.
pub fn meeting(book: &Book, id: RecordId) -> Option<Meeting> {
    book.get(id).filter(|r| r.kind == MEETING && !r.is_deleted()).map(|r| Meeting::from_record(id, r))
}

/// Every meeting, newest first; only those within `[first, last]` and of `kind` when given.
pub fn meetings(book: &Book, within: Option<(NaiveDate, NaiveDate)>, kind: Option<&str>) -> Vec<Meeting> {
    let mut list: Vec<Meeting> = book
        .live(MEETING)
        .map(|(id, r)| Meeting::from_record(id, r))
        .filter(|m| within.is_none_or(|(a, b)| m.date.is_some_and(|d| a <= d && d <= b)))
        .filter(|m| kind.is_none_or(|k| m.kind == k))
        .collect();
    list.sort_by(|a, b| (b.date, &b.starts_at).cmp(&(a.date, &a.starts_at)));
    list
}

/// A meeting as its form shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeetingDraft {
    pub title: String,
    pub kind: String,
    pub date: String,
    pub starts_at: String,
    pub venue: String,
    /// The ids of the units chosen.
    pub units: Vec<String>,
    pub chair: String,
    pub minute_taker: String,
    pub agenda: String,
    pub minutes: String,
    pub decisions: String,
}

impl MeetingDraft {
    pub fn from_meeting(m: &Meeting) -> MeetingDraft {
        let id = |r: Option<RecordId>| r.map(|r| r.to_string()).unwrap_or_default();
        MeetingDraft {
            title: m.title.clone(),
            kind: m.kind.clone(),
            date: m.date.map(|d| d.to_string()).unwrap_or_default(),
            starts_at: m.starts_at.clone(),
            venue: m.venue.clone(),
            units: m.units.iter().map(RecordId::to_string).collect(),
            chair: id(m.chair),
            minute_taker: id(m.minute_taker),
            agenda: m.agenda.clone(),
            minutes: m.minutes.clone(),
            decisions: m.decisions.clone(),
        }
    }

    /// A meeting is named by its title or its kind (one of them is needed), and held on a day.
    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::optional(&mut e, "title", &self.title, 120);
        let kind = forms::choice(&mut e, "meeting_kind", &self.kind, MEETING_KINDS, true);
        if title.is_empty() && self.kind.is_empty() {
            e.push(("meeting_kind", FormError::Required));
        }
        let date = forms::date(&mut e, "date", &self.date, true);
        let starts_at = self.starts_at.trim();
        if !starts_at.is_empty() && crate::forms::parse_time(starts_at).is_none() {
            e.push(("starts_at", FormError::NotATime));
        }
        let venue = forms::optional(&mut e, "venue", &self.venue, 120);
        let mut units = Vec::new();
        for unit in &self.units {
            if let Some(u) = forms::reference(&mut e, "units", unit, book, UNIT, false)
                && !units.contains(&u)
            {
                units.push(u);
            }
        }
        let chair = forms::reference(&mut e, "chair", &self.chair, book, MEMBER, false);
        let minute_taker = forms::reference(&mut e, "minute_taker", &self.minute_taker, book, MEMBER, false);
        let agenda = forms::optional(&mut e, "agenda", &self.agenda, 4000);
        let minutes = forms::optional(&mut e, "minutes", &self.minutes, 10000);
        let decisions = forms::optional(&mut e, "decisions", &self.decisions, 4000);
        if !e.is_empty() {
            return Err(e);
        }
        let units: Vec<String> = units.iter().map(RecordId::to_string).collect();
        Ok(vec![
            ("title".into(), json!(title)),
            ("meeting_kind".into(), forms::opt(kind)),
            ("date".into(), forms::date_value(date)),
            ("starts_at".into(), json!(starts_at)),
            ("venue".into(), json!(venue)),
            ("units".into(), if units.is_empty() { Value::Null } else { json!(units) }),
            ("chair".into(), forms::opt(chair.map(|c| c.to_string()))),
            ("minute_taker".into(), forms::opt(minute_taker.map(|m| m.to_string()))),
            ("agenda".into(), json!(agenda)),
            ("minutes".into(), json!(minutes)),
            ("decisions".into(), json!(decisions)),
        ])
    }
}

/// The members of `units` on the meeting's day (or `today` for an undated one), each once.
pub fn members_of_units(book: &Book, units: &[RecordId], day: NaiveDate) -> Vec<RecordId> {
    let mut list: Vec<RecordId> = units.iter().flat_map(|u| members_of_unit(book, *u, day, day)).collect();
    list.sort_unstable();
    list.dedup();
    list
}

/// The invited list with `people` added (those already on it stay where they are) or taken
/// off, and how many it gained or lost.
pub fn invited_with(meeting: &Meeting, people: &[RecordId], invited: bool) -> ((String, Value), usize) {
    let mut list: Vec<RecordId> = meeting.invited.clone();
    let before = list.len();
    if invited {
        for p in people {
            if !list.contains(p) {
                list.push(*p);
            }
        }
    } else {
        list.retain(|p| !people.contains(p));
    }
    let changed = list.len().abs_diff(before);
    (invited_field(&list), changed)
}

/// The invited list as the record holds it (what an undo writes back).
pub fn invited_field(list: &[RecordId]) -> (String, Value) {
    ("invited".into(), json!(list.iter().map(RecordId::to_string).collect::<Vec<_>>()))
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
