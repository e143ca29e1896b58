//! Export → import round trips, every migration, and every way a file is refused.

use super::*;
use crate::book::book::Book;
use crate::book::clock::{Clock, Stamp};
use crate::book::id::{Entropy, SeededEntropy};
use crate::book::schema::{FieldType, IdRule, KindSchema};
use serde_json::{Value, json};

static UNIT: KindSchema = KindSchema {
    kind: "unit",
    fields: &[("name_zh", FieldType::Text(60)), ("founded", FieldType::Date)],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

fn schemas(kind: &str) -> Option<&'static KindSchema> {
    (kind == "unit").then_some(&UNIT)
}

fn sample_book() -> (Book, RecordId) {
    let mut ids = SeededEntropy(7);
    let device = ids.new_id();
    let other = ids.new_id();
    let mut clock = Clock::new(device);
    let mut book = Book::new();
    book.write(device, "device", clock.tick(1), [("officer".into(), json!("李华"))]);
    let unit = ids.new_id();
    book.write(
        unit,
        "unit",
        clock.tick(2),
        [("name_zh".into(), json!("生活部")), ("founded".into(), json!("2026-09-01"))],
    );
    let member = ids.new_id();
    book.write(
        member,
        "member",
        clock.tick(3),
        [("name".into(), json!("张三")), ("unit".into(), json!(unit.to_string()))],
    );
    // An edit from another device, merged in, then overwritten here: carries `seen`.
    let mut theirs = Book::new();
    theirs.write(member, "member", Stamp { wall_ms: 4, counter: 0, device: other }, [("phone".into(), json!("139"))]);
    book.merge(&theirs);
    clock.observe(theirs.latest_stamp().unwrap());
    book.write(member, "member", clock.tick(3), [("phone".into(), json!("138"))]);
    let gone = ids.new_id();
    book.write(gone, "unit", clock.tick(5), [("name_zh".into(), json!("旧部"))]);
    book.set_deleted(gone, true, clock.tick(6));
    (book, device)
}

fn meta(device: RecordId, selection: Selection) -> ExportMeta {
    ExportMeta {
        exported_at: "2026-11-25T09:00:00Z".into(),
        device,
        officer: "李华".into(),
        union: "政治与公共管理系学生会".into(),
        selection,
    }
}

fn read(text: &str) -> Result<Incoming, Rejection> {
    read_file(text.as_bytes(), &schemas)
}

fn problems(text: &str) -> Vec<Problem> {
    match read(text) {
        Err(Rejection::Invalid { problems, total }) => {
            assert_eq!(problems.len(), total.min(MAX_PROBLEMS));
            problems
        }
        other => panic!("expected problems, got {other:?}"),
    }
}

/// A valid file with one record whose JSON is `record`.
fn file_with(record: Value) -> String {
    json!({
        "format": "unionbook", "version": 2, "exported_at": "2026-11-25T09:00:00Z",
        "exported_by": { "device": "0000000000000009", "officer": "李华" },
        "selection": { "what": "all" }, "records": [record]
    })
    .to_string()
}

fn unit_record() -> Value {
    json!({ "id": "0000000000000021", "kind": "unit", "at": "1764061200123.0.0000000000000009",
            "fields": { "name_zh": "生活部", "founded": "2026-09-01" } })
}

#[test]
fn an_export_imports_back_to_the_same_book() {
    let (book, device) = sample_book();
    let text = export(&book, &meta(device, Selection::All));
    let incoming = read(&text).unwrap();
    assert_eq!(incoming.book, book);
    assert_eq!(incoming.officer, "李华");
    assert_eq!(incoming.union, "政治与公共管理系学生会");
    assert_eq!(incoming.version, FORMAT_VERSION);
    // And importing it into the book it came from changes nothing.
    assert!(!book.plan_merge(&incoming.book).report.changes_anything());
}

#[test]
fn a_file_starting_with_a_byte_order_mark_is_read() {
    let (book, device) = sample_book();
    let text = format!("\u{feff}{}", export(&book, &meta(device, Selection::All)));
    assert!(read(&text).is_ok());
}

