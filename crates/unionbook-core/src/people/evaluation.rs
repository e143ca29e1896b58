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
mod tests {
    use super::*;
    use crate::book::{Clock, Entropy, SeededEntropy};
    use crate::people::model::UNIT;
    use crate::people::roles::{ROLE, role_fields};
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn an_evaluation_shown_for_correcting_saves_back_unchanged_and_an_emptied_score_goes() {
        let mut book = Book::new();
        let mut clock = Clock::new(SeededEntropy(1).new_id());
        let mut ids = SeededEntropy(4);
        let (member, attitude, efficiency, evaluation) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
        book.write(member, MEMBER, clock.tick(1), [("name".into(), json!("张三"))]);
        let typed = EvaluationDraft {
            subject: member.to_string(),
            evaluator: String::new(),
            date: "2026-11-20".into(),
            comment: "认真".into(),
            scores: vec![(attitude, "8.5".into()), (efficiency, "9".into())],
        };
        book.write(evaluation, EVALUATION, clock.tick(2), typed.validate(&book).unwrap());
        let stored = Evaluation::from_record(evaluation, book.get(evaluation).unwrap());
        let shown = EvaluationDraft::from_evaluation(&stored, &[attitude, efficiency]);
        assert_eq!(shown, typed);
        // Saving it as shown writes what is stored already: nothing changes.
        let mut again = book.clone();
        again.write(evaluation, EVALUATION, clock.tick(3), shown.validate_edit(&book).unwrap());
        assert_eq!(Evaluation::from_record(evaluation, again.get(evaluation).unwrap()), stored);
        // Emptying a score takes it away.
        let emptied = EvaluationDraft { scores: vec![(attitude, String::new()), (efficiency, "9".into())], ..shown };
        book.write(evaluation, EVALUATION, clock.tick(4), emptied.validate_edit(&book).unwrap());
        let after = Evaluation::from_record(evaluation, book.get(evaluation).unwrap());
        assert_eq!(after.scores, vec![(efficiency, Tenths(90))]);
    }

    #[test]
    fn a_new_criterion_needs_a_name_of_its_own() {
        let mut book = Book::new();
        let mut clock = Clock::new(SeededEntropy(1).new_id());
        assert_eq!(new_criterion(&book, "  "), Err(vec![("name_zh", FormError::Required)]));
        assert_eq!(new_criterion(&book, &"长".repeat(41)), Err(vec![("name_zh", FormError::TooLong(40))]));
        let fields = new_criterion(&book, " 协作 ").unwrap();
        assert!(fields.contains(&("name_zh".into(), json!("协作"))));
        book.write(SeededEntropy(2).new_id(), CRITERION, clock.tick(1), fields);
        assert_eq!(new_criterion(&book, "协作"), Err(vec![("name_zh", FormError::Taken)]));
        let next = new_criterion(&book, "创新").unwrap();
        assert!(next.contains(&("order".into(), json!(1))), "after the criteria there are");
    }

