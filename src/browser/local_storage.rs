//! `localStorage` behind [`KeyValueStore`].
//!
//! Written on web-sys rather than gloo-storage because gloo-storage throws when storage is
//! disabled (private windows, some in-app browsers), and that case must be reported, not crash.

use wasm_bindgen::{JsCast, JsValue};

use crate::book::store::{KeyValueStore, StoreError};

/// The browser's localStorage, looked up on each call so a store can be created anywhere.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStorage;

impl LocalStorage {
    fn storage() -> Result<web_sys::Storage, StoreError> {
        let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            Ok(None) => Err(StoreError::Unavailable("localStorage is not offered".into())),
            Err(e) => Err(StoreError::Unavailable(describe(&e))),
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
    match e.dyn_ref::<web_sys::DomException>() {
        // Chromium and WebKit say QuotaExceededError; Firefox, NS_ERROR_DOM_QUOTA_REACHED.
        Some(ex) if ex.name().contains("Quota") || ex.code() == 22 => StoreError::QuotaExceeded,
        _ => StoreError::Failed(describe(&e)),
    }
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|err| String::from(err.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}
