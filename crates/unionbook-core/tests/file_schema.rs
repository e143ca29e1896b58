//! docs/unionbook-file.schema.json and the Rust reader agree: what the app exports passes the
//! schema, what the schema refuses the app refuses too, and every field of every kind the app
//! knows is described in the schema.

use serde_json::{Value, json};
use unionbook_core::book::format::{ExportMeta, Rejection, Selection, export, read_file};
use unionbook_core::book::schema::FieldType;
use unionbook_core::book::{Book, Entropy, SeededEntropy, Session};
use unionbook_core::kinds::schema_of;

fn schema() -> Value {
    serde_json::from_str(include_str!("../../../docs/unionbook-file.schema.json")).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).unwrap()
}

fn meta(device: unionbook_core::book::RecordId, selection: Selection) -> ExportMeta {
    ExportMeta {
        exported_at: "2026-11-25T09:00:00+08:00".into(),
        device,
        officer: "李华".into(),
        union: "政治与公共管理系学生会".into(),
        selection,
    }
}

/// A book with the sample union's records as a union's own, an edit merged from another
/// device, and a deletion.
fn busy_book() -> Session {
    let mut mine = Session::in_memory(Book::new(), SeededEntropy(1).new_id());
    // The sample union holds a record of every kind the app knows. Exports leave the sample
    // out, so these records are written without its marker, as an officer's own.
    for (id, kind, fields) in unionbook_core::sample::sample_records() {
        let own = fields.into_iter().filter(|(name, _)| name != unionbook_core::book::schema::SAMPLE_FIELD);
        mine.write(1_764_000_000_000, id, kind, own);
    }
    let mut theirs = Session::in_memory(mine.book().clone(), SeededEntropy(2).new_id());
    let (member, _) = mine.book().live("member").next().unwrap();
    theirs.write(1_764_000_100_000, member, "member", [("phone".to_owned(), json!("13800000000"))]);
    mine.write(1_764_000_050_000, member, "member", [("phone".to_owned(), json!("13900000000"))]);
    mine.apply_import(mine.plan_import(theirs.book()));
    mine.write(1_764_000_200_000, member, "member", [("phone".to_owned(), json!("13700000000"))]);
    let (unit, _) = mine.book().live("unit").next().unwrap();
    mine.set_deleted(1_764_000_300_000, unit, true);
    mine
}

