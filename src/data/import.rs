//! Importing files: read and check each, preview what merging them would do (with every
//! conflict), then apply all at once or cancel; then one "Undo this import". Protected files
//! are opened first, with one passphrase asked for all of them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::preview::{FileOutcome, Preview, Refused, accepted};
use crate::book::format::envelope::{self, MAX_PROTECTED_BYTES, Sealed};
use crate::book::format::warnings::{Warnings, warnings};
use crate::book::format::{MAX_FILE_BYTES, Rejection, read_import};
use crate::book::history::{ImportEntry, ImportedFile};
use crate::book::{MergeReport, RecordId};
use crate::browser::crypto::{Failed, unseal};
use crate::browser::environment::now_ms;
use crate::browser::files::{Unread, read_picked};
use crate::kinds::schema_of;
use crate::ui::book_state::{BookState, measure};
use crate::ui::form::TextField;

/// A picked file before it is read: its bytes, a protected file still to open, or a refusal.
enum Contents {
    Plain(Vec<u8>),
    /// A protected file not opened yet; `tried` once a passphrase failed to open it.
    Locked {
        sealed: Sealed,
        tried: bool,
    },
    Refused(Refused),
}

struct Picked {
    name: String,
    contents: Contents,
}

fn is_locked(p: &Picked) -> bool {
    matches!(p.contents, Contents::Locked { .. })
}

#[derive(Clone)]
enum Stage {
    Idle,
    Reading,
    /// Some picked files are protected: the names of those the passphrase has not opened yet.
    Locked(Vec<String>),
    Preview {
        files: Vec<FileOutcome>,
        report: MergeReport,
        /// The changed records' fields that get new values.
        changes: Vec<(RecordId, Vec<String>)>,
        warnings: Warnings,
    },
    /// The report, and the history entry that records it.
    Applied(MergeReport, String),
    Undone,
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    let stage = RwSignal::new(Stage::Idle);
    // The picked files while a passphrase is asked for.
    let pending = StoredValue::new_local(Vec::<Picked>::new());
    let passphrase = RwSignal::new(String::new());
    let passphrase_error = RwSignal::new(None::<String>);

