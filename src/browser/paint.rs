//! Waiting for the browser to paint, so that work a first draw does not need (fetching a lazy
//! chunk) starts after the screen shows the page rather than before.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// How long a tab that paints nothing (hidden, so without animation frames) waits instead.
const HIDDEN_TAB_WAIT_MS: i32 = 100;

/// Resolves just after the next paint: a frame callback runs just before it, and a timeout set
/// there runs after it. A hidden tab resolves after `HIDDEN_TAB_WAIT_MS`.
pub async fn after_next_paint() {
    let Some(window) = web_sys::window() else { return };
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        let after = resolve.clone();
        let frame = Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(&after);
            }
        });
        let _ = window.request_animation_frame(frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, HIDDEN_TAB_WAIT_MS);
    });
    let _ = JsFuture::from(painted).await;
}
