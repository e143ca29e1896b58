//! Lists in pinyin order, by the browser's own collation data (`Intl.Collator` with pinyin
//! ordering), so no ordering table ships in the wasm. Initials are not taken from it any more
//! (a boundary table over it put 刘 under "m" once the data moved): `crate::pinyin` has them.

use js_sys::{Array, Intl, Object};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    static COLLATOR: RefCell<Option<Intl::Collator>> = const { RefCell::new(None) };
}

/// Two texts in pinyin order (Latin letters alphabetically), as Chinese readers sort lists.
pub fn collate(a: &str, b: &str) -> std::cmp::Ordering {
    compare_text(a, b).partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
}

fn compare_text(a: &str, b: &str) -> f64 {
    COLLATOR.with(|c| {
        let mut c = c.borrow_mut();
        let collator =
            c.get_or_insert_with(|| Intl::Collator::new(&Array::of1(&"zh-CN-u-co-pinyin".into()), &Object::new()));
        let compare = collator.compare();
        compare.call2(&JsValue::NULL, &a.into(), &b.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    })
}
