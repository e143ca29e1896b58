//! This device's settings: who the officer is, the language, the current term and semester;
//! read from and written to storage as JSON, and refused whole (then set aside) when damaged.

use serde::{Deserialize, Serialize};

use crate::book::store::{KeyValueStore, StoreError};
use crate::book::{Entropy, RecordId};
use crate::locale::Lang;

/// Where the settings are kept. Versioned in the key so a future layout can live beside it.
pub const SETTINGS_KEY: &str = "unionbook.settings.v1";
/// Where unreadable settings are moved, so that nothing the user had is destroyed.
pub const UNREADABLE_SETTINGS_KEY: &str = "unionbook.settings.v1.unreadable";

/// Settings that belong to this device, not to the shared book.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The officer's display name, shown on their records and exports.
    pub officer_name: String,
    /// `None` follows the browser's language.
    pub language: Option<Lang>,
    /// The semester the app shows by default: a semester record of the book (its term comes
    /// with it). Each device chooses its own.
    pub current_semester: Option<RecordId>,
    /// This device's id in the book, drawn once on first use.
    pub device: Option<RecordId>,
    /// How many absences from self-study make a repeat absentee to follow up; `None` for
    /// [`DEFAULT_REPEAT_ABSENCES`].
    pub repeat_absences: Option<u32>,
}

/// The repeat-absentee threshold until the officer chooses another.
pub const DEFAULT_REPEAT_ABSENCES: u32 = 3;
/// The highest threshold the self-study page offers.
pub const MAX_REPEAT_ABSENCES: u32 = 10;

/// A value the user typed that Settings cannot accept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsError {
    NameTooLong,
}

/// The settings read at start, and whether the stored ones had to be set aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub settings: Settings,
    pub problem: Option<LoadProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// The stored text was not settings; it was moved to [`UNREADABLE_SETTINGS_KEY`].
    Unreadable,
    /// Storage could not be read at all.
    Storage(StoreError),
}

impl Settings {
    pub const MAX_NAME_CHARS: usize = 40;

    /// The language to show: the chosen one, else the first of the browser's that we speak.
    pub fn effective_lang<'a>(&self, browser_langs: impl IntoIterator<Item = &'a str>) -> Lang {
        self.language.unwrap_or_else(|| Lang::preferred(browser_langs))
    }

    pub fn with_officer_name(&self, input: &str) -> Result<Settings, SettingsError> {
        let name = input.trim();
        if name.chars().count() > Self::MAX_NAME_CHARS {
            return Err(SettingsError::NameTooLong);
        }
        Ok(Settings { officer_name: name.to_owned(), ..self.clone() })
    }

    /// The repeat-absentee threshold in force.
    pub fn repeat_absence_threshold(&self) -> u32 {
        self.repeat_absences.unwrap_or(DEFAULT_REPEAT_ABSENCES).clamp(1, MAX_REPEAT_ABSENCES)
    }

    pub fn with_repeat_absences(&self, times: u32) -> Settings {
        Settings { repeat_absences: Some(times.clamp(1, MAX_REPEAT_ABSENCES)), ..self.clone() }
    }

    /// This device's id, drawing one if it has none yet (the caller saves the settings).
    pub fn ensure_device(&mut self, entropy: &mut impl Entropy) -> RecordId {
        *self.device.get_or_insert_with(|| entropy.new_id())
    }

    /// Reads the settings; unreadable text is moved aside (never deleted) and defaults are used.
    ///
    /// The settings are serde values, but not read through gloo-storage's `get`/`set`, which do
    /// the same `serde_json` call: they throw where storage is disabled (settings are read at
    /// start, so a private window would get a blank page) and drop the text that did not
    /// parse, which is moved aside here. Over [`KeyValueStore`] this is also tested on the host.
    pub fn load(store: &mut dyn KeyValueStore) -> Loaded {
        let raw = match store.get(SETTINGS_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => {
                return Loaded { settings: Settings::default(), problem: None };
            }
            Err(e) => {
                return Loaded { settings: Settings::default(), problem: Some(LoadProblem::Storage(e)) };
            }
        };
        match serde_json::from_str(&raw) {
            Ok(settings) => Loaded { settings, problem: None },
            Err(_) => {
                // Moving it aside lets the next save succeed without destroying what was there.
                if store.set(UNREADABLE_SETTINGS_KEY, &raw).is_ok() {
                    let _ = store.remove(SETTINGS_KEY);
                }
                Loaded { settings: Settings::default(), problem: Some(LoadProblem::Unreadable) }
            }
        }
    }

    pub fn save(&self, store: &mut dyn KeyValueStore) -> Result<(), StoreError> {
        let json = serde_json::to_string(self).expect("settings always serialise");
        store.set(SETTINGS_KEY, &json)
    }
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