#[test]
fn a_selection_exports_its_records_and_their_officers() {
    let (book, device) = sample_book();
    let units = read(&export(&book, &meta(device, Selection::Kind { kind: "unit".into() }))).unwrap().book;
    let kinds: Vec<_> = units.iter().map(|(_, r)| r.kind.as_str()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "unit").count(), 2);
    assert!(kinds.contains(&"device"));
    assert!(!kinds.contains(&"member"));

    let unit = book.live("unit").next().unwrap().0;
    let related = read(&export(&book, &meta(device, Selection::Related { root: unit }))).unwrap().book;
    let kinds: Vec<_> = related.iter().map(|(_, r)| r.kind.as_str()).collect();
    assert!(kinds.contains(&"member") && kinds.contains(&"unit") && kinds.contains(&"device"));
    assert_eq!(kinds.iter().filter(|k| **k == "unit").count(), 1, "the deleted unit does not refer to the root");
}

#[test]
fn version_1_files_still_import() {
    let v1 = json!({
        "format": "unionbook", "version": 1, "exported_at": "2026-09-01T08:00:00+08:00",
        "device": "0000000000000009", "officer": "王芳",
        "records": [
            { "id": "0000000000000021", "kind": "unit", "updated_at": "1756684800000.0.0000000000000009",
              "fields": { "name_zh": "生活部" } },
            { "id": "0000000000000022", "kind": "unit", "updated_at": "1756684800000.1.0000000000000009",
              "deleted": true, "fields": { "name_zh": "旧部" } }
        ]
    });
    let incoming = read(&v1.to_string()).unwrap();
    assert_eq!(incoming.version, 1);
    assert_eq!(incoming.officer, "王芳");
    assert_eq!(incoming.book.live("unit").count(), 1);
    assert_eq!(incoming.book.deleted().count(), 1);
}

#[test]
fn refuses_files_over_the_size_limit_before_reading_them() {
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        read_file(&big, &schemas),
        Err(Rejection::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES })
    );
}

#[test]
fn refuses_files_that_are_not_text() {
    assert_eq!(read_file(&[0xff, 0xfe, 0x00, 0x7b], &schemas), Err(Rejection::NotText));
}

#[test]
fn refuses_a_truncated_file_and_says_where_it_stops() {
    let (book, device) = sample_book();
    let text = export(&book, &meta(device, Selection::All));
    let cut = &text[..text.len() / 2];
    assert!(matches!(read(cut), Err(Rejection::Truncated { line, .. }) if line > 1));
}

#[test]
fn refuses_text_that_is_not_json() {
    assert!(matches!(read("name,phone\n张三,138"), Err(Rejection::NotJson { line: 1, .. })));
}

#[test]
fn refuses_absurdly_deep_nesting() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    assert_eq!(read(&deep), Err(Rejection::TooDeep));
}

#[test]
fn refuses_json_that_is_not_a_unionbook_file() {
    for text in [
        "[]",
        "{}",
        r#"{"format":"other","version":2}"#,
        r#"{"format":"unionbook"}"#,
        r#"{"format":"unionbook","version":0}"#,
    ] {
        assert_eq!(read(text), Err(Rejection::NotUnionbook), "{text}");
    }
}

#[test]
fn refuses_a_file_from_a_newer_app() {
    assert_eq!(read(r#"{"format":"unionbook","version":3,"records":[]}"#), Err(Rejection::NewerVersion { version: 3 }));
}

#[test]
fn refuses_duplicate_ids_naming_the_record() {
    let mut file: Value = serde_json::from_str(&file_with(unit_record())).unwrap();
    file["records"].as_array_mut().unwrap().push(unit_record());
    let p = problems(&file.to_string());
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].expected, Expected::UniqueId);
    assert_eq!(p[0].location.record, Some((2, RecordId::parse("0000000000000021"))));
    assert_eq!(p[0].location.field.as_deref(), Some("id"));
}

