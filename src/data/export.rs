//! Exporting the book, or a part of it, to a file shared or downloaded.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::model::export_file;
use crate::book::RecordId;
use crate::book::format::Selection;
use crate::book::history::LastExport;
use crate::browser::environment::{now_ms, today};
use crate::browser::local_storage::LocalStorage;
use crate::people::model::{MEMBER, UNIT, units};
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::hand_over::{ProtectChoice, Protection, export_meta, hand_over};
use crate::ui::notice::use_notices;
use crate::ui::settings::SettingsState;

/// What the export choice holds: `all`, `kind:<kind>` or `related:<id>`.
fn parse_choice(value: &str) -> Selection {
    if let Some(kind) = value.strip_prefix("kind:") {
        return Selection::Kind { kind: kind.to_owned() };
    }
    match value.strip_prefix("related:").and_then(RecordId::parse) {
        Some(root) => Selection::Related { root },
        None => Selection::All,
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<SettingsState>();
    let notices = use_notices();
    let choice = RwSignal::new("all".to_owned());
    let busy = RwSignal::new(false);
    // The first export asks who the officer is (kept in Settings): files and the other
    // officers' previews name people, not devices.
    let needs_name = settings.settings.with_untracked(|s| s.officer_name.trim().is_empty());
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let protection = Protection::new();
    let options = move || {
        let mut list = vec![
            ("all".to_owned(), tr!(data.export_all)),
            (format!("kind:{UNIT}"), tr!(data.export_units)),
            (format!("kind:{MEMBER}"), tr!(data.export_members)),
        ];
        for unit in book.read(units) {
            list.push((format!("related:{}", unit.id), tr!(data.export_unit, name = unit.name_zh)));
        }
        list
    };
    let run = move |_| {
        // Both the name and the passphrase show their errors at once.
        let checked = protection.passphrase();
        if needs_name && settings.settings.with_untracked(|s| s.officer_name.trim().is_empty()) {
            let typed = name.get_untracked();
            let named = settings.settings.with_untracked(|s| s.with_officer_name(&typed));
            match named {
                Ok(next) if !next.officer_name.is_empty() => {
                    settings.update(|_| Ok(next));
                    name_error.set(None);
                }
                Ok(_) => return name_error.set(Some(tr!(data.export_name_needed))),
                Err(_) => return name_error.set(Some(tr!(data.export_name_too_long))),
            }
        }
        let Ok(passphrase) = checked else { return };
        let meta = export_meta(book, settings, parse_choice(&choice.get_untracked()));
        let (file, stamp) = book.read(|b| (export_file(b, &meta, today()), b.latest_stamp()));
        busy.set(true);
        spawn_local(async move {
            let delivered = hand_over(&file, passphrase, notices).await;
            busy.set(false);
            if delivered {
                let last = LastExport { stamp, wall_ms: Some(now_ms()) };
                let _ = last.save(&mut LocalStorage);
                book.last_export.set(last);
            }
        });
    };
    view! {
        <section class="card" id="export" aria-labelledby="export-heading">
            <h2 id="export-heading">{tr!(data.export_title)}</h2>
            <p class="help">{tr!(data.export_help)}</p>
            <div class="field">
                <label for="export-what">{tr!(data.export_what)}</label>
                <select id="export-what" on:change=move |ev| choice.set(event_target_value(&ev))>
                    {move || options().into_iter().map(|(v, l)| {
                        let selected = v == choice.get_untracked();
                        view! { <option value=v selected=selected>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
            {needs_name.then(|| view! {
                <TextField id="export-officer" label=Signal::derive(|| tr!(data.export_name)) value=name error=name_error autocomplete="name" />
            })}
            <ProtectChoice protection />
            <button class="button primary" on:click=run disabled=move || busy.get()>{tr!(data.export_button)}</button>
        </section>
    }
}
