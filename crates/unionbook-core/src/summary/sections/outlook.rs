//! The words around the records: the opening paragraph under the title, and the suggestions
//! for the shortcomings that the records show (reports filed late, an overspent budget, weeks
//! of low self-study attendance, publications behind schedule), which an officer takes into
//! the text with a tap or ignores.

use crate::book::Book;
use crate::locale::Lang;
use crate::meetings::model::meetings;
use crate::people::training::trainings;
use crate::publications::issues::{IssueStatus, issues_of, periodicals};
use crate::summary::document::{Period, Section};
use crate::summary::figures::span;
use crate::summary::model::SectionKey;
use crate::summary::sections::money::overspent;
use crate::summary::sections::regular::{dipped_weeks, reports_filed};
use crate::summary::sections::units::Held;
use crate::summary::words::{self, list, some_of};

/// "回顾本学期，学生会……现将本学期工作总结如下：" with the period's main figures, those
/// that are not zero.
pub fn opening(book: &Book, period: &Period, held: &Held, sections: &[Section], lang: Lang) -> Vec<String> {
    let range = span(period);
    let (activities, people) = (held.activities.len(), usize::try_from(held.participants()).unwrap_or(0));
    let (met, trained) = (meetings(book, Some(range), None).len(), trainings(book, Some(range)).len());
    let this = if period.is_term { lang.pick("本届", "this term") } else { lang.pick("本学期", "this semester") };
    let mut did = Vec::new();
    match lang {
        Lang::Zh => {
            if activities > 0 {
                did.push(if people > 0 {
                    format!("开展活动{activities}项，参与同学{}人次", words::grouped(people))
                } else {
                    format!("开展活动{activities}项")
                });
            }
            if met > 0 {
                did.push(format!("召开会议{met}次"));
            }
            if trained > 0 {
                did.push(format!("组织培训{trained}场"));
            }
            if !held.awards.is_empty() {
                did.push(format!("获得各级奖项{}项", held.awards.len()));
            }
        }
        Lang::En => {
            let mut held_what = Vec::new();
            if activities > 0 {
                held_what.push(if people > 0 {
                    format!(
                        "{} with {}",
                        words::count(lang, activities, "", "activity", "activities"),
                        words::count(lang, people, "", "participant", "participants")
                    )
                } else {
                    words::count(lang, activities, "", "activity", "activities")
                });
            }
            if met > 0 {
                held_what.push(words::count(lang, met, "", "meeting", "meetings"));
            }
            if trained > 0 {
                held_what.push(words::count(lang, trained, "", "training", "trainings"));
            }
            if !held_what.is_empty() {
                did.push(format!("held {}", list(lang, &held_what)));
            }
            if !held.awards.is_empty() {
                did.push(format!("won {}", words::count(lang, held.awards.len(), "", "award", "awards")));
            }
        }
    }
    let has_shortcomings = sections.iter().any(|s| s.key == SectionKey::Shortcomings && !s.note.trim().is_empty());
    let mut out = Vec::new();
    out.push(match (lang, did.is_empty()) {
        (Lang::Zh, false) => format!(
            "回顾{this}，学生会全体成员积极主动、团结协作，各项工作有序开展：共{}。{}现将{this}工作总结如下：",
            did.join("，"),
            if has_shortcomings { "成绩来之不易，同时工作中也存在一些不足。" } else { "" }
        ),
        (Lang::Zh, true) => format!("现将{this}工作总结如下："),
        (Lang::En, false) => format!(
            "Looking back on {this}, every member of the union played a part and the work went ahead on every front: the union {}.{} The work of {this} is summarised below.",
            did.join(", and "),
            if has_shortcomings { " There were shortcomings too, which the last part sets out." } else { "" }
        ),
        (Lang::En, true) => format!("The work of {this} is summarised below."),
    });
    out
}

/// What the records show that a summary says twice (in its part, and as a suggested
/// shortcoming): worked out once per draft.
pub struct Findings {
    /// The weeks whose self-study rate dipped, with their rate.
    pub dipped: Vec<(chrono::NaiveDate, usize)>,
    /// Reports filed in the period, and how many late.
    pub reports: (usize, usize),
    /// Who overspent their budget: their name, budget and spending.
    pub overspent: Vec<(String, crate::money::amount::Totals, crate::money::amount::Totals)>,
}

impl Findings {
    pub fn of(book: &Book, period: &Period, lang: Lang) -> Findings {
        let range = span(period);
        Findings {
            dipped: dipped_weeks(book, range),
            reports: reports_filed(book, range),
            overspent: overspent(book, period, lang),
        }
    }
}

/// What the records suggest the officers say in Shortcomings: each a sentence they can take
/// into their text as it stands.
pub fn shortcomings(book: &Book, period: &Period, findings: &Findings, lang: Lang) -> Section {
    let range = span(period);
    let mut section = Section::blank(SectionKey::Shortcomings);
    let (filed, late) = findings.reports;
    if late > 0 {
        section.suggestions.push(match lang {
            Lang::Zh => format!("工作汇报提交不够及时，本学期{filed}份汇报中有{late}份逾期提交。"),
            Lang::En => {
                format!("Reports were not always on time: {late} of the {filed} filed this semester were late.")
            }
        });
    }
    for (who, budget, actual) in &findings.overspent {
        section.suggestions.push(match lang {
            Lang::Zh => format!(
                "经费使用的节约意识不强，{who}实际支出{}，超出预算{}。",
                actual.show(lang),
                actual.minus(&budget).show(lang)
            ),
            Lang::En => format!(
                "Money was not spent carefully enough: {who} spent {}, {} over budget.",
                actual.show(lang),
                actual.minus(&budget).show(lang)
            ),
        });
    }
    let dips = &findings.dipped;
    if !dips.is_empty() {
        let weeks: Vec<String> = dips.iter().map(|(w, r)| format!("{}（{r}%）", lang.format_date(*w))).collect();
        let weeks_en: Vec<String> =
            dips.iter().map(|(w, r)| format!("the week of {} ({r}%)", lang.format_date(*w))).collect();
        section.suggestions.push(match lang {
            Lang::Zh => format!("晚自习出勤在部分周次明显下滑，如{}当周，督促检查还需加强。", some_of(lang, &weeks, 3)),
            Lang::En => format!(
                "Self-study attendance slipped in some weeks, such as {}; the checks need following up.",
                some_of(lang, &weeks_en, 3)
            ),
        });
    }
    let order = |a: &str, b: &str| a.cmp(b);
    let behind: Vec<String> = periodicals(book, &order)
        .into_iter()
        .filter(|p| {
            issues_of(book, p.id)
                .iter()
                .any(|i| i.status != IssueStatus::Published && i.date.is_some_and(|d| range.0 <= d && d <= range.1))
        })
        .map(|p| match lang {
            Lang::Zh => format!("《{}》", p.title.trim_matches(['《', '》'])),
            Lang::En => words::quoted(lang, &p.title),
        })
        .collect();
    if !behind.is_empty() {
        section.suggestions.push(match lang {
            Lang::Zh => format!("刊物编印未能按计划推进，{}有期次尚未出版。", list(lang, &behind)),
            Lang::En => format!("Publications fell behind schedule: {} has issues not yet out.", list(lang, &behind)),
        });
    }
    section
}
