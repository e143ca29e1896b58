//! The generic record book: how records are kept, stored, exchanged and merged.
//! Nothing here knows about the browser or the interface.

pub mod store;
