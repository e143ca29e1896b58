//! A short message after an action ("Deleted. Undo"), announced to screen readers.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::shell::book_state::BookState;

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    /// A deleted record the notice offers to bring back.
    pub restore: Option<RecordId>,
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
        self.put(Notice { text, restore: None }, 6_000);
    }

    /// A notice with an undo button stays longer: there is something to do with it.
    pub fn show_with_restore(self, text: String, id: RecordId) {
        self.put(Notice { text, restore: Some(id) }, 12_000);
    }

    fn put(self, notice: Notice, for_ms: u64) {
        self.0.set(Some(notice.clone()));
        // Gone after a while, unless another notice took its place.
        set_timeout(
            move || {
                if self.0.with_untracked(|n| n.as_ref() == Some(&notice)) {
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
    let restore = move |_| {
        if let Some(id) = notices.0.get_untracked().and_then(|n| n.restore) {
            book.edit(|s, now| s.set_deleted(now, id, false));
            notices.show(tr!(notice.restored));
        }
    };
    view! {
        <div class="notice-bar" role="status" aria-live="polite">
            {move || notices.0.get().map(|n| view! {
                <div class="notice-bar-inner">
                    <span>{n.text}</span>
                    {n.restore.map(|_| view! { <button class="button" on:click=restore>{tr!(notice.undo)}</button> })}
                    <button class="button" on:click=move |_| notices.clear()>{tr!(notice.dismiss)}</button>
                </div>
            })}
        </div>
    }
}
