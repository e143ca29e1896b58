use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn the_same_position_in_the_same_unit_twice_at_once_is_refused() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(2);
    let (member, unit) = (ids.new_id(), ids.new_id());
    book.write(member, MEMBER, clock.tick(1), [("name".into(), json!("张三"))]);
    book.write(unit, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
    book.write(ids.new_id(), ROLE, clock.tick(2), role_fields(member, unit, "assistant", d(2026, 9, 1)));
    let draft = |position: &str, from: &str, to: &str| RoleDraft {
        member: member.to_string(),
        unit: unit.to_string(),
        position: position.into(),
        from: from.into(),
        to: to.into(),
    };
    let twice = draft("assistant", "2026-10-01", "").validate(&book).unwrap_err();
    assert_eq!(twice, vec![("position", FormError::SameRole)]);
    assert!(draft("minister", "2026-10-01", "").validate(&book).is_ok());
    // An earlier spell that ended before the role began is history, not a duplicate.
    book.write(ids.new_id(), ROLE, clock.tick(3), {
        let mut f = role_fields(member, unit, "vice_minister", d(2025, 9, 1));
        f[4].1 = json!("2026-01-31");
        f
    });
    assert!(draft("vice_minister", "2026-09-01", "").validate(&book).is_ok());
    assert!(draft("vice_minister", "2025-12-01", "2026-03-01").validate(&book).is_err());
}

#[test]
fn a_role_corrected_is_no_duplicate_of_itself_but_still_of_another() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(3);
    let (member, unit, role, other) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    book.write(member, MEMBER, clock.tick(1), [("name".into(), json!("张三"))]);
    book.write(unit, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
    book.write(role, ROLE, clock.tick(2), role_fields(member, unit, "assistant", d(2026, 9, 1)));
    let held = Role::from_record(role, book.get(role).unwrap()).unwrap();
    // A mis-tapped end date put back to the role's own open span: fine, it is the same role.
    let corrected = RoleDraft { from: "2026-09-02".into(), ..RoleDraft::from_role(&held) };
    assert!(corrected.validate_edit(&book, role).is_ok());
    assert!(corrected.validate(&book).is_err(), "as a new role it would be held twice");
    book.write(other, ROLE, clock.tick(3), role_fields(member, unit, "minister", d(2026, 9, 1)));
    let clash = RoleDraft { position: "minister".into(), ..RoleDraft::from_role(&held) };
    assert_eq!(clash.validate_edit(&book, role).unwrap_err(), vec![("position", FormError::SameRole)]);
}

#[test]
fn a_members_history_is_their_roles_over_time() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(2);
    let (member, life, study) = (ids.new_id(), ids.new_id(), ids.new_id());
    book.write(member, MEMBER, clock.tick(1), [("name".into(), json!("王佳怡"))]);
    book.write(life, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
    book.write(study, UNIT, clock.tick(1), [("name_zh".into(), json!("学习部"))]);
    let assistant = RoleDraft {
        member: member.to_string(),
        unit: life.to_string(),
        position: "assistant".into(),
        from: "2025-10-01".into(),
        to: "2026-06-30".into(),
    };
    book.write(ids.new_id(), ROLE, clock.tick(2), assistant.validate(&book).unwrap());
    let minister = RoleDraft {
        member: member.to_string(),
        unit: life.to_string(),
        position: "minister".into(),
        from: "2026-07-01".into(),
        to: String::new(),
    };
    book.write(ids.new_id(), ROLE, clock.tick(3), minister.validate(&book).unwrap());

    let history: Vec<String> = roles_of(&book, member).into_iter().map(|r| r.position).collect();
    assert_eq!(history, ["minister", "assistant"]);
    let now: Vec<String> = current_roles(&book, member, d(2026, 11, 25)).into_iter().map(|r| r.position).collect();
    assert_eq!(now, ["minister"]);
    assert_eq!(current_roles(&book, member, d(2026, 1, 1))[0].position, "assistant");
    assert!(current_roles(&book, member, d(2025, 9, 1)).is_empty());
    assert_eq!(members_of_unit(&book, life, d(2026, 2, 1), d(2026, 7, 31)), vec![member]);
    assert!(members_of_unit(&book, study, d(2020, 1, 1), d(2030, 1, 1)).is_empty());
}

#[test]
fn a_role_needs_a_member_a_unit_and_a_start_before_its_end() {
    let draft = RoleDraft {
        position: "king".into(),
        from: "2026-09-01".into(),
        to: "2026-08-01".into(),
        ..RoleDraft::default()
    };
    let errors = draft.validate(&Book::new()).unwrap_err();
    for expected in [
        ("member", crate::forms::FormError::Required),
        ("unit", crate::forms::FormError::Required),
        ("position", crate::forms::FormError::NotAChoice),
        ("to", crate::forms::FormError::EndsBeforeStart),
    ] {
        assert!(errors.contains(&expected), "{expected:?} in {errors:?}");
    }
}
