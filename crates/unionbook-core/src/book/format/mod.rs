//! The exchange file: what an export writes and an import accepts. Documented for people in
//! docs/FORMAT.md, and as a JSON Schema in docs/unionbook-file.schema.json.

pub mod envelope;
mod migrate;
mod problems;
mod read;
pub mod scan;
pub mod warnings;
mod write;

pub use problems::{Expected, Location, Problem, Rejection};
pub use read::{Incoming, KindOf, SchemaOf, check_stored, read_file, read_import};
pub use scan::{MAX_OBJECTS, MAX_STRING_BYTES, MAX_VALUES};
pub use write::{ExportMeta, export, selected_count};

use serde::{Deserialize, Serialize};

use super::id::RecordId;

/// The `format` every Unionbook file names.
pub const FORMAT_NAME: &str = "unionbook";
/// The version this app writes. It reads every version from 1 up to this one.
pub const FORMAT_VERSION: u64 = 2;

/// Files larger than this are refused before they are read: a union's four years of records
/// export to about 10 MB.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// At most this many records: 2.5 times the four-year reference data set of PRODUCT.md. With
/// the limits `scan` derives from it, the worst file that gets parsed costs a phone a few
/// hundred MB at most (see README, "Reading a file").
pub const MAX_RECORDS: usize = 200_000;
/// The longest text a field may hold, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The longest list a field may hold.
pub const MAX_LIST_ITEMS: usize = 5_000;
/// The most problems an import lists; a file with more is clearly not worth fixing one by one.
pub const MAX_PROBLEMS: usize = 100;

/// Which records an export holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum Selection {
    All,
    /// Every record of one kind.
    Kind {
        kind: String,
    },
    /// One record and every record that refers to it, directly or through others (an activity
    /// and its check-ins, a department and its members).
    Related {
        root: RecordId,
    },
    /// An attendance list to hand over: the record, every record that refers to it (its door
    /// logs), and the records those name — in a value or at the end of a field's name, as
    /// `mark:<id>` does — so the people marked travel with their marks.
    List {
        root: RecordId,
    },
}

#[cfg(test)]
mod tests;
