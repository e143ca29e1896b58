use super::*;
use crate::book::{Book, Clock, Entropy, SeededEntropy};

#[test]
fn two_phones_marking_the_same_list_merge_person_by_person() {
    let mut ids = SeededEntropy(1);
    let (list, a, b) = (ids.new_id(), ids.new_id(), ids.new_id());
    let mut first = Book::new();
    first.write(list, "training", Clock::new(ids.new_id()).tick(1), [("topic".into(), json!("t"))]);
    let mut second = first.clone();
    first.write(list, "training", Clock::new(ids.new_id()).tick(5), [mark_field(a, Some(Mark::Present))]);
    second.write(list, "training", Clock::new(ids.new_id()).tick(6), [mark_field(b, Some(Mark::Late))]);
    let report = first.plan_merge(&second).report;
    assert!(report.conflicts.is_empty());
    first.merge(&second);
    let record = first.get(list).unwrap();
    let mut got = marks(record);
    got.sort();
    let mut want = vec![(a, Mark::Present), (b, Mark::Late)];
    want.sort();
    assert_eq!(got, want);
    assert_eq!(tally(record, &[a, b, list]), (2, 2));
    assert_eq!(mark_of(record, b), Some(Mark::Late));
}

#[test]
fn everyone_present_marks_only_the_unmarked_and_its_undo_unmarks_them_again() {
    let mut ids = SeededEntropy(3);
    let (list, a, b, c) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    book.write(list, "training", clock.tick(1), [mark_field(a, Some(Mark::Excused))]);
    let expected = [a, b, c];
    assert_eq!(counts(book.get(list), &expected), MarkCounts { by_mark: [0, 0, 1, 0], unmarked: 2 });

    let (marks, undo) = everyone_present(book.get(list), &expected);
    book.write(list, "training", clock.tick(2), marks);
    assert_eq!(counts(book.get(list), &expected), MarkCounts { by_mark: [2, 0, 1, 0], unmarked: 0 });
    assert_eq!(mark_of(book.get(list).unwrap(), a), Some(Mark::Excused));
    book.write(list, "training", clock.tick(3), undo);
    assert_eq!(counts(book.get(list), &expected), MarkCounts { by_mark: [0, 0, 1, 0], unmarked: 2 });
    assert_eq!(everyone_present(None, &[]), (vec![], vec![]));
}

#[test]
fn clearing_a_mark_leaves_the_person_unmarked() {
    let mut ids = SeededEntropy(2);
    let (list, a) = (ids.new_id(), ids.new_id());
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    book.write(list, "training", clock.tick(1), [mark_field(a, Some(Mark::Absent))]);
    book.write(list, "training", clock.tick(2), [mark_field(a, None)]);
    assert!(marks(book.get(list).unwrap()).is_empty());
}
