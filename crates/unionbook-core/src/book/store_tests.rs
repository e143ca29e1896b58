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
