//! The reports area's forms as typed: a unit's cadence, and a report, which is refused for a
//! period that already has its unit's report.

use serde_json::{Value, json};

use super::lateness::Period;
use super::model::{CADENCES, CadenceSetting, REPORT, Report};
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::{MEMBER, UNIT};
use crate::people::terms::SemesterRecord;

/// A unit's cadence as its row on the reports page shows it; an empty cadence is "none".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CadenceDraft {
    pub cadence: String,
    pub grace_days: String,
    pub since: String,
}

impl CadenceDraft {
    pub fn from_setting(s: &CadenceSetting) -> CadenceDraft {
        CadenceDraft {
            cadence: s.cadence.map(|c| c.word().to_owned()).unwrap_or_default(),
            grace_days: s.grace_days.to_string(),
            since: s.since.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    pub fn validate(&self, unit: RecordId) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let cadence = forms::choice(&mut e, "cadence", &self.cadence, CADENCES, true);
        let grace = forms::integer(&mut e, "grace_days", &self.grace_days, 0, 60, false).unwrap_or(0);
        let since = forms::date(&mut e, "since", &self.since, false);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("unit".into(), json!(unit.to_string())),
            ("cadence".into(), forms::opt(cadence)),
            ("grace_days".into(), json!(grace)),
            ("since".into(), forms::date_value(since)),
        ])
    }
}

/// A report's form as typed; `period` is a `Period::value`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportDraft {
    pub unit: String,
    pub period: String,
    pub work_done: String,
    pub problems: String,
    pub next_steps: String,
    pub submitted_by: String,
    pub submitted_on: String,
}

impl ReportDraft {
    pub fn from_report(r: &Report, semesters: &[SemesterRecord]) -> ReportDraft {
        let id = |r: Option<RecordId>| r.map(|r| r.to_string()).unwrap_or_default();
        let period = r.cadence.zip(r.period_start).map(|(c, d)| Period::containing(c, d, semesters).value());
        ReportDraft {
            unit: id(r.unit),
            period: period.unwrap_or_default(),
            work_done: r.work_done.clone(),
            problems: r.problems.clone(),
            next_steps: r.next_steps.clone(),
            submitted_by: id(r.submitted_by),
            submitted_on: r.submitted_on.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// The fields to save, or what is wrong; a second report for one unit and period is
    /// refused on the period (`existing_report` names the one there is).
    pub fn validate(
        &self,
        book: &Book,
        editing: Option<RecordId>,
        semesters: &[SemesterRecord],
    ) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, true);
        let period = Period::parse(&self.period, semesters);
        if period.is_none() {
            e.push(("period_start", if self.period.is_empty() { FormError::Required } else { FormError::NotAChoice }));
        }
        if let (Some(u), Some(p)) = (unit, &period) {
            if existing_report(book, u, p, editing).is_some() {
                e.push(("period_start", FormError::Taken));
            }
        }
        let work_done = forms::required(&mut e, "work_done", &self.work_done, 6_000);
        let problems = forms::optional(&mut e, "problems", &self.problems, 3_000);
        let next_steps = forms::optional(&mut e, "next_steps", &self.next_steps, 3_000);
        let by = forms::reference(&mut e, "submitted_by", &self.submitted_by, book, MEMBER, false);
        let on = forms::date(&mut e, "submitted_on", &self.submitted_on, true);
        let (Some(unit), Some(period), true) = (unit, period, e.is_empty()) else { return Err(e) };
        Ok(vec![
            ("unit".into(), json!(unit.to_string())),
            ("cadence".into(), json!(period.cadence.word())),
            ("period_start".into(), json!(period.start.to_string())),
            ("semester".into(), forms::opt(period.semester.map(|s| s.to_string()))),
            ("work_done".into(), json!(work_done)),
            ("problems".into(), json!(problems)),
            ("next_steps".into(), json!(next_steps)),
            ("submitted_by".into(), forms::opt(by.map(|b| b.to_string()))),
            ("submitted_on".into(), forms::date_value(on)),
        ])
    }
}

/// The live report of `unit` for `period` other than `editing`, if there is one.
pub fn existing_report(book: &Book, unit: RecordId, period: &Period, editing: Option<RecordId>) -> Option<RecordId> {
    book.live(REPORT)
        .filter(|(id, _)| Some(*id) != editing)
        .map(|(id, r)| Report::from_record(id, r))
        .find(|r| r.unit == Some(unit) && period.is_of(r))
        .map(|r| r.id)
}

#[cfg(test)]
#[path = "drafts_tests.rs"]
mod tests;
