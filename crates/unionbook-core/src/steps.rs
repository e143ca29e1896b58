//! One machine for every record that goes through dated steps (an activity from planned to
//! summarised, a sponsorship from first contact to its obligations fulfilled): a path of steps,
//! each reached on a day kept in `<step>_on`, one step forward or back, and one step off the
//! path (cancelled, withdrawn) that early steps may take and that is restored to the step it
//! was at. The days say how far it got: stepping back clears the step's day, and restoring
//! reads the furthest day. Pure.

use std::fmt::Debug;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::book::Record;
use crate::book::schema::parse_date;

/// The most steps a machine has (its `ALL`); the days are kept in a fixed array so that a
/// machine's state stays `Copy`.
const MAX_STEPS: usize = 8;

/// A kind of step: the path in order, and the one step off it.
pub trait Step: Copy + Eq + Ord + Debug + Default + Send + Sync + 'static {
    /// Every step: the path's, then the one off it. A step's day is kept by its place here.
    const ALL: &'static [Self];
    /// The steps of the path, in order.
    const PATH: &'static [Self];
    /// The step off the path.
    const OFF: Self;

    /// The stored word.
    fn word(self) -> &'static str;

    /// Whether the path may be left from this step (only the early ones).
    fn may_leave(self) -> bool;

    /// A stored step; none, or a word this app does not know, is the first step.
    fn parse(word: &str) -> Self {
        Self::ALL.iter().copied().find(|s| s.word() == word).unwrap_or(Self::PATH[0])
    }

    /// The field holding the day this step was reached.
    fn date_field(self) -> String {
        format!("{}_on", self.word())
    }
}

fn index<S: Step>(s: S) -> usize {
    S::ALL.iter().position(|x| *x == s).expect("a step is one of ALL")
}

fn next<S: Step>(s: S) -> Option<S> {
    S::PATH.iter().position(|x| *x == s).and_then(|i| S::PATH.get(i + 1)).copied()
}

fn before<S: Step>(s: S) -> Option<S> {
    S::PATH.iter().position(|x| *x == s).filter(|i| *i > 0).map(|i| S::PATH[i - 1])
}

/// A change of step the officer can make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// On to the next step, reached on this day.
    Forward(NaiveDate),
    /// Back one step (a step recorded too soon): its day is cleared.
    Back,
    /// Off the path on this day (cancelled, withdrawn).
    Cancel(NaiveDate),
    /// Back on the path after all, at the step it was at.
    Restore,
}

/// Why a move cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveError {
    /// The move does not follow from the step (a held activity cannot be cancelled).
    NotFromHere,
    /// The day given is before the day of the step it follows.
    BeforePrevious(NaiveDate),
}

/// A move as a stepper offers it, with where it leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveKind<S> {
    Forward(S),
    Back(S),
    Cancel,
    Restore,
}

/// Where a record is, with the day of each step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Steps<S> {
    pub status: S,
    /// By the step's place in `ALL`.
    dates: [Option<NaiveDate>; MAX_STEPS],
}

impl<S: Step> Steps<S> {
    pub fn from_record(r: &Record) -> Steps<S> {
        assert!(S::ALL.len() <= MAX_STEPS);
        let mut dates = [None; MAX_STEPS];
        for (i, s) in S::ALL.iter().enumerate() {
            dates[i] = parse_date(r.text(&s.date_field()));
        }
        Steps { status: S::parse(r.text("status")), dates }
    }

    pub fn date(&self, s: S) -> Option<NaiveDate> {
        self.dates[index(s)]
    }

    /// Off the path, the step it was at: the furthest step that may leave the path with a
    /// day (the first step when none has one).
    pub fn step_reached(&self) -> S {
        if self.status != S::OFF {
            return self.status;
        }
        S::PATH.iter().rev().copied().filter(|s| s.may_leave()).find(|s| self.date(*s).is_some()).unwrap_or(S::PATH[0])
    }

    /// Where a step forward leads, if one can be made.
    pub fn next(&self) -> Option<S> {
        next(self.status).filter(|_| self.status != S::OFF)
    }

    /// The latest day on the path so far: a next step cannot come before it.
    fn last_day(&self) -> Option<NaiveDate> {
        S::PATH.iter().take_while(|s| **s <= self.step_reached()).filter_map(|s| self.date(*s)).max()
    }

    /// The moves that can be made from here, for the stepper to offer.
    pub fn moves(&self) -> Vec<MoveKind<S>> {
        if self.status == S::OFF {
            return vec![MoveKind::Restore];
        }
        let mut list = Vec::new();
        list.extend(self.next().map(MoveKind::Forward));
        list.extend(before(self.status).map(MoveKind::Back));
        if self.status.may_leave() {
            list.push(MoveKind::Cancel);
        }
        list
    }

