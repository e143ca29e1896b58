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
mod tests {
    use super::*;
    use crate::book::{Clock, Entropy, SeededEntropy};
    use crate::people::everyone::{everyone, of_class};

    fn person(id: RecordId, name: &str) -> Person {
        Person {
            id,
            member: None,
            student: Some(id),
            name: name.into(),
            student_id: String::new(),
            class: String::new(),
            dorm: String::new(),
        }
    }

    #[test]
    fn inviting_adds_only_the_new_people_and_its_undo_puts_the_list_back() {
        let mut ids = SeededEntropy(5);
        let (list, a, b) = (ids.new_id(), ids.new_id(), ids.new_id());
        let mut clock = Clock::new(ids.new_id());
        let mut book = Book::new();
        book.write(list, "activity", clock.tick(1), [invited_field(&[a])]);
        assert_eq!(invite(&book, list, &[a]), None);
        let (change, undo) = invite(&book, list, &[a, b, b]).unwrap();
        book.write(list, "activity", clock.tick(2), change.writes[0].fields.clone());
        assert_eq!(invited(book.get(list).unwrap()), vec![a, b]);
        book.write(list, "activity", clock.tick(3), undo.writes[0].fields.clone());
        assert_eq!(invited(book.get(list).unwrap()), vec![a]);
    }

    #[test]
    fn typed_names_find_known_people_and_make_new_students_for_the_rest() {
        let mut ids = SeededEntropy(6);
        let (list, zhang, li1, li2) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
        let people = vec![person(zhang, "张三"), person(li1, "李四"), person(li2, "李四")];
        assert_eq!(
            read_names(&people, "张三\n 王五 ，李四、张三\n\n王五"),
            (vec![zhang], vec!["王五".to_owned(), "李四".to_owned()]),
            "a name two people share is not guessed"
        );
        let mut book = Book::new();
        book.write(list, "meeting", Clock::new(ids.new_id()).tick(1), [("title".to_owned(), json!("例会"))]);
        let mut fresh = SeededEntropy(60);
        let (change, undo) =
            invite_names(&book, list, &people, "张三、王五", "student", &mut || fresh.new_id()).unwrap();
        assert_eq!(change.writes.len(), 2);
        assert_eq!(change.writes[0].kind, "student");
        assert_eq!(change.writes[0].fields, vec![("name".to_owned(), json!("王五"))]);
        assert_eq!(undo.delete, vec![change.writes[0].record]);
        assert_eq!(change.writes[1].fields, vec![invited_field(&[zhang, change.writes[0].record])]);
    }

    #[test]
    fn a_class_and_a_saved_list_invite_their_people_and_the_list_saves_under_a_name() {
        let mut ids = SeededEntropy(8);
        let mut clock = Clock::new(ids.new_id());
        let mut book = Book::new();
        let list = ids.new_id();
        book.write(list, "activity", clock.tick(1), [("title".to_owned(), json!("讲座"))]);
        for (name, class) in [("甲", "2301"), ("乙", "2301"), ("丙", "2302")] {
            let fields = [("name", name), ("class", class)].map(|(f, v)| (f.to_owned(), json!(v)));
            book.write(ids.new_id(), "student", clock.tick(1), fields);
        }
        assert_eq!(save_as_list(&book, list, "讲座名单"), Err(ListNameError::Empty));
        let class = of_class(&everyone(&book), "2301");
        let (change, _) = invite(&book, list, &class).unwrap();
        book.write(list, "activity", clock.tick(2), change.writes[0].fields.clone());
        assert_eq!(save_as_list(&book, list, " "), Err(ListNameError::Required));
        assert_eq!(save_as_list(&book, list, &"长".repeat(61)), Err(ListNameError::TooLong));
        let saved = ids.new_id();
        book.write(saved, PEOPLE_LIST, clock.tick(3), save_as_list(&book, list, "讲座名单").unwrap());
        let lists = people_lists(&book);
        assert_eq!(lists.len(), 1);
        assert_eq!((lists[0].name.as_str(), lists[0].people.len()), ("讲座名单", 2));
        let other = ids.new_id();
        book.write(other, "meeting", clock.tick(4), [("title".to_owned(), json!("例会"))]);
        let (change, _) = invite(&book, other, &lists[0].people).unwrap();
        book.write(other, "meeting", clock.tick(5), change.writes[0].fields.clone());
        assert_eq!(invited(book.get(other).unwrap()).len(), 2);
    }
}
