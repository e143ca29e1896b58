use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::inspections::model::{INSPECTION_ROUND, RUBRIC, inspection_round};
use crate::inspections::rubric::{Band, Rubric, RubricItem};

struct World {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
}

impl World {
    fn new() -> World {
        let mut ids = SeededEntropy(11);
        World { book: Book::new(), clock: Clock::new(ids.new_id()), ids }
    }

    fn write(&mut self, id: RecordId, kind: &str, fields: Vec<(String, Value)>) {
        let stamp = self.clock.tick(1);
        self.book.write(id, kind, stamp, fields);
    }

    fn apply(&mut self, round: RecordId, room: RecordId, touch: Touch) -> Tap {
        let id = room_score_id(round, room);
        let t = tap(self.book.get(id), &touch, Where { round, room, inspector: None });
        self.write(id, ROOM_SCORE, t.fields.clone());
        t
    }
}

fn rubric(ids: &mut SeededEntropy) -> Rubric {
    let item = |key, label: &str, points, deduction, veto| RubricItem {
        key,
        section: "公共区域".into(),
        label: label.into(),
        points: Tenths(points),
        deduction: Tenths(deduction),
        veto,
    };
    Rubric {
        name: "细则".into(),
        version: 1,
        items: vec![
            item(ids.new_id(), "地面", 600, 50, false),
            item(ids.new_id(), "阳台", 400, 100, false),
            item(ids.new_id(), "吸烟", 0, 0, true),
        ],
        bands: vec![Band { name: "合格".into(), min: Tenths(800) }, Band { name: "不合格".into(), min: Tenths(0) }],
    }
}

#[test]
fn the_next_room_is_the_next_unscored_one_going_round_the_corridor() {
    let mut ids = SeededEntropy(1);
    let rooms: Vec<RecordId> = (0..5).map(|_| ids.new_id()).collect();
    let done = [rooms[1], rooms[3]];
    let scored = |r: RecordId| done.contains(&r);
    assert_eq!(next_unscored(&rooms, None, &scored), Some(0));
    assert_eq!(next_unscored(&rooms, Some(0), &scored), Some(2));
    assert_eq!(next_unscored(&rooms, Some(2), &scored), Some(4));
    assert_eq!(next_unscored(&rooms, Some(4), &scored), Some(0), "back to the start of the corridor");
    assert_eq!(next_unscored(&rooms, Some(0), &|_| true), None);
    assert_eq!(next_unscored(&rooms[..1], Some(0), &|_| false), None, "the room on screen is not next");
    assert_eq!(next_unscored(&[], None, &|_| false), None);
}

#[test]
fn a_tap_writes_one_field_and_its_undo_puts_back_what_was_there() {
    let mut w = World::new();
    let r = rubric(&mut w.ids);
    let (round, room) = (w.ids.new_id(), w.ids.new_id());
    let floor = r.items[0].key;
    let first = w.apply(round, room, Touch::Fault { item: floor, veto: false });
    assert_eq!(first.undo, vec![(format!("fault:{floor}"), Value::Null)]);
    assert!(first.fields.iter().any(|(f, v)| f == "round" && *v == json!(round.to_string())), "written on first touch");
    let second = w.apply(round, room, Touch::Fault { item: floor, veto: false });
    assert_eq!(second.fields, vec![(format!("fault:{floor}"), json!(2))], "round and room only once");
    assert_eq!(second.undo, vec![(format!("fault:{floor}"), json!(1))]);
    assert_eq!(r.score(&sheet(&w.book, round, room)).total, Tenths(900));
    w.write(room_score_id(round, room), ROOM_SCORE, second.undo);
    assert_eq!(sheet(&w.book, round, room).faults_of(floor), 1);

    let score = w.apply(round, room, Touch::Score { item: floor, score: Some(Tenths(420)) });
    assert_eq!(score.undo, vec![(format!("score:{floor}"), Value::Null)]);
    let fault = w.apply(round, room, Touch::Fault { item: floor, veto: false });
    assert_eq!(fault.undo, vec![(format!("fault:{floor}"), json!(1)), (format!("score:{floor}"), json!(42))]);
    assert_eq!(sheet(&w.book, round, room).item_score(floor), None, "a fault tap counts again");

    let smoking = r.items[2].key;
    w.apply(round, room, Touch::Fault { item: smoking, veto: true });
    assert_eq!(r.score(&sheet(&w.book, round, room)).band, Some(1));
    w.apply(round, room, Touch::Fault { item: smoking, veto: true });
    assert_eq!(sheet(&w.book, round, room).faults_of(smoking), 0, "a veto is on or off");
}

