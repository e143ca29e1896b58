//! Recruiting assistants: a round per semester and unit; each candidate moves through an initial
//! test, an interview and a semester's probation to hired or not hired. Hiring makes the
//! candidate a member with the assistant role, from the records already typed.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{MEMBER, UNIT, member_with_student_id};
use super::roles::{ROLE, role_fields};
use super::terms::SEMESTER;
use crate::book::schema::{FieldType, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors};

pub const ROUND: &str = "recruit_round";
pub const CANDIDATE: &str = "candidate";
pub const STAGES: &[&str] = &["applied", "initial_test", "interview", "probation", "hired", "not_hired"];

pub static ROUND_SCHEMA: KindSchema = KindSchema {
    kind: ROUND,
    fields: &[
        ("semester", FieldType::Ref),
        ("unit", FieldType::Ref),
        ("title", FieldType::Text(80)),
        ("opened", FieldType::Date),
        ("notes", FieldType::Text(2000)),
    ],
    prefixed: &[],
};

pub static CANDIDATE_SCHEMA: KindSchema = KindSchema {
    kind: CANDIDATE,
    fields: &[
        ("round", FieldType::Ref),
        ("name", FieldType::Text(40)),
        ("student_id", FieldType::Text(20)),
        ("class_major", FieldType::Text(60)),
        ("phone", FieldType::Text(30)),
        ("stage", FieldType::Choice(STAGES)),
        ("applied", FieldType::Date),
        ("test_score", FieldType::Integer(0, 100)),
        ("interview_score", FieldType::Integer(0, 100)),
        ("interviewers", FieldType::Refs),
        ("interview_notes", FieldType::Text(2000)),
        ("decided", FieldType::Date),
        ("reason", FieldType::Text(500)),
        ("member", FieldType::Ref),
    ],
    prefixed: &[],
};

/// Where a candidate is. The order is the way through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Applied,
    InitialTest,
    Interview,
    Probation,
    Hired,
    NotHired,
}

impl Stage {
    pub const ALL: [Stage; 6] =
        [Stage::Applied, Stage::InitialTest, Stage::Interview, Stage::Probation, Stage::Hired, Stage::NotHired];

    pub fn word(self) -> &'static str {
        STAGES[self as usize]
    }

    pub fn parse(word: &str) -> Stage {
        Stage::ALL.into_iter().find(|s| s.word() == word).unwrap_or(Stage::Applied)
    }

    pub fn is_final(self) -> bool {
        matches!(self, Stage::Hired | Stage::NotHired)
    }
}

/// What can happen to a candidate.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// The initial test was taken, with this score out of 100.
    Tested { score: i64 },
    /// The interview was held.
    Interviewed { score: i64, interviewers: Vec<RecordId>, notes: String },
    /// The semester's assessment begins.
    StartProbation,
    /// Hired at the end of probation, on this day.
    Hire { on: NaiveDate },
    /// Not hired (at any stage), and why.
    Decline { on: NaiveDate, reason: String },
}

/// Why a step cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepError {
    /// The step does not follow from the candidate's stage.
    WrongStage,
    ScoreOutOfRange,
    ReasonRequired,
    /// The round has no unit to hire into.
    NoUnit,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub id: RecordId,
    pub round: Option<RecordId>,
    pub name: String,
    pub student_id: String,
    pub class_major: String,
    pub phone: String,
    pub stage: Stage,
    pub applied: Option<NaiveDate>,
    pub test_score: Option<i64>,
    pub interview_score: Option<i64>,
    pub interviewers: Vec<RecordId>,
    pub interview_notes: String,
    pub decided: Option<NaiveDate>,
    pub reason: String,
    pub member: Option<RecordId>,
}

impl Candidate {
    pub fn from_record(id: RecordId, r: &Record) -> Candidate {
        let refs = |v: Option<&Value>| {
            v.and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|x| x.as_str().and_then(RecordId::parse)).collect())
                .unwrap_or_default()
        };
        Candidate {
            id,
            round: RecordId::parse(r.text("round")),
            name: r.text("name").to_owned(),
            student_id: r.text("student_id").to_owned(),
            class_major: r.text("class_major").to_owned(),
            phone: r.text("phone").to_owned(),
            stage: Stage::parse(r.text("stage")),
            applied: parse_date(r.text("applied")),
            test_score: r.value("test_score").and_then(Value::as_i64),
            interview_score: r.value("interview_score").and_then(Value::as_i64),
            interviewers: refs(r.value("interviewers")),
            interview_notes: r.text("interview_notes").to_owned(),
            decided: parse_date(r.text("decided")),
            reason: r.text("reason").to_owned(),
            member: RecordId::parse(r.text("member")),
        }
    }

    /// The fields a step changes, or why it cannot be taken. Hiring changes more than the
    /// candidate: see `hire`.
    pub fn step(&self, step: &Step) -> Result<Vec<(String, Value)>, StepError> {
        let at = |stage: Stage| if self.stage == stage { Ok(()) } else { Err(StepError::WrongStage) };
        let score = |s: i64| if (0..=100).contains(&s) { Ok(s) } else { Err(StepError::ScoreOutOfRange) };
        let stage = |s: Stage| ("stage".to_owned(), json!(s.word()));
        match step {
            Step::Tested { score: s } => {
                at(Stage::Applied)?;
                Ok(vec![stage(Stage::InitialTest), ("test_score".into(), json!(score(*s)?))])
            }
            Step::Interviewed { score: s, interviewers, notes } => {
                at(Stage::InitialTest)?;
                let ids: Vec<String> = interviewers.iter().map(RecordId::to_string).collect();
                Ok(vec![
                    stage(Stage::Interview),
                    ("interview_score".into(), json!(score(*s)?)),
                    ("interviewers".into(), json!(ids)),
                    ("interview_notes".into(), json!(notes.trim())),
                ])
            }
            Step::StartProbation => {
                at(Stage::Interview)?;
                Ok(vec![stage(Stage::Probation)])
            }
            Step::Hire { on } => {
                at(Stage::Probation)?;
                Ok(vec![stage(Stage::Hired), ("decided".into(), json!(on.to_string()))])
            }
            Step::Decline { on, reason } => {
                if self.stage.is_final() {
                    return Err(StepError::WrongStage);
                }
                if reason.trim().is_empty() {
                    return Err(StepError::ReasonRequired);
                }
                Ok(vec![
                    stage(Stage::NotHired),
                    ("decided".into(), json!(on.to_string())),
                    ("reason".into(), json!(reason.trim())),
                ])
            }
        }
    }
}

