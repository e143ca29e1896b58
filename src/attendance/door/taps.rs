//! What the door's screens share: writing a tap's change, and undoing it, as one edit.

use super::model::Change;
use crate::kinds::schema_of;
use crate::ui::book_state::BookState;
use crate::ui::notice::UndoAction;

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

/// A change's undo as the notice bar takes it.
pub fn undo_action(undo: Change) -> UndoAction {
    let writes = undo.writes.into_iter().filter_map(|w| {
        let kind = schema_of(&w.kind)?.kind;
        Some(UndoAction::Write { record: w.record, kind, fields: w.fields })
    });
    UndoAction::All(writes.chain(undo.delete.into_iter().map(UndoAction::Delete)).collect())
}
