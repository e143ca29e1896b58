//! What the Data page decides: export file names, the export reminder, the preview's counts
//! and a book's fingerprint. Pure. The import history is the book's (`book::history`).

use crate::book::format::{ExportMeta, Selection, export, selected_count};
use crate::book::wire::WireRecord;
use crate::book::{Book, RecordId};
use chrono::NaiveDate;

/// Changes not exported for this long bring up the reminder.
pub const REMINDER_AFTER_MS: u64 = 7 * 24 * 3600 * 1000;

/// The file an export is saved as: `unionbook-<union>-<officer>-<date>[-<what>].json`, with
/// only characters every file system accepts.
pub fn export_file_name(union: &str, officer: &str, device: RecordId, date: NaiveDate, what: Option<&str>) -> String {
    let who = if officer.trim().is_empty() { device.as_str()[..6].to_owned() } else { officer.to_owned() };
    let mut parts = vec!["unionbook".to_owned()];
    parts.extend([union, &who].iter().map(|p| clean(p)).filter(|p| !p.is_empty()));
    parts.push(date.to_string());
    parts.extend(what.map(clean).filter(|p| !p.is_empty()));
    format!("{}.json", parts.join("-"))
}

fn clean(part: &str) -> String {
    let cleaned: String = part
        .trim()
        .chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .filter(|c| !c.is_control() && !"/\\:*?\"<>|.".contains(*c))
        .take(40)
        .collect();
    cleaned
}

/// Whether to remind the officer to export: they have changes of their own that no export
/// holds, and the oldest is more than a week old.
pub fn needs_export_reminder(oldest_unexported_ms: Option<u64>, now_ms: u64) -> bool {
    oldest_unexported_ms.is_some_and(|t| now_ms.saturating_sub(t) > REMINDER_AFTER_MS)
}

/// How many of the given records are of each kind, for the preview ("12 members, 3 units").
pub fn count_by_kind(book: &Book, ids: &[RecordId]) -> Vec<(String, usize)> {
    let mut kinds: Vec<&str> = ids.iter().filter_map(|id| book.get(*id)).map(|r| r.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.chunk_by(|a, b| a == b).map(|run| (run[0].to_owned(), run.len())).collect()
}

/// A short digest of the whole book: two officers whose fingerprints match hold the same book.
pub fn fingerprint(book: &Book) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (id, record) in book.iter() {
        let text = serde_json::to_string(&WireRecord::from_record(id, record)).expect("serialises");
        for b in text.bytes().chain([b'\n']) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let hex = format!("{hash:016x}");
    format!("{}-{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12], &hex[12..16])
}

/// A file ready to hand over: its text, its name, and how many records it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportFile {
    pub text: String,
    pub name: String,
    pub count: usize,
}

/// The export of `meta.selection`, named for the union, the officer, the day and what it holds.
pub fn export_file(book: &Book, meta: &ExportMeta, today: NaiveDate) -> ExportFile {
    let slug =
        selection_slug(&meta.selection, |id| crate::kinds::record_name(book, id).unwrap_or_else(|| id.to_string()));
    ExportFile {
        text: export(book, meta),
        name: export_file_name(&meta.union, &meta.officer, meta.device, today, slug.as_deref()),
        count: selected_count(book, &meta.selection),
    }
}

/// A short name for a selection, for the file name.
pub fn selection_slug(selection: &Selection, name_of: impl Fn(RecordId) -> String) -> Option<String> {
    match selection {
        Selection::All => None,
        Selection::Kind { kind } => Some(kind.clone()),
        Selection::Related { root } | Selection::List { root } => Some(name_of(*root)),
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
