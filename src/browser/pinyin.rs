//! Pinyin initials of Chinese names ("zs" for 张三), from the browser's own collation data
//! (`Intl.Collator` with pinyin ordering), so no character table ships in the wasm; and the
//! same collation to sort lists.

use js_sys::{Array, Intl, Object};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The first character of each initial in pinyin order: a character sorts under the last of
/// these that does not sort after it. The usual table for this technique.
const BOUNDARIES: [(char, char); 23] = [
    ('a', '阿'),
    ('b', '八'),
    ('c', '嚓'),
    ('d', '哒'),
    ('e', '妸'),
    ('f', '发'),
    ('g', '旮'),
    ('h', '哈'),
    ('j', '讥'),
    ('k', '咔'),
    ('l', '垃'),
    ('m', '痳'),
    ('n', '拏'),
    ('o', '噢'),
    ('p', '妑'),
    ('q', '七'),
    ('r', '呥'),
    ('s', '扨'),
    ('t', '它'),
    ('w', '穵'),
    ('x', '夕'),
    ('y', '丫'),
    ('z', '帀'),
];

thread_local! {
    static COLLATOR: RefCell<Option<Intl::Collator>> = const { RefCell::new(None) };
}

/// Two texts in pinyin order (Latin letters alphabetically), as Chinese readers sort lists.
pub fn collate(a: &str, b: &str) -> std::cmp::Ordering {
    compare_text(a, b).partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
}

fn compare(a: char, b: char) -> f64 {
    compare_text(&a.to_string(), &b.to_string())
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

/// The lower-case initials of a name: pinyin initials for Chinese characters, the letter itself
/// for Latin letters, nothing for anything else.
pub fn initials(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            if c.is_ascii_alphabetic() {
                return Some(c.to_ascii_lowercase());
            }
            if !('\u{4e00}'..='\u{9fff}').contains(&c) {
                return None;
            }
            BOUNDARIES.iter().rev().find(|(_, b)| compare(*b, c) <= 0.0).map(|(letter, _)| *letter)
        })
        .collect()
}
