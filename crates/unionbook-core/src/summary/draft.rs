//! The draft of a work summary, computed from the records of its period in seconds: each
//! section's figures and the records it draws on, with the officers' own text and goals.
//! Regenerating a draft never touches what the officers wrote; that lives in its own records.

use chrono::NaiveDate;

use crate::book::{Book, RecordId};
use crate::calendar::{Semester, SemesterHalf};
use crate::locale::Lang;
use crate::people::model::UNION_PROFILE;
use crate::people::terms::{SemesterRecord, semesters, terms};
use crate::summary::document::{GoalLine, Period, Section, Summary};
use crate::summary::model::{SectionKey, goals_set_in, note};
use crate::summary::sections;

/// A semester's name as a document writes it.
pub fn semester_name(lang: Lang, s: Semester) -> String {
    let (from, to) = (s.start_year, s.end_year());
    match (lang, s.half) {
        (Lang::Zh, SemesterHalf::First) => format!("{from}—{to}学年第一学期"),
        (Lang::Zh, SemesterHalf::Second) => format!("{from}—{to}学年第二学期"),
        (Lang::En, SemesterHalf::First) => format!("First semester of {from}–{to}"),
        (Lang::En, SemesterHalf::Second) => format!("Second semester of {from}–{to}"),
    }
}

pub fn term_name(lang: Lang, number: u8) -> String {
    let nth = lang.ordinal(u32::from(number));
    match lang {
        Lang::Zh => format!("第{nth}届学生会"),
        Lang::En => format!("The {nth} Student Union"),
    }
}

/// Every period a summary can be written for: the book's semesters, newest first, then its
/// terms (a term's summary covers all of its semesters).
pub fn periods(book: &Book, lang: Lang) -> Vec<Period> {
    let mut out: Vec<Period> = semesters(book).into_iter().map(|s| semester_period(lang, &s)).collect();
    out.sort_by(|a, b| b.from.cmp(&a.from));
    let all = semesters(book);
    let mut term_periods: Vec<Period> = terms(book)
        .into_iter()
        .filter_map(|t| {
            let own: Vec<&SemesterRecord> = all.iter().filter(|s| s.term == Some(t.id)).collect();
            let from = t.starts.or_else(|| own.iter().map(|s| s.starts).min())?;
            let to = t.ends.or_else(|| own.iter().map(|s| s.ends).max())?;
            Some(Period { id: t.id, name: term_name(lang, t.number), from, to, is_term: true })
        })
        .collect();
    term_periods.sort_by(|a, b| b.from.cmp(&a.from));
    out.extend(term_periods);
    out
}

fn semester_period(lang: Lang, s: &SemesterRecord) -> Period {
    Period { id: s.id, name: semester_name(lang, s.semester), from: s.starts, to: s.ends, is_term: false }
}

/// The period of that id (a semester's or a term's), in the document's language.
pub fn period(book: &Book, id: RecordId, lang: Lang) -> Option<Period> {
    periods(book, lang).into_iter().find(|p| p.id == id)
}

/// The semester before `period` (for the comparison and the goals it set), if the book has it.
pub fn previous_semester(book: &Book, period: &Period, lang: Lang) -> Option<Period> {
    let mut earlier: Vec<SemesterRecord> = semesters(book).into_iter().filter(|s| s.ends < period.from).collect();
    earlier.sort_by_key(|s| s.starts);
    earlier.last().map(|s| semester_period(lang, s))
}

/// The period holding `today`, else the latest one that started before it, else the first.
pub fn current_period(book: &Book, today: NaiveDate, lang: Lang) -> Option<Period> {
    let all: Vec<Period> = periods(book, lang).into_iter().filter(|p| !p.is_term).collect();
    all.iter()
        .find(|p| p.from <= today && today <= p.to)
        .or_else(|| all.iter().find(|p| p.from <= today))
        .or_else(|| all.last())
        .cloned()
}

/// The union's name as the title writes it, in the document's language when the union has one.
pub fn union_name(book: &Book, lang: Lang) -> String {
    let profile = book.get(UNION_PROFILE).filter(|r| !r.is_deleted());
    let name = |field: &str| profile.map(|r| r.text(field).trim().to_owned()).filter(|s| !s.is_empty());
    match lang {
        Lang::Zh => name("name_zh").or_else(|| name("name_en")),
        Lang::En => name("name_en").or_else(|| name("name_zh")),
    }
    .unwrap_or_else(|| lang.pick("学生会", "Student Union").to_owned())
}

/// The whole draft of `period`'s summary in `lang`.
pub fn draft(book: &Book, period: &Period, lang: Lang) -> Summary {
    let union = union_name(book, lang);
    let title = match lang {
        Lang::Zh => format!("{union}{}工作总结", period.name),
        Lang::En => format!("{union}: work summary, {}", period.name),
    };
    let previous = previous_semester(book, period, lang);
    // The units' work and the cost per participant both stand on the period's held activities.
    let held = sections::units::Held::of(book, period);
    let sections = SectionKey::ALL
        .into_iter()
        .enumerate()
        .map(|(i, key)| {
            let mut section = match key {
                SectionKey::Internal => sections::internal(book, period, lang),
                SectionKey::Units => sections::units(book, &held, lang),
                SectionKey::Regular => sections::regular(book, period, lang),
                SectionKey::Money => sections::money(book, period, &held, lang),
                SectionKey::Goals => goals_section(book, previous.as_ref()),
                SectionKey::Shortcomings => Section::blank(SectionKey::Shortcomings),
                SectionKey::Plans => plans_section(book, period),
            };
            section.title = format!("{}{}", numbered(lang, i + 1), section_title(key, lang));
            section.note = note(book, period.id, key);
            section
        })
        .collect();
    Summary { lang, title, period: period.clone(), sections }
}

/// "一、" in Chinese, "1. " in English: the seed numbers its sections so.
fn numbered(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{}、", crate::locale::chinese_numeral(n as u32)),
        Lang::En => format!("{n}. "),
    }
}

pub fn section_title(key: SectionKey, lang: Lang) -> &'static str {
    match key {
        SectionKey::Internal => lang.pick("加强内部建设", "Internal construction"),
        SectionKey::Units => lang.pick("各部门与协会工作", "The work of the ministries and associations"),
        SectionKey::Regular => lang.pick("常规工作", "Regular work"),
        SectionKey::Money => lang.pick("经费与赞助", "Money and sponsorship"),
        SectionKey::Goals => lang.pick("上学期计划的完成情况", "Last semester's plans"),
        SectionKey::Shortcomings => lang.pick("存在的不足", "Shortcomings"),
        SectionKey::Plans => lang.pick("下学期工作计划", "Plans for next semester"),
    }
}

fn goal_lines(book: &Book, period: RecordId) -> Vec<GoalLine> {
    goals_set_in(book, period)
        .into_iter()
        .map(|g| GoalLine { id: g.id, number: g.number, text: g.text, status: g.status, progress: g.progress })
        .collect()
}

/// How the plans of the previous semester's summary went.
fn goals_section(book: &Book, previous: Option<&Period>) -> Section {
    let goals = previous.map(|p| goal_lines(book, p.id)).unwrap_or_default();
    Section { has_records: !goals.is_empty(), goals, ..Section::blank(SectionKey::Goals) }
}

/// The plans written here, which become the goals of the semester after.
fn plans_section(book: &Book, period: &Period) -> Section {
    let goals = goal_lines(book, period.id);
    Section { has_records: !goals.is_empty(), goals, ..Section::blank(SectionKey::Plans) }
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
