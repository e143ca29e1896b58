//! Activities and the series they belong to, their partners and publicity: the kinds in the
//! book. Pure; the pages beside it display and collect.

use chrono::NaiveDate;
use serde_json::Value;

use super::lifecycle::{Lifecycle, STATUSES, Status};
use crate::attendance::lists::AttendanceList;
use crate::attendance::marks::{MARK_FIELDS, counts, marks};
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};

pub const ACTIVITY: &str = "activity";
pub const SERIES: &str = "series";
pub const PARTNER: &str = "partner";
pub const PUBLICITY: &str = "publicity";

pub const CATEGORIES: &[&str] = &["study", "culture", "sports", "career", "publicity", "internal", "service", "other"];
pub const SCOPES: &[&str] = &["internal", "department", "school", "external"];
/// The lifecycle, in order; `cancelled` can follow any step before `held`.
pub const MEDIA: &[&str] = &["poster", "article", "video", "social", "media", "other"];

/// The largest head count a field takes: a school-wide event, with room to spare.
pub const MAX_PARTICIPANTS: i64 = 1_000_000;

pub static ACTIVITY_SCHEMA: KindSchema = KindSchema {
    kind: ACTIVITY,
    fields: &[
        ("title", FieldType::Text(120)),
        ("units", FieldType::Refs),
        ("category", FieldType::Choice(CATEGORIES)),
        ("scope", FieldType::Choice(SCOPES)),
        ("series", FieldType::Ref),
        ("edition", FieldType::Integer(1, 999)),
        ("status", FieldType::Choice(STATUSES)),
        // The day each step of the lifecycle was reached.
        ("planned_on", FieldType::Date),
        ("approved_on", FieldType::Date),
        ("preparing_on", FieldType::Date),
        ("held_on", FieldType::Date),
        ("summarised_on", FieldType::Date),
        ("cancelled_on", FieldType::Date),
        // One day, or a span from `date` to `end_date`.
        ("date", FieldType::Date),
        ("end_date", FieldType::Date),
        // "HH:MM": arrivals after it are marked late at the door.
        ("starts_at", FieldType::Text(5)),
        ("venue", FieldType::Text(120)),
        ("leads", FieldType::Refs),
        ("expected", FieldType::Integer(0, MAX_PARTICIPANTS)),
        // Counted by eye when there is no attendance list (a lecture hall).
        ("counted", FieldType::Integer(0, MAX_PARTICIPANTS)),
        ("invited", FieldType::Refs),
        ("outcome", FieldType::Text(4000)),
        ("highlights", FieldType::Text(4000)),
        ("lessons", FieldType::Text(4000)),
        ("notes", FieldType::Text(2000)),
    ],
    prefixed: &[MARK_FIELDS],
    together: &[],
    ids: IdRule::Random,
};

