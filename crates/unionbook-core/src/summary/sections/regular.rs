//! Regular work: evening self-study checks with their trend and the weeks that dipped,
//! dormitory inspections and the culture appraisal with its winners, the publications (issues
//! late or still planned), the regular reports and the filing register, and the services the
//! union gave (an activity of the "service" category, such as the sports meeting).

use chrono::NaiveDate;

use crate::activities::model::Activity;
use crate::attendance::self_study::model::{SELF_STUDY, checks};
use crate::attendance::self_study::rates::{by_week, overall};
use crate::book::Book;
use crate::inspections::appraisal::appraisals;
use crate::inspections::model::{inspection_rounds, room};
use crate::inspections::places::room_label;
use crate::inspections::results::{ScoredRoom, round_results};
use crate::locale::Lang;
use crate::people::terms::semesters;
use crate::publications::issues::{IssueStatus, issues_of, periodicals};
use crate::reports::lateness::filed_late;
use crate::reports::model::{DOCUMENT_KINDS, FILED_DOCUMENT, FiledDocument, all_reports, cadence_of};
use crate::summary::document::{Figure, Period, Section, Table, Value};
use crate::summary::figures::{mean, span, within};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{count, date, name, part, percent, source};
use crate::summary::words::{self, list, paragraph, quoted, sentence, some_of};

/// A week this far below the semester's self-study rate is one the text says dipped.
const DIP_POINTS: usize = 5;

pub fn regular(
    book: &Book,
    period: &Period,
    held: &[Activity],
    // What the draft worked out once (`outlook::Findings`): the weeks that dipped, the reports
    // filed and late.
    (dipped, reports_and_late): (&[(NaiveDate, usize)], (usize, usize)),
    lang: Lang,
    appendix: &mut Vec<Table>,
) -> Section {
    let mut section = Section::blank(SectionKey::Regular);
    let range = span(period);
    self_study(book, range, dipped, lang, &mut section, appendix);
    inspections(book, period, lang, &mut section, appendix);
    publications(book, range, lang, &mut section, appendix);
    reports(book, range, reports_and_late, lang, &mut section, appendix);
    services(held, lang, &mut section);
    section.has_records = !section.parts.is_empty();
    section
}

/// The weeks whose self-study rate fell `DIP_POINTS` or more below the semester's: each week's
/// Monday and its rate.
pub fn dipped_weeks(book: &Book, range: (NaiveDate, NaiveDate)) -> Vec<(NaiveDate, usize)> {
    let done = checks(book, Some(range));
    let Some(all) = overall(&done).percent() else { return Vec::new() };
    by_week(&done)
        .into_iter()
        .filter_map(|(w, r)| r.percent().filter(|p| p + DIP_POINTS <= all).map(|p| (w, p)))
        .collect()
}

