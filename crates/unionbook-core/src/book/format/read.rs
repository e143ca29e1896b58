//! Reading an import: refuse what is not a sound Unionbook file, with every problem located,
//! before anything in the book changes.

use chrono::DateTime;
use serde_json::{Map, Value};

use super::migrate;
use super::problems::{Expected, Location, Problem, Rejection, describe};
use super::*;
use crate::book::book::Book;
use crate::book::clock::{CLOCK_CEILING_MS, Stamp, latest_importable_ms};
use crate::book::id::RecordId;
use crate::book::record::DELETED;
use crate::book::schema::{FieldType, IdCheck, KindSchema};
use crate::book::wire::WireRecord;

/// A file that passed every check: who made it, and its records as a book to merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The version the file was written in (it has been lifted to the current one).
    pub version: u64,
    pub exported_at: String,
    pub device: RecordId,
    pub officer: String,
    pub union: String,
    pub selection: Selection,
    pub book: Book,
}

/// What the fields of each known kind hold.
pub type SchemaOf<'a> = &'a dyn Fn(&str) -> Option<&'static KindSchema>;
/// The kind a record already has where the file is going (the book, files read before it).
pub type KindOf<'a> = &'a dyn Fn(RecordId) -> Option<String>;

/// Reads and checks a file on its own, as a device whose clock reads the latest time a clock is
/// read as would. `schema_of` says what the fields of each known kind hold.
pub fn read_file(bytes: &[u8], schema_of: SchemaOf) -> Result<Incoming, Rejection> {
    read_import(bytes, schema_of, &|_| None, u64::MAX)
}

/// Reads and checks a file to be merged where `known_kind` tells the kind of every record
/// already there (a file that gives one of them another kind is refused), on a device whose
/// clock reads `now_ms` (a file stamped further ahead than `clock::latest_importable_ms` allows
/// is refused: importing it would drag this device's own stamps there).
pub fn read_import(bytes: &[u8], schema_of: SchemaOf, known_kind: KindOf, now_ms: u64) -> Result<Incoming, Rejection> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Rejection::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Rejection::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    super::scan::scan(text.as_bytes())?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        match e.classify() {
            serde_json::error::Category::Eof => Rejection::Truncated { line, column },
            _ if e.to_string().contains("recursion limit") => Rejection::TooDeep,
            _ => Rejection::NotJson { line, column },
        }
    })?;
    let Value::Object(ref top) = value else {
        return Err(Rejection::NotUnionbook);
    };
    if top.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(Rejection::NotUnionbook);
    }
    let version = match top.get("version").and_then(Value::as_u64) {
        Some(v @ 1..=FORMAT_VERSION) => v,
        Some(v) if v > FORMAT_VERSION => return Err(Rejection::NewerVersion { version: v }),
        _ => return Err(Rejection::NotUnionbook),
    };
    let Value::Object(top) = migrate::to_current(value, version) else { unreachable!("still an object") };
    let mut incoming = Checker { problems: Vec::new(), total: 0 }.check(top, version, schema_of, known_kind)?;
    if let Some(latest) = incoming.book.latest_stamp().filter(|s| s.wall_ms > latest_importable_ms(now_ms)) {
        return Err(Rejection::AheadOfClock { latest_ms: latest.wall_ms, now_ms: now_ms.min(CLOCK_CEILING_MS) });
    }
    // Files written before exports left the sample out may carry it, or its deletion: it was
    // never the sender's union, so it is not brought into this one.
    let sample: Vec<RecordId> = incoming.book.iter().filter(|(_, r)| r.is_sample()).map(|(id, _)| id).collect();
    incoming.book.remove_all(&sample);
    Ok(incoming)
}

