//! The storage decoder over hostile text: what localStorage holds is untrusted like a file
//! (another program, a damaged profile, a hand edit). A stored book either opens whole or is
//! refused naming the key, and opening never writes.

use proptest::prelude::*;
use unionbook_core::book::packing::unpack15;
use unionbook_core::book::persist::{ChunkKey, LoadError, pack_local, unpack_local};
use unionbook_core::book::store::{KeyValueStore, MemoryStore};
use unionbook_core::book::{RecordId, Session};
use unionbook_core::kinds::schema_of;

use super::{alloc, config, hostile, memory_bound};

/// The base book as saved, and the key of its largest chunk.
fn stored() -> (MemoryStore, String) {
    let mut session = hostile::base_session();
    let mut store = MemoryStore::new();
    session.save(&mut store).expect("a memory store takes the book");
    let chunk = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| ChunkKey::parse(k).is_some())
        .max_by_key(|k| store.get(k).unwrap().map_or(0, |v| v.len()))
        .expect("the book has chunks");
    (store, chunk)
}

fn contents(store: &MemoryStore) -> Vec<(String, Option<String>)> {
    store.keys().unwrap().into_iter().map(|k| (k.clone(), store.get(&k).unwrap())).collect()
}

/// Stores `text` as the chunk `key` and opens the book: it opens with every record where it
/// belongs, or is refused naming a key; the store is left as it was; memory stays bounded.
fn open_with(mut store: MemoryStore, key: &str, text: &str) -> Result<(), TestCaseError> {
    store.set(key, text).unwrap();
    let before = contents(&store);
    let inflated = unpack_local(text).map_or(0, |json| json.len());
    let (opened, peak) = alloc::peak_of(|| Session::open(&store, RecordId::well_known(3), schema_of));
    let bound = memory_bound(inflated.max(text.len()));
    prop_assert!(peak <= bound, "{} bytes held opening a chunk of {} ({} inflated)", peak, text.len(), inflated);
    prop_assert_eq!(contents(&store), before, "opening wrote to storage");
    match opened {
        Ok(session) => {
            for (id, record) in session.book().iter() {
                let chunk = ChunkKey::of(&record.kind, id).storage_key();
                prop_assert!(store.get(&chunk).unwrap().is_some(), "{} came from a chunk it does not belong in", id);
            }
        }
        Err(LoadError::Unreadable { key: named, .. }) => prop_assert_eq!(named, key),
        Err(other) => prop_assert!(false, "refused without naming the chunk: {:?}", other),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(200))]

    /// A stored chunk's records, damaged as files are, then compressed and packed again: the
    /// decoder meets sound packing around hostile JSON.
    #[test]
    fn a_chunk_of_damaged_records_opens_or_is_refused_by_name(damages in hostile::damage()) {
        let (store, key) = stored();
        let json = unpack_local(&store.get(&key).unwrap().unwrap()).unwrap();
        let damaged = hostile::apply(&String::from_utf8(json).unwrap(), &damages);
        open_with(store, &key, &pack_local(&damaged))?;
    }

    /// The stored text itself damaged: characters changed, added, dropped, or cut short.
    #[test]
    fn a_damaged_chunk_text_opens_or_is_refused_by_name(
        edits in prop::collection::vec((any::<usize>(), 0u8..4, any::<char>()), 1..6),
    ) {
        let (store, key) = stored();
        let mut chars: Vec<char> = store.get(&key).unwrap().unwrap().chars().collect();
        for (at, what, c) in edits {
            let at = at % (chars.len() + 1);
            match what {
                0 => chars.insert(at, c),
                1 if at < chars.len() => drop(chars.remove(at)),
                2 => chars.truncate(at),
                _ if at < chars.len() => chars[at] = c,
                _ => {}
            }
        }
        open_with(store, &key, &chars.into_iter().collect::<String>())?;
    }

    /// Text that was never a chunk, under a chunk's name or under one no chunk has.
    #[test]
    fn random_text_in_storage_opens_or_is_refused_by_name(
        text in prop_oneof![".{0,200}", "2[0-9]{0,4}:[\u{100}-\u{80ff}]{0,100}", "2[0-9]{0,20}:.{0,50}"],
        bucket in prop_oneof![Just("0".to_owned()), "[0-9]{1,4}", ".{0,6}"],
        kind in prop_oneof![Just("member".to_owned()), "[a-z_]{1,10}", ".{0,10}"],
    ) {
        let (store, _) = stored();
        open_with(store, &format!("ub1/r/{kind}/{bucket}"), &text)?;
        prop_assert!(unpack15(&text).is_none_or(|bytes| bytes.len() <= text.len()));
    }
}

/// A chunk that inflates far beyond its stored size (a "zip bomb") costs memory in proportion
/// to what it inflates to, which the decoder caps, and nothing more.
#[test]
fn a_chunk_that_inflates_a_thousandfold_is_read_within_bounds() {
    let (store, key) = stored();
    let mut json = b"[".to_vec();
    json.resize(4 << 20, b' ');
    json.push(b']');
    let text = pack_local(&json);
    assert!(text.len() * 500 < json.len(), "the bomb is {} chars", text.len());
    open_with(store, &key, &text).unwrap();
}
