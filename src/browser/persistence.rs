//! Asking the browser not to evict Unionbook's storage when space runs low.

use wasm_bindgen_futures::JsFuture;

/// Whether the browser keeps this origin's storage: `Some(true)` persistent, `Some(false)` best
/// effort, `None` when the browser has no such API or refused to answer.
pub async fn request_persistent_storage() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    // Browsers grant persistence silently or not at all; asking twice is harmless.
    let promise = storage.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
