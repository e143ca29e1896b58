//! The book as the app holds it: one `Session` in a stored value, a revision signal that views
//! track, and what the user must be told about storage. Every edit is saved at once, to
//! localStorage and to the journal (`book::journal`): a save is on the disk only once the
//! journal's transaction has committed, and the notice bar waits for that before it says so.

use leptos::prelude::*;

use crate::book::history::{HISTORY_KEY, ImportEntry, ImportHistory, LastExport};
use crate::book::journal::{JournalEntry, Recording, Replay};
use crate::book::persist::{self, LoadError, SaveError};
use crate::book::store::{KeyValueStore, StoreError};
use crate::book::{Book, RecordId, Session};
use crate::browser::environment::{BrowserEntropy, now_ms};
use crate::browser::journal;
use crate::browser::local_storage::LocalStorage;
use crate::kinds::schema_of;
use crate::people::model::UNION_PROFILE;

/// How long a journal write may take before the notice bar stops waiting for it.
const JOURNAL_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// Whether the stored book is in step with the one in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BookHealth {
    Saved,
    /// The last save failed; the book in memory holds everything, unsaved.
    SaveFailed(StoreError),
    /// The stored book could not be read; it is kept as it is and nothing is saved over it.
    Unreadable {
        key: String,
        reason: String,
    },
    /// Stored by a newer Unionbook.
    NewerApp(u64),
    /// Storage could not be read at all.
    NoStorage(StoreError),
}

impl BookHealth {
    /// Whether edits may be made (and saved over what is stored).
    pub fn editable(&self) -> bool {
        matches!(self, BookHealth::Saved | BookHealth::SaveFailed(_) | BookHealth::NoStorage(_))
    }
}

#[derive(Clone, Copy)]
pub struct BookState {
    session: StoredValue<Session>,
    revision: RwSignal<u64>,
    pub health: RwSignal<BookHealth>,
    pub history: RwSignal<ImportHistory>,
    /// The history holds changes storage does not have yet (a write failed, or is to come).
    history_unsaved: StoredValue<bool>,
    pub last_export: RwSignal<LastExport>,
    /// Journal transactions not committed yet: until then the latest save is in localStorage
    /// only, which Chromium writes to its disk seconds or minutes later.
    journal_writes: RwSignal<u64>,
    /// The last journal write failed (no IndexedDB in this browser, a full disk; the console
    /// says why): saves then reach the disk whenever the browser writes localStorage.
    journal_trouble: RwSignal<bool>,
}

impl BookState {
    /// Opens the stored book for this tab's writer and keeps it in step with other tabs.
    pub fn open(writer: RecordId) -> BookState {
        let (session, health) = open_session(writer);
        let state = BookState {
            session: StoredValue::new(session),
            revision: RwSignal::new(0),
            health: RwSignal::new(health),
            history: RwSignal::new(ImportHistory::load(&storage())),
            history_unsaved: StoredValue::new(false),
            last_export: RwSignal::new(LastExport::load(&LocalStorage)),
            journal_writes: RwSignal::new(0),
            journal_trouble: RwSignal::new(false),
        };
        state.mark_loaded();
        // What the browser lost of the last saves (killed before it wrote localStorage to its
        // disk) comes back from the journal, and is joined as another tab's saves are.
        leptos::task::spawn_local(async move {
            journal::replay(journal_replayer().await, move |restored| {
                for key in restored {
                    state.absorb(&key);
                }
            });
        });
        state
    }

    /// Whether the latest save is still on its way to the disk, so "saved" is not true yet.
    pub fn writing_to_disk(&self) -> bool {
        self.journal_writes.get() > 0
    }

    /// Whether this browser keeps no durable copy (the journal failed): a save is then on the
    /// disk only once the browser writes localStorage there, which the page cannot know.
    pub fn without_durable_copy(&self) -> bool {
        self.journal_trouble.get()
    }

