//! Dormitory inspections: buildings and their rooms, the union's rubrics, inspection rounds and
//! each room's scores in a round, and the dormitory culture appraisal. Pure: the kinds, and
//! reading buildings, rooms and rounds out of the book. Scoring is `rubric`; results are
//! `results`; the appraisal is `appraisal`.

use chrono::NaiveDate;

use crate::book::schema::{FieldType, IdPart, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};

pub const BUILDING: &str = "building";
pub const ROOM: &str = "room";
pub const RUBRIC: &str = "rubric";
pub const INSPECTION_ROUND: &str = "inspection_round";
pub const ROOM_SCORE: &str = "room_score";
pub const APPRAISAL: &str = "appraisal";
pub const APPRAISAL_SHEET: &str = "appraisal_sheet";

/// How many faults of one item a room can be given in one round.
pub const MAX_FAULTS: i64 = 99;
/// The highest points anything in a rubric is worth (an item, a total, a threshold).
pub const MAX_POINTS: i64 = 1000;

pub const FAULT_PREFIX: &str = "fault:";
pub const ITEM_SCORE_PREFIX: &str = "score:";

pub static BUILDING_SCHEMA: KindSchema = KindSchema {
    kind: BUILDING,
    fields: &[("name", FieldType::Text(60)), ("note", FieldType::Text(500))],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// A room: its residents are students of the register, or names typed when they are not in it.
pub static ROOM_SCHEMA: KindSchema = KindSchema {
    kind: ROOM,
    fields: &[
        ("building", FieldType::Ref),
        ("floor", FieldType::Integer(-9, 200)),
        ("number", FieldType::Text(20)),
        ("residents", FieldType::Refs),
        ("residents_typed", FieldType::Text(300)),
        ("note", FieldType::Text(500)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// A rubric the union defines: its items and bands are one JSON document each (see
/// `rubric::Rubric`), because a round copies them whole; `version` goes up with every edit.
pub static RUBRIC_SCHEMA: KindSchema = KindSchema {
    kind: RUBRIC,
    fields: &[
        ("name", FieldType::Text(80)),
        ("version", FieldType::Integer(1, 1_000_000)),
        ("items", FieldType::Text(20_000)),
        ("bands", FieldType::Text(2_000)),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// A round of inspections. `rubric_copy` is the rubric as it was when the round began (name,
/// version, items and bands as one JSON document), so editing the rubric later never rewrites
/// the round's results. The rooms covered are `rooms`, or every room of `buildings`.
pub static INSPECTION_ROUND_SCHEMA: KindSchema = KindSchema {
    kind: INSPECTION_ROUND,
    fields: &[
        ("title", FieldType::Text(120)),
        ("date", FieldType::Date),
        ("rubric", FieldType::Ref),
        ("rubric_copy", FieldType::Text(24_000)),
        ("buildings", FieldType::Refs),
        ("rooms", FieldType::Refs),
        ("inspectors", FieldType::Refs),
        ("threshold", FieldType::OneDecimal(0, MAX_POINTS)),
        ("fix_by", FieldType::Date),
        ("note", FieldType::Text(2_000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// One room's scores in one round. Its id is `round.derived(room)`, so two inspectors who
/// reach the same room write one record. `fault:<item>` counts an item's faults (a veto item's
/// one fault vetoes the room); `score:<item>` is an item scored directly instead; `inspected`
/// says the room was seen, faults or not.
pub static ROOM_SCORE_SCHEMA: KindSchema = KindSchema {
    kind: ROOM_SCORE,
    fields: &[
        ("round", FieldType::Ref),
        ("room", FieldType::Ref),
        ("inspected", FieldType::Bool),
        ("recheck", FieldType::Bool),
        ("note", FieldType::Text(500)),
        ("inspector", FieldType::Ref),
    ],
    prefixed: &[
        (FAULT_PREFIX, FieldType::Integer(0, MAX_FAULTS)),
        (ITEM_SCORE_PREFIX, FieldType::OneDecimal(0, MAX_POINTS)),
    ],
    together: &[],
    ids: IdRule::Derived(&[&[IdPart::Field("round"), IdPart::Field("room")]]),
};

/// The dormitory culture appraisal: the rooms entered, the judges, how many rooms are awarded
/// (`awards` in all, and `quota:<building>` per building when the union sets one), and the
/// rooms finally awarded.
pub static APPRAISAL_SCHEMA: KindSchema = KindSchema {
    kind: APPRAISAL,
    fields: &[
        ("title", FieldType::Text(120)),
        ("date", FieldType::Date),
        ("semester", FieldType::Ref),
        ("rooms", FieldType::Refs),
        ("judges", FieldType::Refs),
        ("awards", FieldType::Integer(0, 999)),
        ("awarded", FieldType::Refs),
        ("note", FieldType::Text(2_000)),
    ],
    prefixed: &[("quota:", FieldType::Integer(0, 999))],
    together: &[],
    ids: IdRule::Random,
};

/// One judge's scores in an appraisal, `score:<room>`; its id is `appraisal.derived(judge)`.
pub static APPRAISAL_SHEET_SCHEMA: KindSchema = KindSchema {
    kind: APPRAISAL_SHEET,
    fields: &[("appraisal", FieldType::Ref), ("judge", FieldType::Ref)],
    prefixed: &[(ITEM_SCORE_PREFIX, FieldType::OneDecimal(0, 100))],
    together: &[],
    ids: IdRule::Derived(&[&[IdPart::Field("appraisal"), IdPart::Field("judge")]]),
};

#[derive(Clone, Debug, PartialEq)]
pub struct Building {
    pub id: RecordId,
    pub name: String,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Room {
    pub id: RecordId,
    pub building: Option<RecordId>,
    pub floor: Option<i64>,
    pub number: String,
    pub residents: Vec<RecordId>,
    pub residents_typed: String,
    pub note: String,
}

impl Building {
    pub fn from_record(id: RecordId, r: &Record) -> Building {
        Building { id, name: r.text("name").to_owned(), note: r.text("note").to_owned() }
    }
}

impl Room {
    pub fn from_record(id: RecordId, r: &Record) -> Room {
        Room {
            id,
            building: r.reference("building"),
            floor: r.value("floor").and_then(serde_json::Value::as_i64),
            number: r.text("number").to_owned(),
            residents: r.refs("residents"),
            residents_typed: r.text("residents_typed").to_owned(),
            note: r.text("note").to_owned(),
        }
    }
}

pub fn building(book: &Book, id: RecordId) -> Option<Building> {
    book.get(id).filter(|r| r.kind == BUILDING && !r.is_deleted()).map(|r| Building::from_record(id, r))
}

pub fn room(book: &Book, id: RecordId) -> Option<Room> {
    book.get(id).filter(|r| r.kind == ROOM && !r.is_deleted()).map(|r| Room::from_record(id, r))
}

pub fn buildings(book: &Book) -> Vec<Building> {
    book.live(BUILDING).map(|(id, r)| Building::from_record(id, r)).collect()
}

/// The live rooms of a building, in corridor order: by floor, then number.
pub fn rooms_of(book: &Book, building: RecordId) -> Vec<Room> {
    let mut rooms: Vec<Room> = book
        .live(ROOM)
        .map(|(id, r)| Room::from_record(id, r))
        .filter(|room| room.building == Some(building))
        .collect();
    rooms.sort_by(|a, b| (a.floor, natural_key(&a.number)).cmp(&(b.floor, natural_key(&b.number))));
    rooms
}

/// Room numbers in the order a corridor has them: "305" after "99", "3-12" after "3-2".
pub fn natural_key(number: &str) -> Vec<(u64, String)> {
    let mut key = Vec::new();
    let mut digits = String::new();
    let mut other = String::new();
    for c in number.chars() {
        if c.is_ascii_digit() {
            if !other.is_empty() {
                key.push((u64::MAX, std::mem::take(&mut other)));
            }
            digits.push(c);
        } else {
            if !digits.is_empty() {
                key.push((digits.parse().unwrap_or(u64::MAX), String::new()));
                digits.clear();
            }
            other.push(c);
        }
    }
    if !digits.is_empty() {
        key.push((digits.parse().unwrap_or(u64::MAX), String::new()));
    }
    if !other.is_empty() {
        key.push((u64::MAX, other));
    }
    key
}

/// An inspection round as stored; its rubric is read with `rubric::Rubric::from_copy`.
#[derive(Clone, Debug, PartialEq)]
pub struct InspectionRound {
    pub id: RecordId,
    pub title: String,
    pub date: Option<NaiveDate>,
    pub rubric: Option<RecordId>,
    pub rubric_copy: String,
    pub buildings: Vec<RecordId>,
    pub rooms: Vec<RecordId>,
    pub inspectors: Vec<RecordId>,
    /// In tenths of a point.
    pub threshold: Option<i64>,
    pub fix_by: Option<NaiveDate>,
    pub note: String,
}

impl InspectionRound {
    pub fn from_record(id: RecordId, r: &Record) -> InspectionRound {
        InspectionRound {
            id,
            title: r.text("title").to_owned(),
            date: parse_date(r.text("date")),
            rubric: r.reference("rubric"),
            rubric_copy: r.text("rubric_copy").to_owned(),
            buildings: r.refs("buildings"),
            rooms: r.refs("rooms"),
            inspectors: r.refs("inspectors"),
            threshold: r.value("threshold").and_then(crate::book::schema::tenths_of),
            fix_by: parse_date(r.text("fix_by")),
            note: r.text("note").to_owned(),
        }
    }

    /// The rooms the round covers, in corridor order: its own list, else every live room of
    /// its buildings (building by building, in the order they were chosen).
    pub fn covered_rooms(&self, book: &Book) -> Vec<Room> {
        if !self.rooms.is_empty() {
            return self.rooms.iter().filter_map(|id| room(book, *id)).collect();
        }
        self.buildings.iter().flat_map(|b| rooms_of(book, *b)).collect()
    }
}

pub fn inspection_round(book: &Book, id: RecordId) -> Option<InspectionRound> {
    book.get(id).filter(|r| r.kind == INSPECTION_ROUND && !r.is_deleted()).map(|r| InspectionRound::from_record(id, r))
}

/// Every round, newest first.
pub fn inspection_rounds(book: &Book) -> Vec<InspectionRound> {
    let mut list: Vec<InspectionRound> =
        book.live(INSPECTION_ROUND).map(|(id, r)| InspectionRound::from_record(id, r)).collect();
    list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title)));
    list
}

/// The id of a room's scores in a round.
pub fn room_score_id(round: RecordId, room: RecordId) -> RecordId {
    round.derived(room)
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
