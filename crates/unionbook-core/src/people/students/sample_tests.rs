use std::collections::HashSet;

use crate::people::everyone::{classes, everyone, of_class};
use crate::people::model::MEMBER;
use crate::sample::sample_records;

use super::*;

#[test]
fn every_member_is_in_the_register_and_the_two_classes_are_whole() {
    let mut book = crate::book::Book::new();
    let mut clock = crate::book::Clock::new(SeededEntropy(1).new_id());
    for (id, kind, fields) in sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let people = everyone(&book);
    assert_eq!(people.iter().filter(|p| p.member.is_some() && p.student.is_none()).count(), 0);
    assert_eq!(people.len(), book.live(STUDENT).count());
    for (class, size, _) in CLASSES {
        assert_eq!(of_class(&people, class).len(), size, "{class}");
    }
    assert!(classes(&book).contains(&"政治学与行政学 2402".to_owned()));
    let names: HashSet<&str> = book.live(STUDENT).map(|(_, r)| r.text("name")).collect();
    assert_eq!(names.len(), book.live(STUDENT).count(), "every name once");
    let ids: HashSet<&str> = book.live(STUDENT).map(|(_, r)| r.text("student_id")).collect();
    assert_eq!(ids.len(), names.len(), "every student id once");
    assert!(ids.contains("2024000001") && ids.contains("2024000122"));
    assert_eq!(book.live(MEMBER).count(), 15);
}
