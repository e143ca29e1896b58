//! Importing files: read and check each, preview what merging them would do (with every
//! conflict), then apply all at once or cancel; then one "Undo this import".

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::messages::{problem_text, rejection_text};
use super::model::count_by_kind;
use super::show::{kind_name, record_label, sender, when, when_text, who};
use crate::book::format::{Incoming, MAX_FILE_BYTES, Rejection, read_import};
use crate::book::history::{ImportEntry, ImportedFile};
use crate::book::{Book, MergeReport};
use crate::browser::files::read_picked;
use crate::ui::labels::value_text;

use crate::kinds::schema_of;
use crate::people::field_name;
use crate::ui::book_state::{BookState, measure};

/// One picked file and what reading it gave.
#[derive(Clone)]
struct FileOutcome {
    name: String,
    result: Result<Incoming, Rejection>,
}

#[derive(Clone)]
enum Stage {
    Idle,
    Reading,
    Preview {
        files: Vec<FileOutcome>,
        report: MergeReport,
    },
    /// The report, and the history entry that records it.
    Applied(MergeReport, String),
    Undone,
}

/// The books of the files that passed, in the order they were chosen.
fn accepted(files: &[FileOutcome]) -> impl Iterator<Item = &Book> {
    files.iter().filter_map(|f| f.result.as_ref().ok()).map(|ok| &ok.book)
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    let stage = RwSignal::new(Stage::Idle);

    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(files) = input.files() else { return };
        stage.set(Stage::Reading);
        spawn_local(async move {
            let picked = read_picked(files, MAX_FILE_BYTES).await;
            input.set_value("");
            let mut files: Vec<FileOutcome> = Vec::with_capacity(picked.len());
            for f in picked {
                let result = match f.contents {
                    Ok(bytes) => measure("unionbook:import-read", || {
                        book.read_session(|s| {
                            // A record keeps its kind: as the book has it, or as a file before this one.
                            let known_kind =
                                |id| accepted(&files).chain([s.book()]).find_map(|b| b.get(id)).map(|r| r.kind.clone());
                            read_import(&bytes, &schema_of, &known_kind)
                        })
                    }),
                    Err(size) => Err(Rejection::TooLarge { bytes: size, limit: MAX_FILE_BYTES }),
                };
                files.push(FileOutcome { name: f.name, result });
            }
            let report =
                measure("unionbook:import-plan", || book.read_session(|s| s.plan_import_all(accepted(&files)).report));
            stage.set(Stage::Preview { files, report });
        });
    };

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
                    Stage::Preview { files, report } => {
                        let any_ok = files.iter().any(|f| f.result.is_ok());
                        view! {
                            <Preview files report />
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

#[component]
fn Preview(files: Vec<FileOutcome>, report: MergeReport) -> impl IntoView {
    let book = expect_context::<BookState>();
    let any_ok = files.iter().any(|f| f.result.is_ok());
    // Names may be in a file, in the book, or both.
    let incoming = {
        let mut names = Book::new();
        for b in accepted(&files) {
            names.merge(b);
        }
        names
    };
    let by_kind = |ids: &[crate::book::RecordId]| {
        count_by_kind(&incoming, ids)
            .into_iter()
            .map(|(kind, n)| format!("{} {n}", kind_name(&kind)))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let rows = [
        (tr!(data.preview.added), report.added.len(), by_kind(&report.added)),
        (tr!(data.preview.changed), report.changed.len(), by_kind(&report.changed)),
        (tr!(data.preview.deleted), report.deleted.len(), by_kind(&report.deleted)),
        (tr!(data.preview.restored), report.restored.len(), by_kind(&report.restored)),
        (tr!(data.preview.unchanged), report.unchanged, String::new()),
    ];
    let conflicts = report.conflicts.clone();
    view! {
        <div class="preview" data-testid="import-preview">
            <h3>{tr!(data.preview.title)}</h3>
            <ul class="file-list">
                {files.into_iter().map(|f| view! { <FileLine file=f /> }).collect_view()}
            </ul>
            {any_ok.then(|| view! {
                <table class="counts">
                    <tbody>
                        {rows.into_iter().map(|(label, n, detail)| view! {
                            <tr><th scope="row">{label}</th><td>{n}</td><td class="help">{detail}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <h3>{tr!(data.preview.conflicts, count = conflicts.len())}</h3>
                {conflicts.is_empty().then(|| view! { <p class="help">{tr!(data.preview.no_conflicts)}</p> })}
                <ul class="conflict-list">
                    {conflicts.into_iter().map(|c| {
                        // Names may be in the file, in the book, or both.
                        let (record, kept_by, other_by) = book.read(|b| {
                            let source = |id: crate::book::RecordId| if incoming.get(id).is_some() { &incoming } else { b };
                            (
                                record_label(source(c.record), c.record, &c.kind),
                                who(source(c.kept.at.device), c.kept.at.device),
                                who(source(c.other.at.device), c.other.at.device),
                            )
                        });
                        view! {
                            <li class="conflict" data-testid="conflict">
                                <p><strong>{record}</strong> " · " {field_name(&c.field)}</p>
                                <p>{tr!(data.preview.kept, value = value_text(&c.kept.value), who = kept_by, when = when(c.kept.at.wall_ms))}</p>
                                <p>{tr!(data.preview.other, value = value_text(&c.other.value), who = other_by, when = when(c.other.at.wall_ms))}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

#[component]
fn FileLine(file: FileOutcome) -> impl IntoView {
    match file.result {
        Ok(ok) => view! {
            <li>
                <strong>{file.name}</strong> " — "
                {tr!(data.preview.file_ok, officer = sender(&ok.officer, ok.device), count = ok.book.len(), exported = when_text(&ok.exported_at))}
            </li>
        }.into_any(),
        Err(rejection) => {
            let problems = match &rejection {
                Rejection::Invalid { problems, .. } => problems.iter().map(|p| problem_text(p)).collect(),
                _ => Vec::new(),
            };
            view! {
                <li class="rejected" role="alert">
                    <strong>{file.name}</strong> " — " {rejection_text(&rejection)}
                    " " {tr!(data.preview.nothing_changed)}
                    <ul class="problems">
                        {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                </li>
            }.into_any()
        }
    }
}
