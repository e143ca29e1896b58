//! The semester's dashboard on Home (loaded after Home's first draw): a card per figure, each a
//! link to the page that holds its records, the charts, and last semester's goals with a
//! one-tap status. A card with no records says what to record first instead of a zero.

use leptos::prelude::*;

use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::locale::Lang;
use crate::summary::dashboard::Dashboard;
use crate::summary::document::GoalLine;
use crate::summary::draft::current_period;
use crate::summary::figures::percent;
use crate::summary::goals_editor::GoalStatusPicker;
use crate::summary::model::Goal;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::routes::Route;

/// A card: its heading, its figure (or, with no records, what to do) and the page it opens.
struct Card {
    testid: &'static str,
    title: &'static str,
    figure: Option<String>,
    detail: String,
    href: String,
}

fn card(testid: &'static str, title: &'static str, figure: Option<String>, detail: String, href: String) -> Card {
    Card { testid, title, figure, detail, href }
}

fn cards(d: &Dashboard, lang: Lang) -> Vec<Card> {
    let p = |zh: &'static str, en: &'static str| lang.pick(zh, en).to_owned();
    let mut out = Vec::new();
    let any_activity = d.held + d.coming > 0;
    out.push(card(
        "dash-activities",
        lang.pick("活动", "Activities"),
        any_activity.then(|| d.held.to_string()),
        if any_activity {
            match lang {
                Lang::Zh => format!("已举办 · 即将举办 {}", d.coming),
                Lang::En => format!("held · {} coming", d.coming),
            }
        } else {
            p("本学期还没有活动：先记录一项活动。", "No activity this semester yet: record one first.")
        },
        Route::Activities.path(),
    ));
    let r = &d.reached;
    let (figure, detail) = match (r.on_lists, r.counted_at) {
        (0, 0) => (
            None,
            p(
                "活动举办后，在签到表上点名或填写人数。",
                "Once an activity is held, take its attendance or count heads.",
            ),
        ),
        (n, 0) => (
            Some(n.to_string()),
            p("人，来自活动签到表（每人只计一次）", "people on activities' attendance lists (each once)"),
        ),
        (0, k) => (
            Some(r.counted.to_string()),
            match lang {
                Lang::Zh => format!("人次，{k} 项活动目测人数（无签到表，同一人可能重复计）"),
                Lang::En => format!("counted by eye at {k} activities without a list (one person may count twice)"),
            },
        ),
        (n, k) => (
            Some(n.to_string()),
            match lang {
                Lang::Zh => format!("人来自签到表；另有 {k} 项活动无签到表，目测 {} 人次", r.counted),
                Lang::En => format!(
                    "people on attendance lists; {} more counted by eye at {k} activities without a list",
                    r.counted
                ),
            },
        ),
    };
    out.push(card("dash-reached", lang.pick("覆盖学生", "Students reached"), figure, detail, Route::Activities.path()));
    let (attended, expected) = d.attendance;
    out.push(card(
        "dash-attendance",
        lang.pick("出勤率", "Attendance"),
        percent(attended, expected).map(|p| format!("{p}%")),
        match percent(attended, expected) {
            Some(_) => match lang {
                Lang::Zh => format!("应到 {expected} 人次，实到 {attended}"),
                Lang::En => format!("{attended} of {expected} expected"),
            },
            None => p("先在活动或培训上点名。", "Take attendance at an activity or a training first."),
        },
        Route::Attendance.path(),
    ));
    let s = d.self_study;
    out.push(card(
        "dash-self-study",
        lang.pick("晚自习出勤率", "Evening self-study"),
        s.percent().map(|p| format!("{p}%")),
        match s.percent() {
            Some(_) => match lang {
                Lang::Zh => format!("{} 次检查，应到 {} 人次，实到 {}", s.checks, s.expected, s.present),
                Lang::En => format!("{} of {} expected over {} checks", s.present, s.expected, s.checks),
            },
            None => p("先记录一次晚自习检查。", "Record an evening self-study check first."),
        },
        "/attendance/self-study".into(),
    ));
    out.push(match &d.ranking {
        Some(rk) => card(
            "dash-inspection",
            lang.pick("宿舍检查", "Dormitory inspection"),
            rk.average.map(|t| t.to_string()),
            {
                let rooms: Vec<String> = rk.rooms.iter().map(|(n, t)| format!("{n} {t}")).collect();
                // The figure is the round's average; the best rooms are named after it.
                let head = match lang {
                    Lang::Zh => format!("{}{}间宿舍平均分；前列：", rk.title, rk.scored),
                    Lang::En => format!("average of {} rooms in {}; top: ", rk.scored, rk.title),
                };
                if rooms.is_empty() {
                    p("最近一轮还没有评分。", "The latest round has no scores yet.")
                } else {
                    format!("{head}{}", rooms.join(lang.pick("、", ", ")))
                }
            },
            Route::InspectionRound(rk.round).path(),
        ),
        None => card(
            "dash-inspection",
            lang.pick("宿舍检查", "Dormitory inspection"),
            None,
            p("本学期还没有检查：先安排一轮检查。", "No inspection this semester yet: plan a round first."),
            Route::Inspections.path(),
        ),
    });
    out.push(card(
        "dash-money",
        lang.pick("经费收支", "Money in and out"),
        // The big figure is what moved, never a zero beside it: spending, or income when
        // nothing was spent yet; the detail names which, and the other.
        (d.movements > 0).then(|| if d.money_out.is_zero() { d.money_in.show(lang) } else { d.money_out.show(lang) }),
        if d.movements > 0 {
            match (d.money_out.is_zero(), lang) {
                (false, Lang::Zh) => format!("支出；收入 {}", d.money_in.show(lang)),
                (false, Lang::En) => format!("out; {} in", d.money_in.show(lang)),
                (true, Lang::Zh) => "收入；本学期尚无支出".to_owned(),
                (true, Lang::En) => "in; nothing spent this semester yet".to_owned(),
            }
        } else {
            p(
                "本学期还没有收支：先记录一笔收入或支出。",
                "No money this semester yet: record an income or an expense first.",
            )
        },
        Route::Ledger.path(),
    ));
    out.push(card(
        "dash-items",
        lang.pick("待办事项", "Action items"),
        d.any_items.then(|| d.open_items.to_string()),
        match (d.any_items, d.open_items, lang) {
            (false, ..) => p(
                "待办事项来自会议和活动：先在会议上记下一项。",
                "Action items come from meetings and activities: note one at a meeting first.",
            ),
            (true, 0, _) => p("没有未完成的事项。", "Nothing open."),
            (true, _, Lang::Zh) => format!("项未完成，其中 {} 项已逾期", d.overdue_items),
            (true, _, Lang::En) => format!("open, {} overdue", d.overdue_items),
        },
        Route::ActionItems.path(),
    ));
    out.push(card(
        "dash-late",
        lang.pick("迟交的报告", "Late reports"),
        (d.units > 0).then(|| d.late.len().to_string()),
        if d.units == 0 {
            p(
                "先在“人员”中添加部门，才能跟踪它们的报告。",
                "Add the units under People first, to follow their reports.",
            )
        } else if d.late.is_empty() {
            p("没有部门迟交。", "No unit is late.")
        } else {
            d.late.iter().map(|(n, k)| format!("{n} ({k})")).collect::<Vec<_>>().join(lang.pick("、", ", "))
        },
        Route::Reports.path(),
    ));
    out.push(match &d.recruitment {
        Some(rc) => card(
            "dash-recruitment",
            lang.pick("招新", "Recruitment"),
            Some(rc.stages.iter().map(|(_, n)| n).sum::<usize>().to_string()),
            {
                let stages: Vec<String> =
                    rc.stages.iter().map(|(s, n)| format!("{} {n}", stage_name(*s, lang))).collect();
                let sep = lang.pick("：", ": ");
                format!("{}{sep}{}", rc.title, stages.join(" · "))
            },
            Route::Round(rc.round).path(),
        ),
        None => card(
            "dash-recruitment",
            lang.pick("招新", "Recruitment"),
            None,
            p("还没有招新：先开一轮招新。", "No recruitment yet: open a round first."),
            Route::Rounds.path(),
        ),
    });
    out
}

