//! The column matching both CSV imports show (the member roster, the class list): each column
//! of the file with its first value, and what it is read as.

use leptos::prelude::*;

use super::roster::{Encoding, Sheet};

/// `options` are (key, label) of what a column can be read as ("" ignores it); `chosen` is each
/// column's key now, and `choose` is told (column, key) when the officer picks another.
#[component]
pub fn SheetColumns(
    name: String,
    encoding: Encoding,
    sheet: Sheet,
    options: Vec<(&'static str, String)>,
    chosen: Signal<Vec<&'static str>>,
    choose: Callback<(usize, &'static str)>,
) -> impl IntoView {
    let encoding = if encoding == Encoding::Utf8 { "UTF-8" } else { "GB18030 / GBK" };
    let rows = sheet.rows.len();
    let first = sheet.rows.first().cloned().unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="mapping-heading">
            <h2 id="mapping-heading">{tr!(roster.mapping)}</h2>
            <p class="help"><span lang="zxx">{name}</span> " · " {tr!(roster.read_as, encoding, rows)}</p>
            {sheet.headers.into_iter().enumerate().map(|(i, header)| {
                let id = format!("column-{i}");
                let sample = first.get(i).cloned().unwrap_or_default();
                let now = chosen.with_untracked(|c| c.get(i).copied());
                let keys: Vec<&'static str> = options.iter().map(|(k, _)| *k).collect();
                view! {
                    <div class="field">
                        <label for=id.clone()>{header} {(!sample.is_empty()).then(|| format!(" ({sample})"))}</label>
                        <select id=id on:change=move |ev| {
                            let picked = event_target_value(&ev);
                            if let Some(key) = keys.iter().find(|k| **k == picked) {
                                choose.run((i, key));
                            }
                        }>
                            {options.iter().map(|(key, label)| {
                                view! { <option value=*key selected=now == Some(*key)>{label.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}
