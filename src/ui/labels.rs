//! Translated names of things the shell shows in many places.

use crate::calendar::{Semester, SemesterHalf};
use crate::forms::FormError;
use crate::i18n::*;
use crate::locale::Lang;
use crate::ui::areas::Area;
use crate::ui::language::current_lang;

pub fn area_name(area: Area) -> String {
    match area {
        Area::Home => tr!(nav.home),
        Area::People => tr!(nav.people),
        Area::Activities => tr!(nav.activities),
        Area::Attendance => tr!(nav.attendance),
        Area::Inspections => tr!(nav.inspections),
        Area::Meetings => tr!(nav.meetings),
        Area::Reports => tr!(nav.reports),
        Area::Awards => tr!(nav.awards),
        Area::Publications => tr!(nav.publications),
        Area::Money => tr!(nav.money),
        Area::Summary => tr!(nav.summary),
        Area::Data => tr!(nav.data),
        Area::Settings => tr!(nav.settings),
        Area::More => tr!(nav.more),
    }
}

pub fn area_description(area: Area) -> String {
    match area {
        Area::Home => tr!(area_desc.home),
        Area::People => tr!(area_desc.people),
        Area::Activities => tr!(area_desc.activities),
        Area::Attendance => tr!(area_desc.attendance),
        Area::Inspections => tr!(area_desc.inspections),
        Area::Meetings => tr!(area_desc.meetings),
        Area::Reports => tr!(area_desc.reports),
        Area::Awards => tr!(area_desc.awards),
        Area::Publications => tr!(area_desc.publications),
        Area::Money => tr!(area_desc.money),
        Area::Summary => tr!(area_desc.summary),
        Area::Data => tr!(area_desc.data),
        Area::Settings => tr!(area_desc.settings),
        Area::More => tr!(area_desc.more),
    }
}

pub fn semester_name(semester: Semester) -> String {
    let (from, to) = (semester.start_year, semester.end_year());
    match semester.half {
        SemesterHalf::First => tr!(semester.first, from, to),
        SemesterHalf::Second => tr!(semester.second, from, to),
    }
}

pub fn term_name(term: u8) -> String {
    let nth = current_lang().ordinal(u32::from(term));
    tr!(term.label, nth)
}

pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Zh => Locale::zh,
    }
}

/// What is wrong with a form's field, in words.
pub fn form_error(error: FormError) -> String {
    match error {
        FormError::Required => tr!(form.required),
        FormError::TooLong(max) => tr!(form.too_long, max),
        FormError::NotADate => tr!(form.not_a_date),
        FormError::NotAChoice => tr!(form.not_a_choice),
        FormError::NotATime => tr!(form.not_a_time),
        FormError::NotAnEmail => tr!(form.not_an_email),
        FormError::DuplicateStudentId => tr!(form.duplicate_student_id),
        FormError::NotAYear => tr!(form.not_a_year),
        FormError::NotInRange(lo, hi) => tr!(form.not_in_range, lo, hi),
        FormError::NotWhole => tr!(form.not_whole),
        FormError::TooManyDecimals => tr!(form.too_many_decimals),
        FormError::EndsBeforeStart => tr!(form.ends_before_start),
        FormError::Taken => tr!(form.taken),
        FormError::SameRole => tr!(form.same_role),
        FormError::ChangedMeanwhile(value) => tr!(form.changed_meanwhile, value),
        FormError::NotAnAmount => tr!(form.not_an_amount),
        FormError::AmbiguousAmount => tr!(form.ambiguous_amount),
        FormError::TooManyFen => tr!(form.too_many_fen),
        FormError::NotPositive => tr!(form.not_positive),
        FormError::AmountTooLarge => tr!(form.amount_too_large),
        FormError::OtherCurrency => tr!(form.other_currency),
    }
}

/// A stored value as people read it: yes or no, "empty", a list joined with commas.
pub fn value_text(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => tr!(data.empty_value),
        Value::Bool(true) => tr!(data.yes),
        Value::Bool(false) => tr!(data.no),
        Value::String(s) if s.is_empty() => tr!(data.empty_value),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(value_text).collect::<Vec<_>>().join(", "),
        other => crate::book::wire::json_text(other),
    }
}

/// A meeting's kind in words.
pub fn meeting_kind_name(kind: &str) -> String {
    match kind {
        "departmental" => tr!(meetings.kinds.departmental),
        "plenary" => tr!(meetings.kinds.plenary),
        "communication" => tr!(meetings.kinds.communication),
        "other" => tr!(meetings.kinds.other),
        _ => tr!(meetings.kinds.meeting),
    }
}

/// A meeting's name: its title, else its kind (a departmental meeting needs no title).
pub fn meeting_name(title: &str, kind: &str) -> String {
    if title.trim().is_empty() { meeting_kind_name(kind) } else { title.to_owned() }
}
