//! `/summary/<id>/print/<zh|en>`: the whole summary laid out for A4 in the document's
//! language, which the browser's "Save as PDF" turns into a clean file. The print CSS
//! (style/summary.css) hides the app around it and breaks pages between sections.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::locale::Lang;
use crate::summary::document::{Summary, Table};
use crate::summary::draft::{draft, period as find_period};
use crate::summary::outline::{Block, blocks};
use crate::ui::book_state::BookState;
use crate::ui::language::{current_lang, set_title};
use crate::ui::routes::Route;
use crate::ui::table_view::cell_class;

#[component]
pub fn PrintPage(period: RecordId, lang: Lang) -> impl IntoView {
    let book = expect_context::<BookState>();
    let summary = Memo::new(move |_| book.read(|b| find_period(b, period, lang).map(|p| draft(b, &p, lang))));
    Effect::new(move |_| {
        if let Some(title) = summary.with(|s| s.as_ref().map(|s| s.title.clone())) {
            set_title(&title);
        }
    });
    let app = current_lang();
    let back = Route::SummaryOf(period).path();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="print-toolbar actions" lang=app.tag()>
            <button type="button" class="button primary" on:click=print>{app.pick("打印 / 存为 ", "Print / Save as ")}<span lang="zxx">"PDF"</span></button>
            <a class="button" href=back.clone()>{app.pick("回到工作总结", "Back to the summary")}</a>
        </div>
        {move || match summary.get() {
            Some(s) => view! { <Document summary=s /> }.into_any(),
            None => view! {
                <article class="print-view" lang=lang.tag()>
                    <h1>{lang.pick("找不到这个学期或这一届", "This semester or term is not in the book")}</h1>
                    <p>{lang.pick("它可能已被删除，或来自另一本记录。", "It may have been deleted, or belong to another book.")}</p>
                    <p><a href="/summary">{lang.pick("回到工作总结", "Back to the work summary")}</a></p>
                </article>
            }
            .into_any(),
        }}
    }
}

/// The document as the outline lays it out (`summary/outline.rs`, as the Markdown and the Word
/// file): a chapter starts a printed page.
#[component]
fn Document(summary: Summary) -> impl IntoView {
    let lang = summary.lang;
    let body: Vec<AnyView> = blocks(&summary)
        .into_iter()
        .map(|block| match block {
            Block::Title(t) => view! { <h1>{t.to_owned()}</h1> }.into_any(),
            Block::Subtitle(t) => view! { <p class="lead">{t}</p> }.into_any(),
            Block::Heading(1, t) => view! { <h2 class="print-chapter">{t.to_owned()}</h2> }.into_any(),
            Block::Heading(2, t) => view! { <h3>{t.to_owned()}</h3> }.into_any(),
            Block::Heading(_, t) => view! { <h4>{t.to_owned()}</h4> }.into_any(),
            Block::Paragraph(t) => view! { <p class="print-prose">{t.to_owned()}</p> }.into_any(),
            Block::StandIn(t) => view! { <p class="summary-empty">{t}</p> }.into_any(),
            Block::Plan(n, t) => view! { <p class="print-plan">{format!("{n}. {t}")}</p> }.into_any(),
            Block::Table(t) => view! { <Grid table=t.clone() /> }.into_any(),
        })
        .collect();
    view! { <article class="print-view" lang=lang.tag()>{body}</article> }
}

#[component]
fn Grid(table: Table) -> impl IntoView {
    let columns = table.header.len().max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    let cells = move |row: &[String]| (0..columns).map(|i| row.get(i).cloned().unwrap_or_default()).collect::<Vec<_>>();
    // Each cell names its column for the stacked rows a phone shows (style/summary.css).
    let labels = cells(&table.header);
    view! {
        <table class="summary-table print-table">
            {(!table.caption.trim().is_empty()).then(|| view! { <caption>{table.caption.clone()}</caption> })}
            <thead><tr>{cells(&table.header).into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
            <tbody>
                {table.rows.iter().map(|r| view! {
                    <tr>{cells(r).into_iter().zip(labels.iter().cloned()).map(|(c, label)| {
                        let (class, label) = (cell_class(&c), (!c.is_empty()).then_some(label));
                        view! { <td class=class data-label=label>{c}</td> }
                    }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
