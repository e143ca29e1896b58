//! Typed input kept until it is saved: a form's fields as the officer left them, keyed by the
//! page's path, so that leaving a half-typed form (the bottom bar, a closed tab) loses nothing.
//! Pure: what a draft holds, its stored text, whether input is worth keeping, which drafts to
//! drop when there are too many. The shell reads and writes the fields and the storage.

use serde_json::{Value, json};

/// One field of a form, by its element's id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftField {
    pub id: String,
    /// A text, a choice's value, or "true"/"false" for a checkbox.
    pub value: String,
}

/// A form's fields as typed, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
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

    /// The stored text: `{"at": …, "fields": [[id, value], …]}`. Written and read through
    /// `serde_json::Value`, which the first load already has: typed serde for these two
    /// structs cost the first load several kilobytes of generated parsing code.
    pub fn to_text(&self) -> String {
        let fields: Vec<Value> = self.fields.iter().map(|f| json!([f.id, f.value])).collect();
        json!({ "at": self.at, "fields": fields }).to_string()
    }

    /// A stored draft, or nothing when the text is not one (damaged, or written by something
    /// else): a draft is only ever offered, never trusted to be whole.
    pub fn from_text(text: &str) -> Option<Draft> {
        let value: Value = serde_json::from_str(text).ok()?;
        let at = value.get("at")?.as_u64()?;
        let fields = value
            .get("fields")?
            .as_array()?
            .iter()
            .map(|pair| match pair.as_array()?.as_slice() {
                [Value::String(id), Value::String(value)] => Some(DraftField { id: id.clone(), value: value.clone() }),
                _ => None,
            })
            .collect::<Option<Vec<DraftField>>>()?;
        let sound =
            !fields.is_empty() && fields.iter().all(|f| !f.id.is_empty() && f.value.chars().count() <= LONGEST_FIELD);
        sound.then_some(Draft { at, fields })
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
