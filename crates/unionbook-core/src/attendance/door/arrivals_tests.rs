use super::*;
use crate::attendance::door::model::{Door, Tap, logs_of, tap};
use crate::attendance::marks::Mark;
use crate::book::{Book, Clock, Entropy, SeededEntropy};
use proptest::prelude::*;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

/// Applies a change as a session would, at one device's clock.
fn apply(book: &mut Book, clock: &mut Clock, change: &crate::attendance::door::model::Change, now: u64) {
    for w in &change.writes {
        book.write(w.record, &w.kind, clock.tick(now), w.fields.clone());
    }
    for id in &change.delete {
        book.set_deleted(*id, true, clock.tick(now));
    }
}

/// Taps `(person index, time)` in time order at one door, on its own copy of `base`.
fn door_book(
    base: &Book,
    list: RecordId,
    writer: RecordId,
    name: &str,
    people: &[RecordId],
    taps: &[(usize, i64)],
) -> Book {
    let mut book = base.clone();
    let mut clock = Clock::new(writer);
    let log = SeededEntropy(name.chars().next().map_or(0, u64::from)).new_id();
    let mut taps = taps.to_vec();
    taps.sort_by_key(|(_, t)| *t);
    for (who, at) in taps {
        let door = Door::at(&book, list, writer, log, name).unwrap();
        if let Tap::Marked { change, .. } = tap(&book, &door, people[who], at, Mark::Present) {
            apply(&mut book, &mut clock, &change, at as u64);
        }
    }
    book
}

fn setup() -> (Book, RecordId, Vec<RecordId>, RecordId, RecordId) {
    let mut ids = SeededEntropy(11);
    let list = ids.new_id();
    let people: Vec<RecordId> = (0..8).map(|_| ids.new_id()).collect();
    let (east, west) = (ids.new_id(), ids.new_id());
    let mut base = Book::new();
    base.write(list, "training", Clock::new(ids.new_id()).tick(1), [("topic".to_owned(), json!("t"))]);
    (base, list, people, east, west)
}

#[test]
fn two_doors_merge_each_arrival_once_at_its_earliest_and_show_who_came_through_both() {
    let (base, list, p, east, west) = setup();
    let a = door_book(&base, list, east, "东门", &p, &[(0, 1_000), (1, 2_000)]);
    let b = door_book(&base, list, west, "西门", &p, &[(1, 1_500), (2, 3_000)]);
    let mut merged = a.clone();
    assert!(merged.plan_merge(&b).report.conflicts.is_empty(), "two doors never write one field");
    merged.merge(&b);
    let got = arrivals(&logs_of(&merged, list));
    let firsts: Vec<(RecordId, i64, bool)> = got.iter().map(|a| (a.person, a.first_ms, a.is_double())).collect();
    assert_eq!(firsts, vec![(p[0], 1_000, false), (p[1], 1_500, true), (p[2], 3_000, false)]);
    let double = &got[1];
    assert_eq!(double.first_door(), "西门");
    assert_eq!(
        double.doors.iter().map(|(_, d, t)| (d.as_str(), *t)).collect::<Vec<_>>(),
        vec![("西门", 1_500), ("东门", 2_000)]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn merging_two_doors_in_either_order_gives_each_person_once_at_the_earliest_and_flags_exactly_the_doubles(
        east_taps in proptest::collection::vec((0usize..8, 1i64..100_000), 0..12),
        west_taps in proptest::collection::vec((0usize..8, 1i64..100_000), 0..12),
    ) {
        let (base, list, p, east, west) = setup();
        let a = door_book(&base, list, east, "东门", &p, &east_taps);
        let b = door_book(&base, list, west, "西门", &p, &west_taps);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        prop_assert!(a.plan_merge(&b).report.conflicts.is_empty());
        let from_ab = arrivals(&logs_of(&ab, list));
        prop_assert_eq!(&from_ab, &arrivals(&logs_of(&ba, list)));

        // What each door logged: a person's first tap there (a second is refused).
        let first_at = |taps: &[(usize, i64)]| {
            let mut sorted = taps.to_vec();
            sorted.sort_by_key(|(_, t)| *t);
            let mut first = BTreeMap::new();
            for (who, t) in sorted { first.entry(p[who]).or_insert(t); }
            first
        };
        let (at_east, at_west) = (first_at(&east_taps), first_at(&west_taps));
        let everyone: BTreeSet<RecordId> = at_east.keys().chain(at_west.keys()).copied().collect();
        let listed: Vec<RecordId> = from_ab.iter().map(|x| x.person).collect();
        prop_assert_eq!(listed.len(), everyone.len(), "each person once");
        for arrival in &from_ab {
            let earliest = [at_east.get(&arrival.person), at_west.get(&arrival.person)].into_iter().flatten().min().copied();
            prop_assert_eq!(Some(arrival.first_ms), earliest);
            prop_assert_eq!(arrival.is_double(), at_east.contains_key(&arrival.person) && at_west.contains_key(&arrival.person));
        }
    }
}