#[test]
fn progress_counts_rooms_seen_or_given_anything() {
    let mut w = World::new();
    let round = w.ids.new_id();
    let rooms: Vec<RecordId> = (0..4).map(|_| w.ids.new_id()).collect();
    assert_eq!(progress(&w.book, round, &rooms), (0, 4));
    w.apply(round, rooms[0], Touch::Inspected);
    w.apply(round, rooms[2], Touch::Recheck(true));
    assert_eq!(progress(&w.book, round, &rooms), (1, 4), "a re-check flag alone is not a score");
    let item = w.ids.new_id();
    w.apply(round, rooms[2], Touch::Fault { item, veto: false });
    assert_eq!(progress(&w.book, round, &rooms), (2, 4));
    let scored = |r: RecordId| is_scored(&w.book, round, r);
    assert_eq!(next_unscored(&rooms, Some(0), &scored), Some(1));
}

#[test]
fn a_rubric_edited_after_a_round_leaves_the_rounds_scores_unchanged() {
    let mut w = World::new();
    let mut r = rubric(&mut w.ids);
    let (rubric_id, round, room) = (w.ids.new_id(), w.ids.new_id(), w.ids.new_id());
    let fields = crate::inspections::rubric_drafts::rubric_fields(&r, "", None);
    w.write(rubric_id, RUBRIC, fields);
    w.write(
        round,
        INSPECTION_ROUND,
        vec![("rubric_copy".into(), json!(r.to_copy())), ("rubric".into(), json!(rubric_id.to_string()))],
    );
    let floor = r.items[0].key;
    w.apply(round, room, Touch::Fault { item: floor, veto: false });
    let before =
        Rubric::from_copy(&inspection_round(&w.book, round).unwrap().rubric_copy).score(&sheet(&w.book, round, room));

    r.items[0].deduction = Tenths(300);
    r.bands[0].min = Tenths(990);
    let previous = Rubric::from_record(w.book.get(rubric_id).unwrap());
    w.write(rubric_id, RUBRIC, crate::inspections::rubric_drafts::rubric_fields(&r, "", Some(&previous)));
    assert_eq!(Rubric::from_record(w.book.get(rubric_id).unwrap()).version, 2);

    let kept = Rubric::from_copy(&inspection_round(&w.book, round).unwrap().rubric_copy);
    assert_eq!(kept.version, 1);
    assert_eq!(kept.score(&sheet(&w.book, round, room)), before);
    assert_eq!(before.total, Tenths(950));
    assert_eq!(r.score(&sheet(&w.book, round, room)).total, Tenths(700), "the new rubric would score it otherwise");
}

#[test]
fn an_item_is_scored_directly_from_full_marks_down() {
    let mut ids = SeededEntropy(2);
    let r = rubric(&mut ids);
    assert_eq!(score_choices(&r.items[0]), (0..=12).rev().map(|i| Tenths(i * 50)).collect::<Vec<_>>());
    let mut big = r.items[1].clone();
    big.points = Tenths(1000);
    big.deduction = Tenths(0);
    assert_eq!(score_choices(&big).len(), 21);
}

#[test]
fn the_officer_is_a_member_only_when_the_name_is_one_members() {
    let mut w = World::new();
    let (a, b) = (w.ids.new_id(), w.ids.new_id());
    w.write(a, MEMBER, vec![("name".into(), json!("王五"))]);
    assert_eq!(officer_member(&w.book, " 王五 "), Some(a));
    assert_eq!(officer_member(&w.book, ""), None);
    w.write(b, MEMBER, vec![("name".into(), json!("王五"))]);
    assert_eq!(officer_member(&w.book, "王五"), None);
}
