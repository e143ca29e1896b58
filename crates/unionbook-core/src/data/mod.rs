//! The Data page: export, import with preview and undo, the import history, deleted records,
//! the sample union, and rescuing a stored book that cannot be read.
//! `model` is pure and tested on the host; the rest are its views.

pub mod model;
