//! The generic record book: how records are kept, stored, exchanged and merged.
//! Nothing here knows about the browser or the interface, or about any particular kind.

mod book;
pub mod clock;
pub mod format;
pub mod history;
pub mod id;
pub mod journal;
pub mod packing;
pub mod persist;
pub mod record;
pub mod schema;
pub mod session;
pub mod store;
pub mod wire;

pub use book::{Book, Conflict, DEVICE_KIND, DEVICE_SCHEMA, MergeReport, PendingMerge, Undo};
pub use clock::{Clock, Stamp};
pub use id::{Entropy, RecordId, SeededEntropy};
pub use record::{DELETED, Entry, Record, Version};
pub use session::Session;

#[cfg(test)]
mod merge_laws;
