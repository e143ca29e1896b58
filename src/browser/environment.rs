//! What the browser says about the user: their languages and today's date.

use chrono::NaiveDate;

/// The user's preferred languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator.languages().iter().filter_map(|tag| tag.as_string()).collect();
    if list.is_empty() { navigator.language().into_iter().collect() } else { list }
}

/// Today in the device's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// Milliseconds since 1970, from the device's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A local date and time for a moment given in milliseconds since 1970.
/// "18:42": a moment (milliseconds since 1970) as the phone's clock showed it.
pub fn clock_time(ms: i64) -> String {
    crate::locale::clock_time(local_datetime(ms.max(0) as u64))
}

pub fn local_datetime(ms: u64) -> chrono::NaiveDateTime {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .and_then(|date| date.and_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds()))
        .unwrap_or_default()
}

/// The current moment in UTC, RFC 3339, for export files.
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Randomness from the browser's cryptographic generator, for new ids.
pub struct BrowserEntropy;

impl crate::book::Entropy for BrowserEntropy {
    fn bytes10(&mut self) -> [u8; 10] {
        let mut bytes = [0u8; 10];
        let crypto = web_sys::window().and_then(|w| w.crypto().ok());
        let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
        if !filled {
            // Every browser that runs wasm has crypto; this is a last resort, not a path.
            for (i, b) in bytes.iter_mut().enumerate() {
                *b = ((js_sys::Math::random() * 256.0) as u8) ^ (i as u8);
            }
        }
        bytes
    }
}
