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
            let fields = [("name", name), ("student_id", sid), ("class", class)].map(|(f, v)| (f.to_owned(), json!(v)));
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
