//! The language the interface is drawn in. The whole app is drawn again when it changes (see
//! `app.rs`), so views read it once, untracked, instead of each string subscribing to it:
//! hundreds of reactive text nodes would cost the wasm bundle more than 100 KB.

use std::cell::Cell;

use crate::i18n::Locale;
use crate::locale::Lang;

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::zh) };
}

/// Called by the app's root each time it draws: the language for every string drawn, and for
/// the document, so screen readers pronounce it right.
pub fn show(locale: Locale) {
    CURRENT.with(|c| c.set(locale));
    let lang = match locale {
        Locale::en => "en",
        Locale::zh => "zh",
    };
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang);
    }
}

/// Sets the document's title (what the tab and the history show).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

pub fn current_locale() -> Locale {
    CURRENT.with(Cell::get)
}

pub fn current_lang() -> Lang {
    match current_locale() {
        Locale::en => Lang::En,
        Locale::zh => Lang::Zh,
    }
}
