//! The tests of `model`: a check's figures, its marks and their undo, its form.

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::FormError;
use proptest::prelude::*;

fn ids(n: usize) -> Vec<RecordId> {
    let mut e = SeededEntropy(41);
    (0..n).map(|_| e.new_id()).collect()
}

#[test]
fn a_check_counts_the_unmarked_as_present_and_late_as_present() {
    let p = ids(6);
    let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
    let id = p[5];
    let draft = SelfStudyDraft {
        date: "2026-11-09".into(),
        class: "行政管理 2401".into(),
        expected: "5".into(),
        notes: String::new(),
    };
    book.write(id, SELF_STUDY, clock.tick(1), draft.validate(&p[..5]).unwrap());
    for (person, e) in [(p[0], Exception::Absent), (p[1], Exception::Late), (p[2], Exception::Excused("病假".into()))]
    {
        book.write(id, SELF_STUDY, clock.tick(2), mark_fields(person, Some(&e)).unwrap());
    }
    let check = SelfStudyCheck::from_record(id, book.get(id).unwrap());
    let t = check.tally();
    assert_eq!((t.expected, t.absent, t.late, t.excused, t.present()), (5, 1, 1, 1, 3));
    assert_eq!(t.mark_counts(), MarkCounts { by_mark: [2, 1, 1, 1], unmarked: 0 });
    assert_eq!(reason_of(book.get(id).unwrap(), p[2]), Some("病假"));
    assert_eq!(check.roster(&[]), p[..5].to_vec());
    assert_eq!(checks(&book, None).len(), 1);
}

#[test]
fn an_excuse_needs_a_reason_and_another_mark_clears_it_and_a_tap_can_be_undone() {
    let p = ids(2);
    let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
    let (id, who) = (p[0], p[1]);
    assert_eq!(mark_fields(who, Some(&Exception::Excused("  ".into()))), Err(vec![("reason", FormError::Required)]));
    assert!(mark_fields(who, Some(&Exception::Excused("x".repeat(REASON_MAX + 1)))).is_err());
    book.write(id, SELF_STUDY, clock.tick(1), mark_fields(who, Some(&Exception::Excused("班会".into()))).unwrap());
    let before = fields_before(book.get(id), who);
    book.write(id, SELF_STUDY, clock.tick(2), mark_fields(who, Some(&Exception::Absent)).unwrap());
    assert_eq!(exception_of(book.get(id).unwrap(), who), Some(Exception::Absent));
    assert_eq!(reason_of(book.get(id).unwrap(), who), None);
    book.write(id, SELF_STUDY, clock.tick(3), before);
    assert_eq!(exception_of(book.get(id).unwrap(), who), Some(Exception::Excused("班会".into())));
    book.write(id, SELF_STUDY, clock.tick(4), mark_fields(who, None).unwrap());
    assert_eq!(exception_of(book.get(id).unwrap(), who), None);
}

#[test]
fn the_form_needs_a_date_and_a_class_and_the_head_count_follows_the_class() {
    let empty = SelfStudyDraft::default().validate(&[]).unwrap_err();
    let fields: Vec<&str> = empty.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, vec!["date", "class", "expected"]);
    let d = SelfStudyDraft::default().with_class("A".into(), None, 24);
    assert_eq!(d.expected, "24");
    let d = d.with_class("B".into(), Some(24), 22);
    assert_eq!(d.expected, "22", "not typed by the officer: follows the class");
    let d = SelfStudyDraft { expected: "20".into(), ..d }.with_class("A".into(), Some(22), 24);
    assert_eq!(d.expected, "20", "typed by the officer: kept");
    let bad = SelfStudyDraft {
        date: "2026-11-09".into(),
        class: "A".into(),
        expected: "-1".into(),
        ..SelfStudyDraft::default()
    };
    assert_eq!(bad.validate(&[]).unwrap_err(), vec![("expected", FormError::NotInRange(0, 1000))]);
}

#[test]
fn a_check_without_a_head_count_expects_its_roster_and_checks_are_newest_first() {
    let p = ids(4);
    let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
    let invited = json!([p[1].to_string(), p[2].to_string()]);
    book.write(p[0], SELF_STUDY, clock.tick(1), [("date".into(), json!("2026-11-09")), ("invited".into(), invited)]);
    book.write(p[3], SELF_STUDY, clock.tick(1), [("date".into(), json!("2026-11-10"))]);
    let list = checks(&book, None);
    assert_eq!(list.iter().map(|c| c.id).collect::<Vec<_>>(), vec![p[3], p[0]]);
    assert_eq!(list[1].expected, 2);
    assert_eq!(list[0].roster(&[p[1]]), vec![p[1]], "no roster kept: the class now");
}

proptest! {
    /// Against a plain count: present is expected less the absent and the excused, never
    /// negative, and the overview's counts add up to the same present and expected.
    #[test]
    fn present_is_expected_less_absent_and_excused(expected in 0usize..40, marks in proptest::collection::vec(0usize..4, 0..30)) {
        let p = ids(31);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        let id = p[30];
        book.write(id, SELF_STUDY, clock.tick(1), [("expected".into(), json!(expected))]);
        for (i, m) in marks.iter().enumerate() {
            book.write(id, SELF_STUDY, clock.tick(2), [mark_field(p[i], Some(Mark::ALL[*m]))]);
        }
        let n = |k: usize| marks.iter().filter(|m| **m == k).count();
        let t = SelfStudyCheck::from_record(id, book.get(id).unwrap()).tally();
        prop_assert_eq!((t.late, t.excused, t.absent), (n(1), n(2), n(3)));
        let plain = expected as i64 - n(3) as i64 - n(2) as i64;
        prop_assert_eq!(t.present() as i64, plain.max(0));
        let c = overview_counts(book.get(id).unwrap());
        if n(1) + n(2) + n(3) <= expected {
            prop_assert_eq!(c.by_mark.iter().sum::<usize>(), expected);
            prop_assert_eq!(c.by_mark[0] + c.by_mark[1], t.present());
        }
    }
}