    /// Puts a save's writes in the journal, counting it as on its way until it commits — or
    /// until `JOURNAL_PATIENCE` has passed, so a journal that never answers cannot hold the
    /// notices back for good (they then say the change is in the browser's memory).
    fn journal(&self, entries: Vec<JournalEntry>) {
        if entries.is_empty() {
            return;
        }
        self.journal_writes.update(|n| *n += 1);
        let state = *self;
        let settled = std::rc::Rc::new(std::cell::Cell::new(false));
        let settle = move |on_disk: bool| {
            if !settled.replace(true) {
                state.journal_writes.update(|n| *n -= 1);
                state.journal_trouble.set(!on_disk);
            }
        };
        let on_time = settle.clone();
        journal::write(entries, move |result| on_time(result.is_ok()));
        set_timeout(move || settle(false), JOURNAL_PATIENCE);
    }

    fn mark_loaded(&self) {
        if let Some(p) = performance() {
            let _ = p.mark("unionbook:book-loaded");
        }
    }

    /// This tab's writer id: the device's, or one of its lanes.
    pub fn writer(&self) -> RecordId {
        self.session.with_value(Session::device)
    }

    /// Reads the book, tracking changes.
    pub fn read<T>(&self, f: impl FnOnce(&Book) -> T) -> T {
        self.revision.track();
        self.session.with_value(|s| f(s.book()))
    }

    /// Reads the session (undo state, unexported changes), tracking changes.
    pub fn read_session<T>(&self, f: impl FnOnce(&Session) -> T) -> T {
        self.revision.track();
        self.session.with_value(f)
    }

    /// Makes a change and saves it. Refused (`None`) while the stored book is unreadable, so
    /// nothing is ever saved over it.
    pub fn edit<T>(&self, f: impl FnOnce(&mut Session, u64) -> T) -> Option<T> {
        if !self.health.with_untracked(BookHealth::editable) {
            return None;
        }
        let now = now_ms();
        let out = self.session.try_update_value(|s| f(s, now))?;
        self.save();
        self.revision.update(|r| *r += 1);
        Some(out)
    }

    /// Writes what is unsaved — the book's changed chunks, then the history — and reports a
    /// failure (the banner), or clears it on success.
    pub fn save(&self) {
        let mut store = storage();
        let result = measure("unionbook:save", || self.session.try_update_value(|s| s.save(&mut store)));
        self.after_joining();
        let history = matches!(result, Some(Ok(()))).then(|| self.save_history(&mut store));
        // Journaled before anything below can save again (a reopen), so the journal gets
        // each key's writes in the order they were made.
        self.journal(store.entries(self.writer()));
        match (result, history) {
            (Some(Ok(())), Some(Ok(()))) => self.health.set(BookHealth::Saved),
            (_, Some(Err(e))) => self.health.set(BookHealth::SaveFailed(e)),
            (Some(Err(e)), _) => self.failed(e),
            _ => {}
        }
    }

    fn failed(&self, error: SaveError) {
        match error {
            SaveError::Store(e) => self.health.set(BookHealth::SaveFailed(e)),
            SaveError::Damaged { key, reason } => self.health.set(BookHealth::Unreadable { key, reason }),
            SaveError::Replaced => self.reopen(),
        }
    }

    /// Another tab began a new epoch (it undid an import, or started over): this tab's book is
    /// not the stored one any more, so the stored one is opened, with this tab's own unsaved
    /// edits kept.
    fn reopen(&self) {
        let reopened = self.session.with_value(|s| measure("unionbook:load", || s.reopen(&storage())));
        let (session, health) = match reopened {
            Ok(session) => (session, BookHealth::Saved),
            Err(_) => open_session(self.writer()),
        };
        self.session.set_value(session);
        self.health.set(health);
        self.revision.update(|r| *r += 1);
        if self.session.with_value(Session::has_unsaved_changes) {
            self.save();
        }
    }

    /// Records what joining other tabs' saves set aside, where the user sees import conflicts.
    fn after_joining(&self) {
        let conflicts = self.session.try_update_value(Session::take_conflicts).unwrap_or_default();
        if conflicts.is_empty() {
            return;
        }
        let at = self.session.try_update_value(|s| s.stamp(now_ms()));
        if let Some(at) = at {
            self.record_history(|h| h.push(ImportEntry::between_tabs(at, &conflicts)));
        }
        self.revision.update(|r| *r += 1);
    }

    /// Changes the history and marks it for the next save.
    pub fn record_history(&self, change: impl FnOnce(&mut ImportHistory)) {
        self.history.update(change);
        self.history_unsaved.set_value(true);
    }

