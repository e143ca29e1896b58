//! Hostile files: a real export damaged in every way a file passed around chat groups (or
//! made by someone who means harm) can be — bytes flipped, cut short, JSON members duplicated
//! or dropped, values replaced by ones of the wrong kind or absurd size — and random bytes.

use proptest::prelude::*;
use serde_json::{Value, json};
use unionbook_core::book::clock::MAX_COUNTER;
use unionbook_core::book::format::{ExportMeta, MAX_TEXT_CHARS, Selection, export};
use unionbook_core::book::schema::SAMPLE_FIELD;
use unionbook_core::book::{Book, Entropy, SeededEntropy, Session};

/// A small book with a record of every kind the app knows (the sample union's, written as an
/// officer's own), an edit from another device and a deletion.
pub fn base_session() -> Session {
    let mut mine = Session::in_memory(Book::new(), SeededEntropy(1).new_id());
    let mut per_kind = std::collections::BTreeMap::<&str, usize>::new();
    for (id, kind, fields) in unionbook_core::sample::sample_records() {
        // Two of each kind keeps a case cheap enough for thousands of them.
        let seen = per_kind.entry(kind).or_default();
        *seen += 1;
        if *seen <= 2 {
            mine.write(1_764_000_000_000, id, kind, fields.into_iter().filter(|(name, _)| name != SAMPLE_FIELD));
        }
    }
    let mut theirs = Session::in_memory(mine.book().clone(), SeededEntropy(2).new_id());
    let (member, _) = mine.book().live("member").next().expect("the sample has members");
    theirs.write(1_764_000_100_000, member, "member", [("phone".to_owned(), json!("13800000000"))]);
    mine.write(1_764_000_050_000, member, "member", [("phone".to_owned(), json!("13900000000"))]);
    mine.apply_import(mine.plan_import(theirs.book()));
    let (unit, _) = mine.book().live("unit").next().expect("the sample has units");
    mine.set_deleted(1_764_000_300_000, unit, true);
    mine
}

/// The base book's export, its header written by an officer with a taste for odd names.
pub fn export_of(session: &Session) -> String {
    let selection = Selection::All;
    let (officer, union) = ("李华\u{202e}".to_owned(), "<b>学生会</b>\u{200b}".to_owned());
    export(
        session.book(),
        &ExportMeta { exported_at: "2026-11-25T09:00:00Z".into(), device: session.device(), officer, union, selection },
    )
}

/// Values no sound file holds where they are put: wrong kinds, absurd numbers, deep nesting,
/// long or strange text, stamps and ids of the wrong shape.
pub fn hostile_value() -> impl Strategy<Value = Value> {
    let device = "0000000000000009";
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!([])),
        Just(json!({})),
        Just(json!("")),
        Just(json!(-1)),
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(1.5e300)),
        Just(json!(-0.0)),
        Just(json!("x".repeat(MAX_TEXT_CHARS + 1))),
        Just(json!("学".repeat(MAX_TEXT_CHARS))),
        Just(json!(format!("1764061200123.{}.{device}", MAX_COUNTER + 1))),
        Just(json!(format!("1764061200123.{}.{device}", u64::from(u32::MAX) + 1))),
        Just(json!(format!("99999999999999999999.0.{device}"))),
        Just(json!(format!("-5.0.{device}"))),
        Just(json!("1764061200123.0")),
        Just(json!(format!("1764061200123.0.{device}.7"))),
        Just(json!("000000000000000")),
        Just(json!("00000000000000000")),
        Just(json!("ZZZZZZZZZZZZZZZZ")),
        Just(json!("０００００００００００００００９")),
        Just(json!("2026-02-30")),
        Just(json!("\u{0}\u{202e}\u{200b}\u{feff}<script>alert(1)</script>")),
        Just(nested(60)),
        Just(json!(vec![0; 6_000])),
        Just(json!({ "id": "0000000000000021", "kind": "unit", "fields": { "deleted": true } })),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("JSON has no NaN", |f| f.is_finite()).prop_map(|f| json!(f)),
        ".{0,40}".prop_map(Value::String),
        "[a-z_]{1,12}".prop_map(|k| json!({ k: [1, "2", null] })),
    ]
}

/// Arrays in arrays, `depth` deep.
fn nested(depth: usize) -> Value {
    (0..depth).fold(json!(0), |inner, _| json!([inner]))
}

