use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::inspections::corridor::{Touch, Where, tap};
use crate::inspections::model::{INSPECTION_ROUND, ROOM_SCORE, inspection_round, room_score_id};
use crate::inspections::places::quick_room_fields;
use crate::inspections::rubric_drafts::{BandDraft, ItemDraft, RubricDraft};

#[test]
fn a_round_copies_its_rubric_when_made_and_keeps_it_after() {
    let mut ids = SeededEntropy(5);
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    let (rubric, building, room) = (ids.new_id(), ids.new_id(), ids.new_id());
    let mut draft = RubricDraft {
        name: "细则".into(),
        note: String::new(),
        items: vec![ItemDraft {
            label: "地面".into(),
            points: "100".into(),
            deduction: "5".into(),
            ..ItemDraft::new(ids.new_id(), "")
        }],
        bands: vec![
            BandDraft { name: "合格".into(), min: "80".into() },
            BandDraft { name: "不合格".into(), min: "0".into() },
        ],
    };
    book.write(rubric, RUBRIC, clock.tick(1), draft.validate(None).unwrap());
    book.write(building, BUILDING, clock.tick(2), vec![("name".into(), json!("东区3号楼"))]);
    book.write(room, ROOM, clock.tick(3), quick_room_fields(building, None, "301"));

    let mut round = RoundDraft {
        title: "九月检查".into(),
        date: "2026-09-20".into(),
        rubric: rubric.to_string(),
        buildings: vec![building],
        ..RoundDraft::default()
    };
    let fields = round.validate(&book, None).unwrap();
    assert!(fields.contains(&("threshold".into(), json!(80))), "the pass mark by default");
    let id = ids.new_id();
    book.write(id, INSPECTION_ROUND, clock.tick(4), fields);
    let stored = inspection_round(&book, id).unwrap();
    assert_eq!(Rubric::from_copy(&stored.rubric_copy).version, 1);

    draft.items[0].deduction = "10".into();
    let previous = Rubric::from_record(book.get(rubric).unwrap());
    book.write(rubric, RUBRIC, clock.tick(5), draft.validate(Some(&previous)).unwrap());
    round.title = "九月常规检查".into();
    let edit = round.validate(&book, Some(&stored)).unwrap();
    assert!(!edit.iter().any(|(f, _)| f == "rubric_copy"), "an edit keeps the copy");

    round.recopy = true;
    let recopied = round.validate(&book, Some(&stored)).unwrap();
    let copy = recopied.iter().find(|(f, _)| f == "rubric_copy").unwrap().1.as_str().unwrap().to_owned();
    assert_eq!(Rubric::from_copy(&copy).version, 2, "asked for while nothing is scored");

    let t = tap(None, &Touch::Inspected, Where { round: id, room, inspector: None });
    book.write(room_score_id(id, room), ROOM_SCORE, clock.tick(6), t.fields);
    assert_eq!(round.validate(&book, Some(&stored)), Err(vec![("rubric", FormError::Taken)]));
}

#[test]
fn a_round_needs_a_title_a_date_a_rubric_and_rooms() {
    let book = Book::new();
    let draft = RoundDraft { date: "2026-10-20".into(), fix_by: "2026-10-01".into(), ..RoundDraft::default() };
    assert_eq!(
        draft.validate(&book, None).unwrap_err(),
        vec![
            ("title", FormError::Required),
            ("rubric", FormError::Required),
            ("buildings", FormError::Required),
            ("fix_by", FormError::EndsBeforeStart)
        ]
    );
}
