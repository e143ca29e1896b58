//! What the officers write into a summary, kept as records so it merges when books are
//! exchanged: a note per section of a semester's (or a term's) summary, and the plans of its
//! last section as goals, which the following semester's dashboard tracks and whose summary
//! reports on.

use serde_json::Value;

use crate::book::schema::{FieldType, IdPart, IdRule, KindSchema};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors};

pub const SUMMARY_NOTE: &str = "summary_note";
pub const GOAL: &str = "goal";

/// The sections of a summary, in the order the seed's document has them.
pub const SECTIONS: &[&str] = &["internal", "units", "regular", "money", "goals", "shortcomings", "plans"];
pub const GOAL_STATUSES: &[&str] = &["not_started", "in_progress", "done"];

/// The longest note: a section of a summary is a few pages at most.
pub const NOTE_MAX: usize = 20_000;
pub const GOAL_MAX: usize = 300;
/// The longest heading an officer gives a section: a line of a document.
pub const HEADING_MAX: usize = 60;

pub static SUMMARY_NOTE_SCHEMA: KindSchema = KindSchema {
    kind: SUMMARY_NOTE,
    fields: &[
        ("period", FieldType::Ref),
        ("section", FieldType::Choice(SECTIONS)),
        ("text", FieldType::Text(NOTE_MAX)),
        ("heading", FieldType::Text(HEADING_MAX)),
        ("position", FieldType::Integer(1, 99)),
        ("hidden", FieldType::Bool),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Derived(&[&[IdPart::Field("period"), IdPart::Tag(NOTE_TAG), IdPart::Position("section", SECTIONS)]]),
};

pub static GOAL_SCHEMA: KindSchema = KindSchema {
    kind: GOAL,
    fields: &[
        ("period", FieldType::Ref),
        ("number", FieldType::Integer(1, 999)),
        ("text", FieldType::Text(GOAL_MAX)),
        ("status", FieldType::Choice(GOAL_STATUSES)),
        ("progress", FieldType::Text(500)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// Tells a note's id apart from every other id derived from a semester's.
const NOTE_TAG: RecordId = RecordId::well_known(42);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKey {
    /// Members and their changes, recruitment and assessment, trainings, meetings, rules.
    Internal,
    /// The work of each ministry and association.
    Units,
    /// Self-study checks, dormitory inspections and the appraisal, publications, reports.
    Regular,
    /// Sponsorship raised, spending by category, cost per participant.
    Money,
    /// How the previous semester's plans went.
    Goals,
    Shortcomings,
    /// Next semester's plans: the goals set here.
    Plans,
}

impl SectionKey {
    pub const ALL: [SectionKey; 7] = [
        SectionKey::Internal,
        SectionKey::Units,
        SectionKey::Regular,
        SectionKey::Money,
        SectionKey::Goals,
        SectionKey::Shortcomings,
        SectionKey::Plans,
    ];

    pub fn word(self) -> &'static str {
        SECTIONS[self as usize]
    }

    pub fn parse(word: &str) -> Option<SectionKey> {
        SectionKey::ALL.into_iter().find(|s| s.word() == word)
    }

    /// The note of this section in the summary of `period` has one id in every book, so two
    /// officers writing the same section write one record (and a conflict shows, never a
    /// second copy).
    pub fn note_id(self, period: RecordId) -> RecordId {
        period.derived(NOTE_TAG).derived(RecordId::well_known(self as u8))
    }
}

/// The officers' text of a section, empty while none is written.
pub fn note(book: &Book, period: RecordId, section: SectionKey) -> String {
    let id = section.note_id(period);
    book.get(id)
        .filter(|r| !r.is_deleted() && r.kind == SUMMARY_NOTE)
        .map(|r| r.text("text").to_owned())
        .unwrap_or_default()
}

/// How the officers laid a section out: renamed (empty: the app's heading), placed within its
/// chapter (`None`: the app's order), left out of the document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub heading: String,
    pub position: Option<i64>,
    pub hidden: bool,
}

/// The layout of a section of `period`'s summary, as its note record holds it.
pub fn layout(book: &Book, period: RecordId, section: SectionKey) -> Layout {
    let Some(r) = book.get(section.note_id(period)).filter(|r| !r.is_deleted() && r.kind == SUMMARY_NOTE) else {
        return Layout::default();
    };
    Layout {
        heading: r.text("heading").trim().to_owned(),
        position: r.value("position").and_then(Value::as_i64),
        hidden: r.value("hidden").and_then(Value::as_bool).unwrap_or(false),
    }
}

/// The fields that change a section's layout: only those given, with the note's period and
/// section when the note is not there yet (a derived id is written with what it derives from).
pub fn layout_fields(
    book: &Book,
    period: RecordId,
    section: SectionKey,
    changes: Vec<(String, Value)>,
) -> Vec<(String, Value)> {
    let exists = book.get(section.note_id(period)).is_some_and(|r| r.kind == SUMMARY_NOTE);
    let mut out = Vec::new();
    if !exists {
        out.push(("period".into(), Value::String(period.to_string())));
        out.push(("section".into(), Value::String(section.word().into())));
    }
    out.extend(changes);
    out
}

/// A heading as typed, checked: at most `HEADING_MAX` characters, empty for the app's own.
pub fn checked_heading(typed: &str) -> Result<(String, Value), FieldErrors> {
    let mut e = FieldErrors::new();
    let text = forms::optional(&mut e, "heading", typed, HEADING_MAX);
    if e.is_empty() { Ok(("heading".into(), Value::String(text))) } else { Err(e) }
}

/// The fields that write a note (the record is created with its first text).
pub fn note_fields(period: RecordId, section: SectionKey, text: &str) -> Vec<(String, Value)> {
    vec![
        ("period".into(), Value::String(period.to_string())),
        ("section".into(), Value::String(section.word().into())),
        ("text".into(), Value::String(text.trim_end().to_owned())),
    ]
}

/// A note as typed, checked: at most `NOTE_MAX` characters.
pub fn checked_note(period: RecordId, section: SectionKey, typed: &str) -> Result<Vec<(String, Value)>, FieldErrors> {
    let mut e = FieldErrors::new();
    forms::optional(&mut e, "text", typed, NOTE_MAX);
    if e.is_empty() { Ok(note_fields(period, section, typed)) } else { Err(e) }
}

/// A goal as typed, checked: its text is needed. A new goal starts not started, numbered
/// after the others.
pub fn checked_goal(period: RecordId, number: i64, typed: &str) -> Result<Vec<(String, Value)>, FieldErrors> {
    let mut e = FieldErrors::new();
    let text = forms::required(&mut e, "text", typed, GOAL_MAX);
    if !e.is_empty() {
        return Err(e);
    }
    Ok(vec![
        ("period".into(), Value::String(period.to_string())),
        ("number".into(), Value::from(number)),
        ("text".into(), Value::String(text)),
    ])
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalStatus {
    NotStarted,
    InProgress,
    Done,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 3] = [GoalStatus::NotStarted, GoalStatus::InProgress, GoalStatus::Done];

    pub fn word(self) -> &'static str {
        GOAL_STATUSES[self as usize]
    }

    pub fn parse(word: &str) -> GoalStatus {
        GoalStatus::ALL.into_iter().find(|s| s.word() == word).unwrap_or(GoalStatus::NotStarted)
    }
}

/// A plan written in the summary of `period`, tracked through the semester after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub id: RecordId,
    pub period: Option<RecordId>,
    pub number: i64,
    pub text: String,
    pub status: GoalStatus,
    pub progress: String,
}

impl Goal {
    pub fn from_record(id: RecordId, r: &Record) -> Goal {
        Goal {
            id,
            period: r.reference("period"),
            number: r.value("number").and_then(Value::as_i64).unwrap_or(0),
            text: r.text("text").to_owned(),
            status: GoalStatus::parse(r.text("status")),
            progress: r.text("progress").to_owned(),
        }
    }
}

/// The goals set in the summary of `period`, in the order they were written.
pub fn goals_set_in(book: &Book, period: RecordId) -> Vec<Goal> {
    let mut goals: Vec<Goal> =
        book.live(GOAL).map(|(id, r)| Goal::from_record(id, r)).filter(|g| g.period == Some(period)).collect();
    goals.sort_by(|a, b| a.number.cmp(&b.number).then(a.id.cmp(&b.id)));
    goals
}

/// The number a new goal of `period` takes: after every goal written so far.
pub fn next_goal_number(book: &Book, period: RecordId) -> i64 {
    goals_set_in(book, period).iter().map(|g| g.number).max().unwrap_or(0) + 1
}
