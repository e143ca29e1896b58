//! What the fields of each known kind hold, so imports can check them. Kinds are declared by
//! their areas (see `crate::kinds`); the book itself stays generic, and records of kinds it does
//! not know (from a newer app) are kept as they are.

use chrono::NaiveDate;
use serde_json::Value;

/// The type of one field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// Text up to this many characters.
    Text(usize),
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    Bool,
    /// A whole number within the range.
    Integer(i64, i64),
    /// The id of another record.
    Ref,
    /// A list of ids of other records.
    Refs,
    /// One of the given words.
    Choice(&'static [&'static str]),
}

/// Any record may be marked as part of the sample union, so it can be removed in one go.
pub const SAMPLE_FIELD: &str = "sample";

#[derive(Clone, Copy, Debug)]
pub struct KindSchema {
    pub kind: &'static str,
    pub fields: &'static [(&'static str, FieldType)],
    /// Families of fields named by a prefix and another record's id, such as `score:<id>` for
    /// an evaluation's score on one criterion, or `mark:<id>` for one person's attendance.
    pub prefixed: &'static [(&'static str, FieldType)],
}

impl KindSchema {
    pub fn field(&self, name: &str) -> Option<FieldType> {
        if name == SAMPLE_FIELD {
            return Some(FieldType::Bool);
        }
        self.fields.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).or_else(|| {
            self.prefixed
                .iter()
                .find(|(prefix, _)| {
                    name.strip_prefix(prefix).is_some_and(|rest| super::id::RecordId::parse(rest).is_some())
                })
                .map(|(_, t)| *t)
        })
    }
}

/// Parses a `YYYY-MM-DD` date strictly: no other form, and only dates that exist.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let digits = b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !(shape && digits) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

impl FieldType {
    /// Whether a value fits; `null` always does (the field is cleared).
    pub fn accepts(self, value: &Value) -> bool {
        match (self, value) {
            (_, Value::Null) => true,
            (FieldType::Text(max), Value::String(s)) => s.chars().count() <= max,
            (FieldType::Date, Value::String(s)) => parse_date(s).is_some(),
            (FieldType::Bool, Value::Bool(_)) => true,
            (FieldType::Integer(lo, hi), Value::Number(n)) => n.as_i64().is_some_and(|n| (lo..=hi).contains(&n)),
            (FieldType::Ref, Value::String(s)) => super::id::RecordId::parse(s).is_some(),
            (FieldType::Refs, Value::Array(items)) => {
                items.iter().all(|v| v.as_str().and_then(super::id::RecordId::parse).is_some())
            }
            (FieldType::Choice(words), Value::String(s)) => words.contains(&s.as_str()),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dates_must_exist_and_be_written_one_way() {
        assert!(parse_date("2026-02-28").is_some());
        assert!(parse_date("2024-02-29").is_some());
        for bad in ["2026-02-30", "2026-13-01", "2026-2-3", "26-02-03", "2026/02/03", "２０２６-02-03"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn types_accept_their_values_and_null() {
        assert!(FieldType::Text(3).accepts(&json!("学生会")));
        assert!(!FieldType::Text(2).accepts(&json!("学生会")));
        assert!(FieldType::Choice(&["a", "b"]).accepts(&json!("b")));
        assert!(!FieldType::Choice(&["a", "b"]).accepts(&json!("c")));
        assert!(FieldType::Integer(0, 10).accepts(&json!(10)));
        assert!(!FieldType::Integer(0, 10).accepts(&json!(10.5)));
        assert!(FieldType::Date.accepts(&Value::Null));
        assert!(!FieldType::Ref.accepts(&json!("nope")));
    }
}
