use super::*;
use crate::book::clock::Clock;
use crate::book::id::{Entropy, SeededEntropy};
use crate::book::session::Session;
use crate::book::store::MemoryStore;
use serde_json::json;
use std::cell::Cell;

/// A store that counts writes, to check what a save touches.
struct Counting {
    inner: MemoryStore,
    writes: Cell<usize>,
    written_units: Cell<usize>,
}

impl KeyValueStore for Counting {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writes.set(self.writes.get() + 1);
        self.written_units.set(self.written_units.get() + value.encode_utf16().count());
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

fn device() -> RecordId {
    SeededEntropy(99).new_id()
}

/// A book of `n` members with a few fields each.
fn members(n: usize) -> Book {
    let mut ids = SeededEntropy(1);
    let mut clock = Clock::new(device());
    let mut book = Book::new();
    for i in 0..n {
        let fields = [
            ("name".to_owned(), json!(format!("成员{i}"))),
            ("student_id".to_owned(), json!(format!("2021{i:06}"))),
            ("class_major".to_owned(), json!("人力资源管理 2101")),
        ];
        book.write(ids.new_id(), "member", clock.tick(1_764_000_000_000 + i as u64), fields);
    }
    book
}

#[test]
fn a_saved_book_loads_back_the_same() {
    let mut store = MemoryStore::new();
    let mut session = Session::in_memory(members(300), device());
    session.save(&mut store).unwrap();
    let loaded = Persister::load(&store, no_schemas).unwrap();
    assert_eq!(&loaded.book, session.book());
}

#[test]
fn saving_one_edit_writes_one_small_chunk() {
    let mut store = Counting { inner: MemoryStore::new(), writes: Cell::new(0), written_units: Cell::new(0) };
    let mut session = Session::in_memory(members(3000), device());
    session.save(&mut store).unwrap();
    let total = store.inner.used_units();

    store.writes.set(0);
    store.written_units.set(0);
    let (id, _) = session.book().live("member").nth(1234).map(|(id, r)| (id, r.clone())).unwrap();
    assert!(session.write(1_765_000_000_000, id, "member", [("phone".to_owned(), json!("13800000000"))]));
    session.save(&mut store).unwrap();
    assert_eq!(store.writes.get(), 1);
    assert!(store.written_units.get() * 100 < total, "one edit rewrote {} of {total} units", store.written_units.get());
}

#[test]
fn two_tabs_editing_the_same_record_keep_both_edits() {
    let mut store = MemoryStore::new();
    let mut first = Session::in_memory(members(50), device());
    first.save(&mut store).unwrap();
    let mut second = Session::open(&store, device(), no_schemas).unwrap();
    let id = first.book().live("member").next().unwrap().0;

    first.write(2_000_000_000_000, id, "member", [("phone".to_owned(), json!("138"))]);
    second.write(2_000_000_000_001, id, "member", [("email".to_owned(), json!("a@b.cn"))]);
    first.save(&mut store).unwrap();
    // The second tab has not heard of the first's save yet when it saves its own edit.
    second.save(&mut store).unwrap();

    let stored = Persister::load(&store, no_schemas).unwrap().book;
    let record = stored.get(id).unwrap();
    assert_eq!(record.text("phone"), "138");
    assert_eq!(record.text("email"), "a@b.cn");
    // And when the event arrives, the first tab learns of the second's edit.
    let key = ChunkKey::of("member", id).storage_key();
    assert!(first.absorb(&store, &key).unwrap());
    assert_eq!(first.book().get(id).unwrap().text("email"), "a@b.cn");
}

#[test]
fn a_full_store_leaves_the_book_in_memory_and_saves_later() {
    let mut store = MemoryStore::with_quota(2_000);
    let mut session = Session::in_memory(members(200), device());
    let before = session.book().clone();
    assert_eq!(session.save(&mut store), Err(SaveError::Store(StoreError::QuotaExceeded)));
    assert_eq!(session.book(), &before);
    assert!(session.has_unsaved_changes());

    let mut roomy = MemoryStore::new();
    for key in store.keys().unwrap() {
        roomy.set(&key, &store.get(&key).unwrap().unwrap()).unwrap();
    }
    session.save(&mut roomy).unwrap();
    assert!(!session.has_unsaved_changes());
    assert_eq!(Persister::load(&roomy, no_schemas).unwrap().book, before);
}

#[test]
fn an_unreadable_chunk_stops_the_load_and_is_left_alone() {
    let mut store = MemoryStore::new();
    Session::in_memory(members(20), device()).save(&mut store).unwrap();
    let key = store.keys().unwrap().into_iter().find(|k| k.starts_with("ub1/r/")).unwrap();
    store.set(&key, "2garbage").unwrap();
    match Persister::load(&store, no_schemas) {
        Err(LoadError::Unreadable { key: bad, .. }) => assert_eq!(bad, key),
        other => panic!("{other:?}"),
    }
    assert_eq!(store.get(&key).unwrap().as_deref(), Some("2garbage"));
    assert!(raw_dump(&store).unwrap().contains("2garbage"));
}

#[test]
fn a_book_from_a_newer_app_is_not_opened() {
    let mut store = MemoryStore::new();
    store.set(META_KEY, r#"{"layout":9}"#).unwrap();
    assert!(matches!(Persister::load(&store, no_schemas), Err(LoadError::NewerLayout(9))));
}

#[test]
fn chunk_names_round_trip() {
    let id = SeededEntropy(5).new_id();
    let key = ChunkKey::of("inspection_score", id);
    assert_eq!(ChunkKey::parse(&key.storage_key()), Some(key));
    assert_eq!(ChunkKey::parse("ub1/meta"), None);
    assert_eq!(ChunkKey::parse("ub1/r/member/128"), None);
    assert_eq!(ChunkKey::parse("ub1/r/member/07"), None);
}

#[test]
fn clearing_keeps_this_devices_own_notes() {
    let mut store = MemoryStore::new();
    Session::in_memory(members(5), device()).save(&mut store).unwrap();
    store.set("ub1/local/imports", "[]").unwrap();
    store.set("unionbook.settings.v1", "{}").unwrap();
    clear(&mut store).unwrap();
    assert_eq!(store.keys().unwrap(), ["ub1/local/imports", "ub1/meta", "unionbook.settings.v1"]);
}

/// A chunk's text from a JSON array of records, packed as the app packs it.
fn chunk_text(json: &str) -> String {
    pack_local(json.as_bytes())
}

fn member_chunk_key(id: RecordId) -> String {
    ChunkKey::of("member", id).storage_key()
}

fn unreadable_key(result: Result<Loaded, LoadError>) -> String {
    match result {
        Err(LoadError::Unreadable { key, .. }) => key,
        other => panic!("expected an unreadable book, got {other:?}"),
    }
}

#[test]
fn an_absurd_length_prefix_in_storage_makes_the_book_unreadable_not_a_panic() {
    let mut store = MemoryStore::new();
    Session::in_memory(members(20), device()).save(&mut store).unwrap();
    let key = store.keys().unwrap().into_iter().find(|k| k.starts_with("ub1/r/")).unwrap();
    for absurd in ["218446744073709551615:\u{100}", "24294967295:\u{100}\u{100}", "29999999999999999999999:"] {
        store.set(&key, absurd).unwrap();
        assert_eq!(unreadable_key(Persister::load(&store, no_schemas)), key);
    }
}

#[test]
fn another_tabs_chunk_with_an_absurd_length_is_damage_and_is_never_written_over() {
    let mut store = MemoryStore::new();
    let mut first = Session::in_memory(members(20), device());
    first.save(&mut store).unwrap();
    let id = first.book().live("member").next().unwrap().0;
    let key = member_chunk_key(id);
    store.set(&key, "218446744073709551615:\u{100}").unwrap();
    assert!(matches!(first.absorb(&store, &key), Err(SaveError::Damaged { .. })));
    // A later edit to a record of that chunk does not write over it.
    first.write(2_000_000_000_000, id, "member", [("phone".to_owned(), json!("138"))]);
    assert!(matches!(first.save(&mut store), Err(SaveError::Damaged { key: k, .. }) if k == key));
    assert_eq!(store.get(&key).unwrap().as_deref(), Some("218446744073709551615:\u{100}"));
    assert!(first.has_unsaved_changes(), "the edit is kept in memory");
}

#[test]
fn stored_records_pass_the_file_readers_checks() {
    let id = SeededEntropy(8).new_id();
    let stamp = format!("1764061200123.0.{}", device());
    let cases = [
        ("no fields", format!(r#"[{{"id":"{id}","kind":"member","at":"{stamp}","fields":{{}}}}]"#)),
        (
            "a bad stamp",
            format!(r#"[{{"id":"{id}","kind":"member","at":"1.4294967295.{}","fields":{{"name":"张三"}}}}]"#, device()),
        ),
        (
            "an object value",
            format!(r#"[{{"id":"{id}","kind":"member","at":"{stamp}","fields":{{"name":{{"a":1}}}}}}]"#),
        ),
        (
            "another kind than its chunk",
            format!(r#"[{{"id":"{id}","kind":"unit","at":"{stamp}","fields":{{"name_zh":"部"}}}}]"#),
        ),
    ];
    for (what, json) in cases {
        let mut store = MemoryStore::new();
        store.set(&member_chunk_key(id), &chunk_text(&json)).unwrap();
        assert_eq!(unreadable_key(Persister::load(&store, no_schemas)), member_chunk_key(id), "{what}");
    }
}

#[test]
fn a_record_stored_under_two_kinds_makes_the_book_unreadable() {
    let id = SeededEntropy(8).new_id();
    let stamp = format!("1764061200123.0.{}", device());
    let mut store = MemoryStore::new();
    let member = format!(r#"[{{"id":"{id}","kind":"member","at":"{stamp}","fields":{{"name":"张三"}}}}]"#);
    let unit = format!(r#"[{{"id":"{id}","kind":"unit","at":"{stamp}","fields":{{"name_zh":"部"}}}}]"#);
    store.set(&member_chunk_key(id), &chunk_text(&member)).unwrap();
    store.set(&ChunkKey::of("unit", id).storage_key(), &chunk_text(&unit)).unwrap();
    assert!(
        matches!(Persister::load(&store, no_schemas), Err(LoadError::Unreadable { reason, .. }) if reason.contains("twice"))
    );

    // And when another tab's chunk brings it, the join refuses it as damage.
    let mut store = MemoryStore::new();
    store.set(&member_chunk_key(id), &chunk_text(&member)).unwrap();
    let mut session = Session::open(&store, device(), no_schemas).unwrap();
    let unit_key = ChunkKey::of("unit", id).storage_key();
    store.set(&unit_key, &chunk_text(&unit)).unwrap();
    assert!(matches!(session.absorb(&store, &unit_key), Err(SaveError::Damaged { .. })));
    assert_eq!(session.book().get(id).unwrap().kind, "member");
}

#[test]
fn after_one_tab_starts_over_no_other_tab_writes_the_old_book_back() {
    let mut store = MemoryStore::new();
    let mut old_tab = Session::in_memory(members(10), device());
    old_tab.save(&mut store).unwrap();
    let fresh =
        Session::start_over(&mut store, device().writer_lane(1), SeededEntropy(77).new_id(), no_schemas).unwrap();
    assert!(fresh.book().is_empty());

    let id = old_tab.book().live("member").next().unwrap().0;
    old_tab.write(2_000_000_000_000, id, "member", [("phone".to_owned(), json!("138"))]);
    assert_eq!(old_tab.save(&mut store), Err(SaveError::Replaced));
    assert!(!old_tab.still_current(&store).unwrap());
    assert!(Persister::load(&store, no_schemas).unwrap().book.is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 2_000, ..Default::default() })]

    /// Whatever text a chunk holds — random, or a real chunk with bytes changed — reading it
    /// gives records or an error, never a panic, and a load never half-opens.
    #[test]
    fn any_stored_text_decodes_or_is_refused_without_panicking(
        noise in proptest::collection::vec(proptest::prelude::any::<char>(), 0..200),
        flips in proptest::collection::vec((0usize..4000, 0x100u32..0x8100), 0..6),
        cut in 0usize..4000,
    ) {
        let chunk = ChunkKey { kind: "member".into(), bucket: 0 };
        let random: String = noise.into_iter().collect();
        let _ = decode_chunk(&random, &chunk, no_schemas);
        let _ = decode_chunk(&format!("2{random}"), &chunk, no_schemas);

        let book = members(30);
        let (id, record) = book.iter().next().unwrap();
        let real_chunk = ChunkKey::of(&record.kind, id);
        let text = encode_chunk(&book, &real_chunk).unwrap();
        let mut chars: Vec<char> = text.chars().collect();
        for (at, unit) in flips {
            let at = 2 + at % (chars.len() - 2);
            chars[at] = char::from_u32(unit).unwrap();
        }
        let damaged: String = chars.iter().take(cut.max(1)).collect();
        let mut store = MemoryStore::new();
        store.set(&real_chunk.storage_key(), &damaged).unwrap();
        match Persister::load(&store, no_schemas) {
            Ok(loaded) => proptest::prop_assert!(loaded.book.iter().all(|(_, r)| !r.fields.is_empty())),
            Err(LoadError::Unreadable { .. }) => {}
            Err(other) => proptest::prop_assert!(false, "{other:?}"),
        }
    }
}