/// Every write that hiring makes, as (id, kind, fields): the member (the one with the same
/// student id if there is one, else a new one from the candidate's details), the assistant role
/// in the round's unit from the day of hiring, and the candidate, marked hired and linked.
pub fn hire(
    book: &Book,
    candidate: &Candidate,
    on: NaiveDate,
    new_id: &mut dyn FnMut() -> RecordId,
) -> Result<Vec<(RecordId, &'static str, Vec<(String, Value)>)>, StepError> {
    let mut changes = candidate.step(&Step::Hire { on })?;
    let unit = candidate
        .round
        .and_then(|r| book.get(r))
        .and_then(|r| RecordId::parse(r.text("unit")))
        .filter(|u| book.get(*u).is_some_and(|r| r.kind == UNIT))
        .ok_or(StepError::NoUnit)?;
    let mut writes = Vec::new();
    let member = match member_with_student_id(book, &candidate.student_id) {
        Some(existing) => existing,
        None => {
            let id = new_id();
            let fields = vec![
                ("name".into(), json!(candidate.name)),
                ("student_id".into(), json!(candidate.student_id)),
                ("class_major".into(), json!(candidate.class_major)),
                ("phone".into(), json!(candidate.phone)),
            ];
            writes.push((id, MEMBER, fields));
            id
        }
    };
    writes.push((new_id(), ROLE, role_fields(member, unit, "assistant", on)));
    changes.push(("member".into(), json!(member.to_string())));
    writes.push((candidate.id, CANDIDATE, changes));
    Ok(writes)
}

/// A round with what the board shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    pub id: RecordId,
    pub semester: Option<RecordId>,
    pub unit: Option<RecordId>,
    pub title: String,
    pub opened: Option<NaiveDate>,
}

impl Round {
    pub fn from_record(id: RecordId, r: &Record) -> Round {
        Round {
            id,
            semester: RecordId::parse(r.text("semester")),
            unit: RecordId::parse(r.text("unit")),
            title: r.text("title").to_owned(),
            opened: parse_date(r.text("opened")),
        }
    }
}

pub fn rounds(book: &Book) -> Vec<Round> {
    let mut list: Vec<Round> = book.live(ROUND).map(|(id, r)| Round::from_record(id, r)).collect();
    list.sort_by(|a, b| b.opened.cmp(&a.opened).then_with(|| a.title.cmp(&b.title)));
    list
}

/// A round's candidates, by stage then name.
pub fn candidates(book: &Book, round: RecordId) -> Vec<Candidate> {
    let mut list: Vec<Candidate> =
        book.live(CANDIDATE).map(|(id, r)| Candidate::from_record(id, r)).filter(|c| c.round == Some(round)).collect();
    list.sort_by(|a, b| (a.stage, &a.name).cmp(&(b.stage, &b.name)));
    list
}

/// How many of a round's candidates are at each stage, in stage order.
pub fn board(book: &Book, round: RecordId) -> Vec<(Stage, usize)> {
    let list = candidates(book, round);
    Stage::ALL.into_iter().map(|s| (s, list.iter().filter(|c| c.stage == s).count())).collect()
}

/// A round's form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoundDraft {
    pub semester: String,
    pub unit: String,
    pub title: String,
    pub opened: String,
    pub notes: String,
}

impl RoundDraft {
    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let semester = forms::reference(&mut e, "semester", &self.semester, book, SEMESTER, true);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, true);
        let title = forms::required(&mut e, "title", &self.title, 80);
        let opened = forms::date(&mut e, "opened", &self.opened, true);
        let notes = forms::optional(&mut e, "notes", &self.notes, 2000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("semester".into(), json!(semester.map(|s| s.to_string()))),
            ("unit".into(), json!(unit.map(|u| u.to_string()))),
            ("title".into(), json!(title)),
            ("opened".into(), forms::date_value(opened)),
            ("notes".into(), json!(notes)),
        ])
    }
}

/// An application's form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ApplicationDraft {
    pub name: String,
    pub student_id: String,
    pub class_major: String,
    pub phone: String,
    pub applied: String,
}

impl ApplicationDraft {
    pub fn validate(&self, round: RecordId) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = forms::required(&mut e, "name", &self.name, 40);
        let student_id = forms::optional(&mut e, "student_id", &self.student_id, 20);
        let class_major = forms::optional(&mut e, "class_major", &self.class_major, 60);
        let phone = forms::optional(&mut e, "phone", &self.phone, 30);
        let applied = forms::date(&mut e, "applied", &self.applied, true);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("round".into(), json!(round.to_string())),
            ("name".into(), json!(name)),
            ("student_id".into(), json!(student_id)),
            ("class_major".into(), json!(class_major)),
            ("phone".into(), json!(phone)),
            ("stage".into(), json!(Stage::Applied.word())),
            ("applied".into(), forms::date_value(applied)),
        ])
    }
}

#[cfg(test)]
#[path = "recruitment_tests.rs"]
mod tests;
