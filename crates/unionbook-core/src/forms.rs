//! What forms share: the ways a typed value can be wrong, and reading typed text into values.
//! Pure; every area's drafts use these, and `ui/form.rs` shows the errors.

use chrono::{NaiveDate, NaiveTime};
use serde_json::{Value, json};
use std::collections::BTreeMap;

use crate::book::schema::{parse_date, tenths_of, tenths_value};
use crate::book::{Book, RecordId};

/// What is wrong with a field of a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    Required,
    TooLong(usize),
    NotADate,
    /// Not a time of day as `HH:MM`.
    NotATime,
    NotAChoice,
    NotAnEmail,
    /// Another member already has this student id.
    DuplicateStudentId,
    NotAYear,
    /// A number within the range (a whole one, or with one decimal where the field allows it).
    NotInRange(i64, i64),
    /// A decimal where only whole numbers are taken.
    NotWhole,
    /// More than one decimal (8.55) where one is the most a score has.
    TooManyDecimals,
    /// An end before its start.
    EndsBeforeStart,
    /// Another record already has this.
    Taken,
    /// The member already holds this position in this unit for (part of) these dates.
    SameRole,
    /// Changed elsewhere (another tab, an import) while the form was open, to this value (as
    /// text for people): saving again keeps what the user typed.
    ChangedMeanwhile(String),
    /// Not an amount of money at all.
    NotAnAmount,
    /// An amount a comma or point could make two numbers of ("12,5", "1.234").
    AmbiguousAmount,
    /// A third decimal: money is kept to the fen.
    TooManyFen,
    /// Zero or less where an amount must be more.
    NotPositive,
    AmountTooLarge,
    /// The text names another currency than the form's.
    OtherCurrency,
}

pub type FieldErrors = Vec<(&'static str, FormError)>;

pub fn error_of(errors: &FieldErrors, field: &str) -> Option<FormError> {
    errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.clone())
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
    let value = given(errors, field, value, needed)?;
    let parsed = parse_date(value);
    if parsed.is_none() {
        errors.push((field, FormError::NotADate));
    }
    parsed
}

/// A time of day exactly as `<input type=time>` gives it, `HH:MM` from 00:00 to 23:59; lists'
/// `starts_at` hold it so.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let b = text.as_bytes();
    let digits = b.len() == 5 && b[2] == b':' && [0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit());
    let number = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    digits.then(|| NaiveTime::from_hms_opt(number(0), number(3), 0)).flatten()
}

/// A time of day (`HH:MM`), as the text to store; empty is `None`.
pub fn time(errors: &mut FieldErrors, field: &'static str, value: &str) -> Option<String> {
    let value = given(errors, field, value, false)?;
    if parse_time(value).is_none() {
        errors.push((field, FormError::NotATime));
        return None;
    }
    Some(value.to_owned())
}

/// The trimmed text of a field, or `None` when it is empty (then required if `needed`).
fn given<'a>(errors: &mut FieldErrors, field: &'static str, value: &'a str, needed: bool) -> Option<&'a str> {
    let value = value.trim();
    if value.is_empty() && needed {
        errors.push((field, FormError::Required));
    }
    (!value.is_empty()).then_some(value)
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
    let value = given(errors, field, value, needed)?;
    match value.parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Some(n),
        // "2.5" for a year or a term number: say what is wrong with it, not only the range.
        _ if value.contains(['.', '．']) && read_tenths(value).is_some() => {
            errors.push((field, FormError::NotWhole));
            None
        }
        _ => {
            errors.push((field, FormError::NotInRange(lo, hi)));
            None
        }
    }
}

/// A score kept exactly to one decimal, in tenths: `Tenths(85)` is 8.5. Shown as typed: "8.5",
/// and "8" rather than "8.0".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tenths(pub i64);

impl Tenths {
    /// A stored value (`8.5`, or a whole `8` as older files hold it); `None` for anything else.
    pub fn of(value: &Value) -> Option<Tenths> {
        tenths_of(value).map(Tenths)
    }

    pub fn value(self) -> Value {
        tenths_value(self.0)
    }
}

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (whole, tenth) = (self.0 / 10, (self.0 % 10).abs());
        let sign = if self.0 < 0 && whole == 0 { "-" } else { "" };
        if tenth == 0 { write!(f, "{sign}{whole}") } else { write!(f, "{sign}{whole}.{tenth}") }
    }
}

/// Typed text as tenths: digits, then at most one decimal after a point ("8", "8.5", "8.50",
/// ".5"). Trailing zeros say nothing, so "8.50" is 8.5; "8.55" and "8,5" are not read.
/// Full-width digits and point, as a Chinese input method types them, are read too.
fn read_tenths(text: &str) -> Option<i64> {
    let text: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            other => other,
        })
        .collect();
    let (whole, decimals) = text.split_once('.').unwrap_or((&text, ""));
    let decimals = decimals.trim_end_matches('0');
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && decimals.is_empty()) || !digits(whole) || !digits(decimals) || decimals.len() > 1 {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let tenth = decimals.bytes().next().map_or(0, |b| i64::from(b - b'0'));
    whole.checked_mul(10)?.checked_add(tenth)
}

