//! The JSON form of a record, shared by export files and stored chunks: the fields with their
//! values, one stamp for the record, and per-field stamps only where they differ.
//!
//! ```json
//! { "id": "…", "kind": "member", "at": "1764061200123.0.k3j2h4g5f6d7s8a9",
//!   "fields": { "name": "张三", "phone": "13800000000" },
//!   "field_at": { "phone": "1764061300000.0.k3j2h4g5f6d7s8a9" },
//!   "seen": { "phone": ["1764061250000.0.m8n9p0q1r2s3t4v5"] } }
//! ```

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

use super::clock::Stamp;
use super::id::RecordId;
use super::record::{Entry, Record, raise};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireRecord {
    pub id: RecordId,
    pub kind: String,
    /// The stamp of every field not listed in `field_at`.
    pub at: Stamp,
    pub fields: BTreeMap<String, Value>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub field_at: BTreeMap<String, Stamp>,
    /// For a field, the writes from other devices its value knowingly replaced.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seen: BTreeMap<String, Vec<Stamp>>,
}

impl WireRecord {
    pub fn from_record(id: RecordId, record: &Record) -> WireRecord {
        let at = common_stamp(record);
        let mut wire = WireRecord {
            id,
            kind: record.kind.clone(),
            at,
            fields: BTreeMap::new(),
            field_at: BTreeMap::new(),
            seen: BTreeMap::new(),
        };
        for (name, entry) in &record.fields {
            wire.fields.insert(name.clone(), entry.value.clone());
            if entry.at != at {
                wire.field_at.insert(name.clone(), entry.at);
            }
            if !entry.seen.is_empty() {
                wire.seen.insert(name.clone(), entry.seen.clone());
            }
        }
        wire
    }

    /// The record this describes. Assumes a validated wire record (see `format::validate`).
    pub fn into_record(self) -> (RecordId, Record) {
        let WireRecord { id, kind, at, fields, field_at, seen } = self;
        let fields = fields
            .into_iter()
            .map(|(name, value)| {
                let at = field_at.get(&name).copied().unwrap_or(at);
                let mut known = Vec::new();
                for stamp in seen.get(&name).into_iter().flatten() {
                    if stamp.device != at.device {
                        raise(&mut known, *stamp);
                    }
                }
                (name, Entry { value, at, seen: known })
            })
            .collect();
        (id, Record { kind, fields })
    }
}

/// The stamp most fields share (the earliest, on a tie), so most records carry only one.
fn common_stamp(record: &Record) -> Stamp {
    let mut stamps: Vec<Stamp> = record.fields.values().map(|e| e.at).collect();
    stamps.sort_unstable();
    let mut best = (stamps[0], 0);
    for run in stamps.chunk_by(|a, b| a == b) {
        if run.len() > best.1 {
            best = (run[0], run.len());
        }
    }
    best.0
}

/// A value as JSON text: `12`, `true`, `["a","b"]`. The views write values through this rather
/// than `Value`'s own `to_string`, so that serde_json's writer is compiled once, here, and not
/// again in the app crate.
pub fn json_text(value: &Value) -> String {
    value.to_string()
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod tests;
