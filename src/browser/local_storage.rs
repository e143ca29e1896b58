//! `localStorage` behind [`KeyValueStore`], on gloo-storage's handle and gloo's error type.
//!
//! Two things stay hand-written, because gloo cannot do them for this store:
//! - whether there is a storage at all: `gloo_storage::LocalStorage::raw()` throws (a wasm
//!   abort, not an error) when storage is disabled (private windows, some in-app browsers),
//!   and that case must be reported (the app's "nothing will be kept" banner), so it is asked
//!   first and gloo's handle is taken only once it is known to exist;
//! - reading and writing: gloo's `get`/`set` store every value as JSON, while chunks are raw
//!   packed text (a JSON string would add quotes and change the layout of every stored book),
//!   and its `get`/`delete` throw where the browser refuses, so the store calls the handle's
//!   own methods and turns a refusal into a [`StoreError`].

use gloo_storage::Storage;
use gloo_utils::errors::JsError;
use wasm_bindgen::JsValue;

use crate::book::store::{KeyValueStore, StoreError};

/// The browser's localStorage, looked up on each call so a store can be created anywhere.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStorage;

impl LocalStorage {
    fn storage() -> Result<web_sys::Storage, StoreError> {
        let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(gloo_storage::LocalStorage::raw()),
            Ok(None) => Err(StoreError::Unavailable("localStorage is not offered".into())),
            Err(e) => Err(StoreError::Unavailable(describe(e).1)),
        }
    }
}

impl KeyValueStore for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(key).map_err(to_store_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        Self::storage()?.set_item(key, value).map_err(to_store_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        Self::storage()?.remove_item(key).map_err(to_store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = Self::storage()?;
        let count = storage.length().map_err(to_store_error)?;
        (0..count).filter_map(|i| storage.key(i).transpose()).collect::<Result<_, _>>().map_err(to_store_error)
    }
}

fn to_store_error(e: JsValue) -> StoreError {
    match describe(e) {
        // Chromium and WebKit say QuotaExceededError; older Firefox, NS_ERROR_DOM_QUOTA_REACHED.
        (name, _) if name.to_ascii_lowercase().contains("quota") => StoreError::QuotaExceeded,
        (_, message) => StoreError::Failed(message),
    }
}

/// The name and message of what the browser threw (a DOMException is an Error).
fn describe(e: JsValue) -> (String, String) {
    match JsError::try_from(e) {
        Ok(error) => (error.name, error.message),
        Err(other) => (String::new(), other.to_string()),
    }
}
