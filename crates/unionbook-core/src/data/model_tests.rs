use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use serde_json::json;

#[test]
fn file_names_carry_union_officer_and_date_and_nothing_a_file_system_refuses() {
    let device = SeededEntropy(1).new_id();
    let date = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    assert_eq!(
        export_file_name("政治与公共管理系学生会", "李华", device, date, None),
        "unionbook-政治与公共管理系学生会-李华-2026-11-25.json"
    );
    assert_eq!(
        export_file_name(" HR/Association: \"A\" ", "", device, date, Some("member")),
        format!("unionbook-HRAssociation_A-{}-2026-11-25-member.json", &device.as_str()[..6])
    );
}

#[test]
fn the_reminder_waits_a_week() {
    let day = 24 * 3600 * 1000;
    assert!(!needs_export_reminder(None, 100 * day));
    assert!(!needs_export_reminder(Some(94 * day), 100 * day));
    assert!(needs_export_reminder(Some(92 * day), 100 * day));
}

#[test]
fn fingerprints_tell_books_apart() {
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut a = Book::new();
    a.write(SeededEntropy(2).new_id(), "unit", clock.tick(1), [("name_zh".into(), json!("生活部"))]);
    let mut b = a.clone();
    assert_eq!(fingerprint(&a), fingerprint(&b));
    b.write(SeededEntropy(3).new_id(), "unit", clock.tick(2), [("name_zh".into(), json!("学习部"))]);
    assert_ne!(fingerprint(&a), fingerprint(&b));
    assert_eq!(fingerprint(&a).len(), 19);
}