/// A series or brand of activities held again and again: "青春飞扬演讲比赛".
pub static SERIES_SCHEMA: KindSchema = KindSchema {
    kind: SERIES,
    fields: &[
        ("name_zh", FieldType::Text(100)),
        ("name_en", FieldType::Text(120)),
        ("units", FieldType::Refs),
        ("description", FieldType::Text(2000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// An outside organisation an activity worked with (an enterprise at a fair), with a contact.
pub static PARTNER_SCHEMA: KindSchema = KindSchema {
    kind: PARTNER,
    fields: &[
        ("activity", FieldType::Ref),
        ("name", FieldType::Text(120)),
        ("contact", FieldType::Text(40)),
        ("phone", FieldType::Text(30)),
        ("email", FieldType::Text(80)),
        // What they did: "a booth with two recruiters".
        ("role", FieldType::Text(200)),
        ("notes", FieldType::Text(500)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// Publicity done for an activity: a poster, an article, outside media coverage.
pub static PUBLICITY_SCHEMA: KindSchema = KindSchema {
    kind: PUBLICITY,
    fields: &[
        ("activity", FieldType::Ref),
        ("medium", FieldType::Choice(MEDIA)),
        ("title", FieldType::Text(200)),
        ("outlet", FieldType::Text(100)),
        ("date", FieldType::Date),
        // Opened only when it is http or https.
        ("link", FieldType::Text(500)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// An activity as the pages show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    pub id: RecordId,
    pub title: String,
    pub units: Vec<RecordId>,
    pub category: String,
    pub scope: String,
    pub series: Option<RecordId>,
    pub edition: Option<u32>,
    pub lifecycle: Lifecycle,
    pub date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub starts_at: String,
    pub venue: String,
    pub leads: Vec<RecordId>,
    pub expected: Option<i64>,
    pub counted: Option<i64>,
    pub invited: Vec<RecordId>,
    pub outcome: String,
    pub highlights: String,
    pub lessons: String,
    pub notes: String,
}

impl Activity {
    pub fn from_record(id: RecordId, r: &Record) -> Activity {
        Activity {
            id,
            title: r.text("title").to_owned(),
            units: r.refs("units"),
            category: r.text("category").to_owned(),
            scope: r.text("scope").to_owned(),
            series: RecordId::parse(r.text("series")),
            edition: r.value("edition").and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok()),
            lifecycle: Lifecycle::from_record(r),
            date: parse_date(r.text("date")),
            end_date: parse_date(r.text("end_date")),
            starts_at: r.text("starts_at").to_owned(),
            venue: r.text("venue").to_owned(),
            leads: r.refs("leads"),
            expected: r.value("expected").and_then(Value::as_i64),
            counted: r.value("counted").and_then(Value::as_i64),
            invited: r.refs("invited"),
            outcome: r.text("outcome").to_owned(),
            highlights: r.text("highlights").to_owned(),
            lessons: r.text("lessons").to_owned(),
            notes: r.text("notes").to_owned(),
        }
    }

    pub fn status(&self) -> Status {
        self.lifecycle.status
    }

    /// The last day it runs: the end of its span, else its day.
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.end_date.or(self.date)
    }

    /// Whether it runs on any day of `[first, last]`.
    fn overlaps(&self, (first, last): (NaiveDate, NaiveDate)) -> bool {
        match (self.date, self.last_day()) {
            (Some(start), Some(end)) => start <= last && first <= end,
            _ => false,
        }
    }
}

/// The activity `id`, if it is a live one.
pub fn activity(book: &Book, id: RecordId) -> Option<Activity> {
    book.get(id).filter(|r| r.kind == ACTIVITY && !r.is_deleted()).map(|r| Activity::from_record(id, r))
}

/// What a list of activities is narrowed to; `None` is any.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// A semester's first and last day: activities running on any day of it, and those not
    /// dated yet (so a plan without a day is never out of sight).
    pub within: Option<(NaiveDate, NaiveDate)>,
    pub unit: Option<RecordId>,
    pub status: Option<Status>,
    pub category: Option<String>,
    pub series: Option<RecordId>,
}

impl Filter {
    pub fn keeps(&self, a: &Activity) -> bool {
        self.within.is_none_or(|range| a.date.is_none() || a.overlaps(range))
            && self.unit.is_none_or(|u| a.units.contains(&u))
            && self.status.is_none_or(|s| a.status() == s)
            && self.category.as_ref().is_none_or(|c| a.category == *c)
            && self.series.is_none_or(|s| a.series == Some(s))
    }
}

/// The activities a filter keeps: not dated yet first, then the latest first.
pub fn activities(book: &Book, filter: &Filter) -> Vec<Activity> {
    let mut list: Vec<Activity> =
        book.live(ACTIVITY).map(|(id, r)| Activity::from_record(id, r)).filter(|a| filter.keeps(a)).collect();
    list.sort_by(|a, b| (b.date.is_none(), b.date, &a.title).cmp(&(a.date.is_none(), a.date, &b.title)));
    list
}

/// What is coming up from `today`: neither cancelled nor held yet, running today or later (and
/// those in preparation without a day yet), the soonest first, undated last.
pub fn coming_up(book: &Book, today: NaiveDate) -> Vec<Activity> {
    let mut list: Vec<Activity> = book
        .live(ACTIVITY)
        .map(|(id, r)| Activity::from_record(id, r))
        .filter(|a| matches!(a.status(), Status::Planned | Status::Approved | Status::Preparing))
        .filter(|a| match a.last_day() {
            Some(last) => last >= today,
            None => a.status() == Status::Preparing,
        })
        .collect();
    list.sort_by(|a, b| (a.date.is_none(), a.date, &a.title).cmp(&(b.date.is_none(), b.date, &b.title)));
    list
}

/// How many took part, and how that is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actual {
    /// Attended (present or late) by the attendance list.
    FromList(usize),
    /// Counted by eye.
    Counted(i64),
    Unknown,
}

impl Actual {
    pub fn number(self) -> Option<i64> {
        match self {
            Actual::FromList(n) => i64::try_from(n).ok(),
            Actual::Counted(n) => Some(n),
            Actual::Unknown => None,
        }
    }
}

/// The actual participants: from the attendance list when it has any marks, else the head
/// count typed.
pub fn actual(id: RecordId, record: &Record) -> Actual {
    if !marks(record).is_empty() {
        let list = AttendanceList {
            id,
            kind: ACTIVITY.to_owned(),
            date: None,
            counts: counts(Some(record), &AttendanceList::expected(record)),
        };
        return Actual::FromList(list.attended());
    }
    record.value("counted").and_then(Value::as_i64).map_or(Actual::Unknown, Actual::Counted)
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
