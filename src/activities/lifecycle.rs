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
    pub const PATH: [Status; 5] = [Status::Planned, Status::Approved, Status::Preparing, Status::Held, Status::Summarised];

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
                let next = self.status.next().filter(|_| self.status != Status::Cancelled).ok_or(MoveError::NotFromHere)?;
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
    writes
        .iter()
        .map(|(f, _)| (f.clone(), record.and_then(|r| r.value(f)).cloned().unwrap_or(Value::Null)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activities::model::ACTIVITY;
    use crate::book::{Book, Clock, Entropy, RecordId, SeededEntropy};
    use proptest::prelude::*;

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + chrono::Days::new(u64::from(n))
    }

    struct World {
        book: Book,
        clock: Clock,
        id: RecordId,
    }

    impl World {
        fn new() -> World {
            let mut ids = SeededEntropy(4);
            let id = ids.new_id();
            let mut clock = Clock::new(ids.new_id());
            let mut book = Book::new();
            book.write(id, ACTIVITY, clock.tick(1), planned_fields(day(0)));
            World { book, clock, id }
        }
        fn now(&self) -> Lifecycle {
            Lifecycle::from_record(self.book.get(self.id).unwrap())
        }
        fn make(&mut self, m: Move) -> Result<Vec<(String, Value)>, MoveError> {
            let writes = self.now().step(m)?;
            let undo = values_before(self.book.get(self.id), &writes);
            self.book.write(self.id, ACTIVITY, self.clock.tick(2), writes);
            Ok(undo)
        }
        fn undo(&mut self, fields: Vec<(String, Value)>) {
            self.book.write(self.id, ACTIVITY, self.clock.tick(3), fields);
        }
    }

    #[test]
    fn an_activity_goes_the_whole_way_each_step_dated() {
        let mut w = World::new();
        for (i, s) in Status::PATH.into_iter().enumerate().skip(1) {
            assert_eq!(w.now().moves()[0], MoveKind::Forward(s));
            w.make(Move::Forward(day(i as u32 * 3))).unwrap();
            assert_eq!((w.now().status, w.now().date(s)), (s, Some(day(i as u32 * 3))));
            assert!(w.now().is_consistent());
        }
        assert_eq!(w.now().moves(), vec![MoveKind::Back(Status::Held)]);
        assert_eq!(w.now().step(Move::Forward(day(40))), Err(MoveError::NotFromHere));
        assert_eq!(w.now().step(Move::Cancel(day(40))), Err(MoveError::NotFromHere));
    }

    #[test]
    fn stepping_back_clears_the_step_s_day_and_its_undo_puts_it_back() {
        let mut w = World::new();
        w.make(Move::Forward(day(2))).unwrap();
        w.make(Move::Forward(day(5))).unwrap();
        let undo = w.make(Move::Back).unwrap();
        assert_eq!((w.now().status, w.now().date(Status::Preparing)), (Status::Approved, None));
        assert!(w.now().is_consistent());
        w.undo(undo);
        assert_eq!((w.now().status, w.now().date(Status::Preparing)), (Status::Preparing, Some(day(5))));
        assert_eq!(World::new().now().step(Move::Back), Err(MoveError::NotFromHere));
    }

    #[test]
    fn a_next_step_cannot_come_before_the_last() {
        let mut w = World::new();
        w.make(Move::Forward(day(4))).unwrap();
        assert_eq!(w.now().step(Move::Forward(day(3))), Err(MoveError::BeforePrevious(day(4))));
        assert_eq!(w.now().step(Move::Cancel(day(1))), Err(MoveError::BeforePrevious(day(4))));
        assert!(w.now().step(Move::Forward(day(4))).is_ok(), "the same day is fine");
    }

    #[test]
    fn a_cancelled_activity_is_restored_to_the_step_it_was_at() {
        let mut w = World::new();
        w.make(Move::Forward(day(1))).unwrap();
        w.make(Move::Forward(day(2))).unwrap();
        w.make(Move::Cancel(day(3))).unwrap();
        assert_eq!(w.now().status, Status::Cancelled);
        assert_eq!(w.now().moves(), vec![MoveKind::Restore]);
        assert_eq!(w.now().step_reached(), Status::Preparing);
        w.make(Move::Restore).unwrap();
        assert_eq!((w.now().status, w.now().date(Status::Cancelled)), (Status::Preparing, None));
        assert!(w.now().is_consistent());
    }

    #[test]
    fn statuses_read_as_stored_and_unknown_ones_as_planned() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.word()), s);
        }
        assert_eq!(Status::parse("postponed"), Status::Planned);
        assert_eq!(Status::Held.date_field(), "held_on");
    }

    proptest! {
        /// Any sequence of moves the stepper offers, on days that go on or stand still, keeps
        /// the days consistent with the status; a move refused changes nothing.
        #[test]
        fn every_sequence_of_allowed_moves_keeps_the_dates_consistent(
            moves in proptest::collection::vec((0usize..4, 0u32..3), 0..40)
        ) {
            let mut w = World::new();
            let mut today = 0;
            for (choice, wait) in moves {
                today += wait;
                let offered = w.now().moves();
                let kind = offered[choice % offered.len()];
                let m = match kind {
                    MoveKind::Forward(_) => Move::Forward(day(today)),
                    MoveKind::Back(_) => Move::Back,
                    MoveKind::Cancel => Move::Cancel(day(today)),
                    MoveKind::Restore => Move::Restore,
                };
                prop_assert!(w.make(m).is_ok(), "{:?} offered but refused", kind);
                prop_assert!(w.now().is_consistent(), "{:?} after {:?}", w.now(), kind);
                // A move not offered is refused.
                for refused in [Move::Forward(day(today)), Move::Back, Move::Cancel(day(today)), Move::Restore] {
                    let allowed = w.now().moves().iter().any(|k| matches!((k, refused),
                        (MoveKind::Forward(_), Move::Forward(_)) | (MoveKind::Back(_), Move::Back)
                        | (MoveKind::Cancel, Move::Cancel(_)) | (MoveKind::Restore, Move::Restore)));
                    prop_assert_eq!(w.now().step(refused).is_ok(), allowed);
                }
            }
        }
    }
}