    fn save_history(&self, store: &mut impl KeyValueStore) -> Result<(), StoreError> {
        if !self.history_unsaved.get_value() {
            return Ok(());
        }
        // Another tab may have written entries this one has not heard of yet: keep them.
        let stored = ImportHistory::load(store);
        self.history.update(|h| h.join(stored));
        self.history.with_untracked(|h| h.save(store))?;
        self.history_unsaved.set_value(false);
        Ok(())
    }

    /// Another tab wrote `key`: joins its records (or its history) and writes back anything
    /// only this tab had.
    pub fn absorb(&self, key: &str) {
        if key == HISTORY_KEY {
            let theirs = ImportHistory::load(&storage());
            self.history.update(|h| h.join(theirs));
            return;
        }
        if key == persist::META_KEY {
            if let Some(Ok(false)) = self.session.try_update_value(|s| s.still_current(&storage())) {
                self.reopen();
            }
            return;
        }
        if !self.health.with_untracked(BookHealth::editable) {
            return;
        }
        match self.session.try_update_value(|s| s.absorb(&storage(), key)) {
            Some(Ok(true)) => self.revision.update(|r| *r += 1),
            Some(Err(e)) => return self.failed(e),
            _ => {}
        }
        self.after_joining();
        if self.session.with_value(Session::has_unsaved_changes) {
            self.save();
        }
    }

    /// Joins what storage holds now for record `id` of `kind`, before a form compares it with
    /// what the form opened on. Chromium's localStorage is only eventually consistent between
    /// tabs: another tab's save can be readable here before its `storage` event has run, and a
    /// form checked against the older book would miss a field both tabs changed.
    pub fn catch_up(&self, kind: &str, id: RecordId) {
        self.absorb(&persist::ChunkKey::of(kind, id).storage_key());
    }

    /// The raw stored book, for the user to keep when it cannot be read.
    pub fn raw_dump(&self) -> Result<String, StoreError> {
        persist::raw_dump(&storage())
    }

    /// Deletes the stored book after the user has kept a copy, and starts an empty one under
    /// a new epoch: other open tabs drop what they hold instead of writing it back.
    pub fn start_over(&self) -> Result<(), StoreError> {
        let epoch = crate::book::Entropy::new_id(&mut BrowserEntropy);
        let mut store = storage();
        let session = Session::start_over(&mut store, self.writer(), epoch, schema_of);
        self.journal(store.entries(self.writer()));
        let session = session?;
        self.session.set_value(session);
        self.health.set(BookHealth::Saved);
        self.revision.update(|r| *r += 1);
        Ok(())
    }

    /// The union's name, as its profile record has it.
    pub fn union_name(&self) -> String {
        self.read(|b| b.get(UNION_PROFILE).map(|r| r.text("name_zh").to_owned()).unwrap_or_default())
    }
}

/// The journal's replay into localStorage. It runs once a start, after the first draw, so its
/// code is a chunk of its own rather than part of the first load.
#[lazy]
fn journal_replayer() -> fn(Vec<String>) -> Replay {
    |stored| {
        let entries: Vec<JournalEntry> = stored.iter().filter_map(|text| JournalEntry::from_stored(text)).collect();
        crate::book::journal::replay(&mut storage(), &entries, schema_of)
    }
}

/// The book's storage: localStorage, through a recording whose writes go to the journal. Every
/// use of the book's storage goes through this one type, so its code is compiled once (size).
fn storage() -> Recording<LocalStorage> {
    Recording::new(LocalStorage)
}

/// Opens the stored book, or an empty one in memory with the reason it could not be opened.
fn open_session(writer: RecordId) -> (Session, BookHealth) {
    match measure("unionbook:load", || Session::open(&storage(), writer, schema_of)) {
        Ok(session) => (session, BookHealth::Saved),
        Err(e) => {
            let health = match e {
                LoadError::Unreadable { key, reason } => BookHealth::Unreadable { key, reason },
                LoadError::NewerLayout(v) => BookHealth::NewerApp(v),
                LoadError::Storage(e) => BookHealth::NoStorage(e),
            };
            (Session::in_memory(Book::new(), writer), health)
        }
    }
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Runs `f` between two marks and leaves a measure named `name` in the browser's performance
/// timeline, where the benchmark (tests/bench) reads it.
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(p) = performance() else { return f() };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = p.mark(&start);
    let out = f();
    let _ = p.mark(&end);
    let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    out
}
