//! Adapters to the browser: storage, the service worker, persistence, the clock and the user's
//! languages. Each is thin; the decisions they feed are made in pure code elsewhere.

pub mod environment;
pub mod local_storage;
pub mod persistence;
pub mod service_worker;