/// What is done to a file.
#[derive(Clone, Debug)]
pub enum Damage {
    /// Replace the `n`th value (in document order) by another.
    Replace(usize, Value),
    /// Drop the `n`th object member or array element.
    Remove(usize),
    /// Write the `n`th object member a second time (JSON allows it; the reader must not trip).
    Duplicate(usize, Value),
    /// Change, insert or delete bytes.
    Bytes(Vec<(usize, u8, u8)>),
    /// Cut the file to a length: near the start, the middle or the end.
    Truncate(u8, usize),
    /// Wrap the whole file in brackets, deeper than the reader allows.
    Bury(usize),
}

pub fn damage() -> impl Strategy<Value = Vec<Damage>> {
    let one = prop_oneof![
        3 => (any::<usize>(), hostile_value()).prop_map(|(n, v)| Damage::Replace(n, v)),
        2 => any::<usize>().prop_map(Damage::Remove),
        2 => (any::<usize>(), hostile_value()).prop_map(|(n, v)| Damage::Duplicate(n, v)),
        3 => prop::collection::vec((any::<usize>(), 0u8..3, any::<u8>()), 1..6).prop_map(Damage::Bytes),
        2 => (0u8..3, 0usize..64).prop_map(|(class, n)| Damage::Truncate(class, n)),
        1 => (100usize..300).prop_map(Damage::Bury),
    ];
    prop::collection::vec(one, 1..4)
}

/// Applies the damage in turn. Value-level damage is skipped once the text no longer parses.
pub fn apply(text: &str, damages: &[Damage]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for d in damages {
        bytes = match d {
            Damage::Replace(n, v) => with_value(&bytes, |root| {
                let path = pick(root, *n, false);
                if let Some(slot) = root.pointer_mut(&path) {
                    *slot = v.clone();
                }
            }),
            Damage::Remove(n) => with_value(&bytes, |root| {
                let path = pick(root, *n, true);
                let (parent, last) = path.rsplit_once('/').unwrap_or(("", ""));
                match root.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&unescape(last));
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            items.remove(i);
                        }
                    }
                    _ => {}
                }
            }),
            Damage::Duplicate(n, v) => duplicate(&bytes, *n, v),
            Damage::Bytes(edits) => {
                for &(at, what, byte) in edits {
                    let at = at % (bytes.len() + 1);
                    match what {
                        0 => bytes.insert(at, byte),
                        1 if at < bytes.len() => drop(bytes.remove(at)),
                        _ if at < bytes.len() => bytes[at] ^= byte | 1,
                        _ => {}
                    }
                }
                bytes
            }
            Damage::Truncate(class, n) => {
                let len = bytes.len();
                let to = match class {
                    0 => *n,
                    1 => len / 2 + n,
                    _ => len.saturating_sub(*n + 1),
                };
                bytes.truncate(to.min(len));
                bytes
            }
            Damage::Bury(depth) => {
                let mut out = b"[".repeat(*depth);
                out.extend(&bytes);
                out.extend(b"]".repeat(*depth));
                out
            }
        };
    }
    bytes
}

fn with_value(bytes: &[u8], change: impl FnOnce(&mut Value)) -> Vec<u8> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(mut root) => {
            change(&mut root);
            serde_json::to_vec(&root).expect("a value serialises")
        }
        Err(_) => bytes.to_vec(),
    }
}

/// The JSON pointer of the `n`th value in document order (the root excluded when `child`).
fn pick(root: &Value, n: usize, child: bool) -> String {
    let mut paths = Vec::new();
    fn walk(v: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match v {
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, format!("{at}/{}", escape(k)), out)),
            Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| walk(v, format!("{at}/{i}"), out)),
            _ => {}
        }
    }
    walk(root, String::new(), &mut paths);
    let from = usize::from(child && paths.len() > 1);
    paths[from + n % (paths.len() - from)].clone()
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn unescape(key: &str) -> String {
    key.replace("~1", "/").replace("~0", "~")
}

/// Writes the member before the `n`th `"key":` a second time, with another value.
fn duplicate(bytes: &[u8], n: usize, value: &Value) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let starts: Vec<usize> = text.match_indices("\":").map(|(i, _)| i).collect();
    let Some(&colon) = starts.get(n % starts.len().max(1)) else { return bytes.to_vec() };
    let Some(open) = text[..colon].rfind('"') else { return bytes.to_vec() };
    let member = format!("{}:{value},", &text[open..=colon]);
    let mut out = text[..open].to_owned();
    out.push_str(&member);
    out.push_str(&text[open..]);
    out.into_bytes()
}
