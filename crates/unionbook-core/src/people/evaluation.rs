//! The daily work evaluation: scores out of 10 (with at most one decimal, 8.5) on criteria the
//! union defines, with a comment, for a member (or a candidate on probation) by an evaluator;
//! averages per member and per unit over a semester. Scores and averages are kept in tenths, as
//! whole numbers, so nothing is lost to floating point.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::MEMBER;
use super::recruitment::CANDIDATE;
use super::roles::members_of_unit;
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors, FormError, Tenths};

pub const CRITERION: &str = "criterion";
pub const EVALUATION: &str = "evaluation";
pub const SCORE_PREFIX: &str = "score:";
/// The form's names for the score fields, in the order of the criteria (a form shows at most
/// this many; the last one takes the rest).
pub const SCORE_FIELDS: [&str; 8] =
    ["score-0", "score-1", "score-2", "score-3", "score-4", "score-5", "score-6", "score-7"];
pub const MAX_SCORE: i64 = 10;

pub static CRITERION_SCHEMA: KindSchema = KindSchema {
    kind: CRITERION,
    fields: &[
        ("name_zh", FieldType::Text(40)),
        ("name_en", FieldType::Text(60)),
        ("order", FieldType::Integer(0, 999)),
        ("active", FieldType::Bool),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

pub static EVALUATION_SCHEMA: KindSchema = KindSchema {
    kind: EVALUATION,
    fields: &[
        ("subject", FieldType::Ref),
        ("evaluator", FieldType::Ref),
        ("date", FieldType::Date),
        ("comment", FieldType::Text(2000)),
    ],
    prefixed: &[(SCORE_PREFIX, FieldType::OneDecimal(0, MAX_SCORE))],
    together: &[],
    ids: IdRule::Random,
};

/// The criteria a union starts with, as the seed semester's daily work evaluation used them.
pub const DEFAULT_CRITERIA: &[(&str, &str)] =
    &[("工作态度", "Attitude"), ("工作能力", "Ability"), ("工作效率", "Efficiency"), ("出勤", "Attendance")];

#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    pub id: RecordId,
    pub name_zh: String,
    pub name_en: String,
    pub order: i64,
}

impl Criterion {
    pub fn name(&self, english: bool) -> &str {
        if english && !self.name_en.is_empty() { &self.name_en } else { &self.name_zh }
    }
}

/// The criteria in use, in order.
pub fn criteria(book: &Book) -> Vec<Criterion> {
    let mut list: Vec<Criterion> = book
        .live(CRITERION)
        .filter(|(_, r)| r.value("active") != Some(&Value::Bool(false)))
        .map(|(id, r)| Criterion {
            id,
            name_zh: r.text("name_zh").to_owned(),
            name_en: r.text("name_en").to_owned(),
            order: r.value("order").and_then(Value::as_i64).unwrap_or(0),
        })
        .collect();
    list.sort_by(|a, b| (a.order, &a.name_zh).cmp(&(b.order, &b.name_zh)));
    list
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub id: RecordId,
    pub subject: Option<RecordId>,
    pub evaluator: Option<RecordId>,
    pub date: Option<NaiveDate>,
    pub comment: String,
    /// (criterion, score out of 10)
    pub scores: Vec<(RecordId, Tenths)>,
}

impl Evaluation {
    pub fn from_record(id: RecordId, r: &Record) -> Evaluation {
        let scores = r
            .fields
            .iter()
            .filter(|(_, e)| !e.value.is_null())
            .filter_map(|(name, e)| Some((RecordId::parse(name.strip_prefix(SCORE_PREFIX)?)?, Tenths::of(&e.value)?)))
            .collect();
        Evaluation {
            id,
            subject: RecordId::parse(r.text("subject")),
            evaluator: RecordId::parse(r.text("evaluator")),
            date: parse_date(r.text("date")),
            comment: r.text("comment").to_owned(),
            scores,
        }
    }

    /// The mean of this evaluation's scores, in tenths (83 is 8.3).
    pub fn average_tenths(&self) -> Option<i64> {
        mean_tenths(self.scores.iter().map(|(_, s)| s.0))
    }
}

fn mean_tenths(values: impl Iterator<Item = i64>) -> Option<i64> {
    let (sum, n) = values.fold((0i64, 0i64), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| (sum * 2 + n) / (2 * n))
}

/// Every evaluation, newest first; only those dated within `[first, last]` when given.
pub fn evaluations(book: &Book, within: Option<(NaiveDate, NaiveDate)>) -> Vec<Evaluation> {
    let mut list: Vec<Evaluation> = book
        .live(EVALUATION)
        .map(|(id, r)| Evaluation::from_record(id, r))
        .filter(|e| within.is_none_or(|(a, b)| e.date.is_some_and(|d| a <= d && d <= b)))
        .collect();
    list.sort_by(|a, b| b.date.cmp(&a.date));
    list
}

/// A subject's average over the period, in tenths, and over how many evaluations.
pub fn subject_average(book: &Book, subject: RecordId, within: Option<(NaiveDate, NaiveDate)>) -> Option<(i64, usize)> {
    let theirs: Vec<i64> = evaluations(book, within)
        .into_iter()
        .filter(|e| e.subject == Some(subject))
        .filter_map(|e| e.average_tenths())
        .collect();
    mean_tenths(theirs.iter().copied()).map(|avg| (avg, theirs.len()))
}

/// A unit's average over the semester: of every evaluation of the members who held a role in
/// it during the semester.
pub fn unit_average(book: &Book, unit: RecordId, first: NaiveDate, last: NaiveDate) -> Option<(i64, usize)> {
    let members = members_of_unit(book, unit, first, last);
    let theirs: Vec<i64> = evaluations(book, Some((first, last)))
        .into_iter()
        .filter(|e| e.subject.is_some_and(|s| members.contains(&s)))
        .filter_map(|e| e.average_tenths())
        .collect();
    mean_tenths(theirs.iter().copied()).map(|avg| (avg, theirs.len()))
}

/// An evaluation's form: a score (as typed) per criterion.
/// A new criterion's name, as typed: the fields of the criterion (last in the order), or
/// what is wrong with the name.
pub fn new_criterion(book: &Book, typed: &str) -> Result<Vec<(String, Value)>, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = forms::required(&mut e, "name_zh", typed, 40);
    let list = criteria(book);
    if !name.is_empty() && list.iter().any(|c| c.name_zh == name || c.name_en.eq_ignore_ascii_case(&name)) {
        e.push(("name_zh", FormError::Taken));
    }
    if !e.is_empty() {
        return Err(e);
    }
    let order = list.iter().map(|c| c.order + 1).max().unwrap_or(0);
    Ok(vec![("name_zh".into(), json!(name)), ("order".into(), json!(order)), ("active".into(), json!(true))])
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvaluationDraft {
    pub subject: String,
    pub evaluator: String,
    pub date: String,
    pub comment: String,
    pub scores: Vec<(RecordId, String)>,
}

impl EvaluationDraft {
    /// The form as an evaluation shows it, for correcting: a score for each of `criteria`, in
    /// the form's order (empty where none was given).
    pub fn from_evaluation(e: &Evaluation, criteria: &[RecordId]) -> EvaluationDraft {
        let score = |c: &RecordId| e.scores.iter().find(|(id, _)| id == c).map(|(_, s)| s.to_string());
        EvaluationDraft {
            subject: e.subject.map(|s| s.to_string()).unwrap_or_default(),
            evaluator: e.evaluator.map(|s| s.to_string()).unwrap_or_default(),
            date: e.date.map(|d| d.to_string()).unwrap_or_default(),
            comment: e.comment.clone(),
            scores: criteria.iter().map(|c| (*c, score(c).unwrap_or_default())).collect(),
        }
    }

    /// The fields of an evaluation being corrected: as `validate`, and a score emptied in the
    /// form is taken away (a new evaluation simply has no such field).
    pub fn validate_edit(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut fields = self.validate(book)?;
        let emptied = self.scores.iter().filter(|(_, typed)| typed.trim().is_empty());
        fields.extend(emptied.map(|(c, _)| (format!("{SCORE_PREFIX}{c}"), Value::Null)));
        Ok(fields)
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let subject = RecordId::parse(&self.subject)
            .filter(|id| book.get(*id).is_some_and(|r| (r.kind == MEMBER || r.kind == CANDIDATE) && !r.is_deleted()));
        if subject.is_none() {
            e.push(("subject", if self.subject.is_empty() { FormError::Required } else { FormError::NotAChoice }));
        }
        let evaluator = forms::reference(&mut e, "evaluator", &self.evaluator, book, MEMBER, false);
        let date = forms::date(&mut e, "date", &self.date, true);
        let comment = forms::optional(&mut e, "comment", &self.comment, 2000);
        let mut fields = Vec::new();
        for (i, (criterion, typed)) in self.scores.iter().enumerate() {
            // Each score's error sits on its own field.
            let field = SCORE_FIELDS[i.min(SCORE_FIELDS.len() - 1)];
            if let Some(score) = forms::decimal(&mut e, field, typed, 0, MAX_SCORE, false) {
                fields.push((format!("{SCORE_PREFIX}{criterion}"), score.value()));
            }
        }
        let any_score_wrong = e.iter().any(|(f, _)| SCORE_FIELDS.contains(f));
        if fields.is_empty() && !any_score_wrong {
            e.push(("scores", FormError::Required));
        }
        if !e.is_empty() {
            return Err(e);
        }
        fields.extend([
            ("subject".into(), json!(subject.map(|s| s.to_string()))),
            ("evaluator".into(), json!(evaluator.map(|s| s.to_string()))),
            ("date".into(), forms::date_value(date)),
            ("comment".into(), json!(comment)),
        ]);
        Ok(fields)
    }
}

#[cfg(test)]
#[path = "evaluation_tests.rs"]
mod tests;