fn self_study(
    book: &Book,
    range: (NaiveDate, NaiveDate),
    dipped: &[(NaiveDate, usize)],
    lang: Lang,
    section: &mut Section,
    appendix: &mut Vec<Table>,
) {
    let done = checks(book, Some(range));
    if done.is_empty() {
        return;
    }
    let rate = overall(&done);
    let mut p = part(lang.pick("晚自习考勤", "Evening self-study checks"));
    p.figures = vec![count(lang.pick("检查次数", "Checks made"), done.len())];
    if rate.expected > 0 {
        p.figures.push(percent(lang.pick("出勤率", "Attendance"), rate.present, rate.expected));
    }
    let weeks = by_week(&done);
    let dips = dipped;
    let week_name = |w: NaiveDate| match lang {
        Lang::Zh => format!("{}当周", lang.format_date(w)),
        Lang::En => format!("the week of {}", lang.format_date(w)),
    };
    let mut text = vec![sentence(
        lang,
        &[
            match lang {
                Lang::Zh => format!("学生会坚持开展晚自习考勤，本学期共检查{}次", done.len()),
                Lang::En => format!(
                    "the union kept up its evening self-study checks, making {} this semester",
                    words::count(lang, done.len(), "", "check", "checks")
                ),
            },
            rate.percent()
                .map(|r| match lang {
                    Lang::Zh => format!("平均出勤率{r}%"),
                    Lang::En => format!("with an average attendance of {r}%"),
                })
                .unwrap_or_default(),
        ],
    )];
    if let (Some(first), Some(last)) =
        (weeks.first().and_then(|w| w.1.percent()), weeks.last().and_then(|w| w.1.percent()))
    {
        if weeks.len() >= 3 && first != last {
            text.push(match lang {
                Lang::Zh => {
                    format!("出勤率由学期初的{first}%{}至学期末的{last}%。", if last > first { "上升" } else { "下降" })
                }
                Lang::En => format!(
                    "Attendance {} from {first}% in the first week to {last}% in the last.",
                    if last > first { "rose" } else { "fell" }
                ),
            });
        }
    }
    if !dips.is_empty() {
        let named: Vec<String> = dips.iter().map(|(w, r)| format!("{}（{r}%）", week_name(*w))).collect();
        let named_en: Vec<String> = dips.iter().map(|(w, r)| format!("{} ({r}%)", week_name(*w))).collect();
        text.push(match lang {
            Lang::Zh => format!("其中{}出勤率明显偏低，需要加强督促。", some_of(lang, &named, 3)),
            Lang::En => format!("Attendance dipped in {}, which needs following up.", some_of(lang, &named_en, 3)),
        });
    }
    p.paragraphs.push(paragraph(lang, &text));
    for c in done.iter().take(40) {
        p.sources.push(source(SELF_STUDY, c.id, c.class.clone(), vec![date(lang, c.date)]));
    }
    section.parts.push(p);
    appendix.push(Table {
        caption: lang.pick("晚自习出勤率（按周）", "Evening self-study attendance by week").into(),
        header: vec![
            lang.pick("周（周一）", "Week of").into(),
            lang.pick("检查次数", "Checks").into(),
            lang.pick("实到/应到", "Present / expected").into(),
            lang.pick("出勤率", "Rate").into(),
        ],
        rows: weeks
            .iter()
            .map(|(w, r)| {
                vec![
                    lang.format_date(*w),
                    r.checks.to_string(),
                    format!("{}/{}", r.present, r.expected),
                    r.percent().map(|p| format!("{p}%")).unwrap_or_else(|| "—".into()),
                ]
            })
            .collect(),
    });
}

