//! Who a list expects, built the ways an officer gathers people: a unit's members, one or more
//! classes of the register, a list saved earlier, or names typed in (someone not known yet
//! becomes a student entry with just a name). The result is the list's `invited` field, and can
//! be saved as a `people_list` to invite the same people again. Pure.

use serde_json::{Value, json};

use super::model::{Change, PEOPLE_LIST, Write, invited};
use crate::book::{Book, RecordId};
use crate::people::everyone::Person;

/// The fields that invite `add` to the list as well (those already invited stay, in their
/// order), and the fields that take it back; `None` when nobody new is added.
pub fn invite(book: &Book, list: RecordId, add: &[RecordId]) -> Option<(Change, Change)> {
    let record = book.get(list)?;
    let before = invited(record);
    let mut after = before.clone();
    for person in add {
        if !after.contains(person) {
            after.push(*person);
        }
    }
    if after.len() == before.len() {
        return None;
    }
    let write = |people: &[RecordId]| Change {
        writes: vec![Write { record: list, kind: record.kind.clone(), fields: vec![invited_field(people)] }],
        delete: Vec::new(),
    };
    Some((write(&after), write(&before)))
}

fn invited_field(people: &[RecordId]) -> (String, Value) {
    ("invited".into(), json!(people.iter().map(RecordId::to_string).collect::<Vec<_>>()))
}

/// Names typed one per line (or separated by commas, 、 or ；): those that are exactly one
/// known person's name are that person; the others are new. Each name once, blanks skipped.
pub fn read_names(people: &[Person], typed: &str) -> (Vec<RecordId>, Vec<String>) {
    let mut found = Vec::new();
    let mut new: Vec<String> = Vec::new();
    for name in typed.split(['\n', ',', '，', '、', ';', '；']).map(str::trim).filter(|n| !n.is_empty()) {
        let mut same = people.iter().filter(|p| p.name.trim() == name);
        match (same.next(), same.next()) {
            (Some(p), None) if !found.contains(&p.id) => found.push(p.id),
            (Some(_), None) => {}
            _ if !new.iter().any(|n| n == name) => new.push(name.chars().take(40).collect()),
            _ => {}
        }
    }
    (found, new)
}

/// Typed names as the list's people: the known ones, and a new student entry (kind
/// `student_kind`) with just a name for each other one, under the ids `new_id` gives. The undo
/// of inviting them deletes those entries again.
pub fn invite_names(
    book: &Book,
    list: RecordId,
    people: &[Person],
    typed: &str,
    student_kind: &str,
    new_id: &mut dyn FnMut() -> RecordId,
) -> Option<(Change, Change)> {
    let (mut ids, names) = read_names(people, typed);
    let mut made = Vec::new();
    for name in names {
        let id = new_id();
        made.push(Write { record: id, kind: student_kind.into(), fields: vec![("name".into(), json!(name))] });
        ids.push(id);
    }
    let (mut change, mut undo) = invite(book, list, &ids)?;
    undo.delete.extend(made.iter().map(|w| w.record));
    made.append(&mut change.writes);
    change.writes = made;
    Some((change, undo))
}

/// A saved list: its name and people.
#[derive(Clone, Debug, PartialEq)]
pub struct PeopleList {
    pub id: RecordId,
    pub name: String,
    pub people: Vec<RecordId>,
}

/// The saved lists, by name.
pub fn people_lists(book: &Book) -> Vec<PeopleList> {
    let mut lists: Vec<PeopleList> = book
        .live(PEOPLE_LIST)
        .map(|(id, r)| PeopleList {
            id,
            name: r.text("name").to_owned(),
            people: r
                .value("people")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|v| v.as_str().and_then(RecordId::parse)).collect())
                .unwrap_or_default(),
        })
        .collect();
    lists.sort_by(|a, b| a.name.cmp(&b.name));
    lists
}

/// Why a list cannot be saved under a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListNameError {
    Required,
    TooLong,
    Empty,
}

/// The fields of a saved list of everyone `list` invites now.
pub fn save_as_list(book: &Book, list: RecordId, name: &str) -> Result<Vec<(String, Value)>, ListNameError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ListNameError::Required);
    }
    if name.chars().count() > 60 {
        return Err(ListNameError::TooLong);
    }
    let people = book.get(list).map(invited).unwrap_or_default();
    if people.is_empty() {
        return Err(ListNameError::Empty);
    }
    Ok(vec![
        ("name".into(), json!(name)),
        ("people".into(), json!(people.iter().map(RecordId::to_string).collect::<Vec<_>>())),
    ])
}

#[cfg(test)]
#[path = "expected_tests.rs"]
mod tests;
