//! An activity's lifecycle: planned → approved → in preparation → held → summarised, or
//! cancelled from any step before held. Each step reached keeps its day (`<status>_on`), so
//! the dates say how far it got: stepping back clears the step's day, and a cancelled activity
//! is restored to the furthest step it has a day for. The machine is `crate::steps`'; this says
//! which steps an activity has. Pure; the stepper on the activity page only shows these moves
//! and writes their fields.

use chrono::NaiveDate;
use serde_json::Value;

use crate::steps::{Step, Steps, first_fields};

/// The stored word of each status, in the order of `Status`.
pub const STATUSES: &[&str] = &["planned", "approved", "preparing", "held", "summarised", "cancelled"];

/// Where an activity is. The order is the way through; `Cancelled` is off the path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    #[default]
    Planned,
    Approved,
    Preparing,
    Held,
    Summarised,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Planned, Status::Approved, Status::Preparing, Status::Held, Status::Summarised, Status::Cancelled];
    /// The steps of the path, in order.
    pub const PATH: [Status; 5] =
        [Status::Planned, Status::Approved, Status::Preparing, Status::Held, Status::Summarised];

    pub fn word(self) -> &'static str {
        STATUSES[self as usize]
    }

    /// A stored status; an activity without one (or with a word this app does not know) is
    /// planned.
    pub fn parse(word: &str) -> Status {
        <Status as Step>::parse(word)
    }

    /// Whether it took place (its outcome can be written).
    pub fn took_place(self) -> bool {
        matches!(self, Status::Held | Status::Summarised)
    }
}

impl Step for Status {
    const ALL: &'static [Status] = &Status::ALL;
    const PATH: &'static [Status] = &Status::PATH;
    const OFF: Status = Status::Cancelled;

    fn word(self) -> &'static str {
        Status::word(self)
    }

    /// It can be cancelled only before it was held.
    fn may_leave(self) -> bool {
        matches!(self, Status::Planned | Status::Approved | Status::Preparing)
    }
}

/// The status of an activity with the day of each step.
pub type Lifecycle = Steps<Status>;

/// A move as the stepper offers it, with where it leads.
pub type MoveKind = crate::steps::MoveKind<Status>;

/// The fields a new activity starts with: planned, today.
pub fn planned_fields(on: NaiveDate) -> Vec<(String, Value)> {
    first_fields::<Status>(on)
}

#[cfg(test)]
#[path = "lifecycle_tests.rs"]
mod tests;
