//! Buildings and rooms as officers type them: room numbers added many at once ("301-320"),
//! the building and room forms' checks, and the CSV of buildings and rooms. Pure.

use serde_json::{Value, json};

use super::model::{BUILDING, Building, ROOM, Room, buildings, natural_key};
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::table::Table;

/// The most rooms one quick add may make: a typo such as "301-3200" should not fill the book.
pub const MAX_ROOMS_AT_ONCE: usize = 200;

/// Room numbers typed at once: numbers and ranges separated by commas or spaces, "301-320,
/// 322". A range keeps its prefix and zero padding ("A01-A12"); its ends must share the prefix
/// and the second may not come before the first. `None` when anything is not read.
pub fn room_numbers(text: &str) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let text = text.replace(['，', '、', '；', ';'], ",").replace(['－', '—', '–', '~', '～'], "-");
    for part in text.split([',', ' ']).map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            None => out.push(part.to_owned()),
            Some((from, to)) => {
                let (prefix, a) = split_digits(from.trim())?;
                let (prefix_to, b) = split_digits(to.trim())?;
                if !(prefix_to.is_empty() || prefix_to == prefix) {
                    return None;
                }
                let (start, end): (u64, u64) = (a.parse().ok()?, b.parse().ok()?);
                if end < start || (end - start) as usize >= MAX_ROOMS_AT_ONCE {
                    return None;
                }
                let width = a.len();
                out.extend((start..=end).map(|n| format!("{prefix}{n:0width$}")));
            }
        }
        if out.len() > MAX_ROOMS_AT_ONCE {
            return None;
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|n| seen.insert(n.clone()));
    (!out.is_empty() && out.iter().all(|n| n.chars().count() <= 20)).then_some(out)
}

/// "A101" as ("A", "101"): the text before the trailing digits, and the digits.
fn split_digits(text: &str) -> Option<(&str, &str)> {
    let at = text.char_indices().rev().find(|(_, c)| !c.is_ascii_digit()).map_or(0, |(i, c)| i + c.len_utf8());
    let digits = &text[at..];
    (!digits.is_empty()).then_some((&text[..at], digits))
}

/// The floor a room number says, by the usual numbering: "305" and "A305" on 3, "1204" on 12.
pub fn floor_of_number(number: &str) -> Option<i64> {
    let (_, digits) = split_digits(number)?;
    (digits.len() >= 3).then(|| digits[..digits.len() - 2].parse().ok()).flatten()
}

/// What a quick add makes: the numbers not yet in the building, and those already there.
pub fn new_numbers(existing: &[Room], numbers: Vec<String>) -> (Vec<String>, Vec<String>) {
    numbers.into_iter().partition(|n| !existing.iter().any(|r| r.number.trim() == n))
}

/// The fields of a room made by a quick add.
pub fn quick_room_fields(building: RecordId, floor: Option<i64>, number: &str) -> Vec<(String, Value)> {
    let floor = floor.or_else(|| floor_of_number(number));
    vec![
        ("building".to_owned(), json!(building.to_string())),
        ("floor".to_owned(), forms::opt(floor)),
        ("number".to_owned(), json!(number)),
    ]
}

/// The building form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BuildingDraft {
    pub name: String,
    pub note: String,
}

impl BuildingDraft {
    pub fn from_building(b: &Building) -> BuildingDraft {
        BuildingDraft { name: b.name.clone(), note: b.note.clone() }
    }

    /// The fields to save; two buildings may not share a name (rankings name them).
    pub fn validate(&self, book: &Book, editing: Option<RecordId>) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = forms::required(&mut e, "name", &self.name, 60);
        let note = forms::optional(&mut e, "note", &self.note, 500);
        if !name.is_empty() && buildings(book).iter().any(|b| Some(b.id) != editing && b.name.trim() == name) {
            e.push(("name", FormError::Taken));
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![("name".into(), json!(name)), ("note".into(), json!(note))])
    }
}

