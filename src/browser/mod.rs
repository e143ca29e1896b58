//! Adapters to the browser: storage, files, other tabs, the service worker, persistence, the
//! clock and randomness. Each is thin; the decisions they feed are made in pure code elsewhere.

pub mod clipboard;
pub mod crypto;
pub mod draft_store;
pub mod environment;
pub mod files;
pub mod journal;
pub mod local_storage;
pub mod paint;
pub mod persistence;
pub mod pinyin;
pub mod service_worker;
pub mod stylesheet;
pub mod tabs;
pub mod writer_lane;
