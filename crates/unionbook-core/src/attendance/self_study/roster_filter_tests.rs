//! The tests of `roster_filter`: which marks each view keeps, and its counts over a class.

use super::*;
use crate::book::{Entropy, SeededEntropy};

#[test]
fn each_view_keeps_its_marks() {
    let kept = |f: RosterFilter| {
        [None, Some(Mark::Present), Some(Mark::Late), Some(Mark::Excused), Some(Mark::Absent)].map(|m| f.keeps(m))
    };
    assert_eq!(kept(RosterFilter::All), [true; 5]);
    assert_eq!(kept(RosterFilter::Marked), [false, false, true, true, true]);
    assert_eq!(kept(RosterFilter::Absent), [false, false, false, false, true]);
}

#[test]
fn the_counts_are_of_the_roster_shown_by_each_view() {
    let mut e = SeededEntropy(7);
    let class: Vec<RecordId> = (0..54).map(|_| e.new_id()).collect();
    let mark = |p: RecordId| match class.iter().position(|c| *c == p) {
        Some(0..=2) => Some(Mark::Absent),
        Some(3) => Some(Mark::Late),
        Some(4..=5) => Some(Mark::Excused),
        Some(6) => Some(Mark::Present),
        _ => None,
    };
    assert_eq!(filter_counts(&class, mark), [54, 6, 3]);
    assert_eq!(filter_counts(&[], mark), [0, 0, 0]);
}

#[test]
fn the_words_are_distinct_and_all_is_the_default() {
    let words = RosterFilter::ALL.map(RosterFilter::word);
    assert_eq!(words, ["all", "marked", "absent"]);
    assert_eq!(RosterFilter::default(), RosterFilter::All);
}
