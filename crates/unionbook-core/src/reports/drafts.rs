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
mod tests {
    use super::*;
    use crate::book::{Clock, Entropy, SeededEntropy};
    use crate::reports::model::report;

    fn book() -> (Book, RecordId, RecordId, Clock) {
        let (mut book, mut clock, mut ids) = (Book::new(), Clock::new(SeededEntropy(1).new_id()), SeededEntropy(4));
        let (unit, member) = (ids.new_id(), ids.new_id());
        book.write(unit, UNIT, clock.tick(1), [("name_zh".to_owned(), json!("学习部"))]);
        book.write(member, MEMBER, clock.tick(1), [("name".to_owned(), json!("王佳怡"))]);
        (book, unit, member, clock)
    }

    fn draft(unit: RecordId, member: RecordId) -> ReportDraft {
        ReportDraft {
            unit: unit.to_string(),
            period: "monthly:2026-11-01".into(),
            work_done: "组织读书节。".into(),
            submitted_by: member.to_string(),
            submitted_on: "2026-11-30".into(),
            ..ReportDraft::default()
        }
    }

    #[test]
    fn a_report_is_saved_once_per_unit_and_period() {
        let (mut book, unit, member, mut clock) = book();
        let first = SeededEntropy(9).new_id();
        let fields = draft(unit, member).validate(&book, None, &[]).unwrap();
        assert!(fields.contains(&("period_start".into(), json!("2026-11-01"))));
        book.write(first, REPORT, clock.tick(2), fields);
        let again = draft(unit, member).validate(&book, None, &[]).unwrap_err();
        assert_eq!(again, vec![("period_start", FormError::Taken)]);
        let period = Period::parse("monthly:2026-11-01", &[]).unwrap();
        assert_eq!(existing_report(&book, unit, &period, None), Some(first));
        // Correcting the report itself is not a second one.
        assert!(draft(unit, member).validate(&book, Some(first), &[]).is_ok());
        let shown = ReportDraft::from_report(&report(&book, first).unwrap(), &[]);
        assert_eq!(shown, draft(unit, member));
    }

    #[test]
    fn a_report_needs_a_unit_a_period_its_work_and_a_date() {
        let (book, ..) = book();
        let errors = ReportDraft::default().validate(&book, None, &[]).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["unit", "period_start", "work_done", "submitted_on"]);
    }

    #[test]
    fn a_cadence_of_none_clears_it_and_grace_days_are_bounded() {
        let unit = RecordId::well_known(3);
        let none = CadenceDraft { cadence: String::new(), grace_days: String::new(), since: String::new() };
        let fields = none.validate(unit).unwrap();
        assert!(fields.contains(&("cadence".into(), Value::Null)) && fields.contains(&("grace_days".into(), json!(0))));
        let bad = CadenceDraft { cadence: "daily".into(), grace_days: "90".into(), since: "2026-02-30".into() };
        let fields: Vec<_> = bad.validate(unit).unwrap_err().into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["cadence", "grace_days", "since"]);
    }
}
