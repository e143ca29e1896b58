//! Regular work: evening self-study checks, dormitory inspections and the culture appraisal,
//! the publications, the regular reports and the filing register.

use crate::attendance::self_study::model::{SELF_STUDY, checks};
use crate::attendance::self_study::rates::overall;
use crate::book::Book;
use crate::inspections::appraisal::appraisals;
use crate::inspections::model::inspection_rounds;
use crate::inspections::results::round_results;
use crate::locale::Lang;
use crate::people::terms::semesters;
use crate::publications::issues::{Issue, IssueStatus, issues_of, periodicals};
use crate::reports::lateness::filed_late;
use crate::reports::model::FiledDocument;
use crate::reports::model::{all_reports, cadence_of};
use crate::summary::document::{Figure, Period, Section, Table, Value};
use crate::summary::figures::{mean, span, within};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{count, date, name, part, percent, source};

pub fn regular(book: &Book, period: &Period, lang: Lang) -> Section {
    let mut section = Section::blank(SectionKey::Regular);
    let order = |a: &str, b: &str| a.cmp(b);
    let (from, to) = span(period);

    let done = checks(book, Some((from, to)));
    if !done.is_empty() {
        let rate = overall(&done);
        let mut p = part(lang.pick("晚自习考勤", "Evening self-study checks"));
        p.figures = vec![
            count(lang.pick("检查次数", "Checks made"), done.len()),
            percent(lang.pick("出勤率", "Attendance"), rate.present, rate.expected),
        ];
        for c in done.iter().take(40) {
            let t = c.tally();
            let facts = vec![date(lang, c.date), format!("{}/{}", t.present(), t.expected)];
            p.sources.push(source(SELF_STUDY, c.id, c.class.clone(), facts));
        }
        section.parts.push(p);
    }

    let rounds: Vec<_> = inspection_rounds(book).into_iter().filter(|r| within(r.date, (from, to))).collect();
    if !rounds.is_empty() {
        let mut p = part(lang.pick("宿舍检查", "Dormitory inspections"));
        let mut scores = Vec::new();
        let mut latest = None;
        for round in &rounds {
            let results = round_results(book, round, &order);
            scores.extend(results.rooms.iter().map(|r| r.total));
            let facts = vec![
                date(lang, round.date),
                format!("{}{}", results.rooms.len(), lang.pick("间宿舍", " rooms scored")),
            ];
            p.sources.push(source("inspection_round", round.id, round.title.clone(), facts));
            latest = latest.or(Some((round.title.clone(), results)));
        }
        p.figures = vec![
            count(lang.pick("检查轮次", "Inspection rounds"), rounds.len()),
            count(lang.pick("评分宿舍次数", "Room scores"), scores.len()),
        ];
        if let Some(mean) = mean(scores.into_iter()) {
            p.figures.push(Figure::new(lang.pick("平均分", "Average score"), Value::Score(mean)));
        }
        if let Some((title, results)) = latest.filter(|(_, r)| !r.rooms.is_empty()) {
            let rows = results
                .rooms
                .iter()
                .take(10)
                .map(|r| vec![r.rank.to_string(), r.label(), r.total.to_string()])
                .collect();
            p.tables.push(Table {
                caption: format!("{}{title}", lang.pick("最近一轮排名：", "Ranking of the latest round: ")),
                header: vec![
                    lang.pick("名次", "Rank").into(),
                    lang.pick("宿舍", "Room").into(),
                    lang.pick("得分", "Score").into(),
                ],
                rows,
            });
        }
        section.parts.push(p);
    }

    let appraised: Vec<_> =
        appraisals(book).into_iter().filter(|a| a.semester == Some(period.id) || within(a.date, (from, to))).collect();
    if !appraised.is_empty() {
        let mut p = part(lang.pick("宿舍文化评比", "Dormitory culture appraisal"));
        let awarded: usize = appraised.iter().map(|a| a.awarded.len()).sum();
        p.figures = vec![
            count(lang.pick("参评宿舍", "Rooms entered"), appraised.iter().map(|a| a.rooms.len()).sum()),
            count(lang.pick("获评宿舍", "Rooms awarded"), awarded),
        ];
        for a in &appraised {
            let rooms: Vec<String> = a.awarded.iter().map(|r| name(book, Some(*r), lang)).collect();
            p.sources.push(source("appraisal", a.id, a.title.clone(), vec![date(lang, a.date), rooms.join(", ")]));
        }
        section.parts.push(p);
    }

    let published: Vec<(String, Issue)> = periodicals(book, &order)
        .into_iter()
        .flat_map(|per| issues_of(book, per.id).into_iter().map(move |i| (per.title.clone(), i)))
        .filter(|(_, i)| i.status == IssueStatus::Published && within(i.published_on.or(i.date), (from, to)))
        .collect();
    if !published.is_empty() {
        let mut p = part(lang.pick("刊物", "Publications"));
        p.figures = vec![count(lang.pick("出版期数", "Issues published"), published.len())];
        for (title, issue) in &published {
            let heading = format!("{title} {}", issue.number);
            p.sources.push(source(
                "publication_issue",
                issue.id,
                heading,
                vec![date(lang, issue.published_on), issue.theme.clone()],
            ));
        }
        section.parts.push(p);
    }

    let all_semesters = semesters(book);
    let reports: Vec<_> = all_reports(book).into_iter().filter(|r| within(r.submitted_on, (from, to))).collect();
    let filed: Vec<FiledDocument> = book
        .live(crate::reports::model::FILED_DOCUMENT)
        .map(|(id, r)| FiledDocument::from_record(id, r))
        .filter(|d| within(d.date, (from, to)))
        .collect();
    if !reports.is_empty() || !filed.is_empty() {
        let mut p = part(lang.pick("工作汇报与归档", "Reports and filing"));
        let late = reports
            .iter()
            .filter(|r| {
                let grace = r.unit.map(|u| cadence_of(book, u).grace_days).unwrap_or(0);
                filed_late(r, grace, &all_semesters)
            })
            .count();
        p.figures = vec![
            count(lang.pick("提交汇报", "Reports filed"), reports.len()),
            count(lang.pick("逾期提交", "Filed late"), late),
            count(lang.pick("归档文件", "Documents filed"), filed.len()),
        ];
        for r in reports.iter().take(40) {
            p.sources.push(source("report", r.id, name(book, r.unit, lang), vec![date(lang, r.submitted_on)]));
        }
        for d in filed.iter().take(40) {
            p.sources.push(source("filed_document", d.id, d.title.clone(), vec![date(lang, d.date), d.number.clone()]));
        }
        section.parts.push(p);
    }
    section.has_records = !section.parts.is_empty();
    section
}
