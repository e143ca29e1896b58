//! How the officers lay out their summary: a section renamed, moved up or down within its
//! chapter, or left out of the document. Kept on the section's note record (one per section
//! and period), so it merges when books are exchanged; each change writes only the fields it
//! changes, and can be undone from the notice.

use leptos::prelude::*;
use serde_json::Value;

use crate::book::RecordId;
use crate::forms::FieldErrors;
use crate::summary::document::{Chapter, Summary};
use crate::summary::model::{SUMMARY_NOTE, SectionKey, checked_heading, layout, layout_fields};
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pieces::field_error;

/// The sections of `key`'s chapter in the summary's order.
fn chapter_of(summary: &Summary, key: SectionKey) -> Vec<SectionKey> {
    summary.sections.iter().map(|s| s.key).filter(|k| Chapter::of(*k) == Chapter::of(key)).collect()
}

#[component]
pub fn SectionLayout(period: RecordId, key: SectionKey, summary: Memo<Option<Summary>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let stored = book.read(|b| layout(b, period, key));
    let heading = RwSignal::new(stored.heading.clone());
    let errors = RwSignal::new(FieldErrors::new());
    let hidden = move || summary.with(|s| s.as_ref().and_then(|s| s.section(key)).is_some_and(|s| s.hidden));
    let siblings = move || summary.with(|s| s.as_ref().map(|s| chapter_of(s, key)).unwrap_or_default());
    let place = move || siblings().iter().position(|k| *k == key);

    // Writes `changes` to the notes of `sections`, with an undo that puts back what they held.
    let write = move |changes: Vec<(SectionKey, Vec<(String, Value)>)>, done: String| {
        let before: Vec<UndoAction> = book.read(|b| {
            // A note not there yet gets its fields cleared back (null), as good as never set.
            changes
                .iter()
                .map(|(k, fields)| {
                    let old = b.get(k.note_id(period));
                    let fields = fields
                        .iter()
                        .map(|(name, _)| {
                            (name.clone(), old.and_then(|r| r.value(name).cloned()).unwrap_or(Value::Null))
                        })
                        .collect();
                    UndoAction::Write { record: k.note_id(period), kind: SUMMARY_NOTE, fields }
                })
                .collect()
        });
        let saved = book.edit(|s, now| {
            changes.into_iter().fold(false, |any, (k, fields)| {
                let fields = layout_fields(s.book(), period, k, fields);
                s.write(now, k.note_id(period), SUMMARY_NOTE, fields) | any
            })
        });
        if saved.is_some() {
            notices.show_with_undo(done, UndoAction::All(before));
        }
    };
    let move_by = move |step: isize| {
        let mut order = siblings();
        let Some(at) = place() else { return };
        let Some(to) = at.checked_add_signed(step).filter(|t| *t < order.len()) else { return };
        order.swap(at, to);
        // Every section of the chapter gets its place, so the order holds whatever else moves.
        let changes = order
            .iter()
            .enumerate()
            .map(|(i, k)| (*k, vec![("position".to_owned(), Value::from(i as i64 + 1))]))
            .collect();
        write(changes, lang.pick("已调整顺序。", "Moved.").to_owned());
    };
    let toggle_hidden = move |_| {
        let now_hidden = !hidden();
        let said = if now_hidden {
            lang.pick("这一部分不再写入总结。", "This section is left out of the document.")
        } else {
            lang.pick("这一部分会写入总结。", "This section is back in the document.")
        };
        write(vec![(key, vec![("hidden".to_owned(), Value::Bool(now_hidden))])], said.to_owned());
    };
    let save_heading = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match checked_heading(&heading.get_untracked()) {
            Ok(field) => {
                errors.set(FieldErrors::new());
                write(vec![(key, vec![field])], lang.pick("已保存标题。", "Heading saved.").to_owned());
            }
            Err(e) => errors.set(e),
        }
    };
    let field_id: &'static str = match key {
        SectionKey::Internal => "heading-internal",
        SectionKey::Units => "heading-units",
        SectionKey::Regular => "heading-regular",
        SectionKey::Money => "heading-money",
        SectionKey::Goals => "heading-goals",
        SectionKey::Shortcomings => "heading-shortcomings",
        SectionKey::Plans => "heading-plans",
    };
    view! {
        {move || hidden().then(|| view! {
            <p class="summary-hidden-note">{lang.pick("这一部分不会写入总结文档。", "This section is left out of the document.")}</p>
        })}
        <details class="summary-layout">
            <summary>{lang.pick("标题、顺序与是否写入", "Heading, order and whether it is in the document")}</summary>
            <form data-no-draft on:submit=save_heading novalidate>
                <TextField
                    id=field_id
                    label=lang.pick("这一部分的标题（留空用默认标题）", "This section's heading (empty for the usual one)").to_owned()
                    value=heading
                    error=field_error(errors, "heading")
                />
                <div class="actions">
                    <button type="submit" class="button">{lang.pick("保存标题", "Save the heading")}</button>
                </div>
            </form>
            <div class="actions">
                <button type="button" class="button" disabled=move || place().is_none_or(|p| p == 0) on:click=move |_| move_by(-1)>
                    {lang.pick("上移", "Move up")}
                </button>
                <button type="button" class="button" disabled=move || place().is_none_or(|p| p + 1 >= siblings().len()) on:click=move |_| move_by(1)>
                    {lang.pick("下移", "Move down")}
                </button>
                <button type="button" class="button" on:click=toggle_hidden>
                    {move || if hidden() { lang.pick("写入总结", "Put back in the document") } else { lang.pick("不写入总结", "Leave out of the document") }}
                </button>
            </div>
        </details>
    }
}
