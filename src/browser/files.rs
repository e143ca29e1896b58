//! Files in and out: saving an export through the share sheet or as a download, and reading
//! the files a user picks for import.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, FilePropertyBag, HtmlAnchorElement, Url};

/// How an export left the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivered {
    Shared,
    Downloaded,
    /// The user closed the share sheet.
    Cancelled,
}

fn js_error(e: JsValue) -> String {
    // A failed read rejects with a DOMException (NotReadableError), not an Error.
    e.dyn_ref::<web_sys::DomException>()
        .map(|e| e.message())
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Offers the file to the system share sheet where the browser can share files (phones), and
/// downloads it elsewhere. Must run from a user's tap.
pub async fn share_or_download(name: &str, text: &str) -> Result<Delivered, String> {
    let window = web_sys::window().ok_or("no window")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = FilePropertyBag::new();
    options.set_type("application/json");
    let file = File::new_with_str_sequence_and_options(&parts, name, &options).map_err(js_error)?;
    let navigator = window.navigator();
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).map_err(js_error)?;
    js_sys::Reflect::set(&data, &"title".into(), &name.into()).map_err(js_error)?;
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&navigator, &data).ok())
        .is_some_and(|v| v.is_truthy());
    if can_share {
        let share: js_sys::Function =
            js_sys::Reflect::get(&navigator, &"share".into()).map_err(js_error)?.unchecked_into();
        let promise: js_sys::Promise = share.call1(&navigator, &data).map_err(js_error)?.unchecked_into();
        return match JsFuture::from(promise).await {
            Ok(_) => Ok(Delivered::Shared),
            Err(e) if e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "AbortError") => {
                Ok(Delivered::Cancelled)
            }
            // Some browsers refuse a share they said they could do; a download still works.
            Err(_) => download(name, text).map(|_| Delivered::Downloaded),
        };
    }
    download(name, text).map(|_| Delivered::Downloaded)
}

/// Saves text as a file through the browser's downloads.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    download_bytes(name, text.as_bytes(), "application/json")
}

/// Saves bytes as a file through the browser's downloads.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let array = js_sys::Uint8Array::from(bytes);
    let blob = Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(&array), &options).map_err(js_error)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let anchor: HtmlAnchorElement = document.create_element("a").map_err(js_error)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click has started the download; the URL can go once the browser has it.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    let _ = web_sys::window()
        .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000));
    Ok(())
}

/// Text in GB18030 (which covers GBK), decoded by the browser's own `TextDecoder`.
pub fn decode_gb18030(bytes: &[u8]) -> Result<String, String> {
    let decoder = web_sys::TextDecoder::new_with_label("gb18030").map_err(js_error)?;
    decoder.decode_with_u8_array(bytes).map_err(js_error)
}

/// A file the user picked: its name and bytes, or why they were not read.
pub struct PickedFile {
    pub name: String,
    pub contents: Result<Vec<u8>, Unread>,
}

/// Why a picked file's bytes were not read.
pub enum Unread {
    /// Larger than the caller's limit: its size in bytes.
    TooLarge(usize),
    /// The browser failed to read it (a file on a cloud drive not downloaded, a USB stick
    /// pulled out, the file changed since it was picked): the browser's reason.
    Failed(String),
}

/// Reads the picked files, skipping the read of any larger than `limit` bytes.
pub async fn read_picked(files: web_sys::FileList, limit: usize) -> Vec<PickedFile> {
    let mut out = Vec::new();
    for i in 0..files.length() {
        let Some(file) = files.item(i) else { continue };
        let size = file.size() as usize;
        let contents = if size > limit {
            Err(Unread::TooLarge(size))
        } else {
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(e) => Err(Unread::Failed(js_error(e))),
            }
        };
        out.push(PickedFile { name: file.name(), contents });
    }
    out
}
