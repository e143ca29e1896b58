//! Meetings: departmental, plenary and communication meetings, who came, the agenda, minutes
//! and decisions. Their action items are tasks (`crate::tasks`).

use crate::attendance::marks::MARK_FIELDS;
use crate::book::schema::{FieldType, KindSchema};

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
};
