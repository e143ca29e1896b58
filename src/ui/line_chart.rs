//! A trend drawn by the app itself (inline SVG: no library, no request): bars or a line over
//! points in order, each with its label below and its value's text above, named by a title and
//! described by its figures, for screen readers; the page shows the same figures as a table.

use leptos::prelude::*;

pub mod geometry;

use geometry::{BAR, HEIGHT, layout};

/// One point of a trend: what it is shown under, its value on the chart's scale (`None` for a
/// gap), and the value as text.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPoint {
    pub label: String,
    pub value: Option<i64>,
    pub shown: String,
}

/// The chart. `id` names its title and description, so it must be unique on the page; values
/// run from zero to `max`; `line` draws a line with a dot per point instead of bars.
#[component]
pub fn TrendChart(
    id: &'static str,
    #[prop(into)] title: String,
    #[prop(into)] desc: String,
    points: Vec<ChartPoint>,
    max: i64,
    #[prop(optional)] line: bool,
    testid: &'static str,
) -> impl IntoView {
    let values: Vec<Option<i64>> = points.iter().map(|p| p.value).collect();
    let geometry = layout(&values, max);
    let (width, baseline) = (geometry.width.to_string(), geometry.baseline.to_string());
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    let (view_box, svg_width) = (format!("0 0 {width} {HEIGHT}"), width.clone());
    let marks = points
        .into_iter()
        .zip(&geometry.slots)
        .map(|(point, slot)| {
            let middle = slot.middle.to_string();
            let mark = match (line, slot.top) {
                (false, top) => view! {
                    <rect class="trend-bar" x=slot.left.to_string() y=top.unwrap_or(geometry.baseline).to_string()
                        width=BAR.to_string() height=slot.height.to_string() rx="3"></rect>
                }
                .into_any(),
                (true, Some(y)) => view! { <circle class="trend-dot" cx=middle.clone() cy=y.to_string() r="4"></circle> }.into_any(),
                (true, None) => ().into_any(),
            };
            view! {
                <g>
                    {mark}
                    <text class="trend-value" x=middle.clone() y=slot.label_y().to_string() text-anchor="middle">{point.shown}</text>
                    <text class="trend-week" x=middle y=(HEIGHT - 6).to_string() text-anchor="middle">{point.label}</text>
                </g>
            }
        })
        .collect_view();
    let runs = line.then(|| {
        geometry
            .runs
            .iter()
            .map(|run| view! { <polyline class="trend-line" points=run.clone()></polyline> })
            .collect_view()
    });
    view! {
        <figure class="trend" data-testid=testid>
            <svg role="img" aria-labelledby=labelled_by aria-describedby=described_by
                viewBox=view_box width=svg_width height=HEIGHT.to_string()>
                <title id=title_id>{title}</title>
                <desc id=desc_id>{desc}</desc>
                <line class="trend-axis" x1="0" x2=width y1=baseline.clone() y2=baseline></line>
                {runs}
                {marks}
            </svg>
        </figure>
    }
}
