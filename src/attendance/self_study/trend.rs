//! The semester's trend as a small bar chart the app draws itself (inline SVG: no library, no
//! request), with a title and a description that read out its figures; the same figures stand
//! in the table below it. Also the labels weeks and months are shown with.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::rates::Rate;
use crate::locale::Lang;

/// A rate in whole percent, or a dash when nobody was expected.
pub fn percent(rate: &Rate) -> String {
    rate.percent().map_or_else(|| "–".to_owned(), |p| format!("{p}%"))
}

/// A day without its year ("9 Nov", "11月9日"): the locale's own date, cut.
fn short_date(lang: Lang, day: NaiveDate) -> String {
    let full = lang.format_date(day);
    match lang {
        Lang::Zh => full.split_once('年').map(|(_, rest)| rest.to_owned()).unwrap_or(full),
        Lang::En => full.rsplit_once(' ').map(|(rest, _)| rest.to_owned()).unwrap_or(full),
    }
}

/// A week, by its Monday: "week of 9 Nov 2026".
pub fn week_label(lang: Lang, monday: NaiveDate) -> String {
    tr!(self_study.week_of, date = lang.format_date(monday))
}

/// A month, by its first day: the locale's date without the day ("Nov 2026", "2026年11月").
pub fn month_label(lang: Lang, first: NaiveDate) -> String {
    let full = lang.format_date(first);
    match lang {
        Lang::Zh => full.strip_suffix("1日").map(str::to_owned).unwrap_or(full),
        Lang::En => full.strip_prefix("1 ").map(str::to_owned).unwrap_or(full),
    }
}

const HEIGHT: u32 = 120;
const BAR: u32 = 28;
const GAP: u32 = 12;
const TOP: u32 = 18;
const BOTTOM: u32 = 22;

/// One bar per week, its height the week's rate over all classes.
#[component]
pub fn TrendChart(weeks: Vec<(NaiveDate, Rate)>) -> impl IntoView {
    let lang = crate::ui::language::current_lang();
    let figures = weeks
        .iter()
        .map(|(w, r)| tr!(self_study.trend_figure, week = short_date(lang, *w), rate = percent(r)))
        .collect::<Vec<_>>()
        .join(tr!(self_study.list_separator).as_str());
    let width = (weeks.len() as u32 * (BAR + GAP) + GAP).max(120);
    let plot = HEIGHT - TOP - BOTTOM;
    let bars = weeks
        .into_iter()
        .enumerate()
        .map(|(i, (week, rate))| {
            let x = GAP + i as u32 * (BAR + GAP);
            let h = rate.percent().map_or(0, |p| p as u32 * plot / 100);
            let y = TOP + plot - h;
            view! {
                <g>
                    <rect class="trend-bar" x=x.to_string() y=y.to_string() width=BAR.to_string() height=h.to_string() rx="3"></rect>
                    <text class="trend-value" x=(x + BAR / 2).to_string() y=(y.saturating_sub(4)).to_string() text-anchor="middle">{percent(&rate)}</text>
                    <text class="trend-week" x=(x + BAR / 2).to_string() y=(HEIGHT - 6).to_string() text-anchor="middle">{short_date(lang, week)}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="trend" data-testid="self-study-trend">
            <svg role="img" aria-labelledby="trend-title" aria-describedby="trend-desc" viewBox=format!("0 0 {width} {HEIGHT}")
                width=width.to_string() height=HEIGHT.to_string()>
                <title id="trend-title">{tr!(self_study.trend_title)}</title>
                <desc id="trend-desc">{tr!(self_study.trend_desc, figures = figures)}</desc>
                <line class="trend-axis" x1="0" x2=width.to_string() y1=(HEIGHT - BOTTOM).to_string() y2=(HEIGHT - BOTTOM).to_string()></line>
                {bars}
            </svg>
        </figure>
    }
}
