//! Hybrid logical clocks: when each field was last changed, and by which device.
//!
//! A stamp is (wall time in ms, counter, device). A device's next stamp is always later than
//! every stamp it has seen, so an edit made after importing a file wins over what the file held,
//! even when this phone's clock is behind. A phone whose clock runs ahead makes stamps that win
//! ties of true concurrency, but it cannot reorder one device's own edits, and nothing is lost:
//! the losing value of a concurrent edit is reported (see `merge`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use super::id::RecordId;

/// When and where a value was written. Ordered by time, then counter, then device, so any two
/// distinct writes compare the same way on every phone.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    pub wall_ms: u64,
    pub counter: u32,
    pub device: RecordId,
}

/// The largest counter a stamp may carry. A clock that reaches it moves on to the next
/// millisecond instead (see `Clock::tick`), so it never overflows; files and storage holding a
/// larger one are refused.
pub const MAX_COUNTER: u32 = (1 << 24) - 1;
/// Stamps from before 1970 or after 2100 come from no real clock: files and storage holding one
/// are refused.
pub const LATEST_WALL_MS: u64 = 4_102_444_800_000;
/// The latest time a device's clock is read as (2099-01-01): a device whose clock reads later
/// stamps as if it read this. Together with `FUTURE_MARGIN_MS` this leaves a year of
/// milliseconds, each with 2^24 counters, between any stamp a book can take in and the latest
/// one it may write, so no run of local edits can ever reach a stamp the app refuses.
pub const CLOCK_CEILING_MS: u64 = LATEST_WALL_MS - 365 * DAY_MS;
/// How far ahead of this device's own time an imported stamp may be. A phone whose time zone or
/// date is set wrong by a day still exchanges files; one set a week ahead does not, because
/// every device importing its stamps would stamp its own later edits that far ahead too.
pub const FUTURE_MARGIN_MS: u64 = 2 * DAY_MS;
const DAY_MS: u64 = 24 * 3600 * 1000;

/// The latest stamp time a file may carry when imported on a device whose clock reads `now_ms`.
pub fn latest_importable_ms(now_ms: u64) -> u64 {
    now_ms.min(CLOCK_CEILING_MS) + FUTURE_MARGIN_MS
}

impl Stamp {
    /// Whether a stamp read from a file or from storage is one a real clock could have made.
    pub fn is_plausible(&self) -> bool {
        self.wall_ms <= LATEST_WALL_MS && self.counter <= MAX_COUNTER
    }

    /// Text form used in files: `1764061200123.0.k3j2h4g5f6d7s8a9`.
    pub fn to_text(&self) -> String {
        format!("{}.{}.{}", self.wall_ms, self.counter, self.device)
    }

    pub fn parse(text: &str) -> Option<Stamp> {
        let mut parts = text.splitn(3, '.');
        let wall = parts.next()?;
        let counter = parts.next()?;
        let device = parts.next()?;
        let digits = |s: &str| !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(wall) || !digits(counter) {
            return None;
        }
        Some(Stamp { wall_ms: wall.parse().ok()?, counter: counter.parse().ok()?, device: RecordId::parse(device)? })
    }
}

impl fmt::Debug for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}@{}", self.wall_ms, self.counter, &self.device.as_str()[..4])
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_text())
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stamp, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Stamp::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a change stamp (milliseconds.counter.device-id)"))
        })
    }
}

/// A device's clock. `observe` every stamp that arrives (on load, import, another tab's save);
/// `tick` for every local change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clock {
    device: RecordId,
    last: Option<Stamp>,
}

impl Clock {
    pub fn new(device: RecordId) -> Clock {
        Clock { device, last: None }
    }

    pub fn device(&self) -> RecordId {
        self.device
    }

    /// The latest stamp this clock has issued or observed.
    pub fn last(&self) -> Option<Stamp> {
        self.last
    }

    /// Remembers a stamp seen elsewhere, so the next local stamp comes after it.
    pub fn observe(&mut self, seen: Stamp) {
        if self.last.is_none_or(|last| (seen.wall_ms, seen.counter) > (last.wall_ms, last.counter)) {
            self.last = Some(Stamp { device: self.device, ..seen });
        }
    }

    /// A new stamp for a local change at physical time `now_ms`, later than every stamp seen.
    /// A counter at its maximum carries into the milliseconds, so this never overflows; and it
    /// never writes a stamp that files and storage refuse (`Stamp::is_plausible`). Only a book
    /// holding a stamp within milliseconds of 2100 — which no import since `latest_importable_ms`
    /// lets in — could bring it there: it then stays at the last plausible stamp.
    pub fn tick(&mut self, now_ms: u64) -> Stamp {
        let now_ms = now_ms.min(CLOCK_CEILING_MS);
        let next = match self.last {
            Some(last) if last.wall_ms >= now_ms && last.counter < MAX_COUNTER => {
                Stamp { wall_ms: last.wall_ms, counter: last.counter + 1, device: self.device }
            }
            Some(last) if last.wall_ms >= now_ms => {
                Stamp { wall_ms: last.wall_ms.saturating_add(1), counter: 0, device: self.device }
            }
            _ => Stamp { wall_ms: now_ms, counter: 0, device: self.device },
        };
        let latest = Stamp { wall_ms: LATEST_WALL_MS, counter: MAX_COUNTER, device: self.device };
        let next = next.min(latest);
        self.last = Some(next);
        next
    }
}

#[cfg(test)]
mod tests {
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
}