fn inspections(book: &Book, period: &Period, lang: Lang, section: &mut Section, appendix: &mut Vec<Table>) {
    let (from, to) = span(period);
    let order = |a: &str, b: &str| a.cmp(b);
    let mut rounds: Vec<_> = inspection_rounds(book).into_iter().filter(|r| within(r.date, (from, to))).collect();
    rounds.reverse();
    let mut text = Vec::new();
    if !rounds.is_empty() {
        let mut p = part(lang.pick("宿舍检查与宿舍文化评比", "Dormitory inspections and the culture appraisal"));
        let mut scores = Vec::new();
        let mut latest = None;
        for round in &rounds {
            let results = round_results(book, round, &order);
            scores.extend(results.rooms.iter().map(ScoredRoom::counted));
            p.sources.push(source("inspection_round", round.id, round.title.clone(), vec![date(lang, round.date)]));
            latest = Some((round.title.clone(), results));
        }
        p.figures = vec![count(lang.pick("检查轮次", "Inspection rounds"), rounds.len())];
        if !scores.is_empty() {
            p.figures.push(count(lang.pick("评分宿舍次数", "Room scores"), scores.len()));
        }
        let average = mean(scores.iter().copied());
        if let Some(m) = average {
            p.figures.push(Figure::new(lang.pick("平均分", "Average score"), Value::Score(m)));
        }
        text.push(sentence(
            lang,
            &[
                match lang {
                    Lang::Zh => format!("为营造良好的宿舍环境，学生会定期开展宿舍检查，本学期共检查{}轮", rounds.len()),
                    Lang::En => format!(
                        "to keep the dormitories in good order the union inspected them regularly, in {} this semester",
                        words::count(lang, rounds.len(), "", "round", "rounds")
                    ),
                },
                if scores.is_empty() {
                    String::new()
                } else {
                    match lang {
                        Lang::Zh => format!("评分宿舍{}间次", scores.len()),
                        Lang::En => format!("scoring rooms {} times", words::grouped(scores.len())),
                    }
                },
                average
                    .map(|m| match lang {
                        Lang::Zh => format!("平均得分{m}分"),
                        Lang::En => format!("with an average of {m}"),
                    })
                    .unwrap_or_default(),
            ],
        ));
        if let Some((title, results)) = latest.filter(|(_, r)| !r.rooms.is_empty()) {
            let top: Vec<String> = results.rooms.iter().filter(|r| r.rank == 1).map(|r| r.label()).collect();
            let best = results.rooms.first().map(|r| r.total.to_string()).unwrap_or_default();
            let tied = top.len() > 1;
            text.push(match lang {
                Lang::Zh => format!(
                    "在最近一轮（{title}）中，{}以{best}分{}。",
                    list(lang, &top),
                    if tied { "并列第一" } else { "位列第一" }
                ),
                Lang::En => format!(
                    "In the latest round ({title}), {} came first with {best}{}.",
                    list(lang, &top),
                    if tied { ", tied" } else { "" }
                ),
            });
            appendix.push(Table {
                caption: format!("{}{title}", lang.pick("宿舍检查排名：", "Dormitory ranking: ")),
                header: vec![
                    lang.pick("名次", "Rank").into(),
                    lang.pick("宿舍", "Room").into(),
                    lang.pick("得分", "Score").into(),
                ],
                rows: results
                    .rooms
                    .iter()
                    .map(|r| {
                        let score = if r.vetoed {
                            match lang {
                                Lang::Zh => format!("{}（一票否决）", r.total),
                                Lang::En => format!("{} (vetoed)", r.total),
                            }
                        } else {
                            r.total.to_string()
                        };
                        vec![r.rank.to_string(), r.label(), score]
                    })
                    .collect(),
            });
        }
        p.paragraphs.push(paragraph(lang, &text));
        section.parts.push(p);
    }
    let appraised: Vec<_> =
        appraisals(book).into_iter().filter(|a| a.semester == Some(period.id) || within(a.date, (from, to))).collect();
    for a in &appraised {
        let winners: Vec<String> =
            a.awarded.iter().filter_map(|r| room(book, *r)).map(|r| room_label(book, &r)).collect();
        let line = match (lang, winners.is_empty()) {
            (Lang::Zh, false) => format!(
                "{}中，{}间宿舍参评，{}获评优秀宿舍。",
                quoted(lang, &a.title),
                a.rooms.len(),
                list(lang, &winners)
            ),
            (Lang::Zh, true) => {
                format!("{}中，{}间宿舍参评，评选结果尚未确定。", quoted(lang, &a.title), a.rooms.len())
            }
            (Lang::En, false) => format!(
                "In {}, {} took part and {} {} awarded.",
                quoted(lang, &a.title),
                words::count(lang, a.rooms.len(), "", "room", "rooms"),
                list(lang, &winners),
                if winners.len() == 1 { "was" } else { "were" }
            ),
            (Lang::En, true) => format!(
                "In {}, {} took part; the results are not decided yet.",
                quoted(lang, &a.title),
                words::count(lang, a.rooms.len(), "", "room", "rooms")
            ),
        };
        let target = match section.parts.last_mut() {
            Some(p)
                if p.title
                    == lang.pick("宿舍检查与宿舍文化评比", "Dormitory inspections and the culture appraisal") =>
            {
                p
            }
            _ => {
                section
                    .parts
                    .push(part(lang.pick("宿舍检查与宿舍文化评比", "Dormitory inspections and the culture appraisal")));
                section.parts.last_mut().expect("just pushed")
            }
        };
        target.paragraphs.push(line);
        target.sources.push(source("appraisal", a.id, a.title.clone(), vec![date(lang, a.date)]));
        target.figures.push(count(lang.pick("获评宿舍", "Rooms awarded"), winners.len()));
    }
}

