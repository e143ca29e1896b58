//! Where typed input waits to be saved: one localStorage entry per form, apart from the book's
//! own entries. A storage that refuses (full, private window) only means no draft is kept; the
//! form itself goes on working.

use crate::drafts::{Draft, to_drop};

const PREFIX: &str = "unionbook.draft:";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The storage key of a form's draft: its page's path and the form's place on the page.
pub fn key(path: &str, form: usize) -> String {
    format!("{PREFIX}{path}#{form}")
}

/// Every stored key that holds a draft.
fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(PREFIX)).collect()
}

pub fn get(key: &str) -> Option<Draft> {
    Draft::from_text(&storage()?.get_item(key).ok().flatten()?)
}

/// Keeps a draft, then drops the oldest beyond the number kept.
pub fn put(key: &str, draft: &Draft) {
    let Some(storage) = storage() else { return };
    if storage.set_item(key, &draft.to_text()).is_err() {
        return;
    }
    let dated = keys(&storage).into_iter().map(|k| {
        let at = storage.get_item(&k).ok().flatten().and_then(|t| Draft::from_text(&t)).map_or(0, |d| d.at);
        (k, at)
    });
    for old in to_drop(dated.collect()) {
        let _ = storage.remove_item(&old);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The drafts of the forms of the page at `path`, by key.
pub fn of_page(path: &str) -> Vec<(String, Draft)> {
    let Some(storage) = storage() else { return Vec::new() };
    let page = format!("{PREFIX}{path}#");
    let mut found: Vec<(String, Draft)> = keys(&storage)
        .into_iter()
        .filter(|k| k.starts_with(&page))
        .filter_map(|k| Some((k.clone(), Draft::from_text(&storage.get_item(&k).ok().flatten()?)?)))
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// Whether the page at `path` has a draft: read without parsing any (the first load checks it
/// on every page).
pub fn any_of_page(path: &str) -> bool {
    let Some(storage) = storage() else { return false };
    let page = format!("{PREFIX}{path}#");
    keys(&storage).iter().any(|k| k.starts_with(&page))
}

/// Forgets the drafts of every form of the page at `path`: its input was saved.
pub fn forget_page(path: &str) {
    let Some(storage) = storage() else { return };
    let page = format!("{PREFIX}{path}#");
    for key in keys(&storage).into_iter().filter(|k| k.starts_with(&page)) {
        let _ = storage.remove_item(&key);
    }
}
