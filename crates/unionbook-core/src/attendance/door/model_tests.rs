use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use chrono::NaiveDate;

struct Setup {
    book: Book,
    clock: Clock,
    list: RecordId,
    people: Vec<RecordId>,
    writer: RecordId,
    log: RecordId,
}

fn setup() -> Setup {
    let mut ids = SeededEntropy(21);
    let list = ids.new_id();
    let people: Vec<RecordId> = (0..4).map(|_| ids.new_id()).collect();
    let writer = ids.new_id();
    let log = ids.new_id();
    let mut clock = Clock::new(writer);
    let mut book = Book::new();
    let invited = json!(people[..3].iter().map(RecordId::to_string).collect::<Vec<_>>());
    book.write(list, "meeting", clock.tick(1), [("title".to_owned(), json!("例会")), ("invited".to_owned(), invited)]);
    Setup { book, clock, list, people, writer, log }
}

impl Setup {
    fn door(&self) -> Door {
        Door::at(&self.book, self.list, self.writer, self.log, "李华").unwrap()
    }

    fn apply(&mut self, change: &Change) {
        for w in &change.writes {
            self.book.write(w.record, &w.kind, self.clock.tick(10), w.fields.clone());
        }
        for id in &change.delete {
            self.book.set_deleted(*id, true, self.clock.tick(10));
        }
    }

    fn tap(&mut self, person: RecordId, at: i64, mark: Mark) -> Tap {
        let door = self.door();
        let out = tap(&self.book, &door, person, at, mark);
        if let Tap::Marked { change, .. } = &out {
            self.apply(&change.clone());
        }
        out
    }
}

#[test]
fn a_tap_marks_the_list_and_logs_the_arrival_in_this_doors_log_made_on_the_first_tap() {
    let mut s = setup();
    let door = s.door();
    assert!(!door.log_exists);
    assert_eq!(door.name, "李华", "a door is named after its officer until renamed");
    let p = s.people[0];
    let Tap::Marked { change, undo, .. } = s.tap(p, 1_700_000_000_000, Mark::Present) else { panic!("marked") };
    assert_eq!(mark_of(s.book.get(s.list).unwrap(), p), Some(Mark::Present));
    let logs = logs_of(&s.book, s.list);
    assert_eq!(logs.len(), 1);
    assert_eq!((logs[0].id, logs[0].device, logs[0].door.as_str()), (s.log, Some(s.writer), "李华"));
    assert_eq!(logs[0].arrivals, vec![(p, 1_700_000_000_000)]);
    assert!(s.door().log_exists);
    assert_eq!(change.writes[1].fields.len(), 4, "the first tap makes the log");

    // The second tap writes the arrival only.
    let Tap::Marked { change: second, .. } = s.tap(s.people[1], 1_700_000_060_000, Mark::Late) else { panic!() };
    assert_eq!(second.writes[1].fields, vec![arrival_field(s.people[1], Some(1_700_000_060_000))]);

    s.apply(&undo);
    assert_eq!(mark_of(s.book.get(s.list).unwrap(), p), None);
    assert_eq!(logs_of(&s.book, s.list)[0].arrivals, vec![(s.people[1], 1_700_000_060_000)]);
}

#[test]
fn a_second_tap_says_when_and_at_which_door_instead_of_marking_again() {
    let mut s = setup();
    let p = s.people[0];
    s.tap(p, 5_000, Mark::Present);
    assert_eq!(s.tap(p, 9_000, Mark::Late), Tap::Already(Seen { at_ms: 5_000, door: "李华".into(), here: true }));
    assert_eq!(mark_of(s.book.get(s.list).unwrap(), p), Some(Mark::Present));

    // Another door's log (imported) counts too, and its earlier arrival is the one named.
    let other = SeededEntropy(77).new_id();
    let fields = vec![
        ("list".to_owned(), json!(s.list.to_string())),
        ("device".to_owned(), json!(SeededEntropy(78).new_id().to_string())),
        ("door".to_owned(), json!("西门")),
        arrival_field(s.people[1], Some(3_000)),
    ];
    s.book.write(other, CHECK_IN, s.clock.tick(20), fields);
    let seen_there = Seen { at_ms: 3_000, door: "西门".into(), here: false };
    assert_eq!(s.tap(s.people[1], 9_000, Mark::Present), Tap::Already(seen_there.clone()));
    assert_eq!(excuse(&s.book, &s.door(), s.people[1]), Err(seen_there));
}

#[test]
fn excused_is_its_own_action_and_its_undo_puts_the_mark_back() {
    let mut s = setup();
    let p = s.people[2];
    s.book.write(s.list, "meeting", s.clock.tick(2), [mark_field(p, Some(Mark::Absent))]);
    let (change, undo) = excuse(&s.book, &s.door(), p).unwrap();
    s.apply(&change);
    assert_eq!(mark_of(s.book.get(s.list).unwrap(), p), Some(Mark::Excused));
    assert!(logs_of(&s.book, s.list).is_empty(), "no arrival: they did not come");
    s.apply(&undo);
    assert_eq!(mark_of(s.book.get(s.list).unwrap(), p), Some(Mark::Absent));
}