fn publications(
    book: &Book,
    range: (NaiveDate, NaiveDate),
    lang: Lang,
    section: &mut Section,
    appendix: &mut Vec<Table>,
) {
    let order = |a: &str, b: &str| a.cmp(b);
    let mut rows = Vec::new();
    let mut said = Vec::new();
    let mut behind = Vec::new();
    let mut published_count = 0;
    let mut p = part(lang.pick("刊物编印", "Publications"));
    for per in periodicals(book, &order) {
        let issues = issues_of(book, per.id);
        let out: Vec<_> = issues
            .iter()
            .filter(|i| i.status == IssueStatus::Published && within(i.published_on.or(i.date), range))
            .collect();
        // Planned for the period and not out yet (the summary cannot tell late from not yet due:
        // it says which, neutrally, and the officers judge).
        let late: Vec<_> = issues
            .iter()
            .filter(|i| i.status != IssueStatus::Published && i.date.is_some_and(|d| range.0 <= d && d <= range.1))
            .collect();
        if out.is_empty() && late.is_empty() {
            continue;
        }
        let title = match lang {
            Lang::Zh => format!("《{}》", per.title.trim_matches(['《', '》'])),
            Lang::En => quoted(lang, &per.title),
        };
        if !out.is_empty() {
            said.push(match lang {
                Lang::Zh => format!("{title}{}期", out.len()),
                Lang::En => format!("{} of {title}", words::count(lang, out.len(), "", "issue", "issues")),
            });
        }
        if !late.is_empty() {
            behind.push(match lang {
                Lang::Zh => format!("{title}尚有{}期计划在本学期出版、目前仍未出版", late.len()),
                Lang::En => format!(
                    "{} of {title} planned for the semester {} not out yet",
                    words::count(lang, late.len(), "", "issue", "issues"),
                    if late.len() == 1 { "is" } else { "are" }
                ),
            });
        }
        published_count += out.len();
        for i in issues.iter().filter(|i| out.iter().any(|o| o.id == i.id) || late.iter().any(|l| l.id == i.id)) {
            rows.push(vec![
                per.title.clone(),
                i.number.clone(),
                i.theme.clone(),
                date(lang, i.date),
                issue_status(lang, i.status).to_owned(),
                date(lang, i.published_on),
            ]);
            p.sources.push(source("publication_issue", i.id, format!("{} {}", per.title, i.number), vec![]));
        }
    }
    if rows.is_empty() {
        return;
    }
    if published_count > 0 {
        p.figures = vec![count(lang.pick("出版期数", "Issues published"), published_count)];
    }
    let mut text = Vec::new();
    if !said.is_empty() {
        text.push(match lang {
            Lang::Zh => format!("本学期编印{}，编辑工作保持严谨认真的态度。", said.join("、")),
            Lang::En => format!("This semester the union published {}.", list(lang, &said)),
        });
    }
    if !behind.is_empty() {
        text.push(match lang {
            Lang::Zh => format!("{}，需抓紧推进编辑工作。", behind.join("，")),
            Lang::En => format!("{}.", words::capitalised(&list(lang, &behind))),
        });
    }
    p.paragraphs.push(paragraph(lang, &text));
    section.parts.push(p);
    appendix.push(Table {
        caption: lang.pick("刊物编印", "Publications").into(),
        header: vec![
            lang.pick("刊物", "Periodical").into(),
            lang.pick("期号", "Issue").into(),
            lang.pick("主题", "Theme").into(),
            lang.pick("计划日期", "Planned").into(),
            lang.pick("状态", "Status").into(),
            lang.pick("出版日期", "Published").into(),
        ],
        rows,
    });
}

pub fn issue_status(lang: Lang, s: IssueStatus) -> &'static str {
    match s {
        IssueStatus::Planned => lang.pick("计划中", "Planned"),
        IssueStatus::Editing => lang.pick("编辑中", "Editing"),
        IssueStatus::Published => lang.pick("已出版", "Published"),
    }
}

/// The reports filed in the span and how many late: what the text and the suggestions say.
pub fn reports_filed(book: &Book, range: (NaiveDate, NaiveDate)) -> (usize, usize) {
    let all_semesters = semesters(book);
    let reports: Vec<_> = all_reports(book).into_iter().filter(|r| within(r.submitted_on, range)).collect();
    let late = reports
        .iter()
        .filter(|r| {
            let grace = r.unit.map(|u| cadence_of(book, u).grace_days).unwrap_or(0);
            filed_late(r, grace, &all_semesters)
        })
        .count();
    (reports.len(), late)
}

