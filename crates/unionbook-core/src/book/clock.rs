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
#[path = "clock_tests.rs"]
mod tests;
