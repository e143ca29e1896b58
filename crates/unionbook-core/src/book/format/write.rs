//! Writing an export: the chosen records, with the devices that stamped them, as one file.

use serde_json::{Value, json};

use super::{FORMAT_NAME, FORMAT_VERSION, Selection};
use crate::book::book::{Book, DEVICE_KIND};
use crate::book::id::RecordId;
use crate::book::wire::WireRecord;

/// Who exports what, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportMeta {
    /// RFC 3339, in UTC.
    pub exported_at: String,
    pub device: RecordId,
    pub officer: String,
    pub union: String,
    pub selection: Selection,
}

/// The file's text: a header, then one record per line so that a person can read it too.
pub fn export(book: &Book, meta: &ExportMeta) -> String {
    let ids = selected(book, &meta.selection);
    let header = json!({
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": meta.exported_at,
        "exported_by": { "device": meta.device, "officer": meta.officer },
        "union": meta.union,
        "selection": meta.selection,
    });
    let header = serde_json::to_string(&header).expect("a header always serialises");
    let mut out = String::with_capacity(ids.len() * 200 + header.len());
    out.push_str(&header[..header.len() - 1]);
    out.push_str(",\"records\":[");
    for (i, id) in ids.iter().enumerate() {
        let record = book.get(*id).expect("selected ids are in the book");
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&serde_json::to_string(&WireRecord::from_record(*id, record)).expect("records serialise"));
    }
    out.push_str("\n]}\n");
    out
}

/// How many records an export of `selection` holds.
pub fn selected_count(book: &Book, selection: &Selection) -> usize {
    selected(book, selection).len()
}

/// The ids a selection holds, with the device records of everyone who stamped them; never a
/// sample record, live or deleted.
pub fn selected(book: &Book, selection: &Selection) -> Vec<RecordId> {
    let mut ids: Vec<RecordId> = match selection {
        Selection::All => book.iter().map(|(id, _)| id).collect(),
        Selection::Kind { kind } => book.iter().filter(|(_, r)| &r.kind == kind).map(|(id, _)| id).collect(),
        Selection::Related { root } => related(book, *root),
        Selection::List { root } => with_named(book, related(book, *root)),
    };
    // The sample union is this phone's alone: an officer who receives the file never had it.
    ids.retain(|id| book.get(*id).is_some_and(|r| !r.is_sample()));
    let devices: Vec<RecordId> = ids
        .iter()
        .filter_map(|id| book.get(*id))
        .flat_map(|r| r.fields.values().flat_map(|e| e.stamps()).map(|s| s.device))
        .filter(|d| book.get(*d).is_some_and(|r| r.kind == DEVICE_KIND))
        .collect();
    ids.extend(devices);
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A record and everything that refers to it, directly or through other records.
fn related(book: &Book, root: RecordId) -> Vec<RecordId> {
    // (referred to, referring), sorted, so the records referring to one are a contiguous run.
    let mut links: Vec<(RecordId, RecordId)> = book
        .iter()
        .flat_map(|(id, record)| {
            record.fields.values().flat_map(move |e| references(&e.value).into_iter().map(move |t| (t, id)))
        })
        .collect();
    links.sort_unstable();
    let mut found = Vec::new();
    let mut frontier = vec![root];
    while let Some(id) = frontier.pop() {
        if book.get(id).is_none() || found.contains(&id) {
            continue;
        }
        found.push(id);
        let start = links.partition_point(|(t, _)| *t < id);
        frontier.extend(links[start..].iter().take_while(|(t, _)| *t == id).map(|(_, r)| *r));
    }
    found
}

/// The records and every record they name, in a value or at the end of a field's name.
fn with_named(book: &Book, records: Vec<RecordId>) -> Vec<RecordId> {
    let named: Vec<RecordId> = records
        .iter()
        .filter_map(|id| book.get(*id))
        .flat_map(|r| {
            r.fields.iter().flat_map(|(name, e)| {
                let in_name = name.rsplit_once(':').and_then(|(_, id)| RecordId::parse(id));
                references(&e.value).into_iter().chain(in_name)
            })
        })
        .filter(|id| book.get(*id).is_some())
        .collect();
    records.into_iter().chain(named).collect()
}

fn references(value: &Value) -> Vec<RecordId> {
    match value {
        Value::String(s) => RecordId::parse(s).into_iter().collect(),
        Value::Array(items) => items.iter().filter_map(|v| v.as_str().and_then(RecordId::parse)).collect(),
        _ => Vec::new(),
    }
}
