//! Everyone the union knows — members and the students of the register — as one list of
//! people, each once: a member and a student with the same student id are one person. Lists
//! (check-in, self-study, trainings) mark a person under one id, the same everywhere: their
//! member record's when they are a member, else their student entry's (`Person::id`). The
//! search index answers as each character is typed at the door.

use std::collections::HashMap;

use super::model::MEMBER;
use super::students::model::STUDENT;
use crate::book::{Book, RecordId};

/// One person, from their member record, their student entry, or both.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The id lists mark them under: the member's when they are one, else the student's.
    pub id: RecordId,
    pub member: Option<RecordId>,
    pub student: Option<RecordId>,
    pub name: String,
    pub student_id: String,
    /// The class from the register, else the member's "class and major".
    pub class: String,
    pub dorm: String,
}

/// Everyone live in the book, each once, in no particular order.
pub fn everyone(book: &Book) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut by_student_id: HashMap<String, usize> = HashMap::new();
    for (id, r) in book.live(STUDENT) {
        let student_id = r.text("student_id").trim().to_owned();
        if !student_id.is_empty() {
            by_student_id.insert(student_id.clone(), people.len());
        }
        people.push(Person {
            id,
            member: None,
            student: Some(id),
            name: r.text("name").to_owned(),
            student_id,
            class: r.text("class").to_owned(),
            dorm: r.text("dorm").to_owned(),
        });
    }
    for (id, r) in book.live(MEMBER) {
        let student_id = r.text("student_id").trim().to_owned();
        match by_student_id.get(&student_id).filter(|_| !student_id.is_empty()) {
            Some(&i) if people[i].member.is_none() => {
                let person = &mut people[i];
                person.id = id;
                person.member = Some(id);
                if person.name.is_empty() {
                    person.name = r.text("name").to_owned();
                }
            }
            _ => people.push(Person {
                id,
                member: Some(id),
                student: None,
                name: r.text("name").to_owned(),
                student_id,
                class: r.text("class_major").to_owned(),
                dorm: String::new(),
            }),
        }
    }
    people
}

/// The class names in the register, each once, sorted.
pub fn classes(book: &Book) -> Vec<String> {
    let mut list: Vec<String> =
        book.live(STUDENT).map(|(_, r)| r.text("class").trim().to_owned()).filter(|c| !c.is_empty()).collect();
    list.sort();
    list.dedup();
    list
}

/// The people of a class in the register, by the id lists mark them under.
pub fn of_class(people: &[Person], class: &str) -> Vec<RecordId> {
    people.iter().filter(|p| p.student.is_some() && p.class.trim() == class.trim()).map(|p| p.id).collect()
}

/// A search over everyone, built once (pinyin initials are costly to work out) and asked at
/// every keystroke.
pub struct PeopleIndex {
    people: Vec<Person>,
    /// Per person: the name lowercased and its pinyin initials.
    keys: Vec<(String, String)>,
    by_id: HashMap<RecordId, usize>,
}

/// How well a person matches a query; lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Exact,
    Starts,
    Initials,
    Contains,
}

impl PeopleIndex {
    /// Every person, with any record id they are known by (member or student) pointing at
    /// them; `initials` gives a name's pinyin initials ("zs" for 张三).
    pub fn new(people: Vec<Person>, initials: &dyn Fn(&str) -> String) -> PeopleIndex {
        let keys = people.iter().map(|p| (p.name.to_lowercase(), initials(&p.name))).collect();
        let mut by_id = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            for id in [Some(p.id), p.member, p.student].into_iter().flatten() {
                by_id.insert(id, i);
            }
        }
        PeopleIndex { people, keys, by_id }
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// The person known by this id (member or student record).
    pub fn get(&self, id: RecordId) -> Option<&Person> {
        self.by_id.get(&id).map(|i| &self.people[*i])
    }

    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// At most `limit` people a query finds by name, pinyin initials, student id or class,
    /// best first: an exact name or student id, then names and ids that start with it, then
    /// initials, then anything containing it; ties in the order `order` gives. An empty query
    /// finds nobody.
    pub fn find(
        &self,
        query: &str,
        limit: usize,
        order: &dyn Fn(&Person, &Person) -> std::cmp::Ordering,
    ) -> Vec<&Person> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        let latin = q.chars().all(|c| c.is_ascii_alphabetic());
        let mut hits: Vec<(Fit, &Person)> = self
            .people
            .iter()
            .zip(&self.keys)
            .filter_map(|(p, (name, initials))| {
                let fit = if *name == q || p.student_id == q {
                    Fit::Exact
                } else if name.starts_with(&q) || (!p.student_id.is_empty() && p.student_id.starts_with(&q)) {
                    Fit::Starts
                } else if latin && initials.starts_with(&q) {
                    Fit::Initials
                } else if name.contains(&q) || p.student_id.contains(&q) || p.class.to_lowercase().contains(&q) {
                    Fit::Contains
                } else {
                    return None;
                };
                Some((fit, p))
            })
            .collect();
        hits.sort_by(|(fa, a), (fb, b)| fa.cmp(fb).then_with(|| order(a, b)));
        hits.into_iter().take(limit).map(|(_, p)| p).collect()
    }
}

/// The register's entries a search finds in a class (all classes when `class` is empty), as
/// the people of `index` (whose search is the one the door and self-study use), in the order
/// `order` gives. An empty query finds the whole class.
pub fn find_students<'a>(
    index: &'a PeopleIndex,
    query: &str,
    class: &str,
    order: &dyn Fn(&Person, &Person) -> std::cmp::Ordering,
) -> Vec<&'a Person> {
    let in_class = |p: &&Person| p.student.is_some() && (class.is_empty() || p.class.trim() == class.trim());
    if query.trim().is_empty() {
        let mut all: Vec<&Person> = index.people().iter().filter(in_class).collect();
        all.sort_by(|a, b| order(a, b));
        return all;
    }
    index.find(query, usize::MAX, order).into_iter().filter(in_class).collect()
}

#[cfg(test)]
#[path = "everyone_tests.rs"]
mod tests;
