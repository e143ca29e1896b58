use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};

#[test]
fn room_numbers_are_read_singly_and_in_ranges() {
    assert_eq!(
        room_numbers("301-305"),
        Some(vec!["301", "302", "303", "304", "305"].into_iter().map(String::from).collect())
    );
    assert_eq!(room_numbers("301，303 305-306").unwrap(), vec!["301", "303", "305", "306"]);
    assert_eq!(room_numbers("A08-A11").unwrap(), vec!["A08", "A09", "A10", "A11"]);
    assert_eq!(room_numbers("A08-11").unwrap(), vec!["A08", "A09", "A10", "A11"]);
    assert_eq!(room_numbers("301-303, 302").unwrap(), vec!["301", "302", "303"], "each number once");
    for bad in ["", "320-301", "A1-B3", "1-1000", "x-y", "3-"] {
        assert_eq!(room_numbers(bad), None, "{bad}");
    }
    assert_eq!(room_numbers("301-320").unwrap().len(), 20);
}

#[test]
fn a_room_number_says_its_floor() {
    assert_eq!(floor_of_number("305"), Some(3));
    assert_eq!(floor_of_number("A1204"), Some(12));
    assert_eq!(floor_of_number("12"), None);
    assert_eq!(floor_of_number("阳台"), None);
}

#[test]
fn a_quick_add_skips_numbers_the_building_has() {
    let room = |n: &str| Room {
        id: SeededEntropy(n.len() as u64).new_id(),
        building: None,
        floor: Some(3),
        number: n.into(),
        residents: vec![],
        residents_typed: String::new(),
        note: String::new(),
    };
    let (add, skip) = new_numbers(&[room("302")], room_numbers("301-303").unwrap());
    assert_eq!((add, skip), (vec!["301".to_owned(), "303".to_owned()], vec!["302".to_owned()]));
}

#[test]
fn the_forms_refuse_a_second_building_or_room_of_the_same_name() {
    let mut ids = SeededEntropy(7);
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    let b = ids.new_id();
    book.write(b, BUILDING, clock.tick(1), [("name".to_owned(), json!("东区3号楼"))]);
    let r = ids.new_id();
    book.write(r, ROOM, clock.tick(2), quick_room_fields(b, None, "305"));
    let draft = BuildingDraft { name: " 东区3号楼 ".into(), note: String::new() };
    assert_eq!(draft.validate(&book, None), Err(vec![("name", FormError::Taken)]));
    assert!(draft.validate(&book, Some(b)).is_ok());
    let room = RoomDraft { building: b.to_string(), number: "305".into(), floor: "3".into(), ..RoomDraft::default() };
    assert_eq!(room.validate(&book, None), Err(vec![("number", FormError::Taken)]));
    assert!(room.validate(&book, Some(r)).is_ok());
    let bad = RoomDraft { building: String::new(), floor: "3.5".into(), ..RoomDraft::default() };
    let errors = bad.validate(&book, None).unwrap_err();
    assert_eq!(
        errors,
        vec![("building", FormError::Required), ("floor", FormError::NotWhole), ("number", FormError::Required)]
    );
    assert_eq!(super::super::model::room(&book, r).unwrap().floor, Some(3), "the quick add read the floor from 305");
}
