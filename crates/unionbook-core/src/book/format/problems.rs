//! Why a file was refused, precisely enough for the user to find the spot.

use super::super::id::RecordId;
use super::super::schema::FieldType;

/// A file that will not be imported, and why. Nothing changes in the book.
#[derive(Clone, Debug, PartialEq)]
pub enum Rejection {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not UTF-8 text.
    NotText,
    /// JSON that stops in the middle: a download or a copy that did not finish.
    Truncated {
        line: usize,
        column: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    /// Nested more deeply than any Unionbook file is.
    TooDeep,
    /// One value (a string) longer than any field may hold, so long that reading it could
    /// exhaust the phone's memory.
    ValueTooLong {
        line: usize,
        column: usize,
    },
    /// More values than any file the app accepts holds.
    TooManyValues {
        line: usize,
        column: usize,
    },

    /// Valid JSON, but not a Unionbook file.
    NotUnionbook,
    /// Written by a newer Unionbook than this one.
    NewerVersion {
        version: u64,
    },
    /// Changes dated further ahead of this device's time than `clock::FUTURE_MARGIN_MS`: the
    /// phone that made them (or this one) has its date set wrong. Taking them in would make every
    /// later edit here be stamped that far ahead too.
    AheadOfClock {
        latest_ms: u64,
        now_ms: u64,
    },
    /// A Unionbook file with problems; `total` counts them all, `problems` lists the first few.
    Invalid {
        problems: Vec<Problem>,
        total: usize,
    },
}

/// One problem in a file: where it is, what was expected, what was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub location: Location,
    pub expected: Expected,
    /// The offending value, shortened.
    pub found: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The record's position in the file (from 1) and its id, if it has a readable one.
    pub record: Option<(usize, Option<RecordId>)>,
    /// The field of the record, or the top-level key of the file.
    pub field: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    Object,
    List,
    Text {
        max_chars: usize,
    },
    RecordId,
    /// A change stamp: `milliseconds.counter.device-id`.
    Stamp,
    /// The kind this book already holds the record as: a record's kind never changes.
    SameKind(String),
    /// A stamp dated between 1970 and 2100, with a counter up to `clock::MAX_COUNTER`.
    PlausibleStamp,
    /// Date and time with time zone (RFC 3339).
    DateTime,
    /// An id that no other record in the file has.
    UniqueId,
    KindName,
    FieldName,
    /// A value a field can hold: text, a number, true/false, null, or a list of those.
    FieldValue,
    /// A list of at most this many items.
    ShortList {
        max_items: usize,
    },
    /// What this field holds in this kind of record.
    FieldType(FieldType),
    /// A name of one of the record's fields.
    FieldOfRecord,
    /// A write that came before the value it is listed under.
    EarlierStamp,
    /// One of: all, kind, related.
    Selection,
    AtLeastOneField,
    /// At most this many records.
    FewerRecords {
        max: usize,
    },
    /// The id the record's kind gives it: fixed (`fields` empty), or derived from these fields.
    IdOfKind {
        id: RecordId,
        kind: String,
        fields: Vec<&'static str>,
    },
    /// The fields a record's id is derived from, which it does not hold.
    IdFields {
        fields: Vec<&'static str>,
    },
}

impl Location {
    pub fn top(field: &str) -> Location {
        Location { record: None, field: Some(field.to_owned()) }
    }
}

/// A short, readable rendering of a JSON value for messages.
pub fn describe(value: &serde_json::Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 { format!("{}…", text.chars().take(39).collect::<String>()) } else { text }
}