fn stage_name(s: crate::people::recruitment::Stage, lang: Lang) -> &'static str {
    use crate::people::recruitment::Stage::*;
    match s {
        Applied => lang.pick("报名", "Applied"),
        InitialTest => lang.pick("初试", "Test"),
        Interview => lang.pick("面试", "Interview"),
        Probation => lang.pick("试用", "Probation"),
        Hired => lang.pick("录用", "Hired"),
        NotHired => lang.pick("未录用", "Not hired"),
    }
}

#[component]
pub fn SemesterDashboard() -> impl IntoView {
    super::link_style();
    let book = expect_context::<BookState>();
    let today = today();
    view! {
        {move || {
            let lang = current_lang();
            let dashboard = book.read(|b| {
                current_period(b, today, lang).map(|p| Dashboard::of(b, &p, today, lang, &collate))
            });
            match dashboard {
                None => view! { <NoSemesterYet /> }.into_any(),
                Some(d) => view! { <Figures d lang /> }.into_any(),
            }
        }}
    }
}

/// The dashboard of a book without a semester. Home draws it itself, without loading this
/// chunk, so a new union's first visit fetches none of the dashboard's code.
#[component]
pub fn NoSemesterYet() -> impl IntoView {
    let lang = current_lang();
    view! {
        <section class="card dashboard" data-testid="dashboard">
            <h2>{lang.pick("本学期概况", "This semester")}</h2>
            <p class="help">
                {lang.pick("还没有学期，概况无从算起。", "There is no semester yet to show figures for.")} " "
                <a href=Route::Terms.path()>{lang.pick("在“人员 → 届与学期”中添加学期", "Add a semester under People → Terms and semesters")}</a>
            </p>
        </section>
    }
}

