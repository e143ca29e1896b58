//! The book as the app holds it: one `Session` in a stored value, a revision signal that views
//! track, and what the user must be told about storage. Every edit is saved at once.

use leptos::prelude::*;

use crate::book::history::{HISTORY_KEY, ImportEntry, ImportHistory, LastExport};
use crate::book::persist::{self, LoadError, SaveError};
use crate::book::store::StoreError;
use crate::book::{Book, RecordId, Session};
use crate::browser::environment::{BrowserEntropy, now_ms};
use crate::browser::local_storage::LocalStorage;
use crate::kinds::{UNION_PROFILE, schema_of};

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
}

impl BookState {
    /// Opens the stored book for this tab's writer and keeps it in step with other tabs.
    pub fn open(writer: RecordId) -> BookState {
        let (session, health) = open_session(writer);
        let state = BookState {
            session: StoredValue::new(session),
            revision: RwSignal::new(0),
            health: RwSignal::new(health),
            history: RwSignal::new(ImportHistory::load(&LocalStorage)),
            history_unsaved: StoredValue::new(false),
            last_export: RwSignal::new(LastExport::load(&LocalStorage)),
        };
        state.mark_loaded();
        state
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
        let result = measure("unionbook:save", || self.session.try_update_value(|s| s.save(&mut LocalStorage)));
        self.after_joining();
        match result {
            Some(Ok(())) => match self.save_history() {
                Ok(()) => self.health.set(BookHealth::Saved),
                Err(e) => self.health.set(BookHealth::SaveFailed(e)),
            },
            Some(Err(e)) => self.failed(e),
            None => {}
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
        let reopened = self.session.with_value(|s| measure("unionbook:load", || s.reopen(&LocalStorage)));
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

    fn save_history(&self) -> Result<(), StoreError> {
        if !self.history_unsaved.get_value() {
            return Ok(());
        }
        // Another tab may have written entries this one has not heard of yet: keep them.
        let stored = ImportHistory::load(&LocalStorage);
        self.history.update(|h| h.join(stored));
        self.history.with_untracked(|h| h.save(&mut LocalStorage))?;
        self.history_unsaved.set_value(false);
        Ok(())
    }

    /// Another tab wrote `key`: joins its records (or its history) and writes back anything
    /// only this tab had.
    pub fn absorb(&self, key: &str) {
        if key == HISTORY_KEY {
            let theirs = ImportHistory::load(&LocalStorage);
            self.history.update(|h| h.join(theirs));
            return;
        }
        if key == persist::META_KEY {
            if let Some(Ok(false)) = self.session.try_update_value(|s| s.still_current(&LocalStorage)) {
                self.reopen();
            }
            return;
        }
        if !self.health.with_untracked(BookHealth::editable) {
            return;
        }
        match self.session.try_update_value(|s| s.absorb(&LocalStorage, key)) {
            Some(Ok(true)) => self.revision.update(|r| *r += 1),
            Some(Err(e)) => return self.failed(e),
            _ => {}
        }
        self.after_joining();
        if self.session.with_value(Session::has_unsaved_changes) {
            self.save();
        }
    }

    /// The raw stored book, for the user to keep when it cannot be read.
    pub fn raw_dump(&self) -> Result<String, StoreError> {
        persist::raw_dump(&LocalStorage)
    }

    /// Deletes the stored book after the user has kept a copy, and starts an empty one under
    /// a new epoch: other open tabs drop what they hold instead of writing it back.
    pub fn start_over(&self) -> Result<(), StoreError> {
        let epoch = crate::book::Entropy::new_id(&mut BrowserEntropy);
        let session = Session::start_over(&mut LocalStorage, self.writer(), epoch, schema_of)?;
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

/// Opens the stored book, or an empty one in memory with the reason it could not be opened.
fn open_session(writer: RecordId) -> (Session, BookHealth) {
    match measure("unionbook:load", || Session::open(&LocalStorage, writer, schema_of)) {
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
