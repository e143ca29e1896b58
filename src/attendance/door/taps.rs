//! What the door's screens share: writing a tap's change, and undoing it, as one edit.

use super::model::Change;
use crate::ui::book_state::BookState;

/// Writes a change as one edit (one save).
pub fn apply(book: BookState, change: Change) -> Option<()> {
    book.edit(|s, now| {
        for w in change.writes {
            s.write(now, w.record, &w.kind, w.fields);
        }
        for id in change.delete {
            s.set_deleted(now, id, true);
        }
    })
}