/// Checks a record as stored: the checks a file's records pass, on the typed form storage is
/// read into (serde has already refused a malformed id or stamp). `Err` says what is wrong.
pub fn check_stored(w: &WireRecord, schema_of: SchemaOf) -> Result<(), String> {
    let problem = |what: &str| Err(format!("record {} ({}): {what}", w.id, w.kind));
    if !is_kind_name(&w.kind) {
        return problem("not a kind name");
    }
    if w.fields.is_empty() {
        return problem("no fields");
    }
    let schema = schema_of(&w.kind);
    for (name, value) in &w.fields {
        let fits = is_field_name(name)
            && is_field_value(value)
            && value_problem(value).is_none()
            && (name != DELETED || value.is_boolean())
            && schema.and_then(|s| s.field(name)).is_none_or(|ft| ft.accepts(value));
        if !fits {
            return problem(&format!("field {name} holds {}", describe(value)));
        }
    }
    let stamps = std::iter::once(&w.at).chain(w.field_at.values()).chain(w.seen.values().flatten());
    if !stamps.into_iter().all(Stamp::is_plausible) {
        return problem("a stamp no clock makes");
    }
    for (name, seen) in &w.seen {
        let own = w.field_at.get(name).unwrap_or(&w.at);
        if !w.fields.contains_key(name) || seen.iter().any(|s| s >= own) {
            return problem(&format!("what {name} replaced"));
        }
    }
    if w.field_at.keys().any(|name| !w.fields.contains_key(name)) {
        return problem("a stamp for a field it does not have");
    }
    Ok(())
}

struct Checker {
    problems: Vec<Problem>,
    total: usize,
}

