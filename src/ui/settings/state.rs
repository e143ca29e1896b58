use leptos::prelude::*;

use super::model::{LoadProblem, Settings, SettingsError};
use crate::book::RecordId;
use crate::book::store::StoreError;
use crate::browser::environment::{self, BrowserEntropy};
use crate::browser::local_storage::LocalStorage;
use crate::locale::Lang;

/// What became of the last change in Settings, shown beside the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Idle,
    Saved,
    Invalid(SettingsError),
    Failed(StoreError),
    /// The stored settings could not be read at start and were kept aside.
    LoadedUnreadable,
}

/// The settings as the app sees them, provided as a context by `App`.
#[derive(Clone, Copy)]
pub struct SettingsState {
    pub settings: RwSignal<Settings>,
    pub status: RwSignal<SaveStatus>,
    /// Whether the browser keeps the storage (see `browser::persistence`); `None` unknown.
    pub persistence: RwSignal<Option<bool>>,
    browser_langs: StoredValue<Vec<String>>,
}

impl SettingsState {
    pub fn load() -> SettingsState {
        let mut loaded = Settings::load(&mut LocalStorage);
        if loaded.settings.device.is_none() {
            loaded.settings.ensure_device(&mut BrowserEntropy);
            // If this fails the device gets a new id next time; its records still merge.
            let _ = loaded.settings.save(&mut LocalStorage);
        }
        let status = match loaded.problem {
            None => SaveStatus::Idle,
            Some(LoadProblem::Unreadable) => SaveStatus::LoadedUnreadable,
            Some(LoadProblem::Storage(e)) => SaveStatus::Failed(e),
        };
        SettingsState {
            settings: RwSignal::new(loaded.settings),
            status: RwSignal::new(status),
            persistence: RwSignal::new(None),
            browser_langs: StoredValue::new(environment::languages()),
        }
    }

    /// This device's id in the book.
    pub fn device(&self) -> RecordId {
        self.settings.with_untracked(|s| s.device).expect("drawn at load")
    }

    /// Reads the settings again after another tab changed them.
    pub fn reload(&self) {
        self.settings.set(Settings::load(&mut LocalStorage).settings);
    }

    /// The language to show, tracked.
    pub fn lang(&self) -> Lang {
        let langs = self.browser_langs;
        self.settings.with(|s| langs.with_value(|l| s.effective_lang(l.iter().map(String::as_str))))
    }

    pub fn lang_untracked(&self) -> Lang {
        untrack(|| self.lang())
    }

    /// Applies a change and stores it. A refused value leaves the settings as they were; a
    /// failed write keeps the change for this page's life and says it was not stored.
    pub fn update(&self, change: impl FnOnce(&Settings) -> Result<Settings, SettingsError>) {
        let next = match self.settings.with_untracked(change) {
            Ok(next) => next,
            Err(invalid) => return self.status.set(SaveStatus::Invalid(invalid)),
        };
        let status = match next.save(&mut LocalStorage) {
            Ok(()) => SaveStatus::Saved,
            Err(e) => SaveStatus::Failed(e),
        };
        self.settings.set(next);
        self.status.set(status);
    }
}