    #[test]
    fn averages_per_member_and_per_unit_over_a_semester() {
        let mut book = Book::new();
        let mut clock = Clock::new(SeededEntropy(1).new_id());
        let mut ids = SeededEntropy(2);
        let (unit, a, b, outsider) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
        book.write(unit, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
        for m in [a, b, outsider] {
            book.write(m, MEMBER, clock.tick(1), [("name".into(), json!("x"))]);
        }
        for m in [a, b] {
            book.write(ids.new_id(), ROLE, clock.tick(1), role_fields(m, unit, "assistant", d(2026, 9, 1)));
        }
        let crit: Vec<RecordId> = (0..4).map(|_| ids.new_id()).collect();
        for c in &crit {
            book.write(*c, CRITERION, clock.tick(1), [("name_zh".into(), json!("c"))]);
        }
        let mut evaluate = |book: &mut Book, subject: RecordId, date: NaiveDate, scores: [&str; 4]| {
            let draft = EvaluationDraft {
                subject: subject.to_string(),
                evaluator: String::new(),
                date: date.to_string(),
                comment: String::new(),
                scores: crit.iter().copied().zip(scores.map(String::from)).collect(),
            };
            book.write(ids.new_id(), EVALUATION, clock.tick(2), draft.validate(book).unwrap());
        };
        evaluate(&mut book, a, d(2026, 10, 15), ["8", "9", "7", "10"]); // 8.5
        evaluate(&mut book, a, d(2026, 12, 15), ["6", "7.5", "", "7.5"]); // 7.0 (a criterion left out)
        evaluate(&mut book, b, d(2026, 11, 1), ["9", "9", "9", "9"]); // 9.0
        evaluate(&mut book, outsider, d(2026, 11, 1), ["1", "1", "1", "1"]);
        evaluate(&mut book, a, d(2027, 3, 1), ["1", "1", "1", "1"]); // next semester

        let autumn = Some((d(2026, 8, 1), d(2027, 1, 31)));
        assert_eq!(subject_average(&book, a, autumn), Some((78, 2))); // (8.5 + 7.0) / 2 = 7.75 → 7.8
        assert_eq!(subject_average(&book, b, autumn), Some((90, 1)));
        assert_eq!(unit_average(&book, unit, d(2026, 8, 1), d(2027, 1, 31)), Some((82, 3))); // (85+70+90)/3
        assert_eq!(subject_average(&book, outsider, Some((d(2027, 2, 1), d(2027, 7, 31)))), None);
        assert_eq!(evaluations(&book, autumn).len(), 4);
    }

    #[test]
    fn a_score_takes_one_decimal_and_keeps_it_exactly() {
        let crit = SeededEntropy(5).new_id();
        let member = SeededEntropy(6).new_id();
        let mut book = Book::new();
        book.write(member, MEMBER, Clock::new(SeededEntropy(1).new_id()).tick(1), [("name".into(), json!("x"))]);
        let draft = |score: &str| EvaluationDraft {
            subject: member.to_string(),
            date: "2026-11-20".into(),
            scores: vec![(crit, score.into())],
            ..EvaluationDraft::default()
        };
        let fields = draft("8.5").validate(&book).unwrap();
        let score = fields.iter().find(|(name, _)| name.starts_with(SCORE_PREFIX)).map(|(_, v)| v.clone());
        assert_eq!(score, Some(json!(8.5)));
        assert!(EVALUATION_SCHEMA.field(&format!("{SCORE_PREFIX}{crit}")).unwrap().accepts(&json!(8.5)));
        assert_eq!(draft("8.55").validate(&book), Err(vec![("score-0", FormError::TooManyDecimals)]));
        assert_eq!(draft("10.5").validate(&book), Err(vec![("score-0", FormError::NotInRange(0, 10))]));

        let id = SeededEntropy(7).new_id();
        book.write(id, EVALUATION, Clock::new(SeededEntropy(1).new_id()).tick(2), fields);
        let stored = Evaluation::from_record(id, book.get(id).unwrap());
        assert_eq!((stored.average_tenths(), stored.scores), (Some(85), vec![(crit, Tenths(85))]));
    }

    #[test]
    fn an_evaluation_needs_a_subject_a_date_and_a_score_out_of_ten() {
        let crit = SeededEntropy(5).new_id();
        let draft =
            EvaluationDraft { scores: vec![(crit, "8".into()), (crit, "11".into())], ..EvaluationDraft::default() };
        let errors = draft.validate(&Book::new()).unwrap_err();
        assert!(errors.contains(&("score-1", FormError::NotInRange(0, 10))), "the error is on the second score");
        assert!(!errors.iter().any(|(f, _)| *f == "score-0"));
        assert!(errors.contains(&("subject", FormError::Required)));
        assert!(errors.contains(&("date", FormError::Required)));
        let empty = EvaluationDraft { scores: vec![(crit, "".into())], ..EvaluationDraft::default() };
        assert!(empty.validate(&Book::new()).unwrap_err().contains(&("scores", FormError::Required)));
    }

    proptest! {
        #[test]
        fn an_average_lies_between_the_lowest_and_highest_score(scores in prop::collection::vec(0i64..=10, 1..20)) {
            let avg = mean_tenths(scores.iter().map(|s| s * 10)).unwrap();
            prop_assert!(avg >= scores.iter().min().unwrap() * 10 && avg <= scores.iter().max().unwrap() * 10);
            let exact_times_ten = scores.iter().sum::<i64>() * 100 / scores.len() as i64;
            prop_assert!((avg * 10 - exact_times_ten).abs() <= 5 + 1);
        }
    }
}