#[component]
fn Figures(d: Dashboard, lang: Lang) -> impl IntoView {
    let heading = match lang {
        Lang::Zh => format!("本学期概况：{}", d.period.name),
        Lang::En => format!("This semester: {}", d.period.name),
    };
    let cards = cards(&d, lang)
        .into_iter()
        .map(|c| {
            let empty = c.figure.is_none();
            view! {
                <li>
                    <a href=c.href class="dash-card" class:dash-empty=empty data-testid=c.testid>
                        <span class="dash-title">{c.title}</span>
                        {c.figure.map(|f| view! { <span class="dash-figure">{f}</span> })}
                        <span class="dash-detail">{c.detail}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card dashboard" aria-labelledby="dashboard-heading" data-testid="dashboard">
            <h2 id="dashboard-heading">{heading}</h2>
            <ul class="dash-cards" data-testid="dashboard-cards">{cards}</ul>
            <Goals goals=d.goals.clone() from=d.goals_from.as_ref().map(|p| p.name.clone()) lang />
            <charts::Charts charts=d.charts lang />
        </section>
    }
}

#[component]
fn Goals(goals: Vec<Goal>, from: Option<String>, lang: Lang) -> impl IntoView {
    let heading = lang.pick("上学期定下的目标", "Goals set last semester");
    let body = match (goals.is_empty(), from) {
        (_, None) => view! { <p class="help">{lang.pick("没有上一学期，也就没有它定下的目标。", "There is no previous semester, so no goals set in it.")}</p> }.into_any(),
        (true, Some(_)) => view! {
            <p class="help">
                {lang.pick("上学期的总结没有写下计划。", "Last semester's summary set no goals.")} " "
                <a href=Route::Summary.path()>{lang.pick("在工作总结的“下学期工作计划”中写下目标", "Write them in its summary's plans")}</a>
            </p>
        }.into_any(),
        (false, Some(_)) => view! {
            <ul class="record-list dash-goals" data-testid="dashboard-goals">
                {goals.into_iter().map(|g| view! { <GoalRow goal=g /> }).collect_view()}
            </ul>
        }.into_any(),
    };
    view! {
        <h3>{heading}</h3>
        {body}
    }
}

/// A goal with its status, set with one tap as on the summary page (the same picker, undo in
/// its notice).
#[component]
fn GoalRow(goal: Goal) -> impl IntoView {
    let line = GoalLine {
        id: goal.id,
        number: goal.number,
        text: goal.text.clone(),
        status: goal.status,
        progress: goal.progress,
    };
    view! {
        <li class="dash-goal">
            <span class="record-title">{goal.number} ". " {goal.text}</span>
            <GoalStatusPicker goal=line />
        </li>
    }
}

mod charts;
