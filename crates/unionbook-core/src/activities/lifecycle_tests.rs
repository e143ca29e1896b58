use super::*;
use crate::activities::model::ACTIVITY;
use crate::book::{Book, Clock, Entropy, RecordId, SeededEntropy};
use crate::steps::{Move, MoveError, values_before};
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
    /// the days consistent with the status; a move not offered is refused (the law of
    /// `steps`, which sponsorships' test checks for theirs).
    #[test]
    fn every_sequence_of_allowed_moves_keeps_the_dates_consistent(
        moves in proptest::collection::vec((0usize..4, 0u32..3), 0..40)
    ) {
        let mut w = World::new();
        let start = w.now();
        let result = crate::steps::check_moves(start, &moves, day, |writes| {
            w.book.write(w.id, ACTIVITY, w.clock.tick(2), writes);
            w.now()
        });
        prop_assert_eq!(result, Ok(()));
    }
}
