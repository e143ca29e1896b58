//! Evening self-study checks: per class and evening, who was absent, late or excused (with a
//! reason). Everyone expected and not marked was there.

use crate::attendance::marks::MARK_FIELDS;
use crate::book::schema::{FieldType, KindSchema};

pub const SELF_STUDY: &str = "self_study";
pub const REASON_PREFIX: &str = "reason:";

pub static SELF_STUDY_SCHEMA: KindSchema = KindSchema {
    kind: SELF_STUDY,
    fields: &[
        ("date", FieldType::Date),
        ("class", FieldType::Text(60)),
        // The head count expected (from the register, or typed).
        ("expected", FieldType::Integer(0, 1000)),
        ("invited", FieldType::Refs),
        ("checked_by", FieldType::Ref),
        ("notes", FieldType::Text(500)),
    ],
    prefixed: &[MARK_FIELDS, (REASON_PREFIX, FieldType::Text(200))],
};
