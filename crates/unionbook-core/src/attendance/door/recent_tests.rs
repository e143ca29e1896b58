use super::*;
use crate::attendance::door::model::{Tap, door_counts, excuse, tap};
use crate::book::{Clock, Entropy, SeededEntropy};
use serde_json::json;

struct Setup {
    book: Book,
    clock: Clock,
    list: RecordId,
    people: Vec<RecordId>,
    writer: RecordId,
    log: RecordId,
}

/// A list inviting `invited` of six people.
fn setup(invited: usize) -> Setup {
    let mut ids = SeededEntropy(31);
    let list = ids.new_id();
    let people: Vec<RecordId> = (0..6).map(|_| ids.new_id()).collect();
    let writer = ids.new_id();
    let log = ids.new_id();
    let mut clock = Clock::new(writer);
    let mut book = Book::new();
    let names = json!(people[..invited].iter().map(RecordId::to_string).collect::<Vec<_>>());
    book.write(list, "activity", clock.tick(1), [("title".to_owned(), json!("讲座")), ("invited".to_owned(), names)]);
    Setup { book, clock, list, people, writer, log }
}

impl Setup {
    /// The door as the screen finds it each time it opens: `new_log` is a fresh id every time.
    fn door(&self, new_log: RecordId) -> Door {
        Door::at(&self.book, self.list, self.writer, new_log, "李华").unwrap()
    }

    fn apply(&mut self, change: &Change) {
        for w in &change.writes {
            self.book.write(w.record, &w.kind, self.clock.tick(10), w.fields.clone());
        }
    }

    fn tap(&mut self, person: usize, at: i64, mark: Mark) -> Change {
        let door = self.door(self.log);
        let Tap::Marked { change, undo, .. } = tap(&self.book, &door, self.people[person], at, mark) else {
            panic!("not yet checked in")
        };
        self.apply(&change);
        undo
    }

    fn mark(&self, person: usize) -> Option<Mark> {
        mark_of(self.book.get(self.list).unwrap(), self.people[person])
    }
}

#[test]
fn the_last_check_ins_are_read_from_this_doors_log_newest_first_after_the_door_is_opened_again() {
    let mut s = setup(6);
    s.tap(0, 1_000, Mark::Present);
    s.tap(1, 3_000, Mark::Late);
    s.tap(2, 2_000, Mark::Present);
    // Another door's arrival is not this door's.
    let other = SeededEntropy(99).new_id();
    let fields = vec![
        ("list".to_owned(), json!(s.list.to_string())),
        ("device".to_owned(), json!(SeededEntropy(98).new_id().to_string())),
        arrival_field(s.people[3], Some(9_000)),
    ];
    s.book.write(other, super::super::model::CHECK_IN, s.clock.tick(20), fields);

    // Reopened: the screen offers a new log id, and finds its own log instead.
    let reopened = s.door(SeededEntropy(1234).new_id());
    let got = recent_check_ins(&s.book, &reopened, 5);
    let p = &s.people;
    assert_eq!(
        got,
        vec![
            CheckedIn { person: p[1], at_ms: 3_000, mark: Some(Mark::Late) },
            CheckedIn { person: p[2], at_ms: 2_000, mark: Some(Mark::Present) },
            CheckedIn { person: p[0], at_ms: 1_000, mark: Some(Mark::Present) },
        ]
    );
    assert_eq!(recent_check_ins(&s.book, &reopened, 2).len(), 2, "at most the limit, the newest kept");
    assert!(got[0].is_late() && !got[1].is_late());

    // A door that tapped nobody yet has no log, and no check-ins.
    let mut fresh = setup(6);
    fresh.writer = SeededEntropy(77).new_id();
    assert_eq!(recent_check_ins(&fresh.book, &fresh.door(fresh.log), 5), Vec::new());
}

#[test]
fn a_check_in_is_taken_back_after_a_reload_and_leaves_the_list_and_the_log() {
    let mut s = setup(3);
    s.tap(0, 1_000, Mark::Present);
    s.tap(1, 2_000, Mark::Present);
    let reopened = s.door(SeededEntropy(4321).new_id());
    let change = take_back(&reopened, s.people[0]);
    s.apply(&change);
    assert_eq!(s.mark(0), None);
    let left: Vec<RecordId> = recent_check_ins(&s.book, &reopened, 5).into_iter().map(|c| c.person).collect();
    assert_eq!(left, vec![s.people[1]]);
    assert_eq!(door_counts(&s.book, s.list).arrived(), 1);
    // Tapped again afterwards, as anyone not yet checked in.
    let door = s.door(s.log);
    assert!(matches!(tap(&s.book, &door, s.people[0], 5_000, Mark::Present), Tap::Marked { .. }));
}

#[test]
fn late_at_the_door_flips_present_and_late_on_the_lists_own_mark_and_pressing_again_undoes_it() {
    let mut s = setup(3);
    s.tap(0, 1_000, Mark::Present);
    let door = s.door(s.log);
    let (mark, change) = toggle_late(&s.book, &door, s.people[0]).unwrap();
    assert_eq!(mark, Mark::Late);
    assert_eq!(change.writes.len(), 1, "only the list's mark: the arrival time stays");
    assert_eq!(change.writes[0].record, s.list);
    s.apply(&change);
    assert_eq!(s.mark(0), Some(Mark::Late));
    let counts = door_counts(&s.book, s.list);
    assert_eq!((counts.present, counts.late, counts.arrived()), (0, 1, 1));
    assert!(recent_check_ins(&s.book, &door, 5)[0].is_late());

    let (mark, back) = toggle_late(&s.book, &door, s.people[0]).unwrap();
    assert_eq!(mark, Mark::Present);
    s.apply(&back);
    assert_eq!(s.mark(0), Some(Mark::Present));

    // Nothing to flip for someone excused, absent or not marked.
    let (excused, _) = excuse(&s.book, &door, s.people[1]).unwrap();
    s.apply(&excused);
    assert_eq!(toggle_late(&s.book, &door, s.people[1]), None);
    assert_eq!(toggle_late(&s.book, &door, s.people[2]), None);
    s.apply(&Change {
        writes: vec![Write {
            record: s.list,
            kind: "activity".into(),
            fields: vec![mark_field(s.people[2], Some(Mark::Absent))],
        }],
        delete: Vec::new(),
    });
    assert_eq!(toggle_late(&s.book, &door, s.people[2]), None);
}
