//! A list of figures as a table, drawn from the same rows its CSV holds: the first cell of
//! each row heads it. It scrolls inside its own box on a narrow phone, which a keyboard can
//! reach (focusable, named by the caption).

use leptos::prelude::*;

use crate::table::Table;

/// A cell's class: a figure is drawn whole (style/pages.css), words may wrap.
pub fn cell_class(cell: &str) -> &'static str {
    if crate::table::is_figure(cell) { "figure-cell" } else { "words" }
}

#[component]
pub fn FigureTable(caption: String, table: Table, testid: &'static str) -> impl IntoView {
    let Table { headers, rows } = table;
    let name = caption.clone();
    view! {
        <div class="table-scroll" data-testid=testid tabindex="0" role="region" aria-label=name>
        <table class="counts">
            <caption>{caption}</caption>
            <thead><tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let mut cells = row.into_iter();
                    let first = cells.next().unwrap_or_default();
                    view! { <tr><th scope="row">{first}</th>{cells.map(|c| {
                        let class = cell_class(&c);
                        view! { <td class=class>{c}</td> }
                    }).collect_view()}</tr> }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