/// The room form as typed; `residents` are chosen people, `residents_typed` names typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoomDraft {
    pub building: String,
    pub floor: String,
    pub number: String,
    pub residents: Vec<RecordId>,
    pub residents_typed: String,
    pub note: String,
}

impl RoomDraft {
    pub fn from_room(r: &Room) -> RoomDraft {
        RoomDraft {
            building: r.building.map(|b| b.to_string()).unwrap_or_default(),
            floor: r.floor.map(|f| f.to_string()).unwrap_or_default(),
            number: r.number.clone(),
            residents: r.residents.clone(),
            residents_typed: r.residents_typed.clone(),
            note: r.note.clone(),
        }
    }

    /// The fields to save; a number is not used twice in one building.
    pub fn validate(&self, book: &Book, editing: Option<RecordId>) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let building = forms::reference(&mut e, "building", &self.building, book, BUILDING, true);
        let floor = forms::integer(&mut e, "floor", &self.floor, -9, 200, false);
        let number = forms::required(&mut e, "number", &self.number, 20);
        let typed = forms::optional(&mut e, "residents_typed", &self.residents_typed, 300);
        let note = forms::optional(&mut e, "note", &self.note, 500);
        let taken = book.live(ROOM).any(|(id, r)| {
            Some(id) != editing && r.reference("building") == building && r.text("number").trim() == number
        });
        if building.is_some() && !number.is_empty() && taken {
            e.push(("number", FormError::Taken));
        }
        if !e.is_empty() {
            return Err(e);
        }
        let residents: Vec<String> = self.residents.iter().map(RecordId::to_string).collect();
        Ok(vec![
            ("building".into(), forms::opt(building.map(|b| b.to_string()))),
            ("floor".into(), forms::opt(floor)),
            ("number".into(), json!(number)),
            ("residents".into(), if residents.is_empty() { Value::Null } else { json!(residents) }),
            ("residents_typed".into(), json!(typed)),
            ("note".into(), json!(note)),
        ])
    }
}

/// Every room with its building, for the CSV: building, floor, number, residents. Buildings
/// in the order `order` gives their names, rooms in corridor order.
pub fn rooms_table(
    book: &Book,
    headers: Vec<String>,
    order: &dyn Fn(&str, &str) -> std::cmp::Ordering,
    resident_names: &dyn Fn(&Room) -> String,
) -> Table {
    let mut list = buildings(book);
    list.sort_by(|a, b| order(&a.name, &b.name));
    let mut rows = Vec::new();
    for b in &list {
        let rooms = super::model::rooms_of(book, b.id);
        if rooms.is_empty() {
            rows.push(vec![b.name.clone(), String::new(), String::new(), String::new()]);
        }
        for r in rooms {
            let floor = r.floor.map(|f| f.to_string()).unwrap_or_default();
            rows.push(vec![b.name.clone(), floor, r.number.clone(), resident_names(&r)]);
        }
    }
    Table { headers, rows }
}

/// Rooms of a building counted, for the list of buildings (one pass over the rooms).
pub fn room_counts(book: &Book) -> std::collections::HashMap<RecordId, usize> {
    let mut counts = std::collections::HashMap::new();
    for (_, r) in book.live(ROOM) {
        if let Some(b) = r.reference("building") {
            *counts.entry(b).or_insert(0) += 1;
        }
    }
    counts
}

/// A room as a line names it: "东区3号楼 305".
pub fn room_label(book: &Book, room: &Room) -> String {
    let building = room.building.and_then(|b| super::model::building(book, b)).map(|b| b.name).unwrap_or_default();
    if building.is_empty() { room.number.clone() } else { format!("{building} {}", room.number) }
}

/// Sorts rooms of several buildings the way a corridor walk goes, building names first.
pub fn sort_rooms(rooms: &mut [(String, Room)]) {
    rooms.sort_by(|a, b| (&a.0, a.1.floor, natural_key(&a.1.number)).cmp(&(&b.0, b.1.floor, natural_key(&b.1.number))));
}

#[cfg(test)]
#[path = "places_tests.rs"]
mod tests;
