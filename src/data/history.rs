//! The imports made on this device, with the values conflicts set aside (restorable), and the
//! deleted records (restorable).

use leptos::prelude::*;

use super::show::{field_label, kind_name, record_label, sender, when};
use crate::book::RecordId;
use crate::book::history::ConflictNote;
use crate::ui::book_state::BookState;
use crate::ui::labels::value_text;
use crate::ui::notice::use_notices;

#[component]
pub fn HistoryPanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    view! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{tr!(data.history_title)}</h2>
            {move || {
                let entries = book.history.get().0;
                if entries.is_empty() {
                    return view! { <p class="help">{tr!(data.history_empty)}</p> }.into_any();
                }
                view! {
                    <ol class="history">
                        {entries.into_iter().map(|e| {
                            let files = e.files.iter().map(|f| {
                                tr!(data.history_file, name = f.name.clone(), officer = sender(&f.officer, f.device))
                            }).collect::<Vec<_>>().join("; ");
                            let what = if e.other_tab { tr!(data.history_other_tab) } else { files };
                            view! {
                                <li>
                                    <p><strong>{when(e.at_ms)}</strong> " · " {what}</p>
                                    {(!e.other_tab).then(|| view! {
                                        <p>{tr!(data.history_counts, added = e.added, changed = e.changed, deleted = e.deleted, restored = e.restored)}
                                           {e.undone.then(|| view! { " " <span class="badge">{tr!(data.history_undone)}</span> })}</p>
                                    })}
                                    <ul class="conflict-list">
                                        {e.conflicts.iter().cloned().map(|c| view! { <ConflictLine note=c siblings=e.conflicts.clone() /> }).collect_view()}
                                    </ul>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

/// A conflict from an import, with a button to put the other value back (with the values set
/// aside beside it that are one value with it: an amount and its currency).
#[component]
fn ConflictLine(note: ConflictNote, siblings: Vec<ConflictNote>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let (record, kind, field) = (note.record, note.kind.clone(), note.field.clone());
    let restoring = note.clone();
    let label = {
        let kind = kind.clone();
        move || book.read(|b| record_label(b, record, &kind))
    };
    let restore = move |_| {
        let schema = crate::kinds::schema_of(&kind);
        let bound = schema.map_or(&[][..], |s| s.bound_with(&field));
        let fields = restoring.to_restore(&siblings, bound);
        let together = |name: &str| bound.contains(&name);
        if book.edit(|s, now| s.write_together(now, record, &kind, fields, &together)).is_some() {
            notices.show(tr!(data.value_restored));
        }
    };
    view! {
        <li class="conflict">
            <p>{label} " · " {field_label(&note.kind, &note.field)}</p>
            <p>{tr!(data.history_conflict, kept = value_text(&note.kept), other = value_text(&note.other))}</p>
            <button class="button" on:click=restore>{tr!(data.use_other_value)}</button>
        </li>
    }
}

#[component]
pub fn DeletedPanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let deleted = move || {
        book.read(|b| {
            b.deleted()
                // A sample record deleted before the sample was removed is not the union's.
                .filter(|(_, r)| !r.is_sample())
                .take(100)
                .map(|(id, r)| (id, record_label(b, id, &r.kind), kind_name(&r.kind)))
                .collect::<Vec<_>>()
        })
    };
    let restore = move |id: RecordId| {
        if book.edit(|s, now| s.set_deleted(now, id, false)).is_some() {
            notices.show(tr!(notice.restored));
        }
    };
    view! {
        <section class="card" aria-labelledby="deleted-heading">
            <h2 id="deleted-heading">{tr!(data.deleted_title)}</h2>
            {move || {
                let list = deleted();
                if list.is_empty() {
                    return view! { <p class="help">{tr!(data.deleted_empty)}</p> }.into_any();
                }
                view! {
                    <ul class="record-list">
                        {list.into_iter().map(|(id, label, kind)| view! {
                            <li class="record-row">
                                <span class="record-title">{label}</span>
                                <span class="record-meta">{kind}</span>
                                <button class="button" on:click=move |_| restore(id)>{tr!(data.restore)}</button>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
