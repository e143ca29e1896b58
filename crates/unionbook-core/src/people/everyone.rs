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
mod tests {
    use super::*;
    use crate::book::{Clock, Entropy, SeededEntropy};
    use serde_json::json;

    fn book_with(students: &[(&str, &str, &str)], members: &[(&str, &str)]) -> (Book, Vec<RecordId>, Vec<RecordId>) {
        let mut ids = SeededEntropy(7);
        let mut clock = Clock::new(ids.new_id());
        let mut book = Book::new();
        let s: Vec<RecordId> = students
            .iter()
            .map(|(name, sid, class)| {
                let id = ids.new_id();
                let fields =
                    [("name", name), ("student_id", sid), ("class", class)].map(|(f, v)| (f.to_owned(), json!(v)));
                book.write(id, STUDENT, clock.tick(1), fields);
                id
            })
            .collect();
        let m: Vec<RecordId> = members
            .iter()
            .map(|(name, sid)| {
                let id = ids.new_id();
                book.write(
                    id,
                    MEMBER,
                    clock.tick(1),
                    [("name", name), ("student_id", sid)].map(|(f, v)| (f.to_owned(), json!(v))),
                );
                id
            })
            .collect();
        (book, s, m)
    }

    fn initials(name: &str) -> String {
        match name {
            "张三" => "zs".into(),
            "张思远" => "zsy".into(),
            "李四" => "ls".into(),
            _ => String::new(),
        }
    }

    #[test]
    fn a_member_who_is_in_the_register_is_one_person_under_the_member_id() {
        let (book, s, m) = book_with(
            &[("张三", "2023001", "行政管理 2301"), ("李四", "2023002", "行政管理 2301")],
            &[("张三", "2023001"), ("王五", "")],
        );
        let people = everyone(&book);
        assert_eq!(people.len(), 3);
        let zhang = people.iter().find(|p| p.name == "张三").unwrap();
        assert_eq!((zhang.id, zhang.member, zhang.student), (m[0], Some(m[0]), Some(s[0])));
        assert_eq!(zhang.class, "行政管理 2301");
        let mut class = of_class(&people, "行政管理 2301");
        class.sort();
        let mut want = vec![m[0], s[1]];
        want.sort();
        assert_eq!(class, want);
        assert_eq!(classes(&book), vec!["行政管理 2301".to_owned()]);
        let index = PeopleIndex::new(people, &initials);
        assert_eq!(index.get(s[0]).map(|p| p.id), Some(m[0]), "found by either record");
    }

    #[test]
    fn the_search_finds_by_name_initials_and_student_id_best_first() {
        let (book, _, _) =
            book_with(&[("张三", "2023001", "a"), ("张思远", "2023100", "b"), ("李四", "2024001", "c")], &[]);
        let index = PeopleIndex::new(everyone(&book), &initials);
        let by_name = |a: &Person, b: &Person| a.name.cmp(&b.name);
        let names = |q: &str| index.find(q, 10, &by_name).into_iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names("张三"), vec!["张三"]);
        assert_eq!(names("张"), vec!["张三", "张思远"]);
        assert_eq!(names("zs"), vec!["张三", "张思远"]);
        assert_eq!(names("zsy"), vec!["张思远"]);
        assert_eq!(names("2023001"), vec!["张三"]);
        assert_eq!(names("2023"), vec!["张三", "张思远"]);
        assert_eq!(names("001"), vec!["张三", "李四"]);
        assert!(names(" ").is_empty());
        assert_eq!(index.find("2", 1, &by_name).len(), 1);
    }
}
