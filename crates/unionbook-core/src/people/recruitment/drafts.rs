//! Recruitment's forms, as typed: a round (and the term and semester a first round needs, made
//! in place), an application, and a candidate's details. Pure, like the stage machine.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::{Candidate, MAX_CANDIDATE_SCORE, Stage, Write};
use crate::book::{Book, RecordId};
use crate::calendar::{Semester, SemesterHalf};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::{MEMBER, UNIT};
use crate::people::terms::{SEMESTER, TERM, TermDraft, semesters, terms};

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
    /// The form as a stored round shows it, for correcting.
    pub fn from_record(r: &crate::book::Record) -> RoundDraft {
        RoundDraft {
            semester: r.text("semester").to_owned(),
            unit: r.text("unit").to_owned(),
            title: r.text("title").to_owned(),
            opened: r.text("opened").to_owned(),
            notes: r.text("notes").to_owned(),
        }
    }

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

/// The semesters a first round is likely for, from the academic calendar: the one holding
/// today, then the next (a round is often prepared before its semester starts).
pub fn calendar_choices(today: NaiveDate) -> [Semester; 2] {
    let now = Semester::containing(today);
    [now, now.next()]
}

/// How a calendar semester is named in a form's choice: `2026-first`.
pub fn semester_word(s: Semester) -> String {
    format!("{}-{}", s.start_year, if s.half == SemesterHalf::First { "first" } else { "second" })
}

/// The term and semester a round needs when the book has no semester yet, made from the
/// round's form so that what was typed there stays. The term number is asked for only when the
/// book has no term; the semester is one of `calendar_choices`, with the calendar's dates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FirstSemesterDraft {
    pub term_number: String,
    /// `semester_word` of the chosen semester.
    pub semester: String,
}

impl FirstSemesterDraft {
    /// The writes that make the term (when there is none) and the semester, with the ids they
    /// get, or the problems: on `term_number` and `semester`.
    pub fn validate(
        &self,
        book: &Book,
        today: NaiveDate,
        term_id: RecordId,
        semester_id: RecordId,
    ) -> Result<Vec<Write>, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut writes = Vec::new();
        let term = match terms(book).first() {
            Some(newest) => Some(newest.id),
            None => {
                let draft = TermDraft { number: self.term_number.clone(), ..TermDraft::default() };
                match draft.validate(book, None) {
                    Ok(fields) => {
                        writes.push((term_id, TERM, fields));
                        Some(term_id)
                    }
                    // The term draft's only field here is its number.
                    Err(problems) => {
                        e.extend(problems.into_iter().map(|(_, problem)| ("term_number", problem)));
                        None
                    }
                }
            }
        };
        let chosen = calendar_choices(today).into_iter().find(|s| semester_word(*s) == self.semester);
        match chosen {
            None => e.push(("semester", FormError::NotAChoice)),
            Some(s) if semesters(book).iter().any(|x| x.semester == s) => e.push(("semester", FormError::Taken)),
            Some(_) => {}
        }
        let (Some(term), Some(semester), true) = (term, chosen, e.is_empty()) else { return Err(e) };
        writes.push((semester_id, SEMESTER, semester_fields(term, semester)));
        Ok(writes)
    }
}

/// A semester record's fields as the semester form writes them, with the calendar's dates.
fn semester_fields(term: RecordId, s: Semester) -> Vec<(String, Value)> {
    vec![
        ("term".into(), json!(term.to_string())),
        ("start_year".into(), json!(s.start_year)),
        ("half".into(), json!(if s.half == SemesterHalf::First { "first" } else { "second" })),
        ("starts".into(), json!(s.first_day().to_string())),
        ("ends".into(), json!(s.last_day().to_string())),
    ]
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

/// A candidate's details, for correcting them: everything typed along the way. The stage is
/// not here: it moves by steps, each of which can be taken back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CandidateDraft {
    pub name: String,
    pub student_id: String,
    pub class_major: String,
    pub phone: String,
    pub applied: String,
    pub test_score: String,
    pub interview_score: String,
    /// The (first) interviewer, as a member's id.
    pub interviewer: String,
    pub interview_notes: String,
    pub decided: String,
    pub reason: String,
}

impl CandidateDraft {
    pub fn from_candidate(c: &Candidate) -> CandidateDraft {
        let text = |v: Option<String>| v.unwrap_or_default();
        CandidateDraft {
            name: c.name.clone(),
            student_id: c.student_id.clone(),
            class_major: c.class_major.clone(),
            phone: c.phone.clone(),
            applied: text(c.applied.map(|d| d.to_string())),
            test_score: text(c.test_score.map(|s| s.to_string())),
            interview_score: text(c.interview_score.map(|s| s.to_string())),
            interviewer: text(c.interviewers.first().map(RecordId::to_string)),
            interview_notes: c.interview_notes.clone(),
            decided: text(c.decided.map(|d| d.to_string())),
            reason: c.reason.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let score = |e: &mut FieldErrors, field, typed: &str| {
            forms::opt(forms::decimal(e, field, typed, 0, MAX_CANDIDATE_SCORE, false).map(|s| s.value()))
        };
        let name = forms::required(&mut e, "name", &self.name, 40);
        let student_id = forms::optional(&mut e, "student_id", &self.student_id, 20);
        let class_major = forms::optional(&mut e, "class_major", &self.class_major, 60);
        let phone = forms::optional(&mut e, "phone", &self.phone, 30);
        let applied = forms::date(&mut e, "applied", &self.applied, true);
        let test_score = score(&mut e, "test_score", &self.test_score);
        let interview_score = score(&mut e, "interview_score", &self.interview_score);
        let interviewer = forms::reference(&mut e, "interviewers", &self.interviewer, book, MEMBER, false);
        let interview_notes = forms::optional(&mut e, "interview_notes", &self.interview_notes, 2000);
        let decided = forms::date(&mut e, "decided", &self.decided, false);
        let reason = forms::optional(&mut e, "reason", &self.reason, 500);
        if !e.is_empty() {
            return Err(e);
        }
        let interviewers: Vec<String> = interviewer.iter().map(RecordId::to_string).collect();
        Ok(vec![
            ("name".into(), json!(name)),
            ("student_id".into(), json!(student_id)),
            ("class_major".into(), json!(class_major)),
            ("phone".into(), json!(phone)),
            ("applied".into(), forms::date_value(applied)),
            ("test_score".into(), test_score),
            ("interview_score".into(), interview_score),
            ("interviewers".into(), json!(interviewers)),
            ("interview_notes".into(), json!(interview_notes)),
            ("decided".into(), forms::date_value(decided)),
            ("reason".into(), json!(reason)),
        ])
    }
}
