//! Recruiting assistants: a round per semester and unit; each candidate moves through an initial
//! test, an interview and a semester's probation to hired or not hired. Hiring makes the
//! candidate a member with the assistant role, from the records already typed. Every move can
//! be taken back: at once (`take_back`, for the notice's Undo) or later, a stage at a time
//! (`Step::MoveBack`). The forms' drafts are in `recruitment_drafts.rs`.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{MEMBER, UNIT, member_with_student_id};
use super::roles::{ROLE, role_fields};
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors, Tenths};

mod drafts;
pub use drafts::{ApplicationDraft, CandidateDraft, FirstSemesterDraft, RoundDraft, calendar_choices, semester_word};

pub const ROUND: &str = "recruit_round";
pub const CANDIDATE: &str = "candidate";
pub const STAGES: &[&str] = &["applied", "initial_test", "interview", "probation", "hired", "not_hired"];
/// The stages a candidate can be declined at (kept with the decision, so it can be reversed).
pub const OPEN_STAGES: &[&str] = &["applied", "initial_test", "interview", "probation"];
/// Test and interview scores are out of 100, with at most one decimal.
pub const MAX_CANDIDATE_SCORE: i64 = 100;

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
    together: &[],
    ids: IdRule::Random,
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
        ("test_score", FieldType::OneDecimal(0, MAX_CANDIDATE_SCORE)),
        ("interview_score", FieldType::OneDecimal(0, MAX_CANDIDATE_SCORE)),
        ("interviewers", FieldType::Refs),
        ("interview_notes", FieldType::Text(2000)),
        ("decided", FieldType::Date),
        ("reason", FieldType::Text(500)),
        ("declined_from", FieldType::Choice(OPEN_STAGES)),
        ("member", FieldType::Ref),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
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
    Tested { score: Tenths },
    /// The interview was held.
    Interviewed { score: Tenths, interviewers: Vec<RecordId>, notes: String },
    /// The semester's assessment begins.
    StartProbation,
    /// Hired at the end of probation, on this day.
    Hire { on: NaiveDate },
    /// Not hired (at any stage), and why.
    Decline { on: NaiveDate, reason: String },
    /// Back to the stage before (see `Candidate::stage_before`): a step taken too soon, or a
    /// decision reversed. Scores and notes stay; a reversed decision's date and reason go.
    MoveBack,
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
    /// Nothing to move back to: the candidate has just applied, or was hired (a hire is taken
    /// back from its notice, or by ending the role).
    NothingBefore,
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
    pub test_score: Option<Tenths>,
    pub interview_score: Option<Tenths>,
    pub interviewers: Vec<RecordId>,
    pub interview_notes: String,
    pub decided: Option<NaiveDate>,
    pub reason: String,
    /// For a candidate not hired: the stage they were declined at.
    pub declined_from: Option<Stage>,
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
            test_score: r.value("test_score").and_then(Tenths::of),
            interview_score: r.value("interview_score").and_then(Tenths::of),
            interviewers: refs(r.value("interviewers")),
            interview_notes: r.text("interview_notes").to_owned(),
            decided: parse_date(r.text("decided")),
            reason: r.text("reason").to_owned(),
            declined_from: Some(r.text("declined_from")).filter(|w| OPEN_STAGES.contains(w)).map(Stage::parse),
            member: RecordId::parse(r.text("member")),
        }
    }

    /// Where moving back takes this candidate. A candidate not hired goes back to the stage they
    /// were declined at; one declined before that was kept (older records) to the furthest
    /// stage their scores show.
    pub fn stage_before(&self) -> Option<Stage> {
        match self.stage {
            Stage::Applied | Stage::Hired => None,
            Stage::InitialTest => Some(Stage::Applied),
            Stage::Interview => Some(Stage::InitialTest),
            Stage::Probation => Some(Stage::Interview),
            Stage::NotHired => Some(self.declined_from.unwrap_or(if self.interview_score.is_some() {
                Stage::Interview
            } else if self.test_score.is_some() {
                Stage::InitialTest
            } else {
                Stage::Applied
            })),
        }
    }

    /// The fields a step changes, or why it cannot be taken. Hiring changes more than the
    /// candidate: see `hire`.
    pub fn step(&self, step: &Step) -> Result<Vec<(String, Value)>, StepError> {
        let at = |stage: Stage| if self.stage == stage { Ok(()) } else { Err(StepError::WrongStage) };
        let score = |s: Tenths| {
            if (0..=MAX_CANDIDATE_SCORE * 10).contains(&s.0) { Ok(s.value()) } else { Err(StepError::ScoreOutOfRange) }
        };
        let stage = |s: Stage| ("stage".to_owned(), json!(s.word()));
        match step {
            Step::Tested { score: s } => {
                at(Stage::Applied)?;
                Ok(vec![stage(Stage::InitialTest), ("test_score".into(), score(*s)?)])
            }
            Step::Interviewed { score: s, interviewers, notes } => {
                at(Stage::InitialTest)?;
                let ids: Vec<String> = interviewers.iter().map(RecordId::to_string).collect();
                Ok(vec![
                    stage(Stage::Interview),
                    ("interview_score".into(), score(*s)?),
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
                    ("declined_from".into(), json!(self.stage.word())),
                ])
            }
            Step::MoveBack => {
                let before = self.stage_before().ok_or(StepError::NothingBefore)?;
                let mut fields = vec![stage(before)];
                if self.stage == Stage::NotHired {
                    fields.extend(["decided", "reason", "declined_from"].map(|f| (f.to_owned(), Value::Null)));
                }
                Ok(fields)
            }
        }
    }
}

