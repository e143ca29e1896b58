//! The Data page: export, import with preview and undo, the import history, deleted records,
//! the sample union, and rescuing a stored book that cannot be read.
//! `model` is pure and tested on the host; the rest are its views.

pub use unionbook_core::data::*;

pub mod export;
mod history;
mod import;
mod messages;
mod page;
mod preview;
pub mod show;

pub use page::{DataPage, ExportReminder};
