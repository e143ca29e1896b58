//! What an import would do, before it is applied: each file read or refused (and why), the
//! counts of what merging them changes, and every conflict.

use leptos::prelude::*;

use super::messages::{problem_text, rejection_text, unopened_text};
use super::model::count_by_kind;
use super::show::{field_label, kind_name, record_label, sender, when, when_text, who};
use crate::book::format::envelope::Unopened;
use crate::book::format::warnings::Warnings;
use crate::book::format::{Incoming, Rejection};
use crate::book::{Book, MergeReport, RecordId};
use crate::ui::book_state::BookState;
use crate::ui::labels::value_text;
use crate::ui::language::current_lang;

/// One picked file and what reading it gave.
#[derive(Clone)]
pub(super) struct FileOutcome {
    pub name: String,
    pub result: Result<Incoming, Refused>,
}

/// Why a file was not read.
#[derive(Clone)]
pub(super) enum Refused {
    File(Rejection),
    Protected(Unopened),
    /// The browser could not decrypt at all (its reason).
    Browser(String),
    /// The browser could not read the file's bytes (its reason).
    Unreadable(String),
    /// A protected file the officer chose not to open; `tried` when a passphrase failed first.
    Skipped {
        tried: bool,
    },
}

/// The books of the files that passed, in the order they were chosen.
pub(super) fn accepted(files: &[FileOutcome]) -> impl Iterator<Item = &Book> {
    files.iter().filter_map(|f| f.result.as_ref().ok()).map(|ok| &ok.book)
}

/// At most this many changed records are named one by one; the rest are counted.
const CHANGES_LISTED: usize = 30;

