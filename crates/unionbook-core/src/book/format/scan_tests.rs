use super::*;

#[test]
fn a_single_enormous_string_is_refused_where_it_starts() {
    let mut text = b"{\n  \"records\": [\"".to_vec();
    text.extend(std::iter::repeat_n(b'a', MAX_STRING_BYTES + 1));
    text.extend(b"\"]}");
    assert_eq!(scan(&text), Err(Rejection::ValueTooLong { line: 2, column: 15 }));
}

#[test]
fn escaped_quotes_do_not_end_a_string() {
    let mut text = b"[\"\\\"".to_vec();
    text.extend(std::iter::repeat_n(b'x', MAX_STRING_BYTES));
    text.extend(b"\"]");
    assert!(matches!(scan(&text), Err(Rejection::ValueTooLong { .. })));
    assert_eq!(scan(br#"["a\"b", "\\", "c"]"#), Ok(()));
}

#[test]
fn millions_of_tiny_objects_are_refused() {
    let text = "{}".repeat(MAX_OBJECTS + 1);
    assert!(matches!(scan(text.as_bytes()), Err(Rejection::TooManyValues { .. })));
    // Fewer than the most a file may hold, but far more densely packed than any record.
    let text = format!("[{}]", "{\"\":0},".repeat(400_000));
    assert!(matches!(scan(text.as_bytes()), Err(Rejection::TooManyValues { .. })));
    let spaced = format!("[{}]", format!("{{\"\":0}},{}", " ".repeat(MIN_BYTES_PER_OBJECT - 7)).repeat(100_000));
    assert_eq!(scan(spaced.as_bytes()), Ok(()));
    let text = "0,".repeat(MAX_VALUES + 1);
    assert!(matches!(scan(text.as_bytes()), Err(Rejection::TooManyValues { .. })));
}

#[test]
fn the_longest_text_a_field_may_hold_passes_however_it_is_written() {
    let escaped = "\\ud83d\\ude00".repeat(MAX_TEXT_CHARS);
    assert_eq!(scan(format!("[\"{escaped}\"]").as_bytes()), Ok(()));
}
