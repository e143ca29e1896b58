use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::error_of;

fn book() -> (Book, RecordId, RecordId, RecordId) {
    let mut ids = SeededEntropy(21);
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    let (unit, member, act) = (ids.new_id(), ids.new_id(), ids.new_id());
    book.write(unit, UNIT, clock.tick(1), [("name_zh".to_owned(), json!("实践部"))]);
    book.write(member, MEMBER, clock.tick(1), [("name".to_owned(), json!("何俊杰"))]);
    book.write(act, ACTIVITY, clock.tick(1), [("title".to_owned(), json!("模拟招聘会"))]);
    (book, unit, member, act)
}

fn errors(draft: &ActivityDraft, book: &Book) -> FieldErrors {
    draft.validate(book).unwrap_err()
}

#[test]
fn an_activity_needs_a_title_and_its_fields_in_shape() {
    let (book, unit, member, _) = book();
    let e = errors(&ActivityDraft::default(), &book);
    assert_eq!(error_of(&e, "title"), Some(FormError::Required));
    let bad = ActivityDraft {
        title: "读书节".into(),
        date: "2026-10-20".into(),
        end_date: "2026-10-01".into(),
        starts_at: "25:00".into(),
        expected: "12.5".into(),
        counted: "-3".into(),
        edition: "0".into(),
        units: vec![member.to_string()],
        ..ActivityDraft::default()
    };
    let e = errors(&bad, &book);
    assert_eq!(error_of(&e, "end_date"), Some(FormError::EndsBeforeStart));
    assert_eq!(error_of(&e, "starts_at"), Some(FormError::NotATime));
    assert_eq!(error_of(&e, "expected"), Some(FormError::NotWhole));
    assert_eq!(error_of(&e, "counted"), Some(FormError::NotInRange(0, MAX_PARTICIPANTS)));
    assert_eq!(error_of(&e, "edition"), Some(FormError::NotInRange(1, 999)));
    assert_eq!(error_of(&e, "units"), Some(FormError::NotAChoice), "a member is no unit");
    let span_without_start =
        ActivityDraft { title: "x".into(), end_date: "2026-10-01".into(), ..ActivityDraft::default() };
    assert_eq!(error_of(&errors(&span_without_start, &book), "date"), Some(FormError::Required));

    let good = ActivityDraft {
        title: " 第二届校园模拟招聘会 ".into(),
        units: vec![unit.to_string(), unit.to_string()],
        leads: vec![member.to_string()],
        category: "career".into(),
        scope: "school".into(),
        date: "2026-11-08".into(),
        end_date: "2026-11-08".into(),
        starts_at: "09:30".into(),
        expected: "300".into(),
        ..ActivityDraft::default()
    };
    let fields = good.validate(&book).unwrap();
    let get = |f: &str| fields.iter().find(|(k, _)| k == f).map(|(_, v)| v.clone()).unwrap();
    assert_eq!(get("title"), json!("第二届校园模拟招聘会"));
    assert_eq!(get("units"), json!([unit.to_string()]), "each unit once");
    assert_eq!((get("starts_at"), get("expected")), (json!("09:30"), json!(300)));
}

#[test]
fn a_draft_of_an_activity_reads_back_as_it_was_saved() {
    let (mut book, unit, _, _) = book();
    let draft = ActivityDraft {
        title: "读书节".into(),
        units: vec![unit.to_string()],
        date: "2026-10-08".into(),
        end_date: "2026-11-05".into(),
        counted: "40".into(),
        ..ActivityDraft::default()
    };
    let id = SeededEntropy(5).new_id();
    book.write(id, ACTIVITY, Clock::new(id).tick(9), draft.validate(&book).unwrap());
    let again = ActivityDraft::from_activity(&Activity::from_record(id, book.get(id).unwrap()));
    assert_eq!(again, draft);
}

#[test]
fn partners_and_publicity_are_checked_and_any_link_kept_as_text() {
    let (book, _, _, act) = book();
    assert_eq!(error_of(&PartnerDraft::default().validate(&book, act).unwrap_err(), "name"), Some(FormError::Required));
    let p = PartnerDraft { name: "华为".into(), email: "hr-at-huawei".into(), ..PartnerDraft::default() };
    assert_eq!(error_of(&p.validate(&book, act).unwrap_err(), "email"), Some(FormError::NotAnEmail));
    let p = PartnerDraft { name: "华为".into(), contact: "李经理".into(), ..PartnerDraft::default() };
    assert!(p.validate(&book, act).is_ok());
    let pub_draft = PublicityDraft {
        medium: "article".into(),
        title: "招聘会报道".into(),
        link: "javascript:alert(1)".into(),
        ..PublicityDraft::default()
    };
    assert!(pub_draft.validate(&book, act).is_ok());
    let none = PublicityDraft { title: "x".into(), ..PublicityDraft::default() };
    assert_eq!(error_of(&none.validate(&book, act).unwrap_err(), "medium"), Some(FormError::NotAChoice));
}

#[test]
fn a_series_needs_its_chinese_name() {
    let (book, unit, _, _) = book();
    assert_eq!(error_of(&SeriesDraft::default().validate(&book).unwrap_err(), "name_zh"), Some(FormError::Required));
    let s = SeriesDraft {
        name_zh: "青春飞扬演讲比赛".into(), units: vec![unit.to_string()], ..SeriesDraft::default()
    };
    assert!(s.validate(&book).is_ok());
}
