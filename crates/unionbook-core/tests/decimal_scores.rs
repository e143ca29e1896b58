//! Scores with one decimal travel exactly: every score the app can write passes
//! docs/unionbook-file.schema.json and reads back as the same tenths; a second decimal is
//! refused by the app (the schema gives only the range: see FORMAT.md, "Values"), a score out
//! of range or written as text by the schema and the app alike.

use serde_json::{Value, json};
use unionbook_core::book::format::{ExportMeta, Rejection, Selection, export, read_file};
use unionbook_core::book::{Book, Entropy, RecordId, SeededEntropy, Session};
use unionbook_core::forms::Tenths;
use unionbook_core::kinds::schema_of;

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!("../../../docs/unionbook-file.schema.json")).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn exported(session: &Session) -> Value {
    let meta = ExportMeta {
        exported_at: "2026-11-25T09:00:00+08:00".into(),
        device: session.device(),
        officer: "李华".into(),
        union: "政治与公共管理系学生会".into(),
        selection: Selection::All,
    };
    serde_json::from_str(&export(session.book(), &meta)).unwrap()
}

/// An evaluation holding every score from 0 to 10 in tenths (one criterion each), and a
/// candidate per tenth from 0 to 100.
fn every_score() -> (Session, Vec<(RecordId, String, i64)>) {
    let mut ids = SeededEntropy(3);
    let mut session = Session::in_memory(Book::new(), ids.new_id());
    let mut written = Vec::new();
    let evaluation = ids.new_id();
    for tenths in 0..=100 {
        let field = format!("score:{}", ids.new_id());
        session.write(1_764_000_000_000, evaluation, "evaluation", [(field.clone(), Tenths(tenths).value())]);
        written.push((evaluation, field, tenths));
    }
    for tenths in 0..=1000 {
        let candidate = ids.new_id();
        let fields = [("test_score".to_owned(), Tenths(tenths).value()), ("name".to_owned(), json!("刘子涵"))];
        session.write(1_764_000_000_000, candidate, "candidate", fields);
        written.push((candidate, "test_score".into(), tenths));
    }
    (session, written)
}

#[test]
fn every_score_with_one_decimal_passes_the_schema_and_reads_back_exactly() {
    let (session, written) = every_score();
    let file = exported(&session);
    let errors: Vec<String> = validator().iter_errors(&file).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let book = read_file(file.to_string().as_bytes(), &schema_of).unwrap().book;
    for (id, field, tenths) in written {
        let read = book.get(id).and_then(|r| r.value(&field)).and_then(Tenths::of);
        assert_eq!(read, Some(Tenths(tenths)), "{field}");
    }
}

#[test]
fn a_second_decimal_is_refused_by_the_schema_and_the_app() {
    let (session, _) = every_score();
    let good = exported(&session);
    let records = good["records"].as_array().unwrap();
    let evaluation = records.iter().position(|r| r["kind"] == "evaluation").unwrap();
    let candidate = records.iter().position(|r| r["kind"] == "candidate").unwrap();
    let score = good["records"][evaluation]["fields"].as_object().unwrap().keys().next().unwrap().clone();
    for (what, record, field, value, schema_refuses) in [
        ("8.55 out of 10", evaluation, score.as_str(), json!(8.55), false),
        ("10.1 out of 10", evaluation, score.as_str(), json!(10.1), true),
        ("85.25 out of 100", candidate, "test_score", json!(85.25), false),
        ("a score as text", candidate, "test_score", json!("85.5"), true),
    ] {
        let mut file = good.clone();
        file["records"][record]["fields"][field] = value;
        assert_eq!(!validator().is_valid(&file), schema_refuses, "the schema and {what}");
        let refused = read_file(file.to_string().as_bytes(), &schema_of);
        assert!(matches!(refused, Err(Rejection::Invalid { .. })), "the app accepts {what}");
    }
}