/// The initial test's step from its form, the score as typed; an error sits on `test_score`.
pub fn test_step(score: &str) -> Result<Step, FieldErrors> {
    let mut e = FieldErrors::new();
    match forms::decimal(&mut e, "test_score", score, 0, MAX_CANDIDATE_SCORE, true) {
        Some(score) => Ok(Step::Tested { score }),
        None => Err(e),
    }
}

/// The interview's step from its form; an error sits on `interview_score`.
pub fn interview_step(score: &str, interviewer: Option<RecordId>, notes: &str) -> Result<Step, FieldErrors> {
    let mut e = FieldErrors::new();
    let score = forms::decimal(&mut e, "interview_score", score, 0, MAX_CANDIDATE_SCORE, true);
    let notes = forms::optional(&mut e, "interview_notes", notes, 2000);
    match score {
        Some(score) if e.is_empty() => {
            Ok(Step::Interviewed { score, interviewers: interviewer.into_iter().collect(), notes })
        }
        _ => Err(e),
    }
}

/// Not hiring, from its form; the reason is needed, and its error sits on `reason`.
pub fn decline_step(on: NaiveDate, reason: &str) -> Result<Step, FieldErrors> {
    let mut e = FieldErrors::new();
    let reason = forms::required(&mut e, "reason", reason, 500);
    if e.is_empty() { Ok(Step::Decline { on, reason }) } else { Err(e) }
}

/// One write of a step: which record, of which kind, and its fields.
pub type Write = (RecordId, &'static str, Vec<(String, Value)>);

/// What takes back a set of writes: the records they made, deleted again (a stamped deletion,
/// which can itself be undone), and on the records that were there, the fields they wrote put
/// back as they were (`null` where there was none).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TakeBack {
    pub delete: Vec<RecordId>,
    pub write_back: Vec<Write>,
}

/// How to take back `writes`, worked out on the book before they are made.
pub fn take_back(book: &Book, writes: &[Write]) -> TakeBack {
    let mut back = TakeBack::default();
    for (id, kind, fields) in writes {
        match book.get(*id) {
            None => back.delete.push(*id),
            Some(record) => {
                let before = fields
                    .iter()
                    .map(|(name, _)| (name.clone(), record.value(name).cloned().unwrap_or(Value::Null)))
                    .collect();
                back.write_back.push((*id, *kind, before));
            }
        }
    }
    back
}

/// Every write a step makes: hiring (see `hire`) or a move of the candidate alone.
pub fn step_writes(
    book: &Book,
    candidate: &Candidate,
    step: &Step,
    new_id: &mut dyn FnMut() -> RecordId,
) -> Result<Vec<Write>, StepError> {
    match step {
        Step::Hire { on } => hire(book, candidate, *on, new_id),
        _ => Ok(vec![(candidate.id, CANDIDATE, candidate.step(step)?)]),
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
) -> Result<Vec<Write>, StepError> {
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

#[cfg(test)]
mod tests;
