//! Other tabs of the app: the `storage` event fires here when one of them writes.

use wasm_bindgen::prelude::*;

/// Calls `on_change` with each key another tab changes (`None` when it cleared storage).
pub fn on_storage_change(on_change: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| on_change(e.key()));
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
