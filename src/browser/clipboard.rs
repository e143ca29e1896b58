//! The clipboard: text an officer pastes elsewhere (a chat group's notice).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Puts text on the clipboard. Fails where the browser has no clipboard or refuses (an
/// insecure page, a denied permission): the caller says so, and the text stays selectable.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let navigator = web_sys::window().ok_or(())?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| ())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(())?;
    let promise: js_sys::Promise = write.call1(&clipboard, &JsValue::from_str(text)).map_err(|_| ())?.unchecked_into();
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}