/// A number from `lo` to `hi` with at most one decimal (a score of 8.5); empty is `None` unless
/// `needed`. Two decimals are refused as such, so the message says what to change.
pub fn decimal(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    lo: i64,
    hi: i64,
    needed: bool,
) -> Option<Tenths> {
    let value = given(errors, field, value, needed)?;
    match read_tenths(value) {
        Some(t) if (lo * 10..=hi * 10).contains(&t) => Some(Tenths(t)),
        None if is_more_decimals(value) => {
            errors.push((field, FormError::TooManyDecimals));
            None
        }
        _ => {
            errors.push((field, FormError::NotInRange(lo, hi)));
            None
        }
    }
}

/// "8.55": a number, only with more decimals than a score keeps.
fn is_more_decimals(text: &str) -> bool {
    text.split_once(['.', '．']).is_some_and(|(whole, decimals)| {
        let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        whole.chars().all(digit) && decimals.chars().count() > 1 && decimals.chars().all(digit)
    })
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

/// A form as it was opened: which record it edits, the values its fields showed (as the
/// form would save them), and what the book held then. Saving writes only what the user
/// changed, so an edit never reverts what changed meanwhile (another tab, an import) and never
/// writes a value the user did not type (an empty field over another officer's phone number).
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub kind: &'static str,
    pub id: Option<RecordId>,
    /// `None` when the record as stored did not pass the form's checks when it opened.
    shown: Option<BTreeMap<String, Value>>,
    stored: BTreeMap<String, Value>,
}

/// Empty text and `null` are both "nothing" in a form.
fn is_nothing(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        _ => false,
    }
}

fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    a == b || (is_nothing(a) && is_nothing(b))
}

impl Opened {
    /// A form opened on record `id` of `kind` (`None` for a new record), showing what `shown`
    /// would save (the draft of the stored record, checked).
    pub fn new(book: &Book, kind: &'static str, id: Option<RecordId>, shown: Option<Vec<(String, Value)>>) -> Opened {
        let stored = Self::stored_values(book, id);
        Opened { kind, id, shown: shown.map(|s| s.into_iter().collect()), stored }
    }

    fn stored_values(book: &Book, id: Option<RecordId>) -> BTreeMap<String, Value> {
        id.and_then(|id| book.get(id))
            .map(|r| r.fields.iter().map(|(k, e)| (k.clone(), e.value.clone())).collect())
            .unwrap_or_default()
    }

    /// What saving the checked values should write: the fields the user changed since the form
    /// opened. `Err` lists the fields the user changed that were also changed meanwhile, with
    /// their values now: the user must see those before anything is written.
    pub fn changes(
        &self,
        book: &Book,
        checked: Vec<(String, Value)>,
    ) -> Result<Vec<(String, Value)>, Vec<(String, Value)>> {
        let Some(record) = self.id.and_then(|id| book.get(id)) else {
            // A new record: everything the user filled in.
            return Ok(checked.into_iter().filter(|(_, v)| !is_nothing(Some(v))).collect());
        };
        let changed: Vec<(String, Value)> = checked
            .into_iter()
            .filter(|(name, value)| match &self.shown {
                Some(shown) => shown.get(name) != Some(value),
                None => !same(self.stored.get(name), Some(value)),
            })
            .collect();
        let meanwhile: Vec<(String, Value)> = changed
            .iter()
            .filter(|(name, _)| !same(self.stored.get(name), record.value(name)))
            .map(|(name, _)| (name.clone(), record.value(name).cloned().unwrap_or(Value::Null)))
            .collect();
        if meanwhile.is_empty() { Ok(changed) } else { Err(meanwhile) }
    }

    /// The user has seen the values changed meanwhile: a second save writes theirs over them.
    pub fn acknowledge(&mut self, book: &Book, fields: &[(String, Value)]) {
        let now = Self::stored_values(book, self.id);
        for (name, _) in fields {
            match now.get(name) {
                Some(value) => self.stored.insert(name.clone(), value.clone()),
                None => self.stored.remove(name),
            };
        }
    }

    /// After a save: the form now shows what it saved, over the book as it is.
    pub fn saved(&mut self, book: &Book, id: RecordId, checked: Vec<(String, Value)>) {
        self.id = Some(id);
        self.shown = Some(checked.into_iter().collect());
        self.stored = Self::stored_values(book, Some(id));
    }
}

#[cfg(test)]
#[path = "forms_tests.rs"]
mod tests;
