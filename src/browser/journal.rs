//! The journal (`book::journal`) in IndexedDB: one object store of entries (their stored text
//! under their ids). Each save's entries go in one transaction of strict durability — the
//! browser reports it complete only once the disk has it, which localStorage never says — and
//! at start the journal is replayed into localStorage and folded in one transaction, so no other
//! tab's write comes between reading an entry and replacing it.
//!
//! Written against web-sys rather than a crate: the app needs three operations, and every crate
//! brings its own futures and errors to the first load. A later layout of the journal takes a
//! new database name rather than a version upgrade, so no tab open on this one ever blocks it.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbTransaction};

use crate::book::journal::{JournalEntry, Replay};

const DATABASE: &str = "unionbook-journal";
const ENTRIES: &str = "entries";

thread_local! {
    /// The database's opening, begun once a tab: every caller awaits this one promise, and
    /// its callbacks run in the order they were registered, so transactions are created — and
    /// run — in the order the saves were made.
    static OPENING: RefCell<Option<Result<(IdbOpenDbRequest, js_sys::Promise), String>>> = const { RefCell::new(None) };

    /// Resolved once the replay's transaction exists (or the replay gave up): a save's entries
    /// wait for it, so none of them replaces an entry the replay has not read yet.
    static REPLAY_BEGUN: (js_sys::Promise, js_sys::Function) = {
        let mut begin = None;
        let begun = js_sys::Promise::new(&mut |resolve, _| begin = Some(resolve));
        (begun, begin.expect("the executor runs at once"))
    };
}

fn open() -> Result<(IdbOpenDbRequest, js_sys::Promise), String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(|e| describe(&e))?
        .ok_or("this browser offers no IndexedDB")?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(|e| describe(&e))?;
    let upgrading = request.clone();
    let upgrade = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Ok(db) = upgrading.result() {
            let _ = db.unchecked_into::<IdbDatabase>().create_object_store(ENTRIES);
        }
    });
    request.set_onupgradeneeded(Some(&upgrade.into_js_value().unchecked_into()));
    let opened = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    Ok((request, opened))
}

async fn database() -> Result<IdbDatabase, String> {
    let (request, opened) = OPENING.with(|o| o.borrow_mut().get_or_insert_with(open).clone())?;
    JsFuture::from(opened).await.map_err(|_| describe_error(request.error().ok().flatten()))?;
    request.result().map(JsCast::unchecked_into).map_err(|e| describe(&e))
}

/// A read-write transaction whose completion means the disk has it (`durability: "strict"`;
/// a browser that does not know the option ignores it).
fn durable_transaction(db: &IdbDatabase) -> Result<(IdbTransaction, IdbObjectStore), String> {
    // web-sys offers the options dictionary only behind `web_sys_unstable_apis`: called as JS.
    let options = js_sys::Object::new();
    let tx = js_sys::Reflect::set(&options, &"durability".into(), &"strict".into())
        .and_then(|_| js_sys::Reflect::get(db, &"transaction".into()))
        .and_then(|f| f.unchecked_into::<js_sys::Function>().call3(db, &ENTRIES.into(), &"readwrite".into(), &options))
        .map_err(|e| describe(&e))?
        .unchecked_into::<IdbTransaction>();
    let store = tx.object_store(ENTRIES).map_err(|e| describe(&e))?;
    Ok((tx, store))
}

/// Resolves when the transaction has committed, fails when it aborts.
async fn committed(tx: &IdbTransaction) -> Result<(), String> {
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(done).await.map(|_| ()).map_err(|_| describe_error(tx.error()))
}

fn put(store: &IdbObjectStore, entry: &JournalEntry) -> Result<(), String> {
    let value = JsValue::from_str(&entry.to_stored());
    store.put_with_key(&value, &JsValue::from_str(&entry.id())).map(|_| ()).map_err(|e| describe(&e))
}

/// Puts a save's entries in the journal; `done` hears once the disk has them (or why not).
pub fn write(entries: Vec<JournalEntry>, done: impl FnOnce(Result<(), String>) + 'static) {
    spawn_local(async move {
        let written = async {
            let _ = JsFuture::from(REPLAY_BEGUN.with(|(begun, _)| begun.clone())).await;
            let (tx, store) = durable_transaction(&database().await?)?;
            for entry in &entries {
                put(&store, entry)?;
            }
            committed(&tx).await
        };
        let result = written.await;
        if let Err(why) = &result {
            warn(&format!("a save could not be journaled: {why}"));
        }
        done(result);
    });
}

/// Runs `replay` (`book::journal::replay` over localStorage) on the journal's entries, as
/// stored, and folds the journal as it says; `restored` hears which keys were written back
/// into localStorage, to join them like another tab's writes.
pub fn replay(replay: fn(Vec<String>) -> Replay, restored: impl FnOnce(Vec<String>) + 'static) {
    spawn_local(async move {
        let replayed = async {
            let began = match database().await {
                Ok(db) => durable_transaction(&db),
                Err(why) => Err(why),
            };
            // Saves may be journaled now: the replay's transaction, if there is one, comes first.
            let _ = REPLAY_BEGUN.with(|(_, begin)| begin.call0(&JsValue::NULL));
            let (tx, store) = began?;
            let all = store.get_all().map_err(|e| describe(&e))?;
            let reading = all.clone();
            let mut restored = Some(restored);
            // Runs in the request's own success event, while the transaction is active: the
            // fold is then part of it.
            let on_read = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                let values: js_sys::Array =
                    reading.result().map(JsCast::unchecked_into).unwrap_or_else(|_| js_sys::Array::new());
                let replayed = replay(values.iter().filter_map(|v| v.as_string()).collect());
                if let Some(e) = &replayed.failed {
                    warn(&format!("the journal could not be replayed: {e}"));
                }
                for entry in &replayed.put {
                    let _ = put(&store, entry);
                }
                for id in &replayed.delete {
                    let _ = store.delete(&JsValue::from_str(id));
                }
                if let Some(restored) = restored.take() {
                    restored(replayed.restored);
                }
            });
            all.set_onsuccess(Some(&on_read.into_js_value().unchecked_into()));
            committed(&tx).await
        };
        if let Err(why) = replayed.await {
            warn(&format!("the journal could not be replayed: {why}"));
        }
    });
}

fn warn(what: &str) {
    web_sys::console::warn_1(&format!("Unionbook: {what}").into());
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|err| String::from(err.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

fn describe_error(e: Option<web_sys::DomException>) -> String {
    e.map(|e| e.message()).unwrap_or_else(|| "the journal's transaction failed".to_owned())
}
