//! Exporting the book, or a part of it, to a file shared or downloaded.

use std::borrow::Cow;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::messages::passphrase_text;
use super::model::{ExportFile, export_file};
use crate::book::RecordId;
use crate::book::format::envelope::{self, check_passphrase};
use crate::book::format::{ExportMeta, Selection};
use crate::book::history::LastExport;
use crate::browser::crypto::seal;
use crate::browser::environment::{now_ms, now_rfc3339, today};
use crate::browser::files::{Delivered, share_or_download};
use crate::browser::local_storage::LocalStorage;
use crate::people::model::{MEMBER, UNIT, units};
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::notice::{Notices, use_notices};
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

/// What an export file says about who made it, now.
pub fn export_meta(book: BookState, settings: SettingsState, selection: Selection) -> ExportMeta {
    ExportMeta {
        exported_at: now_rfc3339(),
        device: settings.device(),
        officer: settings.settings.with_untracked(|s| s.officer_name.clone()),
        union: book.union_name(),
        selection,
    }
}

/// "Protect with a passphrase" on an export: when ticked, the passphrase typed twice.
#[derive(Clone, Copy)]
pub struct Protection {
    on: RwSignal<bool>,
    passphrase: RwSignal<String>,
    repeat: RwSignal<String>,
    passphrase_error: RwSignal<Option<String>>,
    repeat_error: RwSignal<Option<String>>,
}

impl Protection {
    pub fn new() -> Self {
        Protection {
            on: RwSignal::new(false),
            passphrase: RwSignal::new(String::new()),
            repeat: RwSignal::new(String::new()),
            passphrase_error: RwSignal::new(None),
            repeat_error: RwSignal::new(None),
        }
    }

    /// The passphrase to protect with (`None`: not protected); `Err` once the fields show why not.
    pub fn passphrase(self) -> Result<Option<String>, ()> {
        if !self.on.get_untracked() {
            return Ok(None);
        }
        let passphrase = self.passphrase.get_untracked();
        let (first, second) = check_passphrase(&passphrase, &self.repeat.get_untracked());
        self.passphrase_error.set(first.map(passphrase_text));
        self.repeat_error.set(second.map(passphrase_text));
        if first.or(second).is_some() {
            return Err(());
        }
        Ok(Some(passphrase))
    }
}

/// The choice on the page. Its ids are fixed: a page has one export.
#[component]
pub fn ProtectChoice(protection: Protection) -> impl IntoView {
    let Protection { on, passphrase, repeat, passphrase_error, repeat_error } = protection;
    let toggle = move |ev| {
        on.set(event_target_checked(&ev));
        passphrase_error.set(None);
        repeat_error.set(None);
    };
    view! {
        <div class="field checkbox">
            <input id="protect" type="checkbox" prop:checked=move || on.get() on:change=toggle />
            <label for="protect">{tr!(data.protect.label)}</label>
        </div>
        <Show when=move || on.get()>
            <p class="help">{tr!(data.protect.help)}</p>
            <TextField id="protect-passphrase" label=Signal::derive(|| tr!(data.protect.passphrase)) value=passphrase error=passphrase_error input_type="password" autocomplete="new-password" />
            <TextField id="protect-repeat" label=Signal::derive(|| tr!(data.protect.repeat)) value=repeat error=repeat_error input_type="password" autocomplete="new-password" />
        </Show>
    }
}

/// Shares the file (or downloads it), encrypted first when there is a passphrase, and says how
/// that went; whether it was handed over.
pub async fn hand_over(file: &ExportFile, passphrase: Option<String>, notices: Notices) -> bool {
    let (text, name) = match passphrase {
        None => (Cow::Borrowed(file.text.as_str()), Cow::Borrowed(file.name.as_str())),
        Some(passphrase) => match seal(file.text.as_bytes(), &passphrase).await {
            Ok(sealed) => (Cow::Owned(envelope::write(&sealed)), Cow::Owned(envelope::protected_name(&file.name))),
            Err(reason) => {
                notices.show(tr!(data.export_failed, reason));
                return false;
            }
        },
    };
    let count = file.count;
    match share_or_download(&name, &text).await {
        Ok(Delivered::Cancelled) => false,
        Ok(Delivered::Shared) => {
            notices.show(tr!(data.exported_shared, count, name));
            true
        }
        Ok(Delivered::Downloaded) => {
            notices.show(tr!(data.exported_downloaded, count, name));
            true
        }
        Err(reason) => {
            notices.show(tr!(data.export_failed, reason));
            false
        }
    }
}
