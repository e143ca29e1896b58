//! Typed input kept until it is saved: a form's fields as the officer left them, keyed by the
//! page's path, so that leaving a half-typed form (the bottom bar, a closed tab) loses nothing.
//! Pure: what a draft holds, its stored text, whether input is worth keeping, which drafts to
//! drop when there are too many. The shell reads and writes the fields and the storage.

use serde::{Deserialize, Serialize};

/// One field of a form, by its element's id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftField {
    pub id: String,
    /// A text, a choice's value, or "true"/"false" for a checkbox.
    pub value: String,
}

/// A form's fields as typed, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Milliseconds since 1970, when the input was last changed.
    pub at: u64,
    pub fields: Vec<DraftField>,
}

/// The most drafts kept: the oldest go first beyond it (each is one form's text).
pub const KEPT: usize = 20;
/// The longest field kept, in characters: a draft is typed text, not an imported file.
pub const LONGEST_FIELD: usize = 20_000;

impl Draft {
    /// The draft of `current` input, if it differs from what the form opened with: a form
    /// opened and left unchanged leaves no draft (nor one typed back to what it was).
    pub fn of(at: u64, opened: &[DraftField], current: Vec<DraftField>) -> Option<Draft> {
        let changed = current.iter().any(|f| opened.iter().find(|o| o.id == f.id).is_none_or(|o| o.value != f.value));
        let fits = current.iter().all(|f| f.value.chars().count() <= LONGEST_FIELD);
        (changed && fits).then_some(Draft { at, fields: current })
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored draft, or nothing when the text is not one (damaged, or written by something
    /// else): a draft is only ever offered, never trusted to be whole.
    pub fn from_text(text: &str) -> Option<Draft> {
        let draft: Draft = serde_json::from_str(text).ok()?;
        let sound = !draft.fields.is_empty()
            && draft.fields.iter().all(|f| !f.id.is_empty() && f.value.chars().count() <= LONGEST_FIELD);
        sound.then_some(draft)
    }

    /// The fields whose values differ from the form as it opened: what restoring changes.
    pub fn changes<'a>(&'a self, opened: &'a [DraftField]) -> impl Iterator<Item = &'a DraftField> + 'a {
        self.fields.iter().filter(move |f| opened.iter().find(|o| o.id == f.id).is_none_or(|o| o.value != f.value))
    }
}

/// Of the stored drafts (key, when), the keys to drop so that at most `KEPT` stay: the oldest.
pub fn to_drop(mut drafts: Vec<(String, u64)>) -> Vec<String> {
    drafts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    drafts.into_iter().skip(KEPT).map(|(key, _)| key).collect()
}

#[cfg(test)]
#[path = "drafts_tests.rs"]
mod tests;
