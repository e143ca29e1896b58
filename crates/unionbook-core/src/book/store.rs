//! The storage the book is kept in, as a small key–value trait: localStorage in the browser
//! (`crate::browser::local_storage`), a map in tests.

use std::collections::BTreeMap;
use std::fmt;

/// Why a store refused to read or write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser offers no storage at all (disabled, or a private window that forbids it).
    Unavailable(String),
    /// The store is full.
    QuotaExceeded,
    /// Any other refusal, with the browser's words.
    Failed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
            StoreError::QuotaExceeded => write!(f, "storage full"),
            StoreError::Failed(why) => write!(f, "storage error: {why}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string-to-string store, such as localStorage.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store with an optional quota counted like localStorage's: UTF-16 code units of
/// keys and values together.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    quota_units: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// A store that refuses writes that would take it over `units` UTF-16 code units.
    pub fn with_quota(units: usize) -> MemoryStore {
        MemoryStore { quota_units: Some(units), ..MemoryStore::default() }
    }

    /// The space used, in UTF-16 code units of keys and values.
    pub fn used_units(&self) -> usize {
        self.entries.iter().map(|(k, v)| units(k) + units(v)).sum()
    }
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota_units {
            let replaced = self.entries.get(key).map_or(0, |old| units(key) + units(old));
            if self.used_units() - replaced + units(key) + units(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_it_is_given() {
        let mut store = MemoryStore::new();
        store.set("a", "1").unwrap();
        assert_eq!(store.get("a").unwrap().as_deref(), Some("1"));
        store.remove("a").unwrap();
        assert_eq!(store.get("a").unwrap(), None);
    }

    #[test]
    fn refuses_writes_over_its_quota_and_keeps_the_old_value() {
        let mut store = MemoryStore::with_quota(10);
        store.set("k", "12345").unwrap();
        assert_eq!(store.set("k", "1234567890"), Err(StoreError::QuotaExceeded));
        assert_eq!(store.get("k").unwrap().as_deref(), Some("12345"));
        // Replacing a value only counts the difference.
        store.set("k", "123456789").unwrap();
    }

    #[test]
    fn counts_chinese_text_in_utf16_units() {
        let mut store = MemoryStore::new();
        store.set("名", "学生会").unwrap();
        assert_eq!(store.used_units(), 4);
    }
}