impl Checker {
    fn report(&mut self, location: Location, expected: Expected, found: &Value) {
        self.total += 1;
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { location, expected, found: describe(found) });
        }
    }

    fn check(
        mut self,
        mut top: Map<String, Value>,
        version: u64,
        schema_of: SchemaOf,
        known_kind: KindOf,
    ) -> Result<Incoming, Rejection> {
        let exported_at = self.top_text(&top, "exported_at", 40);
        if DateTime::parse_from_rfc3339(&exported_at).is_err() {
            self.report(
                Location::top("exported_at"),
                Expected::DateTime,
                top.get("exported_at").unwrap_or(&Value::Null),
            );
        }
        let by = top.get("exported_by").cloned().unwrap_or(Value::Null);
        let device = by.get("device").and_then(Value::as_str).and_then(RecordId::parse);
        if device.is_none() {
            self.report(
                Location::top("exported_by.device"),
                Expected::RecordId,
                by.get("device").unwrap_or(&Value::Null),
            );
        }
        let officer = match by.get("officer") {
            Some(Value::String(s)) if s.chars().count() <= 40 => s.clone(),
            other => {
                self.report(
                    Location::top("exported_by.officer"),
                    Expected::Text { max_chars: 40 },
                    other.unwrap_or(&Value::Null),
                );
                String::new()
            }
        };
        let union = match top.get("union") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) if s.chars().count() <= 200 => s.clone(),
            Some(other) => {
                self.report(Location::top("union"), Expected::Text { max_chars: 200 }, other);
                String::new()
            }
        };
        let selection = match serde_json::from_value::<Selection>(top.get("selection").cloned().unwrap_or(Value::Null))
        {
            Ok(s) => s,
            Err(_) => {
                self.report(
                    Location::top("selection"),
                    Expected::Selection,
                    top.get("selection").unwrap_or(&Value::Null),
                );
                Selection::All
            }
        };
        let records = match top.remove("records") {
            Some(Value::Array(records)) if records.len() <= MAX_RECORDS => records,
            Some(Value::Array(records)) => {
                self.report(
                    Location::top("records"),
                    Expected::FewerRecords { max: MAX_RECORDS },
                    &Value::from(records.len()),
                );
                Vec::new()
            }
            other => {
                self.report(Location::top("records"), Expected::List, &other.unwrap_or(Value::Null));
                Vec::new()
            }
        };

        let mut book = Book::new();
        let mut ids: Vec<(RecordId, usize)> = Vec::with_capacity(records.len());
        for (index, record) in records.into_iter().enumerate() {
            if let Some(id) = record.get("id").and_then(Value::as_str).and_then(RecordId::parse) {
                ids.push((id, index + 1));
            }
            if let Some(wire) = self.check_record(index + 1, record, schema_of) {
                let here =
                    |field: &str| Location { record: Some((index + 1, Some(wire.id))), field: Some(field.into()) };
                let known = known_kind(wire.id);
                if let Some(ours) = known.as_ref().filter(|ours| **ours != wire.kind) {
                    self.report(here("kind"), Expected::SameKind(ours.clone()), &Value::String(wire.kind.clone()));
                    continue;
                }
                if let Some(expected) = id_problem(&wire, schema_of, known.is_some()) {
                    self.report(here("id"), expected, &Value::String(wire.id.to_string()));
                    continue;
                }
                let (id, record) = wire.into_record();
                book.insert(id, record);
            }
        }
        // An id twice: the later one is the problem.
        ids.sort_unstable();
        for pair in ids.windows(2).filter(|p| p[0].0 == p[1].0) {
            let (id, index) = pair[1];
            let location = Location { record: Some((index, Some(id))), field: Some("id".into()) };
            self.report(location, Expected::UniqueId, &Value::String(id.to_string()));
        }
        if self.total > 0 {
            return Err(Rejection::Invalid { problems: self.problems, total: self.total });
        }
        Ok(Incoming { version, exported_at, device: device.expect("checked above"), officer, union, selection, book })
    }

    fn top_text(&mut self, top: &Map<String, Value>, key: &str, max_chars: usize) -> String {
        match top.get(key) {
            Some(Value::String(s)) if s.chars().count() <= max_chars => s.clone(),
            other => {
                self.report(Location::top(key), Expected::Text { max_chars }, other.unwrap_or(&Value::Null));
                String::new()
            }
        }
    }

    /// Checks one record; returns it when it is sound.
    fn check_record(&mut self, index: usize, value: Value, schema_of: SchemaOf) -> Option<WireRecord> {
        let before = self.total;
        let Value::Object(mut r) = value else {
            self.report(Location { record: Some((index, None)), field: None }, Expected::Object, &value);
            return None;
        };
        let id = r.get("id").and_then(Value::as_str).and_then(RecordId::parse);
        let here = |field: Option<&str>| Location { record: Some((index, id)), field: field.map(str::to_owned) };
        match id {
            None => self.report(here(Some("id")), Expected::RecordId, r.get("id").unwrap_or(&Value::Null)),
            Some(_) => {}
        }
        let kind = r.get("kind").and_then(Value::as_str).filter(|k| is_kind_name(k));
        if kind.is_none() {
            self.report(here(Some("kind")), Expected::KindName, r.get("kind").unwrap_or(&Value::Null));
        }
        let at = self.stamp(r.get("at"), here(Some("at")));
        let empty = Map::new();
        let fields = match r.get("fields") {
            Some(Value::Object(f)) if !f.is_empty() => f,
            other => {
                self.report(here(Some("fields")), Expected::AtLeastOneField, other.unwrap_or(&Value::Null));
                &empty
            }
        };
        let schema = kind.and_then(schema_of);
        for (name, value) in fields {
            let at_field = || here(Some(name));
            if !is_field_name(name) {
                self.report(at_field(), Expected::FieldName, &Value::String(name.clone()));
                continue;
            }
            if !is_field_value(value) {
                self.report(at_field(), Expected::FieldValue, value);
            } else if let Some(expected) = value_problem(value) {
                self.report(at_field(), expected, value);
            } else if name == DELETED && !value.is_boolean() {
                self.report(at_field(), Expected::FieldType(FieldType::Bool), value);
            } else if let Some(ft) = schema.and_then(|s| s.field(name)) {
                if !ft.accepts(value) {
                    self.report(at_field(), Expected::FieldType(ft), value);
                }
            }
        }
        let field_at = self.stamp_map(&r, "field_at", fields, &here);
        let seen = self.seen_map(&r, fields, &field_at, at, &here);
        if self.total > before {
            return None;
        }
        let kind = kind?.to_owned();
        // Sound: the fields move into the record rather than being copied.
        let Some(Value::Object(fields)) = r.remove("fields") else { return None };
        Some(WireRecord { id: id?, kind, at: at?, fields: fields.into_iter().collect(), field_at, seen })
    }

    fn stamp(&mut self, value: Option<&Value>, location: Location) -> Option<Stamp> {
        let stamp = value.and_then(Value::as_str).and_then(Stamp::parse);
        match stamp {
            None => self.report(location, Expected::Stamp, value.unwrap_or(&Value::Null)),
            Some(s) if !s.is_plausible() => {
                self.report(location, Expected::PlausibleStamp, value.unwrap_or(&Value::Null))
            }
            Some(_) => {}
        }
        stamp.filter(Stamp::is_plausible)
    }

    fn stamp_map(
        &mut self,
        r: &Map<String, Value>,
        key: &str,
        fields: &Map<String, Value>,
        here: &dyn Fn(Option<&str>) -> Location,
    ) -> std::collections::BTreeMap<String, Stamp> {
        let mut out = std::collections::BTreeMap::new();
        match r.get(key) {
            None => {}
            Some(Value::Object(map)) => {
                for (name, value) in map {
                    if !fields.contains_key(name) {
                        self.report(
                            here(Some(&format!("{key}.{name}"))),
                            Expected::FieldOfRecord,
                            &Value::String(name.clone()),
                        );
                    } else if let Some(stamp) = self.stamp(Some(value), here(Some(&format!("{key}.{name}")))) {
                        out.insert(name.clone(), stamp);
                    }
                }
            }
            Some(other) => self.report(here(Some(key)), Expected::Object, other),
        }
        out
    }

    fn seen_map(
        &mut self,
        r: &Map<String, Value>,
        fields: &Map<String, Value>,
        field_at: &std::collections::BTreeMap<String, Stamp>,
        at: Option<Stamp>,
        here: &dyn Fn(Option<&str>) -> Location,
    ) -> std::collections::BTreeMap<String, Vec<Stamp>> {
        let mut out = std::collections::BTreeMap::new();
        match r.get("seen") {
            None => {}
            Some(Value::Object(map)) => {
                for (name, list) in map {
                    let location = || here(Some(&format!("seen.{name}")));
                    if !fields.contains_key(name) {
                        self.report(location(), Expected::FieldOfRecord, &Value::String(name.clone()));
                        continue;
                    }
                    let Value::Array(items) = list else {
                        self.report(location(), Expected::List, list);
                        continue;
                    };
                    let own = field_at.get(name).copied().or(at);
                    let mut stamps = Vec::new();
                    for item in items {
                        if let Some(stamp) = self.stamp(Some(item), location()) {
                            if own.is_some_and(|own| stamp >= own) {
                                self.report(location(), Expected::EarlierStamp, item);
                            }
                            stamps.push(stamp);
                        }
                    }
                    out.insert(name.clone(), stamps);
                }
            }
            Some(other) => self.report(here(Some("seen")), Expected::Object, other),
        }
        out
    }
}