    /// The fields a move writes, or why it cannot be made.
    pub fn step(&self, m: Move) -> Result<Vec<(String, Value)>, MoveError> {
        let status = |s: S| ("status".to_owned(), json!(s.word()));
        let dated = |s: S, on: NaiveDate| (s.date_field(), json!(on.to_string()));
        let not_before = |on: NaiveDate| match self.last_day() {
            Some(last) if on < last => Err(MoveError::BeforePrevious(last)),
            _ => Ok(()),
        };
        match m {
            Move::Forward(on) => {
                let next = self.next().ok_or(MoveError::NotFromHere)?;
                not_before(on)?;
                Ok(vec![status(next), dated(next, on)])
            }
            Move::Back => {
                let before = before(self.status).ok_or(MoveError::NotFromHere)?;
                Ok(vec![status(before), (self.status.date_field(), Value::Null)])
            }
            Move::Cancel(on) => {
                if self.status == S::OFF || !self.status.may_leave() {
                    return Err(MoveError::NotFromHere);
                }
                not_before(on)?;
                Ok(vec![status(S::OFF), dated(S::OFF, on)])
            }
            Move::Restore => {
                if self.status != S::OFF {
                    return Err(MoveError::NotFromHere);
                }
                Ok(vec![status(self.step_reached()), (S::OFF.date_field(), Value::Null)])
            }
        }
    }

    /// Whether the days agree with the step: every step up to the one reached has a day, none
    /// after it has, the days never go back along the path, and only a record off the path has
    /// a day of leaving it (not before its last step). The law every sequence of moves keeps.
    pub fn is_consistent(&self) -> bool {
        let reached = self.step_reached();
        let path_ok = S::PATH.iter().all(|s| self.date(*s).is_some() == (*s <= reached));
        let days: Vec<NaiveDate> = S::PATH.iter().filter_map(|s| self.date(*s)).collect();
        let ordered = days.windows(2).all(|w| w[0] <= w[1]);
        let off = match (self.status == S::OFF, self.date(S::OFF)) {
            (true, Some(on)) => days.last().is_none_or(|last| *last <= on),
            (true, None) => false,
            (false, on) => on.is_none(),
        };
        path_ok && ordered && off
    }
}

/// The fields a new record starts with: the first step, reached today.
pub fn first_fields<S: Step>(on: NaiveDate) -> Vec<(String, Value)> {
    let first = S::PATH[0];
    vec![("status".to_owned(), json!(first.word())), (first.date_field(), json!(on.to_string()))]
}

/// What the fields of a write held before it, for an Undo that writes them back.
pub fn values_before(record: Option<&Record>, writes: &[(String, Value)]) -> Vec<(String, Value)> {
    writes.iter().map(|(f, _)| (f.clone(), record.and_then(|r| r.value(f)).cloned().unwrap_or(Value::Null))).collect()
}

/// The law for any machine, for its kind's property test: any sequence of the moves offered,
/// on days that go on or stand still, keeps the days consistent, and a move not offered is
/// refused. `choices` are (which move offered, days waited); `write` applies fields to the
/// record and returns it as it is now. Returns the first broken law, in words.
#[cfg(test)]
pub fn check_moves<S: Step>(
    start: Steps<S>,
    choices: &[(usize, u32)],
    day: impl Fn(u32) -> NaiveDate,
    mut write: impl FnMut(Vec<(String, Value)>) -> Steps<S>,
) -> Result<(), String> {
    let mut now = start;
    let mut today = 0;
    for (choice, wait) in choices {
        today += wait;
        let offered = now.moves();
        let kind = offered[choice % offered.len()];
        let m = match kind {
            MoveKind::Forward(_) => Move::Forward(day(today)),
            MoveKind::Back(_) => Move::Back,
            MoveKind::Cancel => Move::Cancel(day(today)),
            MoveKind::Restore => Move::Restore,
        };
        let writes = now.step(m).map_err(|e| format!("{kind:?} offered but refused: {e:?}"))?;
        now = write(writes);
        if !now.is_consistent() {
            return Err(format!("{now:?} after {kind:?}"));
        }
        for refused in [Move::Forward(day(today)), Move::Back, Move::Cancel(day(today)), Move::Restore] {
            let allowed = now.moves().iter().any(|k| {
                matches!(
                    (k, refused),
                    (MoveKind::Forward(_), Move::Forward(_))
                        | (MoveKind::Back(_), Move::Back)
                        | (MoveKind::Cancel, Move::Cancel(_))
                        | (MoveKind::Restore, Move::Restore)
                )
            });
            if now.step(refused).is_ok() != allowed {
                return Err(format!("{refused:?} from {now:?}: offered {allowed}"));
            }
        }
    }
    Ok(())
}
