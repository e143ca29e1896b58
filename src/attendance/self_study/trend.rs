//! The semester's trend as a small bar chart (the shared `ui::line_chart`), with a title and a
//! description that read out its figures; the same figures stand in the table below it. Also
//! the labels weeks and months are shown with.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::rates::Rate;
use crate::locale::Lang;
use crate::ui::line_chart::geometry::short_date;
use crate::ui::line_chart::{ChartPoint, TrendChart as Chart};

/// A rate in whole percent, or a dash when nobody was expected.
pub fn percent(rate: &Rate) -> String {
    rate.percent().map_or_else(|| "–".to_owned(), |p| format!("{p}%"))
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
        Lang::En => full.strip_prefix("1\u{a0}").map(str::to_owned).unwrap_or(full),
    }
}

/// One bar per week, its height the week's rate over all classes.
#[component]
pub fn TrendChart(weeks: Vec<(NaiveDate, Rate)>) -> impl IntoView {
    let lang = crate::ui::language::current_lang();
    let figures = weeks
        .iter()
        .map(|(w, r)| tr!(self_study.trend_figure, week = short_date(lang, *w), rate = percent(r)))
        .collect::<Vec<_>>()
        .join(tr!(self_study.list_separator).as_str());
    let points = weeks
        .iter()
        .map(|(week, rate)| ChartPoint {
            label: short_date(lang, *week),
            value: rate.percent().map(|p| p as i64),
            shown: percent(rate),
        })
        .collect();
    view! {
        <Chart id="trend" title=tr!(self_study.trend_title) desc=tr!(self_study.trend_desc, figures = figures)
            points max=100 testid="self-study-trend" />
    }
}
