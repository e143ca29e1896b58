//! An activity's lifecycle: planned → approved → in preparation → held → summarised, or
//! cancelled from any step before held. Each step reached keeps its day (`<status>_on`), so
//! the dates say how far it got: stepping back clears the step's day, and a cancelled activity
//! is restored to the furthest step it has a day for. Pure; the stepper on the activity page
//! only shows these moves and writes their fields.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::STATUSES;
use crate::book::Record;
use crate::book::schema::parse_date;

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
        Status::ALL.into_iter().find(|s| s.word() == word).unwrap_or(Status::Planned)
    }

    /// The field holding the day this step was reached.
    pub fn date_field(self) -> String {
        format!("{}_on", self.word())
    }

    fn next(self) -> Option<Status> {
        Status::PATH.iter().position(|s| *s == self).and_then(|i| Status::PATH.get(i + 1)).copied()
    }

    fn before(self) -> Option<Status> {
        Status::PATH.iter().position(|s| *s == self).filter(|i| *i > 0).map(|i| Status::PATH[i - 1])
    }

    /// Whether it can still be cancelled: only before it was held.
    pub fn can_cancel(self) -> bool {
        matches!(self, Status::Planned | Status::Approved | Status::Preparing)
    }

    /// Whether it took place (its outcome can be written).
    pub fn took_place(self) -> bool {
        matches!(self, Status::Held | Status::Summarised)
    }
}

/// A change of status the officer can make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// On to the next step, reached on this day.
    Forward(NaiveDate),
    /// Back one step (a step recorded too soon): its day is cleared.
    Back,
    /// Called off on this day.
    Cancel(NaiveDate),
    /// A cancelled activity goes ahead after all, at the step it was at.
    Restore,
}

/// Why a move cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveError {
    /// The move does not follow from the status (a held activity cannot be cancelled).
    NotFromHere,
    /// The day given is before the day of the step it follows.
    BeforePrevious(NaiveDate),
}

/// The status of an activity with the day of each step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifecycle {
    pub status: Status,
    /// By `Status as usize`.
    pub dates: [Option<NaiveDate>; 6],
}

impl Lifecycle {
    pub fn from_record(r: &Record) -> Lifecycle {
        Lifecycle {
            status: Status::parse(r.text("status")),
            dates: Status::ALL.map(|s| parse_date(r.text(&s.date_field()))),
        }
    }

    pub fn date(&self, status: Status) -> Option<NaiveDate> {
        self.dates[status as usize]
    }

    /// For a cancelled activity, the step it was at: the furthest step before held it has a
    /// day for (planned when it has none).
    pub fn step_reached(&self) -> Status {
        match self.status {
            Status::Cancelled => [Status::Preparing, Status::Approved]
                .into_iter()
                .find(|s| self.date(*s).is_some())
                .unwrap_or(Status::Planned),
            status => status,
        }
    }

    /// The latest day on the path so far: a next step cannot come before it.
    fn last_day(&self) -> Option<NaiveDate> {
        Status::PATH.iter().take_while(|s| **s <= self.step_reached()).filter_map(|s| self.date(*s)).max()
    }

    /// The moves that can be made from here, for the stepper to offer.
    pub fn moves(&self) -> Vec<MoveKind> {
        let mut list = Vec::new();
        match self.status {
            Status::Cancelled => list.push(MoveKind::Restore),
            status => {
                if let Some(next) = status.next() {
                    list.push(MoveKind::Forward(next));
                }
                if let Some(before) = status.before() {
                    list.push(MoveKind::Back(before));
                }
                if status.can_cancel() {
                    list.push(MoveKind::Cancel);
                }
            }
        }
        list
    }

    /// The fields a move writes, or why it cannot be made.
    pub fn step(&self, m: Move) -> Result<Vec<(String, Value)>, MoveError> {
        let status = |s: Status| ("status".to_owned(), json!(s.word()));
        let dated = |s: Status, on: NaiveDate| (s.date_field(), json!(on.to_string()));
        let not_before = |on: NaiveDate| match self.last_day() {
            Some(last) if on < last => Err(MoveError::BeforePrevious(last)),
            _ => Ok(()),
        };
        match m {
            Move::Forward(on) => {
                let next =
                    self.status.next().filter(|_| self.status != Status::Cancelled).ok_or(MoveError::NotFromHere)?;
                not_before(on)?;
                Ok(vec![status(next), dated(next, on)])
            }
            Move::Back => {
                let before = self.status.before().ok_or(MoveError::NotFromHere)?;
                Ok(vec![status(before), (self.status.date_field(), Value::Null)])
            }
            Move::Cancel(on) => {
                if !self.status.can_cancel() {
                    return Err(MoveError::NotFromHere);
                }
                not_before(on)?;
                Ok(vec![status(Status::Cancelled), dated(Status::Cancelled, on)])
            }
            Move::Restore => {
                if self.status != Status::Cancelled {
                    return Err(MoveError::NotFromHere);
                }
                Ok(vec![status(self.step_reached()), (Status::Cancelled.date_field(), Value::Null)])
            }
        }
    }

    /// Whether the days agree with the status: every step up to the one reached has a day,
    /// none after it has, the days never go back along the path, and only a cancelled
    /// activity has a day of cancelling (not before its last step). The law every sequence of
    /// moves keeps.
    pub fn is_consistent(&self) -> bool {
        let reached = self.step_reached();
        let path_ok = Status::PATH.iter().all(|s| self.date(*s).is_some() == (*s <= reached));
        let days: Vec<NaiveDate> = Status::PATH.iter().filter_map(|s| self.date(*s)).collect();
        let ordered = days.windows(2).all(|w| w[0] <= w[1]);
        let cancelled = match (self.status, self.date(Status::Cancelled)) {
            (Status::Cancelled, Some(on)) => days.last().is_none_or(|last| *last <= on),
            (Status::Cancelled, None) => false,
            (_, on) => on.is_none(),
        };
        path_ok && ordered && cancelled
    }
}

/// A move as the stepper offers it, with where it leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveKind {
    Forward(Status),
    Back(Status),
    Cancel,
    Restore,
}

/// The fields a new activity starts with: planned, today.
pub fn planned_fields(on: NaiveDate) -> Vec<(String, Value)> {
    vec![("status".to_owned(), json!(Status::Planned.word())), (Status::Planned.date_field(), json!(on.to_string()))]
}

/// What the fields of a write held before it, for an Undo that writes them back.
pub fn values_before(record: Option<&Record>, writes: &[(String, Value)]) -> Vec<(String, Value)> {
    writes.iter().map(|(f, _)| (f.clone(), record.and_then(|r| r.value(f)).cloned().unwrap_or(Value::Null))).collect()
}

#[cfg(test)]
#[path = "lifecycle_tests.rs"]
mod tests;
