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
