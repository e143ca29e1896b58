//! Department reports and the filing register. Each unit files a regular report at the cadence
//! the union sets for it; documents the units file are registered with where they are kept.
//! Pure: the kinds and reading them; lateness is `lateness`.

use chrono::NaiveDate;
use serde_json::Value;

use crate::book::schema::{FieldType, IdPart, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};

pub const REPORT_CADENCE: &str = "report_cadence";
pub const REPORT: &str = "report";
pub const FILED_DOCUMENT: &str = "filed_document";

pub const CADENCES: &[&str] = &["weekly", "monthly", "semester"];
pub const DOCUMENT_KINDS: &[&str] = &["plan", "minutes", "summary", "notice", "contract", "receipt", "other"];

/// How often a unit reports: one record per unit, its id `unit.derived(REPORT_CADENCE_TAG)`, so
/// two officers setting it write one record. `grace_days` is how long after a period ends its
/// report is due; `since` is the first period counted.
pub static REPORT_CADENCE_SCHEMA: KindSchema = KindSchema {
    kind: REPORT_CADENCE,
    fields: &[
        ("unit", FieldType::Ref),
        ("cadence", FieldType::Choice(CADENCES)),
        ("grace_days", FieldType::Integer(0, 60)),
        ("since", FieldType::Date),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Derived(&[&[IdPart::Field("unit"), IdPart::Tag(REPORT_CADENCE_TAG)]]),
};

/// The fixed id that, derived with a unit's id, names that unit's cadence record.
pub const REPORT_CADENCE_TAG: RecordId = RecordId::well_known(40);

pub fn cadence_id(unit: RecordId) -> RecordId {
    unit.derived(REPORT_CADENCE_TAG)
}

/// A unit's report for one period: the period is named by its first day and its cadence (the
/// week's Monday, the month's first day, or the semester record).
pub static REPORT_SCHEMA: KindSchema = KindSchema {
    kind: REPORT,
    fields: &[
        ("unit", FieldType::Ref),
        ("cadence", FieldType::Choice(CADENCES)),
        ("period_start", FieldType::Date),
        ("semester", FieldType::Ref),
        ("work_done", FieldType::Text(6_000)),
        ("problems", FieldType::Text(3_000)),
        ("next_steps", FieldType::Text(3_000)),
        ("submitted_by", FieldType::Ref),
        ("submitted_on", FieldType::Date),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// A document in the filing register: where it is kept (a shelf, a folder) or a link to it
/// (opened only when http or https).
pub static FILED_DOCUMENT_SCHEMA: KindSchema = KindSchema {
    kind: FILED_DOCUMENT,
    fields: &[
        ("title", FieldType::Text(160)),
        ("doc_kind", FieldType::Choice(DOCUMENT_KINDS)),
        ("number", FieldType::Text(40)),
        ("date", FieldType::Date),
        ("unit", FieldType::Ref),
        ("location", FieldType::Text(200)),
        ("link", FieldType::Text(500)),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// How often a unit reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cadence {
    Weekly,
    Monthly,
    Semester,
}

impl Cadence {
    pub const ALL: [Cadence; 3] = [Cadence::Weekly, Cadence::Monthly, Cadence::Semester];

    pub fn word(self) -> &'static str {
        match self {
            Cadence::Weekly => "weekly",
            Cadence::Monthly => "monthly",
            Cadence::Semester => "semester",
        }
    }

    pub fn parse(word: &str) -> Option<Cadence> {
        Cadence::ALL.into_iter().find(|c| c.word() == word)
    }
}

/// A unit's reporting rule as the book holds it; no cadence means the unit does not report.
#[derive(Clone, Debug, PartialEq)]
pub struct CadenceSetting {
    pub unit: RecordId,
    pub cadence: Option<Cadence>,
    pub grace_days: u32,
    pub since: Option<NaiveDate>,
}

/// A unit's cadence record, or none set (a deleted one counts as none).
pub fn cadence_of(book: &Book, unit: RecordId) -> CadenceSetting {
    let record = book.get(cadence_id(unit)).filter(|r| r.kind == REPORT_CADENCE && !r.is_deleted());
    CadenceSetting {
        unit,
        cadence: record.and_then(|r| Cadence::parse(r.text("cadence"))),
        grace_days: record.and_then(|r| r.value("grace_days")).and_then(Value::as_u64).map_or(0, |d| d.min(60) as u32),
        since: record.and_then(|r| parse_date(r.text("since"))),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub id: RecordId,
    pub unit: Option<RecordId>,
    pub cadence: Option<Cadence>,
    pub period_start: Option<NaiveDate>,
    pub semester: Option<RecordId>,
    pub work_done: String,
    pub problems: String,
    pub next_steps: String,
    pub submitted_by: Option<RecordId>,
    pub submitted_on: Option<NaiveDate>,
}

impl Report {
    pub fn from_record(id: RecordId, r: &Record) -> Report {
        Report {
            id,
            unit: r.reference("unit"),
            cadence: Cadence::parse(r.text("cadence")),
            period_start: parse_date(r.text("period_start")),
            semester: r.reference("semester"),
            work_done: r.text("work_done").to_owned(),
            problems: r.text("problems").to_owned(),
            next_steps: r.text("next_steps").to_owned(),
            submitted_by: r.reference("submitted_by"),
            submitted_on: parse_date(r.text("submitted_on")),
        }
    }
}

/// The live report `id`, if it is one.
pub fn report(book: &Book, id: RecordId) -> Option<Report> {
    book.get(id).filter(|r| r.kind == REPORT && !r.is_deleted()).map(|r| Report::from_record(id, r))
}

/// Every live report, in no particular order.
pub fn all_reports(book: &Book) -> Vec<Report> {
    book.live(REPORT).map(|(id, r)| Report::from_record(id, r)).collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct FiledDocument {
    pub id: RecordId,
    pub title: String,
    /// One of `DOCUMENT_KINDS`, or empty.
    pub kind: String,
    pub number: String,
    pub date: Option<NaiveDate>,
    pub unit: Option<RecordId>,
    pub location: String,
    /// As typed; opened only when `is_safe_link` says so.
    pub link: String,
    pub note: String,
}

impl FiledDocument {
    pub fn from_record(id: RecordId, r: &Record) -> FiledDocument {
        FiledDocument {
            id,
            title: r.text("title").to_owned(),
            kind: r.text("doc_kind").to_owned(),
            number: r.text("number").to_owned(),
            date: parse_date(r.text("date")),
            unit: r.reference("unit"),
            location: r.text("location").to_owned(),
            link: r.text("link").to_owned(),
            note: r.text("note").to_owned(),
        }
    }
}

pub fn filed_document(book: &Book, id: RecordId) -> Option<FiledDocument> {
    book.get(id).filter(|r| r.kind == FILED_DOCUMENT && !r.is_deleted()).map(|r| FiledDocument::from_record(id, r))
}