#[test]
fn what_the_app_exports_passes_the_schema() {
    let session = busy_book();
    let (unit, _) = session.book().live("unit").nth(2).unwrap();
    for selection in [Selection::All, Selection::Kind { kind: "member".into() }, Selection::Related { root: unit }] {
        let text = export(session.book(), &meta(session.device(), selection.clone()));
        let file: Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> =
            validator().iter_errors(&file).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{selection:?}: {errors:#?}");
        if selection == Selection::All {
            assert!(text.contains("\"seen\"") && text.contains("\"field_at\""), "the busy book exercises every part");
        }
    }
}

#[test]
fn what_the_schema_refuses_the_app_refuses() {
    let session = busy_book();
    let good: Value = serde_json::from_str(&export(session.book(), &meta(session.device(), Selection::All))).unwrap();
    let breakages: Vec<(&str, Box<dyn Fn(&mut Value)>)> = vec![
        ("bad id", Box::new(|f| f["records"][0]["id"] = json!("NOT-AN-ID"))),
        ("bad stamp", Box::new(|f| f["records"][0]["at"] = json!("yesterday"))),
        ("nested value", Box::new(|f| f["records"][0]["fields"]["x"] = json!({"a": 1}))),
        ("bad kind", Box::new(|f| f["records"][0]["kind"] = json!("Kind!"))),
        ("no fields", Box::new(|f| f["records"][0]["fields"] = json!({}))),
        ("bad field name", Box::new(|f| f["records"][0]["fields"]["Bad Name"] = json!(1))),
        ("deleted not a flag", Box::new(|f| f["records"][0]["fields"]["deleted"] = json!("yes"))),
        ("bad exporter", Box::new(|f| f["exported_by"]["device"] = json!(5))),
        ("bad selection", Box::new(|f| f["selection"] = json!({"what": "some"}))),
        ("records not a list", Box::new(|f| f["records"] = json!({}))),
        (
            "role position",
            Box::new(|f| {
                let i = f["records"].as_array().unwrap().iter().position(|r| r["kind"] == "role").unwrap();
                f["records"][i]["fields"]["position"] = json!("king");
            }),
        ),
        (
            "mark",
            Box::new(|f| {
                let i = f["records"].as_array().unwrap().iter().position(|r| r["kind"] == "training").unwrap();
                f["records"][i]["fields"]["mark:0000000000000001"] = json!("asleep");
            }),
        ),
        (
            "score",
            Box::new(|f| {
                let i = f["records"].as_array().unwrap().iter().position(|r| r["kind"] == "evaluation").unwrap();
                f["records"][i]["fields"]["score:0000000000000001"] = json!(11);
            }),
        ),
    ];
    for (what, breakage) in breakages {
        let mut file = good.clone();
        breakage(&mut file);
        assert!(!validator().is_valid(&file), "the schema accepts a file with a {what}");
        let refused = read_file(file.to_string().as_bytes(), &schema_of);
        assert!(matches!(refused, Err(Rejection::Invalid { .. })), "the app accepts a file with a {what}: {refused:?}");
    }
}

#[test]
fn every_field_the_app_knows_is_in_the_schema() {
    let schema = schema();
    let kinds = schema["$defs"]["record"]["allOf"].as_array().unwrap();
    for rust in unionbook_core::kinds::ALL {
        let kind = rust.kind;
        let described = kinds
            .iter()
            .find(|k| k["if"]["properties"]["kind"]["const"] == kind)
            .unwrap_or_else(|| panic!("{kind} is not in the schema; add:\n{:#}", block_for(rust)));
        let fields = &described["then"]["properties"]["fields"]["properties"];
        for (prefix, field_type) in rust.prefixed {
            let patterns = &described["then"]["properties"]["fields"]["patternProperties"];
            let pattern = format!("^{prefix}[0-9a-hjkmnp-tv-z]{{16}}$");
            assert!(!patterns[&pattern].is_null(), "{kind}: {prefix}<id> is not in the schema");
            if let FieldType::Choice(words) = field_type {
                let listed: Vec<&str> =
                    patterns[&pattern]["enum"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
                assert_eq!(&listed, words, "{kind}.{prefix}");
            }
        }
        for (name, field_type) in rust.fields {
            let entry = &fields[*name];
            assert!(!entry.is_null(), "{kind}.{name} is not in the schema");
            if let FieldType::Choice(words) = field_type {
                let listed: Vec<&str> = entry["enum"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
                assert_eq!(&listed, words, "{kind}.{name}");
            }
            if let FieldType::Text(max) = field_type {
                let described_max = entry["maxLength"].as_u64().or_else(|| {
                    let reference = entry["$ref"].as_str()?.rsplit('/').next()?;
                    schema["$defs"][reference]["maxLength"].as_u64()
                });
                assert_eq!(described_max, Some(*max as u64), "{kind}.{name}");
            }
        }
    }
}

/// The schema's description of a kind, as the app declares it: what to add for a new kind.
fn block_for(kind: &unionbook_core::book::schema::KindSchema) -> Value {
    let described = |t: &FieldType| match t {
        FieldType::Text(max) => json!({"type": ["string", "null"], "maxLength": max}),
        FieldType::Date => json!({"$ref": "#/$defs/date"}),
        FieldType::Bool => json!({"$ref": "#/$defs/flag"}),
        FieldType::Integer(min, max) => {
            json!({"anyOf": [{"type": "null"}, {"type": "integer", "minimum": min, "maximum": max}]})
        }
        FieldType::OneDecimal(min, max) => json!({"anyOf": [
            {"type": "null"},
            {"type": "number", "minimum": min, "maximum": max,
             "description": "At most one decimal (8.5, never 8.55): the app refuses more. See FORMAT.md, “Values”, for why this is not multipleOf 0.1."}
        ]}),
        FieldType::Ref => json!({"$ref": "#/$defs/ref"}),
        FieldType::Refs => json!({"$ref": "#/$defs/refs"}),
        FieldType::Choice(words) => {
            let mut listed: Vec<Value> = words.iter().map(|w| json!(w)).collect();
            listed.push(Value::Null);
            json!({ "enum": listed })
        }
    };
    let fields: serde_json::Map<String, Value> =
        kind.fields.iter().map(|(name, t)| ((*name).to_owned(), described(t))).collect();
    let mut then = json!({"properties": {"fields": {"type": "object", "properties": fields}}});
    if !kind.prefixed.is_empty() {
        let patterns: serde_json::Map<String, Value> = kind
            .prefixed
            .iter()
            .map(|(prefix, t)| (format!("^{prefix}[0-9a-hjkmnp-tv-z]{{16}}$"), described(t)))
            .collect();
        then["properties"]["fields"]["patternProperties"] = Value::Object(patterns);
    }
    json!({"if": {"properties": {"kind": {"const": kind.kind}}}, "then": then})
}

#[test]
#[ignore = "prints the schema's blocks for kinds it lacks: cargo test --test file_schema -- --ignored"]
fn print_the_blocks_the_schema_lacks() {
    let schema = schema();
    let kinds = schema["$defs"]["record"]["allOf"].as_array().unwrap();
    let missing: Vec<Value> = unionbook_core::kinds::ALL
        .iter()
        .filter(|k| !kinds.iter().any(|d| d["if"]["properties"]["kind"]["const"] == k.kind))
        .map(|k| block_for(k))
        .collect();
    println!("MISSING-BLOCKS {}", Value::Array(missing));
}

fn protected_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!("../../../docs/unionbook-protected.schema.json")).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// An envelope's text with `format` first, as FORMAT.md requires (a `Value` writes its keys in
/// order).
fn envelope_text(envelope: &Value) -> String {
    let mut rest = envelope.clone();
    let format = rest.as_object_mut().unwrap().remove("format").unwrap();
    format!("{{\"format\":{format},{}", &rest.to_string()[1..])
}

/// docs/unionbook-protected.schema.json and the envelope's reader agree: what the app writes
/// passes, and each envelope the app refuses as damaged or unsafe the schema refuses too.
#[test]
fn the_protected_envelope_matches_its_schema() {
    use unionbook_core::book::format::envelope::{Sealed, Unopened, open, write};
    let sealed = Sealed { iterations: 600_000, salt: vec![3; 16], iv: [5; 12], ciphertext: vec![7; 40] };
    let written: Value = serde_json::from_str(&write(&sealed)).unwrap();
    let protected = protected_validator();
    let errors: Vec<String> =
        protected.iter_errors(&written).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // An envelope is not an ordinary file, nor an ordinary file an envelope.
    assert!(!validator().is_valid(&written));
    let ordinary = export(busy_book().book(), &meta(SeededEntropy(1).new_id(), Selection::All));
    assert!(!protected.is_valid(&serde_json::from_str(&ordinary).unwrap()));

    let edits: [(&str, &str, Value); 7] = [
        ("kdf", "iterations", json!(99_999)),
        ("kdf", "iterations", json!(10_000_001)),
        ("kdf", "salt", json!("AAAAAAAAAAAAAAAAAAAA")),
        ("kdf", "salt", json!("not base64, not at all!!")),
        ("cipher", "iv", json!("AAAAAAAAAAAAAAAAAAAAAAAA")),
        ("cipher", "name", json!("AES-128-CBC")),
        ("kdf", "name", json!("PBKDF2-SHA1")),
    ];
    for (object, field, value) in edits {
        let mut file = written.clone();
        file[object][field] = value.clone();
        let refused = open(envelope_text(&file).as_bytes());
        assert!(
            matches!(refused, Some(Err(Unopened::Damaged | Unopened::Iterations { .. }))),
            "{field} {value}: {refused:?}"
        );
        assert!(!protected.is_valid(&file), "the schema accepts {field} {value}");
    }
    let mut short = written.clone();
    short["ciphertext"] = json!("AAAAAAAAAAAAAAAAAAAAAA==");
    assert!(matches!(open(envelope_text(&short).as_bytes()), Some(Err(Unopened::Damaged))));
    assert!(!protected.is_valid(&short));
    short["ciphertext"] = json!(unionbook_core::book::format::envelope::encode(&[1; 17]));
    assert!(matches!(open(envelope_text(&short).as_bytes()), Some(Ok(_))));
    assert!(protected.is_valid(&short));
}

/// Writes the app's own exports — the sample union's (as a union's own, with edits merged and a
/// deletion) and the reference data set's (a department's four years) — to target/exports,
/// where tools/test.sh checks them with ajv (tests/e2e/validate-exports.mjs), the validator most
/// people reach for. The Rust validator above computes decimals exactly; ajv and
/// python-jsonschema do not, and a schema they misread fails real files.
#[test]
fn the_apps_exports_are_written_for_a_standard_validator() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/exports");
    std::fs::create_dir_all(&dir).unwrap();
    let session = busy_book();
    let sample = export(session.book(), &meta(session.device(), Selection::All));
    let (reference, device) = unionbook_core::reference::reference_book();
    let reference = export(&reference, &meta(device, Selection::All));
    // Every score from 0 to 100 in tenths: 80.6 is one a validator that divides by 0.1 refuses.
    let mut scores = Session::in_memory(Book::new(), SeededEntropy(7).new_id());
    let mut ids = SeededEntropy(8);
    for tenths in 0..=1000 {
        let fields = [
            ("name".to_owned(), json!("刘子涵")),
            ("test_score".to_owned(), unionbook_core::forms::Tenths(tenths).value()),
        ];
        scores.write(1_764_000_000_000, ids.new_id(), "candidate", fields);
    }
    let scores = export(scores.book(), &meta(scores.device(), Selection::All));
    let exports =
        [("sample-union.json", &sample), ("reference-data-set.json", &reference), ("every-score.json", &scores)];
    for (name, text) in exports {
        let file: Value = serde_json::from_str(text).unwrap();
        assert!(validator().is_valid(&file), "{name} fails the schema");
        std::fs::write(dir.join(name), text).unwrap();
    }
}
