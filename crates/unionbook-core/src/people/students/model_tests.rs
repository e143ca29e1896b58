use serde_json::json;

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::people::everyone::everyone;
use crate::people::everyone::{PeopleIndex, Person, find_students};

fn draft(name: &str, student_id: &str) -> StudentDraft {
    StudentDraft { name: name.into(), student_id: student_id.into(), ..StudentDraft::default() }
}

/// 张三 (2024001, 行政管理 2401) in the register, and the member 李四 (2024002) who is not.
fn book() -> (Book, RecordId, RecordId) {
    let mut ids = SeededEntropy(3);
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    let (zhang, li) = (ids.new_id(), ids.new_id());
    let fields = draft("张三", "2024001");
    let fields = StudentDraft { class: "行政管理 2401".into(), dorm: "6-512".into(), ..fields };
    book.write(zhang, STUDENT, clock.tick(1), fields.validate(&Book::new(), None).unwrap());
    book.write(
        li,
        MEMBER,
        clock.tick(1),
        [("name", "李四"), ("student_id", "2024002"), ("class_major", "政治学与行政学 2402")]
            .map(|(f, v)| (f.to_owned(), json!(v))),
    );
    (book, zhang, li)
}

#[test]
fn a_student_needs_a_name_and_a_student_id_no_one_else_has() {
    let (book, zhang, _) = book();
    let errors = draft(" ", "").validate(&book, None).unwrap_err();
    assert_eq!(errors, [("name", FormError::Required), ("student_id", FormError::Required)]);
    assert_eq!(draft("张三", " 2024001 ").validate(&book, None).unwrap_err(), [("student_id", FormError::Taken)]);
    // Correcting 张三 keeps their own id; a member's id is no student's.
    assert!(draft("张三", "2024001").validate(&book, Some(zhang)).is_ok());
    assert!(draft("李四", "2024002").validate(&book, None).is_ok());
}

#[test]
fn a_year_a_gender_an_email_and_lengths_are_checked_on_their_fields() {
    let (book, _, _) = book();
    let bad = StudentDraft {
        year: "1900".into(),
        gender: "robot".into(),
        email: "zhang@".into(),
        dorm: "x".repeat(31),
        ..draft("王五", "2024003")
    };
    let errors = bad.validate(&book, None).unwrap_err();
    assert!(errors.contains(&("year", FormError::NotInRange(1950, 2100))));
    assert!(errors.contains(&("gender", FormError::NotAChoice)));
    assert!(errors.contains(&("email", FormError::NotAnEmail)));
    assert!(errors.contains(&("dorm", FormError::TooLong(30))));
    let good =
        StudentDraft { year: "2024".into(), gender: "female".into(), email: "w@x.cn".into(), ..draft("王五", "3") };
    let fields = good.validate(&book, None).unwrap();
    assert!(fields.contains(&("year".into(), json!(2024))));
    assert!(fields.contains(&("gender".into(), json!("female"))));
    // An empty year or gender is nothing, not a value.
    let fields = draft("王五", "3").validate(&book, None).unwrap();
    assert!(fields.contains(&("year".into(), Value::Null)));
}

#[test]
fn every_field_of_the_schema_is_written_by_the_form() {
    let (book, _, _) = book();
    let fields = draft("王五", "3").validate(&book, None).unwrap();
    let mut written: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
    let mut schema: Vec<&str> = STUDENT_SCHEMA.fields.iter().map(|(f, _)| *f).collect();
    written.sort();
    schema.sort();
    assert_eq!(written, schema);
}

#[test]
fn a_member_and_their_register_entry_are_linked_by_student_id() {
    let (mut book, zhang, li) = book();
    assert_eq!(student_with_id(&book, " 2024001"), Some(zhang));
    assert_eq!(student_with_id(&book, ""), None);
    assert_eq!(student_of_member(&book, li), None);
    // 李四's entry, made from the member: nothing typed twice.
    let member = Member::from_record(li, book.get(li).unwrap());
    let entry = Student::of_member(&member);
    assert_eq!((entry.name.as_str(), entry.student_id.as_str()), ("李四", "2024002"));
    assert_eq!((entry.class.as_str(), entry.major.as_str()), ("政治学与行政学 2402", "政治学与行政学"));
    let fields = StudentDraft::from_student(&entry).validate(&book, None).unwrap();
    let id = SeededEntropy(9).new_id();
    book.write(id, STUDENT, Clock::new(id).tick(10_000), fields);
    assert_eq!(student_of_member(&book, li).and_then(|s| s.id), Some(id));
    assert_eq!(member_of_student(&book, &Student::from_record(id, book.get(id).unwrap())), Some(li));
    assert_eq!(member_of_student(&book, &Student::from_record(zhang, book.get(zhang).unwrap())), None);
}

#[test]
fn the_major_is_the_class_name_before_its_number() {
    assert_eq!(major_of_class("行政管理 2301"), "行政管理");
    assert_eq!(major_of_class("人力资源管理2401"), "人力资源管理");
    assert_eq!(major_of_class("行政管理"), "");
    assert_eq!(major_of_class(""), "");
}

#[test]
fn the_register_is_searched_by_class_name_initials_and_student_id() {
    let (book, zhang, _) = book();
    let initials = |n: &str| if n == "张三" { "zs".to_owned() } else { String::new() };
    let index = PeopleIndex::new(everyone(&book), &initials);
    let by_name = |a: &Person, b: &Person| a.name.cmp(&b.name);
    let ids = |q: &str, class: &str| {
        find_students(&index, q, class, &by_name).into_iter().map(|p| p.student).collect::<Vec<_>>()
    };
    // The member 李四 is no one in the register.
    assert_eq!(ids("", ""), [Some(zhang)]);
    assert_eq!(ids("zs", ""), [Some(zhang)]);
    assert_eq!(ids("2024001", "行政管理 2401"), [Some(zhang)]);
    assert!(ids("2024002", "").is_empty());
    assert!(ids("", "政治学与行政学 2402").is_empty());
}

#[test]
fn the_lists_a_person_was_marked_on() {
    let (mut book, zhang, li) = book();
    let list = SeededEntropy(11).new_id();
    let mark = crate::attendance::marks::mark_field(zhang, Some(crate::attendance::marks::Mark::Late));
    book.write(list, "training", Clock::new(list).tick(10_000), [mark]);
    assert_eq!(marked_on(&book, zhang), [list]);
    assert!(marked_on(&book, li).is_empty());
}
