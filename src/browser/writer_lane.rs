//! Which writer lane this tab holds (see `RecordId::writer_lane`): the lowest lane no other
//! open tab of the app holds, through the Web Locks API. The lock is held for the tab's life
//! and released by the browser when the tab closes or crashes, so lanes are reused.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::book::id::WRITER_LANES;

/// Claims the lowest free lane. `None` when the browser has no Web Locks or every lane is
/// taken: the tab then writes under a writer id of its own.
pub async fn claim_lane() -> Option<u32> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok().filter(|l| l.is_object())?;
    let request: js_sys::Function = js_sys::Reflect::get(&locks, &"request".into()).ok()?.dyn_into().ok()?;
    for lane in 0..WRITER_LANES {
        if try_lock(&locks, &request, lane).await {
            return Some(lane);
        }
    }
    None
}

/// Asks for lane `lane`'s lock without waiting: true when granted (and then held for good).
async fn try_lock(locks: &JsValue, request: &js_sys::Function, lane: u32) -> bool {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    let name = JsValue::from_str(&format!("unionbook-writer-{lane}"));
    let granted = js_sys::Promise::new(&mut |resolve, _reject| {
        let refused = resolve.clone();
        let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
            let got = !lock.is_null();
            let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(got));
            // Returning a promise that never settles keeps the lock until the tab goes away.
            if got { js_sys::Promise::new(&mut |_, _| {}).into() } else { JsValue::NULL }
        });
        if request.call3(locks, &name, &options, &callback).is_err() {
            let _ = refused.call1(&JsValue::NULL, &JsValue::FALSE);
        }
    });
    JsFuture::from(granted).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
