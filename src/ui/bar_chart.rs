//! A bar chart drawn by the app itself (inline SVG: no library, no request) for things counted
//! side by side — activities per unit, budget against actual per category: a figure titled by
//! its caption, the drawing named by a title and described in a sentence for screen readers,
//! and its figures as a table, which print and screen readers read and a phone shows compactly.
//! Its words come from the caller: the shared ui knows no area.

use leptos::prelude::*;

pub mod geometry;

use geometry::{BAR, WIDTH, layout};

/// One row of the chart: its label, a value per series on the chart's scale, and each as text.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub values: Vec<i64>,
    pub shown: Vec<String>,
}

/// The chart. `id` names its title and description, so it must be unique on the page; `series`
/// names each bar of a row (one series: its name heads the table's column); `label_header`
/// heads the table's first column.
#[component]
pub fn BarChart(
    id: &'static str,
    #[prop(into)] title: String,
    #[prop(into)] desc: String,
    series: Vec<String>,
    rows: Vec<BarRow>,
    #[prop(into)] label_header: String,
    testid: &'static str,
) -> impl IntoView {
    let values: Vec<Vec<i64>> = rows.iter().map(|r| r.values.clone()).collect();
    let geometry = layout(&values, series.len());
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    let view_box = format!("0 0 {WIDTH} {}", geometry.height);
    let marks = rows
        .iter()
        .zip(&geometry.rows)
        .map(|(row, slot)| {
            let bars = slot
                .bars
                .iter()
                .enumerate()
                .map(|(s, bar)| {
                    let class = format!("bar-chart-bar series-{s}");
                    let shown = row.shown.get(s).cloned().unwrap_or_default();
                    view! {
                        <rect class=class x="0" y=bar.y.to_string() width=bar.width.to_string() height=BAR.to_string() rx="2"></rect>
                        <text class="bar-chart-value" x=bar.text_x.to_string() y=bar.text_y.to_string()>{shown}</text>
                    }
                })
                .collect_view();
            view! {
                <g>
                    <text class="bar-chart-label" x="0" y=slot.label_y.to_string()>{row.label.clone()}</text>
                    {bars}
                </g>
            }
        })
        .collect_view();
    let legend = (series.len() > 1).then(|| {
        series
            .iter()
            .enumerate()
            .map(|(s, name)| {
                view! { <span class="bar-chart-key"><span class=format!("bar-chart-swatch series-{s}") aria-hidden="true"></span>{name.clone()}</span> }
            })
            .collect_view()
    });
    let caption = title.clone();
    view! {
        <figure class="bar-chart" data-testid=testid>
            <figcaption>{caption}</figcaption>
            {legend.map(|l| view! { <p class="bar-chart-legend" aria-hidden="true">{l}</p> })}
            <svg role="img" aria-labelledby=labelled_by aria-describedby=described_by viewBox=view_box
                preserveAspectRatio="xMinYMin meet">
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{desc}</desc>
                {marks}
            </svg>
            <div class="chart-table-box"><table class="counts chart-table">
                <caption class="visually-hidden">{title}</caption>
                <thead><tr>
                    <th scope="col">{label_header}</th>
                    {series.into_iter().map(|s| view! { <th scope="col">{s}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr><th scope="row">{r.label}</th>{r.shown.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table></div>
        </figure>
    }
}