fn reports(
    book: &Book,
    range: (NaiveDate, NaiveDate),
    (filed_reports, late): (usize, usize),
    lang: Lang,
    section: &mut Section,
    appendix: &mut Vec<Table>,
) {
    let mut filed: Vec<FiledDocument> = book
        .live(FILED_DOCUMENT)
        .map(|(id, r)| FiledDocument::from_record(id, r))
        .filter(|d| within(d.date, range))
        .collect();
    if filed_reports == 0 && filed.is_empty() {
        return;
    }
    filed.sort_by(|a, b| (a.date, &a.number, &a.title).cmp(&(b.date, &b.number, &b.title)));
    let mut p = part(lang.pick("工作汇报与归档", "Reports and filing"));
    p.figures = vec![count(lang.pick("提交汇报", "Reports filed"), filed_reports)];
    if late > 0 {
        p.figures.push(count(lang.pick("逾期提交", "Filed late"), late));
    }
    if !filed.is_empty() {
        p.figures.push(count(lang.pick("归档文件", "Documents filed"), filed.len()));
    }
    p.figures.retain(|f| !matches!(f.value, Value::Count(0)));
    let kinds: Vec<String> = DOCUMENT_KINDS
        .iter()
        .filter_map(|k| {
            let n = filed
                .iter()
                .filter(|d| d.kind == *k || (*k == "other" && !DOCUMENT_KINDS.contains(&d.kind.as_str())))
                .count();
            (n > 0).then(|| match lang {
                Lang::Zh => format!("{}{n}份", document_kind(lang, k)),
                Lang::En => words::count(lang, n, "", document_kind_one(k), document_kind(lang, k)),
            })
        })
        .collect();
    let mut text = Vec::new();
    if filed_reports > 0 {
        text.push(match (lang, late) {
            (Lang::Zh, 0) => format!("各部门按时提交工作汇报{filed_reports}份，无一逾期。"),
            (Lang::Zh, l) => format!("各部门提交工作汇报{filed_reports}份，其中{l}份逾期提交。"),
            (Lang::En, 0) => format!(
                "The ministries filed {}, none of them late.",
                words::count(lang, filed_reports, "", "report", "reports")
            ),
            (Lang::En, l) => format!(
                "The ministries filed {}, {} of them late.",
                words::count(lang, filed_reports, "", "report", "reports"),
                words::english_number(l)
            ),
        });
    }
    if !filed.is_empty() {
        text.push(match lang {
            Lang::Zh => {
                format!("按照归档制度，本学期共归档文件{}份（{}），目录见附录。", filed.len(), kinds.join("、"))
            }
            Lang::En => format!(
                "Under the filing rules, {} were filed ({}); the appendix lists them.",
                words::count(lang, filed.len(), "", "document", "documents"),
                list(lang, &kinds)
            ),
        });
    }
    p.paragraphs.push(paragraph(lang, &text));
    section.parts.push(p);
    if !filed.is_empty() {
        appendix.push(Table {
            caption: lang.pick("归档文件目录", "Documents filed").into(),
            header: vec![
                lang.pick("日期", "Date").into(),
                lang.pick("编号", "Number").into(),
                lang.pick("文件", "Document").into(),
                lang.pick("类别", "Kind").into(),
                lang.pick("部门", "Unit").into(),
            ],
            rows: filed
                .iter()
                .map(|d| {
                    vec![
                        date(lang, d.date),
                        d.number.clone(),
                        d.title.clone(),
                        document_kind(lang, &d.kind).to_owned(),
                        name(book, d.unit, lang),
                    ]
                })
                .collect(),
        });
    }
}

fn document_kind(lang: Lang, kind: &str) -> &'static str {
    match kind {
        "plan" => lang.pick("策划书", "plans"),
        "minutes" => lang.pick("会议记录", "minutes"),
        "summary" => lang.pick("活动总结", "summaries"),
        "notice" => lang.pick("通知", "notices"),
        "contract" => lang.pick("合同协议", "contracts"),
        "receipt" => lang.pick("票据", "receipts"),
        _ => lang.pick("其他文件", "other documents"),
    }
}

fn document_kind_one(kind: &str) -> &'static str {
    match kind {
        "plan" => "plan",
        "minutes" => "set of minutes",
        "summary" => "summary",
        "notice" => "notice",
        "contract" => "contract",
        "receipt" => "receipt",
        _ => "other document",
    }
}

/// The services the union gave: activities of the "service" category.
fn services(held: &[Activity], lang: Lang, section: &mut Section) {
    let served: Vec<String> = held.iter().filter(|a| a.category == "service").map(|a| quoted(lang, &a.title)).collect();
    if served.is_empty() {
        return;
    }
    let mut p = part(lang.pick("服务工作", "Services"));
    p.paragraphs.push(match lang {
        Lang::Zh => format!("此外，学生会还承担了{}的组织和后勤服务工作，圆满完成了任务。", list(lang, &served)),
        Lang::En => format!("The union also organised and staffed {}.", list(lang, &served)),
    });
    section.parts.push(p);
}
