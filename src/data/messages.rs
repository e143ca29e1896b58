//! Why a file was refused, in the user's language.

use crate::book::format::envelope::Unopened;
use crate::book::format::{Expected, Problem, Rejection};
use crate::book::schema::FieldType;

pub fn rejection_text(rejection: &Rejection) -> String {
    match rejection {
        Rejection::TooLarge { bytes, limit } => too_large(*bytes, *limit),
        Rejection::NotText => tr!(data.reject.not_text),
        Rejection::Truncated { line, column } => {
            tr!(data.reject.truncated, line = *line, column = *column)
        }
        Rejection::NotJson { line, column } => {
            tr!(data.reject.not_json, line = *line, column = *column)
        }
        Rejection::TooDeep => tr!(data.reject.too_deep),
        Rejection::ValueTooLong { line, column } => {
            tr!(data.reject.value_too_long, line = *line, column = *column)
        }
        Rejection::TooManyValues { line, column } => {
            tr!(data.reject.too_many_values, line = *line, column = *column)
        }
        Rejection::NotUnionbook => tr!(data.reject.not_unionbook),
        Rejection::NewerVersion { version } => tr!(data.reject.newer, version = *version),
        Rejection::Invalid { total: 1, .. } => tr!(data.reject.invalid_one, count = 1),
        Rejection::Invalid { total, .. } => tr!(data.reject.invalid, count = *total),
        Rejection::AheadOfClock { latest_ms, now_ms } => {
            tr!(data.reject.ahead, latest = super::show::when(*latest_ms), now = super::show::when(*now_ms))
        }
    }
}

/// Why a protected file did not open, and what to do.
pub fn unopened_text(unopened: &Unopened) -> String {
    match unopened {
        Unopened::TooLarge { bytes, limit } => too_large(*bytes, *limit),
        Unopened::Truncated => tr!(data.protect.truncated),
        Unopened::Damaged => tr!(data.protect.damaged),
        Unopened::NewerVersion { version } => tr!(data.reject.newer, version = *version),
        Unopened::Iterations { count } => tr!(data.protect.iterations, count = *count),
        Unopened::NotOpened => tr!(data.protect.not_opened),
    }
}

fn too_large(bytes: usize, limit: usize) -> String {
    let (size, limit) = (mb(bytes), mb(limit));
    tr!(data.reject.too_large, size, limit)
}

fn mb(bytes: usize) -> String {
    crate::locale::one_decimal(bytes as u64, 1_048_576)
}

/// "Record 3 (k3j2…), field “founded”: expected a date …; found "2026-02-30"."
pub fn problem_text(problem: &Problem) -> String {
    let expected = expected_text(&problem.expected);
    let found = problem.found.clone();
    let field = problem.location.field.clone().unwrap_or_default();
    match problem.location.record {
        Some((index, id)) => {
            let id = id.map(|id| id.to_string()).unwrap_or_else(|| "?".into());
            if field.is_empty() {
                tr!(data.problem.record, index, id, expected, found)
            } else {
                tr!(data.problem.record_field, index, id, field, expected, found)
            }
        }
        None => tr!(data.problem.file_field, field, expected, found),
    }
}

fn expected_text(expected: &Expected) -> String {
    match expected {
        Expected::Object => tr!(data.expected.object),
        Expected::List => tr!(data.expected.list),
        Expected::Text { max_chars } => tr!(data.expected.text, max = *max_chars),
        Expected::RecordId => tr!(data.expected.record_id),
        Expected::Stamp => tr!(data.expected.stamp),
        Expected::PlausibleStamp => tr!(data.expected.plausible_stamp),
        Expected::SameKind(kind) => tr!(data.expected.same_kind, kind = super::show::kind_name(kind)),
        Expected::DateTime => tr!(data.expected.date_time),
        Expected::UniqueId => tr!(data.expected.unique_id),
        Expected::KindName => tr!(data.expected.kind_name),
        Expected::FieldName => tr!(data.expected.field_name),
        Expected::FieldValue => tr!(data.expected.field_value),
        Expected::ShortList { max_items } => tr!(data.expected.short_list, max = *max_items),
        Expected::FieldType(ft) => field_type_text(*ft),
        Expected::FieldOfRecord => tr!(data.expected.field_of_record),
        Expected::EarlierStamp => tr!(data.expected.earlier_stamp),
        Expected::Selection => tr!(data.expected.selection),
        Expected::AtLeastOneField => tr!(data.expected.at_least_one_field),
        Expected::FewerRecords { max } => tr!(data.expected.fewer_records, max = *max),
        Expected::IdOfKind { id, kind, fields } if fields.is_empty() => {
            tr!(data.expected.fixed_id, id = id.to_string(), kind = super::show::kind_name(kind))
        }
        Expected::IdOfKind { id, kind, fields } => tr!(
            data.expected.derived_id,
            id = id.to_string(),
            fields = field_list(fields),
            kind = super::show::kind_name(kind)
        ),
        Expected::IdFields { fields } => tr!(data.expected.id_fields, fields = field_list(fields)),
    }
}

/// Field names as a list in the reader's language: "round, room" or "round、room".
fn field_list(fields: &[&str]) -> String {
    fields.join(crate::ui::language::current_lang().pick("、", ", "))
}

fn field_type_text(ft: FieldType) -> String {
    match ft {
        FieldType::Text(max) => tr!(data.expected.text, max),
        FieldType::Date => tr!(data.expected.date),
        FieldType::Bool => tr!(data.expected.bool),
        FieldType::Integer(lo, hi) => tr!(data.expected.range, lo, hi),
        FieldType::OneDecimal(lo, hi) => tr!(data.expected.one_decimal, lo, hi),
        FieldType::Ref => tr!(data.expected.record_id),
        FieldType::Refs => tr!(data.expected.record_ids),
        FieldType::Choice(words) => tr!(data.expected.choice, words = words.join(", ")),
    }
}
