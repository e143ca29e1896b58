//! The book as the app holds it: one `Session` in a stored value, a revision signal that views
//! track, and what the user must be told about storage. Every edit is saved at once.

use leptos::prelude::*;

use crate::book::persist::{self, LoadError};
use crate::book::store::StoreError;
use crate::book::{Book, Session};
use crate::browser::environment::now_ms;
use crate::browser::local_storage::LocalStorage;
use crate::data::model::{ImportHistory, LastExport};
use crate::kinds::UNION_PROFILE;

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
    pub last_export: RwSignal<LastExport>,
}

impl BookState {
    /// Opens the stored book for this device and keeps it in step with other tabs.
    pub fn open(device: crate::book::RecordId) -> BookState {
        let (session, health) = match measure("unionbook:load", || Session::open(&LocalStorage, device)) {
            Ok(session) => (session, BookHealth::Saved),
            Err(e) => {
                let health = match e {
                    LoadError::Unreadable { key, reason } => BookHealth::Unreadable { key, reason },
                    LoadError::NewerLayout(v) => BookHealth::NewerApp(v),
                    LoadError::Storage(e) => BookHealth::NoStorage(e),
                };
                (Session::in_memory(Book::new(), device), health)
            }
        };
        let state = BookState {
            session: StoredValue::new(session),
            revision: RwSignal::new(0),
            health: RwSignal::new(health),
            history: RwSignal::new(ImportHistory::load(&LocalStorage)),
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

    /// Writes what is unsaved; reports a failure, clears it on success.
    pub fn save(&self) {
        let result = measure("unionbook:save", || self.session.try_update_value(|s| s.save(&mut LocalStorage)));
        match result {
            Some(Ok(())) => self.health.set(BookHealth::Saved),
            Some(Err(e)) => self.health.set(BookHealth::SaveFailed(e)),
            None => {}
        }
    }

    /// Another tab wrote `key`: joins its records and writes back anything only this tab had.
    pub fn absorb(&self, key: &str) {
        if !self.health.with_untracked(BookHealth::editable) {
            return;
        }
        let changed = self.session.try_update_value(|s| s.absorb(&LocalStorage, key));
        if let Some(Ok(true)) = changed {
            self.revision.update(|r| *r += 1);
        }
        if self.session.with_value(Session::has_unsaved_changes) {
            self.save();
        }
    }

    /// The raw stored book, for the user to keep when it cannot be read.
    pub fn raw_dump(&self) -> Result<String, StoreError> {
        persist::raw_dump(&LocalStorage)
    }

    /// Deletes the stored book after the user has kept a copy, and starts an empty one.
    pub fn start_over(&self) -> Result<(), StoreError> {
        persist::clear(&mut LocalStorage)?;
        let device = self.session.with_value(Session::device);
        self.session.set_value(Session::in_memory(Book::new(), device));
        self.health.set(BookHealth::Saved);
        self.revision.update(|r| *r += 1);
        Ok(())
    }

    /// The union's name, as its profile record has it.
    pub fn union_name(&self) -> String {
        self.read(|b| b.get(UNION_PROFILE).map(|r| r.text("name_zh").to_owned()).unwrap_or_default())
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
