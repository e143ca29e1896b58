//! What an import would do, before it is applied: each file read or refused (and why), the
//! counts of what merging them changes, and every conflict.

use leptos::prelude::*;

use super::messages::{problem_text, rejection_text, unopened_text};
use super::model::count_by_kind;
use super::show::{kind_name, record_label, sender, when, when_text, who};
use crate::book::format::envelope::Unopened;
use crate::book::format::{Incoming, Rejection};
use crate::book::{Book, MergeReport};
use crate::people::field_name;
use crate::ui::book_state::BookState;
use crate::ui::labels::value_text;

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
}

/// The books of the files that passed, in the order they were chosen.
pub(super) fn accepted(files: &[FileOutcome]) -> impl Iterator<Item = &Book> {
    files.iter().filter_map(|f| f.result.as_ref().ok()).map(|ok| &ok.book)
}

#[component]
pub(super) fn Preview(files: Vec<FileOutcome>, report: MergeReport) -> impl IntoView {
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
        Err(refused) => {
            let problems = match &refused {
                Refused::File(Rejection::Invalid { problems, .. }) => problems.iter().map(|p| problem_text(p)).collect(),
                _ => Vec::new(),
            };
            let why = match &refused {
                Refused::File(rejection) => rejection_text(rejection),
                Refused::Protected(unopened) => unopened_text(unopened),
                Refused::Browser(reason) => tr!(data.protect.browser, reason),
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