    let read_all = move |picked: Vec<Picked>| {
        let mut files: Vec<FileOutcome> = Vec::with_capacity(picked.len());
        for f in picked {
            let result = match f.contents {
                Contents::Plain(bytes) => measure("unionbook:import-read", || {
                    book.read_session(|s| {
                        // A record keeps its kind: as the book has it, or as a file before this one.
                        let known_kind =
                            |id| accepted(&files).chain([s.book()]).find_map(|b| b.get(id)).map(|r| r.kind.clone());
                        read_import(&bytes, &schema_of, &known_kind, now_ms()).map_err(Refused::File)
                    })
                }),
                Contents::Refused(refused) => Err(refused),
                // Still locked here only when the officer chose to skip the protected files.
                Contents::Locked { tried, .. } => Err(Refused::Skipped { tried }),
            };
            files.push(FileOutcome { name: f.name, result });
        }
        let (report, changes, warnings) = measure("unionbook:import-plan", || {
            book.read_session(|s| {
                let plan = s.plan_import_all(accepted(&files));
                let changes = plan.fields_changed(s.book());
                let warnings = warnings(s.book(), &accepted(&files).collect::<Vec<_>>(), &schema_of);
                (plan.report, changes, warnings)
            })
        });
        stage.set(Stage::Preview { files, report, changes, warnings });
    };
    // Protected files are recognised first, so that one passphrase (asked once) opens them all.
    let ask_or_read = move |picked: Vec<Picked>| {
        let locked: Vec<String> = picked.iter().filter(|p| is_locked(p)).map(|p| p.name.clone()).collect();
        if locked.is_empty() {
            return read_all(picked);
        }
        pending.set_value(picked);
        stage.set(Stage::Locked(locked));
    };

    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(files) = input.files() else { return };
        passphrase_error.set(None);
        stage.set(Stage::Reading);
        spawn_local(async move {
            let picked = read_picked(files, MAX_PROTECTED_BYTES).await;
            input.set_value("");
            let picked = picked
                .into_iter()
                .map(|f| {
                    let contents = match f.contents {
                        Ok(bytes) => match envelope::open(&bytes) {
                            None => Contents::Plain(bytes),
                            Some(Ok(sealed)) => Contents::Locked { sealed, tried: false },
                            Some(Err(unopened)) => Contents::Refused(Refused::Protected(unopened)),
                        },
                        Err(Unread::TooLarge(size)) => {
                            Contents::Refused(Refused::File(Rejection::TooLarge { bytes: size, limit: MAX_FILE_BYTES }))
                        }
                        Err(Unread::Failed(reason)) => Contents::Refused(Refused::Unreadable(reason)),
                    };
                    Picked { name: f.name, contents }
                })
                .collect();
            ask_or_read(picked);
        });
    };

    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = passphrase.get_untracked();
        if typed.is_empty() {
            return passphrase_error.set(Some(tr!(data.protect.empty)));
        }
        stage.set(Stage::Reading);
        spawn_local(async move {
            let mut picked = pending.try_update_value(std::mem::take).unwrap_or_default();
            for p in picked.iter_mut() {
                let Contents::Locked { sealed, tried } = &mut p.contents else { continue };
                p.contents = match unseal(sealed, &typed).await {
                    Ok(bytes) => Contents::Plain(bytes),
                    Err(Failed::NotOpened) => {
                        *tried = true;
                        continue;
                    }
                    Err(Failed::Browser(reason)) => Contents::Refused(Refused::Browser(reason)),
                };
            }
            passphrase.set(String::new());
            passphrase_error.set(picked.iter().any(is_locked).then(|| tr!(data.protect.not_opened)));
            ask_or_read(picked);
        });
    };
    let skip = move |_| read_all(pending.try_update_value(std::mem::take).unwrap_or_default());

    let apply = move |_| {
        let Stage::Preview { files, .. } = stage.get_untracked() else {
            return;
        };
        let applied = measure("unionbook:import-apply", || {
            book.edit(|s, now| {
                let plan = s.plan_import_all(accepted(&files));
                (s.apply_import(plan), s.stamp(now))
            })
        });
        let Some((report, at)) = applied else { return };
        let imported: Vec<ImportedFile> = files
            .iter()
            .filter_map(|f| {
                f.result.as_ref().ok().map(|ok| ImportedFile {
                    name: f.name.clone(),
                    device: ok.device,
                    officer: ok.officer.clone(),
                    exported_at: ok.exported_at.clone(),
                })
            })
            .collect();
        let entry = ImportEntry::new(at, imported, &report);
        let id = entry.id.clone();
        book.record_history(|h| h.push(entry));
        book.save();
        stage.set(Stage::Applied(report, id));
    };
    let undo = move |_| {
        let Stage::Applied(_, id) = stage.get_untracked() else { return };
        let epoch = crate::book::Entropy::new_id(&mut crate::browser::environment::BrowserEntropy);
        if book.edit(|s, _| s.undo_import(epoch)) == Some(true) {
            book.record_history(|h| h.mark_undone(&id));
            book.save();
            stage.set(Stage::Undone);
        }
    };
    let can_undo = move || book.read_session(|s| s.can_undo_import());

    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{tr!(data.import_title)}</h2>
            <p class="help">{tr!(data.import_help)}</p>
            <div class="field">
                <label for="import-files" class="button">{tr!(data.import_choose)}</label>
                <input id="import-files" class="visually-hidden" type="file" accept=".json,application/json" multiple on:change=pick />
            </div>
            <div aria-live="polite">
                {move || match stage.get() {
                    Stage::Idle => ().into_any(),
                    Stage::Reading => view! { <p>{tr!(data.import_reading)}</p> }.into_any(),
                    Stage::Locked(names) => view! {
                        <form data-no-draft class="preview" data-testid="import-locked" on:submit=unlock>
                            <p>{if names.len() == 1 { tr!(data.protect.locked_one, count = 1) } else { tr!(data.protect.locked, count = names.len()) }}</p>
                            <ul class="file-list">{names.into_iter().map(|n| view! { <li><strong>{n}</strong></li> }).collect_view()}</ul>
                            <TextField id="import-passphrase" label=Signal::derive(|| tr!(data.protect.passphrase)) value=passphrase error=passphrase_error input_type="password" autocomplete="current-password" />
                            <div class="actions">
                                <button type="submit" class="button primary">{tr!(data.protect.open)}</button>
                                <button type="button" class="button" on:click=skip>{tr!(data.protect.skip)}</button>
                                <button type="button" class="button" on:click=move |_| { pending.set_value(Vec::new()); stage.set(Stage::Idle) }>{tr!(form.cancel)}</button>
                            </div>
                        </form>
                    }.into_any(),
                    Stage::Preview { files, report, changes, warnings } => {
                        let any_ok = files.iter().any(|f| f.result.is_ok());
                        view! {
                            <Preview files report changes warnings />
                            <div class="actions">
                                {any_ok.then(|| view! {
                                    <button class="button primary" on:click=apply disabled=move || !book.health.with(|h| h.editable())>
                                        {tr!(data.import_apply)}
                                    </button>
                                })}
                                <button class="button" on:click=move |_| stage.set(Stage::Idle)>
                                    {if any_ok { tr!(form.cancel) } else { tr!(data.import_close) }}
                                </button>
                            </div>
                        }.into_any()
                    }
                    Stage::Applied(report, _) => view! {
                        <p class="ok" role="status">{summary(&report)}</p>
                        {move || can_undo().then(|| view! {
                            <button class="button" on:click=undo>{tr!(data.import_undo)}</button>
                        })}
                    }.into_any(),
                    Stage::Undone => view! { <p class="ok" role="status">{tr!(data.import_undone)}</p> }.into_any(),
                }}
            </div>
        </section>
    }
}

fn summary(r: &MergeReport) -> String {
    tr!(
        data.import_done,
        added = r.added.len(),
        changed = r.changed.len(),
        deleted = r.deleted.len(),
        restored = r.restored.len(),
        conflicts = r.conflicts.len()
    )
    .to_string()
}