#[test]
fn refuses_impossible_dates() {
    let mut record = unit_record();
    record["fields"]["founded"] = json!("2026-02-30");
    let p = problems(&file_with(record));
    assert_eq!(p[0].expected, Expected::FieldType(FieldType::Date));
    assert_eq!(p[0].location.field.as_deref(), Some("founded"));
    assert_eq!(p[0].found, "\"2026-02-30\"");

    let mut file: Value = serde_json::from_str(&file_with(unit_record())).unwrap();
    file["exported_at"] = json!("2026-02-30T09:00:00Z");
    assert_eq!(problems(&file.to_string())[0].expected, Expected::DateTime);

    let mut record = unit_record();
    record["at"] = json!("99999999999999.0.0000000000000009");
    assert_eq!(problems(&file_with(record))[0].expected, Expected::PlausibleStamp);
}

#[test]
fn reports_each_problem_with_its_record_and_field() {
    let cases: Vec<(Value, &str, Expected)> = vec![
        (
            json!({"id": "nope", "kind": "unit", "at": "1.0.0000000000000009", "fields": {"a": 1}}),
            "id",
            Expected::RecordId,
        ),
        (
            json!({"id": "0000000000000021", "kind": "Unit!", "at": "1.0.0000000000000009", "fields": {"a": 1}}),
            "kind",
            Expected::KindName,
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "yesterday", "fields": {"a": 1}}),
            "at",
            Expected::Stamp,
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "1.0.0000000000000009", "fields": {}}),
            "fields",
            Expected::AtLeastOneField,
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "1.0.0000000000000009", "fields": {"Bad Name": 1}}),
            "Bad Name",
            Expected::FieldName,
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "1.0.0000000000000009", "fields": {"a": {"b": 1}}}),
            "a",
            Expected::FieldValue,
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "1.0.0000000000000009", "fields": {"name_zh": 5}}),
            "name_zh",
            Expected::FieldType(FieldType::Text(60)),
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "1.0.0000000000000009", "fields": {"deleted": "yes"}}),
            "deleted",
            Expected::FieldType(FieldType::Bool),
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "1.0.0000000000000009", "fields": {"a": 1}, "field_at": {"b": "1.0.0000000000000009"}}),
            "field_at.b",
            Expected::FieldOfRecord,
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "5.0.0000000000000009", "fields": {"a": 1}, "seen": {"a": ["6.0.0000000000000008"]}}),
            "seen.a",
            Expected::EarlierStamp,
        ),
        (
            json!({"id": "0000000000000021", "kind": "unit", "at": "1.0.0000000000000009", "fields": {"a": "x".repeat(MAX_TEXT_CHARS + 1)}}),
            "a",
            Expected::Text { max_chars: MAX_TEXT_CHARS },
        ),
    ];
    for (record, field, expected) in cases {
        let p = problems(&file_with(record.clone()));
        assert_eq!(p.len(), 1, "{record}: {p:?}");
        assert_eq!(p[0].expected, expected, "{record}");
        assert_eq!(p[0].location.field.as_deref(), Some(field), "{record}");
        assert_eq!(p[0].location.record.map(|(i, _)| i), Some(1));
    }
}

