//! Showing records, people and moments in the Data page's lists.

use crate::book::{Book, DEVICE_KIND, RecordId};
use crate::browser::environment::local_datetime;
use crate::kinds::record_name;
use crate::people::evaluation::EVALUATION;
use crate::people::roles::ROLE;
use crate::people::terms::{SEMESTER, SemesterRecord, TERM, Term};
use crate::ui::labels::{semester_name, term_name};
use crate::ui::language::current_lang;
use crate::ui::people_labels::position_name;

/// Who a device is: its officer's name, else the start of its id.
pub fn who(book: &Book, device: RecordId) -> String {
    match book.officer_of(device) {
        Some(name) => name.to_owned(),
        None => tr!(data.unnamed_device, id = &device.as_str()[..4]),
    }
}

pub fn when(ms: u64) -> String {
    current_lang().format_datetime(local_datetime(ms))
}

/// A record as an officer would name it: its own name, or what it is about (a role by its
/// holder, position and unit; a semester by its years), else what kind of record it is.
pub fn record_label(book: &Book, id: RecordId, kind: &str) -> String {
    let Some(record) = book.get(id) else { return kind_name(kind) };
    let name = |id: &str| RecordId::parse(id).and_then(|id| record_name(book, id));
    let described = match kind {
        SEMESTER => SemesterRecord::from_record(id, record).map(|s| semester_name(s.semester)),
        TERM => Some(term_name(Term::from_record(id, record).number)),
        ROLE => {
            let parts =
                [name(record.text("member")), Some(position_name(record.text("position"))), name(record.text("unit"))];
            Some(parts.into_iter().flatten().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" · "))
        }
        EVALUATION => name(record.text("subject")).map(|who| tr!(data.evaluation_of, name = who)),
        DEVICE_KIND => book.officer_of(id).map(|officer| tr!(data.device_of, name = officer)),
        _ => record_name(book, id),
    };
    described.filter(|s| !s.is_empty()).unwrap_or_else(|| kind_name(kind))
}

/// A field of a record of `kind` as people call it; a field no kind here has keeps its name.
pub fn field_label(kind: &str, field: &str) -> String {
    crate::field_labels::field_label(kind, field, current_lang()).unwrap_or(field).to_owned()
}

/// A kind as people call it; a kind this app does not know comes from a newer Unionbook.
pub fn kind_name(kind: &str) -> String {
    crate::kinds::kind_name(kind, current_lang()).map_or_else(|| tr!(data.kinds.other), str::to_owned)
}

/// An export's RFC 3339 time, in the reader's language and time zone.
pub fn when_text(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .ok()
        .and_then(|t| u64::try_from(t.timestamp_millis()).ok())
        .map(when)
        .unwrap_or_else(|| rfc3339.to_owned())
}

/// Who exported a file: the officer's name, or a plain description and the start of the id.
pub fn sender(officer: &str, device: RecordId) -> String {
    if officer.is_empty() { tr!(data.unnamed_device, id = &device.as_str()[..4]) } else { officer.to_owned() }
}
