//! A short message after an action ("Deleted. Undo"), announced to screen readers.

use std::sync::atomic::{AtomicU64, Ordering};

use leptos::prelude::*;

use crate::book::{RecordId, Session};
use crate::ui::book_state::BookState;

#[derive(Clone, Debug)]
pub struct Notice {
    pub text: String,
    /// What the notice's Undo button does, if it has one.
    pub undo: Option<UndoAction>,
    /// Which notice this is, counting from the first: its timeout clears it and no later one,
    /// even one with the same words.
    serial: u64,
}

/// How a notice takes back what was just done.
#[derive(Clone, Debug)]
pub enum UndoAction {
    /// Bring back a record just deleted.
    Restore(RecordId),
    /// Write these fields back on a record (the values they had before).
    Write { record: RecordId, kind: &'static str, fields: Vec<(String, serde_json::Value)> },
    /// Delete a record the action just made (a stamped deletion, so it can be restored).
    Delete(RecordId),
    /// All of these, as one undo: hiring made a member and a role and moved the candidate.
    All(Vec<UndoAction>),
}

impl UndoAction {
    /// Takes the action back in `session`; whether anything changed.
    fn apply(self, session: &mut Session, now: u64) -> bool {
        match self {
            UndoAction::Restore(id) => session.set_deleted(now, id, false),
            UndoAction::Write { record, kind, fields } => session.write(now, record, kind, fields),
            UndoAction::Delete(id) => session.set_deleted(now, id, true),
            UndoAction::All(actions) => actions.into_iter().fold(false, |any, a| a.apply(session, now) | any),
        }
    }
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Option<Notice>>);

impl Notices {
    pub fn provide() -> Notices {
        let this = Notices(RwSignal::new(None));
        provide_context(this);
        this
    }

    pub fn show(self, text: String) {
        self.put(text, None, 6_000);
    }

    /// A notice with an undo button stays longer: there is something to do with it.
    pub fn show_with_restore(self, text: String, id: RecordId) {
        self.show_with_undo(text, UndoAction::Restore(id));
    }

    pub fn show_with_undo(self, text: String, undo: UndoAction) {
        self.put(text, Some(undo), 12_000);
    }

    fn put(self, text: String, undo: Option<UndoAction>, for_ms: u64) {
        // Counted apart from the signal: a notice dismissed and another shown must not share one.
        static NEXT_SERIAL: AtomicU64 = AtomicU64::new(0);
        let serial = NEXT_SERIAL.fetch_add(1, Ordering::Relaxed);
        self.0.set(Some(Notice { text, undo, serial }));
        // Gone after a while, unless another notice took its place.
        set_timeout(
            move || {
                if self.0.with_untracked(|n| n.as_ref().is_some_and(|n| n.serial == serial)) {
                    self.0.set(None);
                }
            },
            std::time::Duration::from_millis(for_ms),
        );
    }

    pub fn clear(self) {
        self.0.set(None);
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = use_notices();
    let book = expect_context::<BookState>();
    let undo = move |_| {
        let done = notices.0.get_untracked().and_then(|n| n.undo).and_then(|action| {
            let text = if matches!(action, UndoAction::Restore(_)) { tr!(notice.restored) } else { tr!(notice.undone) };
            book.edit(|s, now| action.apply(s, now)).map(|_| text)
        });
        if let Some(text) = done {
            notices.show(text);
        }
    };
    view! {
        // A notice after a save waits until the save is on the disk (`BookState::writing_to_disk`).
        <div class="notice-bar" role="status" aria-live="polite" aria-busy=move || book.writing_to_disk().then_some("true")>
            {move || book.writing_to_disk().then(|| view! {
                <div class="notice-bar-inner"><span>{tr!(storage.writing)}</span></div>
            })}
            {move || notices.0.get().filter(|_| !book.writing_to_disk()).map(|n| view! {
                <div class="notice-bar-inner">
                    <span>{n.text}{book.without_durable_copy().then(|| format!(" {}", tr!(storage.not_durable)))}</span>
                    {n.undo.map(|_| view! { <button class="button" on:click=undo>{tr!(notice.undo)}</button> })}
                    <button class="button" on:click=move |_| notices.clear()>{tr!(notice.dismiss)}</button>
                </div>
            })}
        </div>
    }
}
