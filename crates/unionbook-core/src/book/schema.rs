//! What the fields of each known kind hold, so imports can check them. Kinds are declared by
//! their areas (see `crate::kinds`); the book itself stays generic, and records of kinds it does
//! not know (from a newer app) are kept as they are.

use chrono::NaiveDate;
use serde_json::Value;

use super::id::RecordId;

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
    /// A number within the range with at most one decimal (a score of 8.5), kept exact as
    /// tenths: see `tenths_of`. A whole number is written as an integer, so a file whose
    /// scores are all whole reads as it did when such fields were `Integer`.
    OneDecimal(i64, i64),
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
    /// Fields that are one value between them, such as an amount and its currency: a write of
    /// any of them writes all of them under one stamp (`with_companions`), so that a merge
    /// keeps one writer's whole set and reports a concurrent edit of any part as a conflict,
    /// never pairing one phone's amount with another's currency.
    pub together: &'static [&'static [&'static str]],
    /// How its records get their ids: drawn at random, or fixed, or derived from fields.
    pub ids: IdRule,
}

/// How the records of a kind get their ids. A record whose id is fixed or derived is the one
/// record of its kind for what its id is made from (the union; a room in a round), so two
/// phones that start it offline write one record and their fields merge. The app finds such a
/// record by its id, never by scanning: an import refuses one whose id does not match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdRule {
    /// 80 random bits: most kinds.
    Random,
    /// One record in every book, under this id.
    Fixed(RecordId),
    /// Derived from parts, by the first recipe whose parts the record holds: the parts' ids,
    /// folded with `RecordId::derived` from the left (`a.derived(b).derived(c)`).
    Derived(&'static [&'static [IdPart]]),
}

/// One part of a derived id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdPart {
    /// The id held in this reference field.
    Field(&'static str),
    /// A fixed id that tells this kind's ids apart from others derived from the same records.
    Tag(RecordId),
    /// The well-known id of the position (from 0) of this field's word among the choices.
    Position(&'static str, &'static [&'static str]),
}

/// What a record's id must be, by its kind's `IdRule` and its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdCheck {
    /// Any id will do.
    Any,
    /// Exactly this one.
    Must(RecordId),
    /// Derived from fields the record does not hold (or holds as something else).
    Underivable,
}

impl IdRule {
    /// The id a record whose fields are read by `value_of` must have.
    pub fn check<'v>(&self, value_of: &dyn Fn(&str) -> Option<&'v Value>) -> IdCheck {
        let part = |p: &IdPart| match *p {
            IdPart::Field(name) => value_of(name).and_then(Value::as_str).and_then(RecordId::parse),
            IdPart::Tag(id) => Some(id),
            IdPart::Position(name, words) => {
                let word = value_of(name).and_then(Value::as_str)?;
                words.iter().position(|w| *w == word).map(|n| RecordId::well_known(n as u8))
            }
        };
        match self {
            IdRule::Random => IdCheck::Any,
            IdRule::Fixed(id) => IdCheck::Must(*id),
            IdRule::Derived(recipes) => recipes
                .iter()
                .find_map(|recipe| recipe.iter().map(part).collect::<Option<Vec<_>>>())
                .and_then(|ids| RecordId::derived_from(&ids))
                .map_or(IdCheck::Underivable, IdCheck::Must),
        }
    }

    /// The fields this kind's ids are made from, for messages and the format's documentation.
    pub fn fields(&self) -> Vec<&'static str> {
        let IdRule::Derived(recipes) = self else { return Vec::new() };
        let mut names = Vec::new();
        for part in recipes.iter().flat_map(|r| r.iter()) {
            if let IdPart::Field(name) | IdPart::Position(name, _) = part {
                if !names.contains(name) {
                    names.push(*name);
                }
            }
        }
        names
    }
}

impl KindSchema {
    /// The fields bound with `field` in one of `together`'s groups (itself included); empty for
    /// a field that stands alone.
    pub fn bound_with(&self, field: &str) -> &'static [&'static str] {
        self.together.iter().copied().find(|group| group.contains(&field)).unwrap_or(&[])
    }

    /// What a form writes: `changed`, and for every group one of them belongs to, the group's
    /// other fields with the values in `shown` (the whole form as it would save), or else as
    /// the record holds them now (`current`; a form that shows only some of them).
    pub fn with_companions(
        &self,
        changed: Vec<(String, Value)>,
        shown: &[(String, Value)],
        current: &dyn Fn(&str) -> Option<Value>,
    ) -> Vec<(String, Value)> {
        let mut out = changed;
        let touched: Vec<&'static str> =
            out.iter().flat_map(|(name, _)| self.bound_with(name).iter().copied()).collect();
        for companion in touched {
            if out.iter().any(|(name, _)| name == companion) {
                continue;
            }
            let value = shown.iter().find(|(name, _)| name == companion).map(|(_, v)| v.clone());
            if let Some(value) = value.or_else(|| current(companion)) {
                out.push((companion.to_owned(), value));
            }
        }
        out
    }

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

/// A number with at most one decimal, in tenths: `8.5` is 85, `8` is 80; `8.55` (or text) is
/// not one. JSON numbers with a fraction arrive as binary floats, so "at most one decimal"
/// means within a rounding error of a tenth — far closer than any second decimal could be.
pub fn tenths_of(value: &Value) -> Option<i64> {
    let Value::Number(n) = value else { return None };
    if let Some(whole) = n.as_i64() {
        return whole.checked_mul(10);
    }
    let times_ten = n.as_f64()? * 10.0;
    // Beyond ±2^53 a float no longer holds every integer: not a score.
    if !times_ten.is_finite() || times_ten.abs() > 9.0e15 {
        return None;
    }
    let rounded = times_ten.round();
    ((times_ten - rounded).abs() < 1e-6).then_some(rounded as i64)
}

/// The JSON number for a value in tenths: an integer when it is whole (`80` → `8`), else the
/// shortest decimal that reads back as it (`85` → `8.5`).
pub fn tenths_value(tenths: i64) -> Value {
    if tenths % 10 == 0 { Value::from(tenths / 10) } else { Value::from(tenths as f64 / 10.0) }
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
            (FieldType::OneDecimal(lo, hi), value) => {
                tenths_of(value).is_some_and(|t| (lo * 10..=hi * 10).contains(&t))
            }
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
#[path = "schema_tests.rs"]
mod tests;