#[test]
fn lists_at_most_a_hundred_problems_but_counts_them_all() {
    let records: Vec<Value> = (0..150).map(|_| json!({"id": "bad"})).collect();
    let mut file: Value = serde_json::from_str(&file_with(unit_record())).unwrap();
    file["records"] = Value::Array(records);
    match read(&file.to_string()) {
        Err(Rejection::Invalid { problems, total }) => {
            assert_eq!(problems.len(), MAX_PROBLEMS);
            assert!(total >= 150 * 3);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn records_of_kinds_this_app_does_not_know_are_kept() {
    let record = json!({"id": "0000000000000021", "kind": "future_thing", "at": "1.0.0000000000000009", "fields": {"x": [1, "a"]}});
    let incoming = read(&file_with(record)).unwrap();
    assert_eq!(incoming.book.len(), 1);
}

#[test]
fn a_file_missing_any_top_level_key_or_holding_it_as_another_type_is_refused_never_a_panic() {
    let sound: Value = serde_json::from_str(&file_with(unit_record())).unwrap();
    let keys = ["exported_at", "exported_by", "selection", "records", "union"];
    let wrong: [Value; 6] = [json!(null), json!(7), json!(true), json!([]), json!({}), json!("x")];
    for key in keys {
        let mut file = sound.clone();
        file.as_object_mut().unwrap().remove(key);
        let result = read(&file.to_string());
        // Only the union's name may be left out.
        assert_eq!(result.is_ok(), key == "union", "without {key}: {result:?}");
        for value in &wrong {
            let mut file = sound.clone();
            file[key] = value.clone();
            match read(&file.to_string()) {
                // An unnamed union and an empty list of records are sound.
                Ok(_) => assert!(
                    (key == "union" && (value.is_null() || value.is_string()))
                        || (key == "records" && *value == json!([])),
                    "{key} = {value} was accepted"
                ),
                Err(Rejection::Invalid { problems, .. }) => {
                    assert!(
                        problems.iter().any(|p| p.location.field.as_deref().is_some_and(|f| f.starts_with(key))),
                        "{key} = {value}: {problems:?}"
                    );
                }
                Err(other) => panic!("{key} = {value}: {other:?}"),
            }
        }
    }
}

#[test]
fn a_file_made_of_one_enormous_string_is_refused_before_it_is_parsed() {
    let mut text = String::from(r#"{"format":"unionbook","version":2,"records":[],"union":""#);
    text.extend(std::iter::repeat_n('学', (MAX_FILE_BYTES - 100) / 3));
    text.push_str("\"}");
    assert!(text.len() < MAX_FILE_BYTES);
    assert!(matches!(read(&text), Err(Rejection::ValueTooLong { line: 1, .. })));
}

#[test]
fn stamps_whose_counter_is_past_the_clocks_limit_are_refused() {
    use crate::book::clock::MAX_COUNTER;
    let mut record = unit_record();
    record["at"] = json!(format!("1764061200123.{}.0000000000000009", u32::MAX));
    assert_eq!(problems(&file_with(record))[0].expected, Expected::PlausibleStamp);
    let mut record = unit_record();
    record["at"] = json!(format!("1764061200123.{MAX_COUNTER}.0000000000000009"));
    assert!(read(&file_with(record)).is_ok());
}

#[test]
fn a_file_that_gives_a_known_record_another_kind_is_refused_at_that_record() {
    let mut record = unit_record();
    record["kind"] = json!("member");
    let text = file_with(record);
    let known = |id: RecordId| (id == RecordId::parse("0000000000000021").unwrap()).then(|| "unit".to_owned());
    match read_import(text.as_bytes(), &schemas, &known, u64::MAX) {
        Err(Rejection::Invalid { problems, .. }) => {
            assert_eq!(problems[0].expected, Expected::SameKind("unit".into()));
            assert_eq!(problems[0].location.record, Some((1, RecordId::parse("0000000000000021"))));
            assert_eq!(problems[0].location.field.as_deref(), Some("kind"));
        }
        other => panic!("{other:?}"),
    }
    assert!(read_import(file_with(unit_record()).as_bytes(), &schemas, &known, u64::MAX).is_ok());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 3_000, ..Default::default() })]

    /// A real export with bytes inserted, removed or replaced anywhere: reading it gives a book
    /// or a refusal, never a panic; a book it gives merges, exports and reads back.
    #[test]
    fn a_damaged_export_is_read_or_refused_and_what_is_read_merges_and_exports(
        edits in proptest::collection::vec((0usize..100_000, 0u8..3, proptest::prelude::any::<u8>()), 1..8),
    ) {
        let (book, device) = sample_book();
        let mut bytes = export(&book, &meta(device, Selection::All)).into_bytes();
        for (at, what, byte) in edits {
            let at = at % (bytes.len() + 1);
            match what {
                0 => bytes.insert(at, byte),
                1 if at < bytes.len() => { bytes.remove(at); }
                _ if at < bytes.len() => bytes[at] = byte,
                _ => {}
            }
        }
        // Read as the app reads a file for this book: a record it holds keeps its kind (read
        // alone, a kind damaged into one the app does not know would let a damaged field in).
        let known = |id: RecordId| book.get(id).map(|r| r.kind.clone());
        if let Ok(incoming) = read_import(&bytes, &schemas, &known, u64::MAX) {
            let mut merged = book.clone();
            merged.merge(&incoming.book);
            let again = export(&merged, &meta(device, Selection::All));
            proptest::prop_assert!(read_file(again.as_bytes(), &schemas).is_ok());
        }
    }
}