#[component]
pub(super) fn Preview(
    files: Vec<FileOutcome>,
    report: MergeReport,
    changes: Vec<(RecordId, Vec<String>)>,
    warnings: Warnings,
) -> impl IntoView {
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
    let label = |id: RecordId, kind: &str| {
        book.read(|b| record_label(if incoming.get(id).is_some() { &incoming } else { b }, id, kind))
    };
    let by_kind = |ids: &[RecordId]| {
        let kinds = count_by_kind(&incoming, ids);
        let last = kinds.len().saturating_sub(1);
        kinds
            .into_iter()
            .enumerate()
            .map(|(i, (kind, n))| {
                let separator = (i < last).then_some(" · ");
                view! { <span class="nowrap">{kind_name(&kind)} " " <span class="figure">{n}</span></span>{separator} }
            })
            .collect_view()
    };
    let rows = [
        (tr!(data.preview.added), report.added.len(), Some(by_kind(&report.added))),
        (tr!(data.preview.changed), report.changed.len(), Some(by_kind(&report.changed))),
        (tr!(data.preview.deleted), report.deleted.len(), Some(by_kind(&report.deleted))),
        (tr!(data.preview.restored), report.restored.len(), Some(by_kind(&report.restored))),
        (tr!(data.preview.unchanged), report.unchanged, None),
    ];
    let more_changes = changes.len().saturating_sub(CHANGES_LISTED);
    let changes: Vec<String> = changes
        .iter()
        .take(CHANGES_LISTED)
        .map(|(id, changed)| {
            let kind = incoming.get(*id).map(|r| r.kind.clone()).unwrap_or_default();
            let record = label(*id, &kind);
            let mut fields: Vec<String> = Vec::new();
            for field in changed {
                let name = field_label(&kind, field);
                if !fields.contains(&name) {
                    fields.push(name);
                }
            }
            if fields.is_empty() {
                tr!(data.preview.history_only, record)
            } else {
                tr!(data.preview.changed_fields, record, fields = fields.join(current_lang().pick("、", ", ")))
            }
        })
        .collect();
    let warned = warned(&warnings, &label);
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
                            <tr><th scope="row">{label}</th><td class="figure">{n}</td><td class="help">{detail}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {(!changes.is_empty()).then(|| view! {
                    <h3>{tr!(data.preview.changes_title)}</h3>
                    <ul class="change-list" data-testid="import-changes">
                        {changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                        {(more_changes > 0).then(|| view! { <li class="help">{tr!(data.preview.more, count = more_changes)}</li> })}
                    </ul>
                })}
                {warned}
                <h3>{tr!(data.preview.conflicts, count = conflicts.len())}</h3>
                {conflicts.is_empty().then(|| view! { <p class="help">{tr!(data.preview.no_conflicts)}</p> })}
                <ul class="conflict-list">
                    {conflicts.into_iter().map(|c| {
                        // Names may be in the file, in the book, or both.
                        let (record, kept_by, other_by) = book.read(|b| {
                            let source = |id: RecordId| if incoming.get(id).is_some() { &incoming } else { b };
                            (
                                record_label(source(c.record), c.record, &c.kind),
                                who(source(c.kept.at.device), c.kept.at.device),
                                who(source(c.other.at.device), c.other.at.device),
                            )
                        });
                        view! {
                            <li class="conflict" data-testid="conflict">
                                <p><strong>{record}</strong> " · " {field_label(&c.kind, &c.field)}</p>
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

/// What the files hold that this app will keep but cannot use: named, never kept in silence.
fn warned(warnings: &Warnings, label: &dyn Fn(RecordId, &str) -> String) -> impl IntoView + use<> {
    let more = warnings.dangling_total.saturating_sub(warnings.dangling.len());
    let dangling = (warnings.dangling_total > 0).then(|| {
        let items = warnings
            .dangling
            .iter()
            .map(|d| {
                let text = tr!(
                    data.preview.dangling,
                    record = label(d.record, &d.kind),
                    kind = kind_name(&d.kind),
                    field = field_label(&d.kind, &d.field),
                    id = d.missing.to_string()
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <div class="warning-box" role="note" data-testid="import-dangling">
                <h3>{tr!(data.preview.dangling_title, count = warnings.dangling_total)}</h3>
                <p class="help">{tr!(data.preview.dangling_help)}</p>
                <ul>
                    {items}
                    {(more > 0).then(|| view! { <li class="help">{tr!(data.preview.more, count = more)}</li> })}
                </ul>
            </div>
        }
    });
    let unknown = (!warnings.unknown_fields.is_empty()).then(|| {
        let items = warnings
            .unknown_fields
            .iter()
            .map(|u| {
                let text = if u.records == 1 {
                    tr!(data.preview.unknown_one, kind = kind_name(&u.kind), field = u.field.clone(), count = u.records)
                } else {
                    tr!(data.preview.unknown, kind = kind_name(&u.kind), field = u.field.clone(), count = u.records)
                };
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <div class="warning-box" role="note" data-testid="import-unknown-fields">
                <h3>{tr!(data.preview.unknown_title)}</h3>
                <p class="help">{tr!(data.preview.unknown_help)}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    view! { {dangling} {unknown} }
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
        Err(refused) => {
            let problems = match &refused {
                Refused::File(Rejection::Invalid { problems, .. }) => problems.iter().map(|p| problem_text(p)).collect(),
                _ => Vec::new(),
            };
            let why = match &refused {
                Refused::File(rejection) => rejection_text(rejection),
                Refused::Protected(unopened) => unopened_text(unopened),
                Refused::Browser(reason) => tr!(data.protect.browser, reason),
                Refused::Unreadable(reason) => tr!(data.reject.unreadable, reason),
                Refused::Skipped { tried: false } => tr!(data.protect.skipped),
                Refused::Skipped { tried: true } => tr!(data.protect.skipped_after_trying),
            };
            view! {
                <li class="rejected" role="alert">
                    <strong>{file.name}</strong> " — " {why}
                    " " {tr!(data.preview.nothing_changed)}
                    <ul class="problems">
                        {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                </li>
            }.into_any()
        }
    }
}
