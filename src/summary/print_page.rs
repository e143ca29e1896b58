//! `/summary/<id>/print/<zh|en>`: the whole summary laid out for A4 in the document's
//! language, which the browser's "Save as PDF" turns into a clean file. The print CSS
//! (style/summary.css) hides the app around it and breaks pages between sections.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::locale::Lang;
use crate::summary::document::{Figure, Section, Summary, Table};
use crate::summary::draft::{draft, period as find_period};
use crate::summary::markdown::{figures_header, goal_text, note_stand_in, paragraphs, period_line, source_text};
use crate::ui::book_state::BookState;
use crate::ui::language::{current_lang, set_title};
use crate::ui::routes::Route;

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

#[component]
fn Document(summary: Summary) -> impl IntoView {
    let lang = summary.lang;
    let line = period_line(&summary);
    view! {
        <article class="print-view" lang=lang.tag()>
            <header>
                <h1>{summary.title.clone()}</h1>
                <p class="lead">{line}</p>
            </header>
            {summary.sections.into_iter().map(|s| view! { <SectionView section=s lang /> }).collect_view()}
        </article>
    }
}

#[component]
fn SectionView(section: Section, lang: Lang) -> impl IntoView {
    let stand_in = note_stand_in(&section, lang);
    let note: Vec<String> = paragraphs(&section.note).map(str::to_owned).collect();
    let parts = if section.has_records { section.parts } else { Vec::new() };
    view! {
        <section class="print-section">
            <h2>{section.title}</h2>
            {section.has_records.then(|| view! { <Figures figures=section.figures lang /> })}
            {parts.into_iter().map(|p| view! {
                <h3>{p.title}</h3>
                <Figures figures=p.figures lang />
                {p.tables.into_iter().map(|t| view! { <Grid table=t /> }).collect_view()}
                {(!p.sources.is_empty()).then(|| view! {
                    <ul>
                        {p.sources.into_iter().map(|s| view! { <li>{source_text(&s.title, &s.facts)}</li> }).collect_view()}
                    </ul>
                })}
            }).collect_view()}
            {(!section.goals.is_empty()).then(|| view! {
                <ol>
                    {section.goals.iter().map(|g| view! { <li value=g.number>{goal_text(g, lang)}</li> }).collect_view()}
                </ol>
            })}
            {match stand_in {
                Some(text) => view! { <p class="summary-empty">{text}</p> }.into_any(),
                None => note.into_iter().map(|p| view! { <p>{p}</p> }).collect_view().into_any(),
            }}
        </section>
    }
}

#[component]
fn Figures(figures: Vec<Figure>, lang: Lang) -> impl IntoView {
    (!figures.is_empty()).then(|| {
        let [item, figure] = figures_header(lang);
        view! {
            <table class="summary-table print-table">
                <thead><tr><th scope="col">{item}</th><th scope="col">{figure}</th></tr></thead>
                <tbody>
                    {figures.into_iter().map(|f| view! {
                        <tr><th scope="row">{f.label.clone()}</th><td>{f.value.show(lang)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    })
}

#[component]
fn Grid(table: Table) -> impl IntoView {
    let columns = table.header.len().max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    let cells = move |row: &[String]| (0..columns).map(|i| row.get(i).cloned().unwrap_or_default()).collect::<Vec<_>>();
    view! {
        <table class="summary-table print-table">
            {(!table.caption.trim().is_empty()).then(|| view! { <caption>{table.caption.clone()}</caption> })}
            <thead><tr>{cells(&table.header).into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
            <tbody>
                {table.rows.iter().map(|r| view! {
                    <tr>{cells(r).into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
