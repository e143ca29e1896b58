//! The dashboard's charts: bars for things counted side by side, the shared line chart for
//! trends, each a figure with a title, a one-sentence description and its figures as a table.

use leptos::prelude::*;

use crate::locale::Lang;
use crate::summary::dashboard::{Bar, Point};
use crate::ui::bar_chart::{BarChart, BarRow};
use crate::ui::line_chart::{ChartPoint, TrendChart};

fn rows(bars: Vec<Bar>) -> Vec<BarRow> {
    bars.into_iter().map(|b| BarRow { label: b.label, values: b.values, shown: b.shown }).collect()
}

fn sentence(lang: Lang, bars: &[Bar], what_zh: &str, what_en: &str) -> String {
    let top = bars.iter().max_by_key(|b| b.values.first().copied().unwrap_or(0));
    let total: i64 = bars.iter().filter_map(|b| b.values.first()).sum();
    match (top, lang) {
        (None, Lang::Zh) => "没有数据。".into(),
        (None, Lang::En) => "Nothing to show.".into(),
        (Some(t), Lang::Zh) => format!("最多的是{}，{} {what_zh}；合计 {total}。", t.label, t.shown[0]),
        (Some(t), Lang::En) => format!("Most: {} with {} {what_en}; {total} in all.", t.label, t.shown[0]),
    }
}

/// A trend as a figure like the bar chart's: caption, the shared line chart, its table.
#[component]
fn Trend(
    id: &'static str,
    title: String,
    desc: String,
    points: Vec<Point>,
    max: i64,
    header: String,
    value_header: String,
    testid: &'static str,
) -> impl IntoView {
    let chart_points: Vec<ChartPoint> =
        points.iter().map(|p| ChartPoint { label: p.label.clone(), value: p.value, shown: p.shown.clone() }).collect();
    let caption = title.clone();
    view! {
        <figure class="bar-chart" data-testid=testid>
            <figcaption>{caption}</figcaption>
            <TrendChart id title=title.clone() desc points=chart_points max line=true testid="" />
            <div class="chart-table-box"><table class="counts chart-table">
                <caption class="visually-hidden">{title}</caption>
                <thead><tr><th scope="col">{header}</th><th scope="col">{value_header}</th></tr></thead>
                <tbody>
                    {points.into_iter().map(|p| view! { <tr><th scope="row">{p.label}</th><td>{p.shown}</td></tr> }).collect_view()}
                </tbody>
            </table></div>
        </figure>
    }
}

#[component]
pub fn Charts(charts: crate::summary::dashboard::Charts, lang: Lang) -> impl IntoView {
    let p = |zh: &'static str, en: &'static str| lang.pick(zh, en).to_owned();
    let c = charts;
    let month = p("月份", "Month");
    let trend_desc = |points: &[Point], zh: &str, en: &str| {
        let figures: Vec<String> = points.iter().map(|x| format!("{} {}", x.label, x.shown)).collect();
        match lang {
            Lang::Zh => format!("{zh}：{}。", figures.join("，")),
            Lang::En => format!("{en}: {}.", figures.join(", ")),
        }
    };
    let per_unit = (!c.per_unit.is_empty()).then(|| {
        let desc = sentence(lang, &c.per_unit, "项", "activities");
        view! {
            <BarChart id="dash-units" title=p("各部门举办的活动", "Activities held per unit") desc
                series=vec![p("活动", "Activities")] rows=rows(c.per_unit.clone()) label_header=p("部门", "Unit") testid="chart-units" />
        }
    });
    let per_month = (!c.per_month.is_empty()).then(|| {
        let desc = sentence(lang, &c.per_month, "项", "activities");
        view! {
            <BarChart id="dash-months" title=p("每月举办的活动", "Activities held per month") desc
                series=vec![p("活动", "Activities")] rows=rows(c.per_month.clone()) label_header=month.clone() testid="chart-months" />
        }
    });
    let attendance = (!c.attendance.is_empty()).then(|| {
        let desc = trend_desc(&c.attendance, "各月出勤率", "Attendance rate by month");
        view! {
            <Trend id="dash-attendance" title=p("出勤率走势", "Attendance trend") desc points=c.attendance.clone() max=100
                header=month.clone() value_header=p("出勤率", "Rate") testid="chart-attendance" />
        }
    });
    let inspections = (!c.inspections.is_empty()).then(|| {
        let desc = trend_desc(&c.inspections, "各轮检查平均分", "Average score by round");
        view! {
            <Trend id="dash-inspections" title=p("宿舍检查走势", "Inspection trend") desc points=c.inspections.clone()
                max=c.inspection_max header=p("轮次", "Round") value_header=p("平均分", "Average") testid="chart-inspections" />
        }
    });
    let budget = (!c.budget.is_empty()).then(|| {
        let over: Vec<&str> = c.budget.iter().filter(|b| b.values[1] > b.values[0]).map(|b| b.label.as_str()).collect();
        let desc = match (over.is_empty(), lang) {
            (true, Lang::Zh) => "各类支出都在预算之内。".to_owned(),
            (true, Lang::En) => "Every category is within its budget.".to_owned(),
            (false, Lang::Zh) => format!("超出预算的类别：{}。", over.join("、")),
            (false, Lang::En) => format!("Over budget: {}.", over.join(", ")),
        };
        view! {
            <BarChart id="dash-budget" title=p("预算与实际支出", "Budget against actual") desc
                series=vec![p("预算", "Budget"), p("实际", "Actual")] rows=rows(c.budget.clone())
                label_header=p("类别", "Category") testid="chart-budget" />
        }
    });
    let none = c.per_unit.is_empty() && c.attendance.is_empty() && c.inspections.is_empty() && c.budget.is_empty();
    view! {
        <h3>{p("图表", "Charts")}</h3>
        {none.then(|| view! { <p class="help">{p("记录活动、点名、检查或经费后，这里会画出图表。", "Charts appear here once activities, attendance, inspections or money are recorded.")}</p> })}
        <div class="dash-charts">{per_unit}{per_month}{attendance}{inspections}{budget}</div>
    }
}
