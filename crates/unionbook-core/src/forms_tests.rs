use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, Value)> {
    pairs.iter().map(|(k, v)| (k.to_string(), json!(v))).collect()
}

/// A member imported with a name only; the form shows empty phone and e-mail fields.
fn book_with_member() -> (Book, RecordId, Clock) {
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut book = Book::new();
    let id = SeededEntropy(2).new_id();
    book.write(id, "member", clock.tick(1), fields(&[("name", "张三")]));
    (book, id, clock)
}

#[test]
fn a_form_writes_only_the_fields_the_user_changed() {
    let (book, id, _) = book_with_member();
    let shown = fields(&[("name", "张三"), ("phone", ""), ("email", "")]);
    let opened = Opened::new(&book, "member", Some(id), Some(shown));
    let typed = fields(&[("name", "张三"), ("phone", "13800000000"), ("email", "")]);
    assert_eq!(opened.changes(&book, typed), Ok(fields(&[("phone", "13800000000")])));
}

#[test]
fn a_field_changed_meanwhile_is_kept_unless_the_user_changed_it_too() {
    let (mut book, id, mut clock) = book_with_member();
    let shown = fields(&[("name", "张三"), ("phone", ""), ("email", "")]);
    let mut opened = Opened::new(&book, "member", Some(id), Some(shown));
    // An import (or another tab) sets the e-mail and renames the member meanwhile.
    book.write(id, "member", clock.tick(2), fields(&[("email", "zs@example.cn"), ("name", "张三丰")]));

    let typed = fields(&[("name", "张三"), ("phone", "138"), ("email", "")]);
    assert_eq!(opened.changes(&book, typed), Ok(fields(&[("phone", "138")])), "the rename and e-mail survive");

    let typed = fields(&[("name", "张老三"), ("phone", "138"), ("email", "")]);
    let meanwhile = opened.changes(&book, typed.clone()).unwrap_err();
    assert_eq!(meanwhile, fields(&[("name", "张三丰")]));
    opened.acknowledge(&book, &meanwhile);
    assert_eq!(opened.changes(&book, typed), Ok(fields(&[("name", "张老三"), ("phone", "138")])));
}

#[test]
fn a_new_record_gets_only_what_was_filled_in() {
    let book = Book::new();
    let opened = Opened::new(&book, "member", None, None);
    let typed =
        vec![("name".to_owned(), json!("李四")), ("phone".to_owned(), json!("")), ("year".to_owned(), Value::Null)];
    assert_eq!(opened.changes(&book, typed), Ok(fields(&[("name", "李四")])));
}

#[test]
fn fields_are_read_or_refused_with_a_reason() {
    let mut e = FieldErrors::new();
    assert_eq!(date(&mut e, "d", "2026-02-28", true), NaiveDate::from_ymd_opt(2026, 2, 28));
    assert_eq!(date(&mut e, "d", "", false), None);
    assert!(e.is_empty());
    date(&mut e, "d", "2026-02-30", true);
    date(&mut e, "e", "", true);
    integer(&mut e, "n", "101", 0, 100, false);
    integer(&mut e, "m", "x", 0, 100, false);
    choice(&mut e, "c", "king", &["a"], false);
    ordered(&mut e, "to", NaiveDate::from_ymd_opt(2026, 3, 1), NaiveDate::from_ymd_opt(2026, 2, 1));
    assert_eq!(
        e,
        vec![
            ("d", FormError::NotADate),
            ("e", FormError::Required),
            ("n", FormError::NotInRange(0, 100)),
            ("m", FormError::NotInRange(0, 100)),
            ("c", FormError::NotAChoice),
            ("to", FormError::EndsBeforeStart),
        ]
    );
    assert_eq!(integer(&mut e, "n", " 85 ", 0, 100, true), Some(85));
}

#[test]
fn a_whole_number_field_says_when_it_was_given_a_decimal() {
    let mut e = FieldErrors::new();
    assert_eq!(integer(&mut e, "year", "2024.5", 2000, 2100, true), None);
    assert_eq!(integer(&mut e, "number", "6.0", 1, 99, true), None);
    assert_eq!(integer(&mut e, "number", "100", 1, 99, true), None);
    assert_eq!(
        e,
        vec![("year", FormError::NotWhole), ("number", FormError::NotWhole), ("number", FormError::NotInRange(1, 99))]
    );
}

#[test]
fn a_score_takes_one_decimal_and_no_more() {
    let read = |typed: &str| {
        let mut e = FieldErrors::new();
        let value = decimal(&mut e, "score", typed, 0, 10, false);
        (value, e.first().map(|(_, error)| error.clone()))
    };
    for (typed, tenths) in
        [("8.5", 85), ("8", 80), (" 10 ", 100), ("0", 0), ("8.50", 85), (".5", 5), ("8.", 80), ("９．５", 95)]
    {
        assert_eq!(read(typed), (Some(Tenths(tenths)), None), "{typed}");
    }
    assert_eq!(read(""), (None, None));
    for typed in ["8.55", "9.99", "0.05"] {
        assert_eq!(read(typed), (None, Some(FormError::TooManyDecimals)), "{typed}");
    }
    for typed in ["10.5", "11", "-1", "x", "8,5", ".", "8.5.1", "1e1"] {
        assert_eq!(read(typed), (None, Some(FormError::NotInRange(0, 10))), "{typed}");
    }
    let mut e = FieldErrors::new();
    assert_eq!(decimal(&mut e, "score", "", 0, 10, true), None);
    assert_eq!(e, vec![("score", FormError::Required)]);
}

#[test]
fn tenths_show_as_typed_and_store_as_the_number_they_are() {
    assert_eq!(
        (Tenths(85).to_string(), Tenths(80).to_string(), Tenths(5).to_string()),
        ("8.5".into(), "8".into(), "0.5".into())
    );
    assert_eq!(Tenths(85).value(), json!(8.5));
    assert_eq!(Tenths(80).value(), json!(8), "a whole score stays an integer, as older files hold it");
    assert_eq!(Tenths::of(&json!(9)), Some(Tenths(90)));
    assert_eq!(Tenths::of(&json!(9.25)), None);
}

#[test]
fn a_time_of_day_is_hours_and_minutes_as_a_time_input_gives_it() {
    for ok in ["00:00", "19:30", "23:59"] {
        assert!(parse_time(ok).is_some(), "{ok}");
    }
    for bad in ["24:00", "19:60", "7:30", "19-30", "1930", "19:3", "ab:cd", "１９:３０", "19:30:00"] {
        assert!(parse_time(bad).is_none(), "{bad}");
    }
    let mut e = FieldErrors::new();
    assert_eq!(time(&mut e, "starts_at", " 18:30 "), Some("18:30".to_owned()));
    assert_eq!(time(&mut e, "starts_at", ""), None);
    assert!(e.is_empty());
    assert_eq!(time(&mut e, "starts_at", "25:00"), None);
    assert_eq!(e, vec![("starts_at", FormError::NotATime)]);
}
