//! What forms share: the ways a typed value can be wrong, and reading typed text into values.
//! Pure; every area's drafts use these, and `shell/form.rs` shows the errors.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::book::schema::parse_date;
use crate::book::{Book, RecordId};

/// What is wrong with a field of a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    Required,
    TooLong(usize),
    NotADate,
    NotAChoice,
    NotAnEmail,
    /// Another member already has this student id.
    DuplicateStudentId,
    NotAYear,
    /// A whole number within the range.
    NotInRange(i64, i64),
    /// An end before its start.
    EndsBeforeStart,
    /// Another record already has this.
    Taken,
}

pub type FieldErrors = Vec<(&'static str, FormError)>;

pub fn error_of(errors: &FieldErrors, field: &str) -> Option<FormError> {
    errors.iter().find(|(f, _)| *f == field).map(|(_, e)| *e)
}

pub fn required(errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.push((field, FormError::Required));
    }
    optional(errors, field, value, max)
}

pub fn optional(errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.chars().count() > max {
        errors.push((field, FormError::TooLong(max)));
    }
    value.to_owned()
}

/// A `YYYY-MM-DD` date; empty is `None` unless `needed`.
pub fn date(errors: &mut FieldErrors, field: &'static str, value: &str, needed: bool) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() {
        if needed {
            errors.push((field, FormError::Required));
        }
        return None;
    }
    let parsed = parse_date(value);
    if parsed.is_none() {
        errors.push((field, FormError::NotADate));
    }
    parsed
}

/// A whole number from `lo` to `hi`; empty is `None` unless `needed`.
pub fn integer(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    lo: i64,
    hi: i64,
    needed: bool,
) -> Option<i64> {
    let value = value.trim();
    if value.is_empty() {
        if needed {
            errors.push((field, FormError::Required));
        }
        return None;
    }
    match value.parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Some(n),
        _ => {
            errors.push((field, FormError::NotInRange(lo, hi)));
            None
        }
    }
}

/// One of `words`; empty is refused unless `optional`.
pub fn choice(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    words: &[&str],
    optional: bool,
) -> Option<String> {
    if value.is_empty() && optional {
        return None;
    }
    if !words.contains(&value) {
        errors.push((field, FormError::NotAChoice));
        return None;
    }
    Some(value.to_owned())
}

/// The id of a live record of `kind`; empty is `None` unless `needed`.
pub fn reference(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    book: &Book,
    kind: &str,
    needed: bool,
) -> Option<RecordId> {
    if value.is_empty() {
        if needed {
            errors.push((field, FormError::Required));
        }
        return None;
    }
    let found = RecordId::parse(value).filter(|id| book.get(*id).is_some_and(|r| r.kind == kind && !r.is_deleted()));
    if found.is_none() {
        errors.push((field, FormError::NotAChoice));
    }
    found
}

/// Checks that `to` is not before `from`.
pub fn ordered(errors: &mut FieldErrors, field: &'static str, from: Option<NaiveDate>, to: Option<NaiveDate>) {
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            errors.push((field, FormError::EndsBeforeStart));
        }
    }
}

pub fn looks_like_email(text: &str) -> bool {
    let Some((user, domain)) = text.split_once('@') else { return false };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(' ')
}

/// A value for a field: `null` for nothing.
pub fn opt<T: serde::Serialize>(value: Option<T>) -> Value {
    value.map_or(Value::Null, |v| json!(v))
}

pub fn date_value(value: Option<NaiveDate>) -> Value {
    value.map_or(Value::Null, |d| json!(d.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_read_or_refused_with_a_reason() {
        let mut e = FieldErrors::new();
        assert_eq!(date(&mut e, "d", "2026-02-28", true), NaiveDate::from_ymd_opt(2026, 2, 28));
        assert_eq!(date(&mut e, "d", "", false), None);
        assert!(e.is_empty());
        date(&mut e, "d", "2026-02-30", true);
        date(&mut e, "e", "", true);
        integer(&mut e, "n", "101", 0, 100, false);
        integer(&mut e, "m", "x", 0, 100, false);
        choice(&mut e, "c", "king", &["a"], false);
        ordered(&mut e, "to", NaiveDate::from_ymd_opt(2026, 3, 1), NaiveDate::from_ymd_opt(2026, 2, 1));
        assert_eq!(
            e,
            vec![
                ("d", FormError::NotADate),
                ("e", FormError::Required),
                ("n", FormError::NotInRange(0, 100)),
                ("m", FormError::NotInRange(0, 100)),
                ("c", FormError::NotAChoice),
                ("to", FormError::EndsBeforeStart),
            ]
        );
        assert_eq!(integer(&mut e, "n", " 85 ", 0, 100, true), Some(85));
    }
}