#[test]
fn a_typed_walk_in_is_a_new_student_checked_in_and_its_undo_deletes_the_entry() {
    let mut s = setup();
    let student = SeededEntropy(90).new_id();
    let door = s.door();
    let Some(Tap::Marked { change, undo, .. }) =
        walk_in(&s.book, &door, student, "student", " 赵六 ", 4_000, Mark::Present)
    else {
        panic!()
    };
    s.apply(&change);
    assert_eq!(s.book.get(student).unwrap().text("name"), "赵六");
    let counts = door_counts(&s.book, s.list);
    assert_eq!(counts, DoorCounts { present: 1, late: 0, excused: 0, expected: 4, walk_ins: 1 });
    s.apply(&undo);
    assert!(s.book.get(student).unwrap().is_deleted());
    assert_eq!(door_counts(&s.book, s.list).present, 0);
    assert_eq!(walk_in(&s.book, &door, student, "student", "  ", 4_000, Mark::Present), None);
}

#[test]
fn live_counts_show_present_late_excused_of_everyone_expected_and_walk_ins() {
    let mut s = setup();
    let p = s.people.clone();
    s.tap(p[0], 1, Mark::Present);
    s.tap(p[1], 2, Mark::Late);
    s.tap(p[3], 3, Mark::Present);
    let (change, _) = excuse(&s.book, &s.door(), p[2]).unwrap();
    s.apply(&change);
    assert_eq!(door_counts(&s.book, s.list), DoorCounts { present: 2, late: 1, excused: 1, expected: 4, walk_ins: 1 });
}

#[test]
fn the_headline_and_the_expected_panel_share_one_count_even_when_nobody_was_invited() {
    let mut s = setup();
    // Nobody invited: everyone who comes is a walk-in, and each is expected once they came.
    s.book.write(s.list, "meeting", s.clock.tick(2), [("invited".to_owned(), json!([]))]);
    let p = s.people.clone();
    s.tap(p[0], 1, Mark::Present);
    s.tap(p[1], 2, Mark::Present);
    s.tap(p[2], 3, Mark::Late);
    let counts = door_counts(&s.book, s.list);
    assert_eq!(invited(s.book.get(s.list).unwrap()).len(), 0, "what the panel counted before: 0 of 3 here");
    assert_eq!((counts.arrived(), counts.expected, counts.walk_ins), (3, 3, 3));

    // Someone excused who was never invited is expected too, and not arrived.
    let (change, _) = excuse(&s.book, &s.door(), p[3]).unwrap();
    s.apply(&change);
    let counts = door_counts(&s.book, s.list);
    assert_eq!((counts.arrived(), counts.expected, counts.excused), (3, 4, 1));
}

#[test]
fn late_starts_after_the_start_time_on_the_lists_day() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let at = |d: u32, h: u32, m: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap().and_hms_opt(h, m, 0).unwrap();
    let start = parse_start("19:00").unwrap();
    assert_eq!(arrival_mark(at(20, 18, 58), Some(day), start), Mark::Present);
    assert_eq!(arrival_mark(at(20, 19, 0), Some(day), start), Mark::Present, "on time is not late");
    assert_eq!(arrival_mark(at(20, 19, 1), Some(day), start), Mark::Late);
    assert_eq!(arrival_mark(at(21, 8, 0), Some(day), start), Mark::Late, "a later day");
    assert_eq!(arrival_mark(at(19, 20, 0), Some(day), start), Mark::Present, "an earlier day");
    assert_eq!(arrival_mark(at(25, 19, 30), None, start), Mark::Late);
    assert_eq!(arrival_mark(at(20, 23, 0), Some(day), None), Mark::Present, "no start time");
    assert_eq!(parse_start(""), Ok(None));
    assert!(parse_start("7pm").is_err() && parse_start("25:00").is_err());
}

#[test]
fn a_door_is_renamed_in_its_own_log_and_two_writers_keep_two_logs() {
    let mut s = setup();
    let rename = s.door().rename(" 东门 ").unwrap();
    assert!(rename.fields.contains(&("list".to_owned(), json!(s.list.to_string()))), "renaming first makes the log");
    s.apply(&Change { writes: vec![rename], delete: vec![] });
    assert_eq!(s.door().name, "东门");
    assert!(s.door().rename(&"门".repeat(41)).is_none());
    let other = Door::at(&s.book, s.list, SeededEntropy(5).new_id(), SeededEntropy(6).new_id(), "王芳").unwrap();
    assert!(!other.log_exists);
    assert_eq!(other.name, "王芳");
    assert!(Door::at(&s.book, SeededEntropy(7).new_id(), s.writer, s.log, "").is_none(), "no such list");
}

#[test]
fn a_lists_file_holds_the_list_its_door_logs_and_the_people_marked_and_nothing_else() {
    use crate::book::format::{ExportMeta, Selection, export, read_file};
    let mut s = setup();
    for (i, name) in ["甲", "乙", "丙", "丁"].iter().enumerate() {
        s.book.write(s.people[i], "student", s.clock.tick(3), [("name".to_owned(), json!(name))]);
    }
    let stranger = SeededEntropy(123).new_id();
    s.book.write(stranger, "student", s.clock.tick(3), [("name".to_owned(), json!("戊"))]);
    s.tap(s.people[3], 1_000, Mark::Present);
    let meta = ExportMeta {
        exported_at: "2026-11-25T09:00:00Z".into(),
        device: s.writer,
        officer: String::new(),
        union: String::new(),
        selection: Selection::List { root: s.list },
    };
    let file = read_file(export(&s.book, &meta).as_bytes(), &|_| None).unwrap();
    assert_eq!(file.selection, Selection::List { root: s.list });
    let mut ids: Vec<RecordId> = file.book.iter().map(|(id, _)| id).collect();
    ids.sort();
    let mut want = vec![s.list, s.log, s.people[0], s.people[1], s.people[2], s.people[3]];
    want.sort();
    assert_eq!(ids, want, "the invited and the walk-in travel; someone not on the list does not");
}
