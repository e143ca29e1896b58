//! Handing an export over: what the file says about who made it, "Protect with a passphrase"
//! with its two fields, and sharing or downloading the file (sealed first when protected). The
//! Data page's export and the door's "export this list" both use it.

use std::borrow::Cow;

use leptos::prelude::*;

use crate::book::format::envelope::{self, MIN_PASSPHRASE_CHARS, PassphraseProblem, check_passphrase};
use crate::book::format::{ExportMeta, Selection};
use crate::browser::crypto::seal;
use crate::browser::environment::now_rfc3339;
use crate::browser::files::{Delivered, share_or_download};
use crate::data::model::ExportFile;
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::notice::Notices;
use crate::ui::settings::SettingsState;

pub fn passphrase_text(problem: PassphraseProblem) -> String {
    match problem {
        PassphraseProblem::Empty => tr!(data.protect.empty),
        PassphraseProblem::TooShort => tr!(data.protect.too_short, min = MIN_PASSPHRASE_CHARS),
        PassphraseProblem::Differ => tr!(data.protect.differ),
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
