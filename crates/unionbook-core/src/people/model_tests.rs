use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};

fn no_initials(_: &str) -> String {
    String::new()
}

fn book_with_unit() -> (Book, RecordId, Clock) {
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut book = Book::new();
    let unit = SeededEntropy(2).new_id();
    let fields = UnitDraft { name_zh: "生活部".into(), ..UnitDraft::new() }.validate().unwrap();
    book.write(unit, UNIT, clock.tick(1), fields);
    (book, unit, clock)
}

#[test]
fn a_unit_needs_a_chinese_name_and_a_real_founding_date() {
    let draft = UnitDraft { founded: "2026-02-30".into(), ..UnitDraft::new() };
    assert_eq!(draft.validate(), Err(vec![("name_zh", FormError::Required), ("founded", FormError::NotADate)]));
    let ok = UnitDraft {
        name_zh: " 劳动与社会保障协会 ".into(),
        unit_kind: "association".into(),
        founded: "2026-10-08".into(),
        ..UnitDraft::new()
    };
    let fields = ok.validate().unwrap();
    assert!(fields.contains(&("name_zh".into(), json!("劳动与社会保障协会"))));
}

#[test]
fn a_unit_founded_this_semester_is_new() {
    let (book, unit, _) = book_with_unit();
    let mut u = Unit::from_record(unit, book.get(unit).unwrap());
    u.founded = NaiveDate::from_ymd_opt(2026, 10, 8);
    assert!(u.is_new_since(NaiveDate::from_ymd_opt(2026, 8, 1).unwrap()));
    assert!(!u.is_new_since(NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()));
}

#[test]
fn member_forms_are_checked_against_the_book() {
    let (mut book, _unit, mut clock) = book_with_unit();
    let draft = MemberDraft {
        name: "张三".into(),
        student_id: "2021000001".into(),
        email: "zhang@example.cn".into(),
        ..MemberDraft::default()
    };
    let fields = draft.validate(&book, None).unwrap();
    let id = SeededEntropy(3).new_id();
    book.write(id, MEMBER, clock.tick(2), fields);

    // A second member with the same student id is refused; the member itself may keep it.
    assert_eq!(draft.validate(&book, None), Err(vec![("student_id", FormError::DuplicateStudentId)]));
    assert!(draft.validate(&book, Some(id)).is_ok());

    let bad = MemberDraft {
        email: "not an email".into(),
        gender: "king".into(),
        year: "1800".into(),
        ..MemberDraft::default()
    };
    let errors = bad.validate(&book, None).unwrap_err();
    assert!(errors.contains(&("name", FormError::Required)));
    assert!(errors.contains(&("email", FormError::NotAnEmail)));
    assert!(errors.contains(&("gender", FormError::NotAChoice)));
    assert!(errors.contains(&("year", FormError::NotAYear)));
}

#[test]
fn search_finds_by_name_student_id_or_class() {
    let (mut book, _, mut clock) = book_with_unit();
    for (n, (name, sid, class)) in
        [("王芳", "2021000002", "人力资源管理 2101"), ("Li Hua", "2022000003", "行政管理 2201")].iter().enumerate()
    {
        let fields = MemberDraft {
            name: (*name).into(),
            student_id: (*sid).into(),
            class_major: (*class).into(),
            ..MemberDraft::default()
        }
        .validate(&book, None)
        .unwrap();
        book.write(SeededEntropy(10 + n as u64).new_id(), MEMBER, clock.tick(3), fields);
    }
    assert_eq!(members(&book, "王", &no_initials).len(), 1);
    assert_eq!(members(&book, "li hua", &no_initials).len(), 1);
    assert_eq!(members(&book, "2022", &no_initials).len(), 1);
    assert_eq!(members(&book, "人力", &no_initials).len(), 1);
    assert_eq!(members(&book, "", &no_initials).len(), 2);
}

#[test]
fn deleted_records_leave_the_lists() {
    let (mut book, unit, mut clock) = book_with_unit();
    assert_eq!(units(&book).len(), 1);
    book.set_deleted(unit, true, clock.tick(5));
    assert!(units(&book).is_empty());
}

#[test]
fn search_finds_by_pinyin_initials() {
    let (mut book, _, mut clock) = book_with_unit();
    let fields = MemberDraft { name: "张三".into(), ..MemberDraft::default() }.validate(&book, None).unwrap();
    book.write(SeededEntropy(20).new_id(), MEMBER, clock.tick(3), fields);
    // The browser works out initials from its collation data; a table stands in here.
    let initials = |name: &str| if name == "张三" { "zs".to_owned() } else { String::new() };
    assert_eq!(members(&book, "zs", &initials).len(), 1);
    assert_eq!(members(&book, "ZS", &initials).len(), 1);
    assert_eq!(members(&book, "z", &initials).len(), 1);
    assert!(members(&book, "zx", &initials).is_empty());
}
