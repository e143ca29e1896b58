use super::*;
use crate::book::id::{Entropy, SeededEntropy};
use proptest::prelude::*;

fn device(n: u64) -> RecordId {
    SeededEntropy(n).new_id()
}

#[test]
fn stamps_round_trip_through_text() {
    let s = Stamp { wall_ms: 1_764_061_200_123, counter: 7, device: device(1) };
    assert_eq!(Stamp::parse(&s.to_text()), Some(s));
    for bad in ["", "1.2", "a.0.0000000000000001", "1.-2.0000000000000001", "1.2.3"] {
        assert_eq!(Stamp::parse(bad), None, "{bad}");
    }
}

#[test]
fn a_clock_behind_still_orders_after_what_it_saw() {
    let mut phone = Clock::new(device(1));
    let from_future = Stamp { wall_ms: 5_000, counter: 3, device: device(2) };
    phone.observe(from_future);
    let mine = phone.tick(1_000); // this phone's clock is four seconds slow
    assert!(mine > from_future);
    assert_eq!(mine.device, device(1));
}

#[test]
fn a_counter_at_its_limit_carries_into_the_milliseconds() {
    let mut phone = Clock::new(device(1));
    let seen = Stamp { wall_ms: 9_000, counter: MAX_COUNTER, device: device(2) };
    phone.observe(seen);
    let next = phone.tick(1_000);
    assert_eq!((next.wall_ms, next.counter), (9_001, 0));
    assert!(next > seen && next.is_plausible());
    assert!(!Stamp { counter: MAX_COUNTER + 1, ..seen }.is_plausible());
}

proptest! {
    /// Whatever stamps an import lets in on this device — counters and milliseconds at
    /// their limits included, the device's own time anywhere up to and past 2100 — every
    /// local stamp is later than everything the device has seen and made, and is one that
    /// files and storage accept, so an edit is never saved under a stamp that makes the book
    /// unreadable at the next start.
    #[test]
    fn local_stamps_follow_everything_importable_and_stay_plausible(
        events in prop::collection::vec(
            prop_oneof![
                (prop_oneof![0u64..10_000, Just(u64::MAX)],
                 prop_oneof![0u32..5, (MAX_COUNTER - 3)..=MAX_COUNTER]).prop_map(Some),
                Just(None),
            ],
            1..60,
        ),
        now in prop_oneof![0u64..10_000, (CLOCK_CEILING_MS - 3)..(CLOCK_CEILING_MS + 3), (LATEST_WALL_MS - 3)..u64::MAX],
    ) {
        let mut clock = Clock::new(device(1));
        let mut latest: Option<Stamp> = None;
        for event in events {
            match event {
                Some((wall_ms, counter)) => {
                    // The latest an import accepts here, or a stamp from near the start of time.
                    let wall_ms = wall_ms.min(latest_importable_ms(now));
                    let other = Stamp { wall_ms, counter, device: device(2) };
                    clock.observe(other);
                    latest = latest.max(Some(other));
                }
                None => {
                    let mine = clock.tick(now);
                    prop_assert!(latest.is_none_or(|l| mine > l), "{mine:?} not after {latest:?}");
                    prop_assert!(mine.is_plausible(), "{mine:?} would be refused");
                    latest = Some(mine);
                }
            }
        }
    }
}

#[test]
fn a_million_edits_after_the_latest_importable_stamp_are_still_plausible() {
    let mut clock = Clock::new(device(1));
    let seen = Stamp { wall_ms: latest_importable_ms(u64::MAX), counter: MAX_COUNTER, device: device(2) };
    clock.observe(seen);
    let mut previous = seen;
    for _ in 0..1_000_000 {
        let mine = clock.tick(u64::MAX);
        assert!(mine > previous && mine.is_plausible());
        previous = mine;
    }
}

#[test]
fn a_stamp_at_the_very_limit_from_an_older_book_never_makes_the_clock_write_past_it() {
    // Only a book that took such a stamp in before imports were bounded by this device's
    // time can hold one. The clock stays at the last plausible stamp rather than write one
    // that storage refuses.
    let mut clock = Clock::new(device(1));
    clock.observe(Stamp { wall_ms: LATEST_WALL_MS, counter: MAX_COUNTER, device: device(2) });
    for _ in 0..3 {
        assert!(clock.tick(1_000).is_plausible());
    }
}

proptest! {
    #[test]
    fn local_stamps_strictly_increase_whatever_the_wall_clock_does(
        times in prop::collection::vec(0u64..10_000, 1..50),
        seen in prop::collection::vec((0u64..10_000, 0u32..5), 0..10),
    ) {
        let mut clock = Clock::new(device(1));
        let mut previous: Option<Stamp> = None;
        let mut observed = seen.into_iter();
        for now in times {
            if let Some((wall, counter)) = observed.next() {
                let other = Stamp { wall_ms: wall, counter, device: device(2) };
                clock.observe(other);
                let next = clock.tick(now);
                prop_assert!(next > other);
                previous = Some(next);
                continue;
            }
            let next = clock.tick(now);
            if let Some(p) = previous { prop_assert!(next > p); }
            previous = Some(next);
        }
    }
}
