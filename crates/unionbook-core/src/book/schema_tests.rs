use super::*;
use serde_json::json;

#[test]
fn dates_must_exist_and_be_written_one_way() {
    assert!(parse_date("2026-02-28").is_some());
    assert!(parse_date("2024-02-29").is_some());
    for bad in ["2026-02-30", "2026-13-01", "2026-2-3", "26-02-03", "2026/02/03", "２０２６-02-03"] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
}

#[test]
fn every_tenth_goes_to_json_and_back_exactly() {
    for tenths in 0..=100_000 {
        let written = tenths_value(tenths).to_string();
        let read: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(tenths_of(&read), Some(tenths), "{written}");
        assert!(written.split('.').nth(1).is_none_or(|decimals| decimals.len() == 1), "{written}");
    }
    assert_eq!(tenths_value(80), json!(8), "whole numbers stay integers");
    for not_tenths in [json!(8.55), json!(0.01), json!(1e300), json!("8.5"), json!(true)] {
        assert_eq!(tenths_of(&not_tenths), None, "{not_tenths}");
    }
}

#[test]
fn types_accept_their_values_and_null() {
    assert!(FieldType::Text(3).accepts(&json!("学生会")));
    assert!(!FieldType::Text(2).accepts(&json!("学生会")));
    assert!(FieldType::Choice(&["a", "b"]).accepts(&json!("b")));
    assert!(!FieldType::Choice(&["a", "b"]).accepts(&json!("c")));
    assert!(FieldType::Integer(0, 10).accepts(&json!(10)));
    assert!(!FieldType::Integer(0, 10).accepts(&json!(10.5)));
    assert!(FieldType::OneDecimal(0, 10).accepts(&json!(8.5)));
    assert!(FieldType::OneDecimal(0, 10).accepts(&json!(10)));
    assert!(!FieldType::OneDecimal(0, 10).accepts(&json!(8.55)));
    assert!(!FieldType::OneDecimal(0, 10).accepts(&json!(10.1)));
    assert!(!FieldType::OneDecimal(0, 10).accepts(&json!("8.5")));
    assert!(FieldType::Date.accepts(&Value::Null));
    assert!(!FieldType::Ref.accepts(&json!("nope")));
}
