//! The officers' own text of a section: written on the page, kept as a record of its own, so
//! regenerating the figures never touches it and it merges when books are exchanged.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::forms::FieldErrors;
use crate::summary::model::{SUMMARY_NOTE, SectionKey, checked_note, note, note_fields};
use crate::ui::book_state::BookState;
use crate::ui::form::TextArea;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::pieces::{field_error, open_form, save_form};

#[component]
pub fn NoteEditor(
    period: RecordId,
    section: SectionKey,
    #[prop(into)] title: String,
    /// What the records suggest saying here: each taken into the text with a tap (saved with
    /// the rest), or left.
    #[prop(optional, into)]
    suggestions: Signal<Vec<String>>,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let id = section.note_id(period);
    let stored = book.read(|b| note(b, period, section));
    let text = RwSignal::new(stored.clone());
    let errors = RwSignal::new(FieldErrors::new());
    let form = open_form(book, SUMMARY_NOTE, Some(id), Some(note_fields(period, section, &stored)));
    let field_id: &'static str = match section {
        SectionKey::Internal => "note-internal",
        SectionKey::Units => "note-units",
        SectionKey::Regular => "note-regular",
        SectionKey::Money => "note-money",
        SectionKey::Goals => "note-goals",
        SectionKey::Shortcomings => "note-shortcomings",
        SectionKey::Plans => "note-plans",
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = text.get_untracked();
        if save_form(book, errors, form, checked_note(period, section, &typed)).is_some() {
            notices.show(lang.pick("已保存你撰写的内容。", "Your text is saved.").to_owned());
        }
    };
    let label = format!("{}{title}", lang.pick("撰写：", "Your text: "));
    let take = move |line: String| {
        text.update(|t| {
            let kept = t.trim_end();
            *t = if kept.is_empty() { line } else { format!("{kept}\n\n{line}") };
        });
    };
    view! {
        {move || {
            let offered: Vec<String> = suggestions.get().into_iter().filter(|s| !text.with(|t| t.contains(s.as_str()))).collect();
            (!offered.is_empty()).then(|| view! {
                <div class="summary-suggestions">
                    <p>{lang.pick("记录显示的情况，可加入正文：", "What the records show, to take into your text:")}</p>
                    <ul>
                        {offered.into_iter().map(|line| {
                            let taken = line.clone();
                            view! {
                                <li>
                                    <span>{line}</span>
                                    <button type="button" class="button" on:click=move |_| take(taken.clone())>
                                        {lang.pick("加入正文", "Add to the text")}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })
        }}
        <form class="summary-note" on:submit=save novalidate>
            <TextArea id=field_id label=label value=text error=field_error(errors, "text") />
            <div class="actions">
                <button type="submit" class="button primary">{lang.pick("保存这一部分", "Save this section")}</button>
            </div>
        </form>
    }
}