/// Whether a record's id is the one its kind gives it. The app finds a record whose id is fixed
/// or derived by that id alone, so one under another id would be kept and never used. A record
/// already in the book (`known`) may arrive without the fields its id is made from: a change
/// to some of its other fields.
fn id_problem(wire: &WireRecord, schema_of: SchemaOf, known: bool) -> Option<Expected> {
    let schema = schema_of(&wire.kind)?;
    match schema.ids.check(&|name| wire.fields.get(name)) {
        IdCheck::Must(id) if id != wire.id => {
            Some(Expected::IdOfKind { id, kind: wire.kind.clone(), fields: schema.ids.fields() })
        }
        IdCheck::Underivable if !known => Some(Expected::IdFields { fields: schema.ids.fields() }),
        _ => None,
    }
}

fn is_kind_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 32
        && b[0].is_ascii_lowercase()
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

fn is_field_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_lowercase()
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"_.:-".contains(c))
}

/// Text, numbers, true/false, null, or a flat list of those.
fn is_field_value(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.iter().all(|v| !(v.is_array() || v.is_object())),
        Value::Object(_) => false,
        _ => true,
    }
}

fn value_problem(value: &Value) -> Option<Expected> {
    let long = |s: &String| s.chars().count() > MAX_TEXT_CHARS;
    match value {
        Value::String(s) if long(s) => Some(Expected::Text { max_chars: MAX_TEXT_CHARS }),
        Value::Array(items) if items.len() > MAX_LIST_ITEMS => Some(Expected::ShortList { max_items: MAX_LIST_ITEMS }),
        Value::Array(items) if items.iter().any(|v| v.as_str().is_some_and(|s| s.chars().count() > MAX_TEXT_CHARS)) => {
            Some(Expected::Text { max_chars: MAX_TEXT_CHARS })
        }
        _ => None,
    }
}
