//! The draft of a work summary, computed from the records of its period in seconds: each
//! section's figures and the records it draws on, with the officers' own text and goals.
//! Regenerating a draft never touches what the officers wrote; that lives in its own records.

use chrono::NaiveDate;

use crate::book::{Book, RecordId};
use crate::calendar::{Semester, SemesterHalf};
use crate::locale::Lang;
use crate::people::model::UNION_PROFILE;
use crate::people::terms::{SemesterRecord, semesters, terms};
use crate::summary::compare::Comparison;
use crate::summary::document::{Chapter, GoalLine, Period, Section, Summary};
use crate::summary::model::{GoalStatus, Layout, SectionKey, goals_set_in, layout, note};
use crate::summary::{sections, words};

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

/// The number of the term a period belongs to: a term's own, a semester's term's.
fn term_number(book: &Book, period: &Period) -> Option<u8> {
    let term = if period.is_term {
        Some(period.id)
    } else {
        semesters(book).into_iter().find(|s| s.id == period.id).and_then(|s| s.term)
    }?;
    terms(book).into_iter().find(|t| t.id == term).map(|t| t.number)
}

/// "政治与公共管理系第六届学生会2026—2027学年第一学期工作总结": the union, its term, the
/// semester. A union named "…学生会" takes the term before "学生会", as the seed's title does.
pub fn title(book: &Book, period: &Period, lang: Lang) -> String {
    let union = union_name(book, lang);
    let term = term_number(book, period);
    match lang {
        Lang::Zh => {
            let with_term = match term {
                Some(n) => {
                    let nth = format!("第{}届", lang.ordinal(u32::from(n)));
                    match union.strip_suffix("学生会") {
                        Some(head) if !union.contains(&nth) => format!("{head}{nth}学生会"),
                        _ if union.contains(&nth) => union.clone(),
                        _ => format!("{union}{nth}"),
                    }
                }
                None => union,
            };
            if period.is_term {
                format!("{with_term}工作总结")
            } else {
                format!("{with_term}{}工作总结", period.name)
            }
        }
        Lang::En => {
            let with_term = match term {
                Some(n) => format!("{union} ({} term)", lang.ordinal(u32::from(n))),
                None => union,
            };
            if period.is_term {
                format!("{with_term}: Work Summary")
            } else {
                format!("{with_term}: Work Summary, {}", period.name)
            }
        }
    }
}

/// The whole draft of `period`'s summary in `lang`.
pub fn draft(book: &Book, period: &Period, lang: Lang) -> Summary {
    let previous = previous_semester(book, period, lang);
    // The units' work, the cost per participant and the internal activities all stand on the
    // period's held activities.
    let held = sections::units::Held::of(book, period);
    let held_activities: Vec<_> = held.activities.iter().map(|(a, _)| a.clone()).collect();
    let findings = sections::Findings::of(book, period, lang);
    let mut appendix = Vec::new();
    let mut all: Vec<Section> = SectionKey::ALL
        .into_iter()
        .map(|key| {
            let mut section = match key {
                SectionKey::Internal => sections::internal(book, period, &held_activities, lang, &mut appendix),
                SectionKey::Units => sections::units(book, &held, lang, &mut appendix),
                SectionKey::Regular => sections::regular(
                    book,
                    period,
                    &held_activities,
                    (&findings.dipped, findings.reports),
                    lang,
                    &mut appendix,
                ),
                SectionKey::Money => {
                    sections::money(book, period, previous.as_ref(), &held, &findings.overspent, lang, &mut appendix)
                }
                SectionKey::Goals => goals_section(book, previous.as_ref(), lang),
                SectionKey::Shortcomings => sections::shortcomings(book, period, &findings, lang),
                SectionKey::Plans => plans_section(book, period),
            };
            section.note = note(book, period.id, key);
            section
        })
        // Last semester's plans are reported on only where there were some.
        .filter(|s| s.key != SectionKey::Goals || s.has_records || !s.note.trim().is_empty())
        .collect();
    let layouts: Vec<Layout> = all.iter().map(|s| layout(book, period.id, s.key)).collect();
    arrange(&mut all, layouts, lang);
    // Shown on the page above the document, and in its appendix.
    let comparison = Comparison::of(book, period, previous.as_ref()).table_if_comparable(lang);
    appendix.extend(comparison.clone());
    // Names and notes typed with ASCII punctuation read as Chinese in a Chinese document.
    for t in &mut appendix {
        for cell in t.rows.iter_mut().flatten() {
            *cell = words::cjk_punctuation(lang, cell);
        }
    }
    for (i, t) in appendix.iter_mut().enumerate() {
        t.caption = match lang {
            Lang::Zh => format!("附表{} {}", i + 1, t.caption),
            Lang::En => format!("Table {}. {}", i + 1, t.caption),
        };
    }
    let opening = sections::opening(book, period, &held, &all, lang);
    Summary {
        lang,
        title: title(book, period, lang),
        period: period.clone(),
        opening,
        sections: all,
        appendix,
        comparison,
    }
}

/// The sections in the officers' order within each chapter (the chapters stay the seed's),
/// their own headings where they gave one, those they hid left unnumbered, and the rest
/// numbered as the seed numbers them: the chapters 一、二、三; a chapter's sections （一）（二）
/// when it has several shown (a chapter of one is headed by that section); the parts under
/// them （一）or 1．, one level below.
fn arrange(sections: &mut Vec<Section>, layouts: Vec<Layout>, lang: Lang) {
    let mut laid: Vec<(Section, Layout)> = std::mem::take(sections).into_iter().zip(layouts).collect();
    for (section, layout) in &mut laid {
        section.hidden = layout.hidden;
    }
    let chapter_rank = |c: Chapter| [Chapter::Internal, Chapter::Work, Chapter::Outlook].iter().position(|x| *x == c);
    laid.sort_by_key(|(s, l)| (chapter_rank(Chapter::of(s.key)), l.position.unwrap_or(s.key as i64 + 1), s.key));
    let mut chapter_no = 0;
    let mut i = 0;
    while i < laid.len() {
        let chapter = Chapter::of(laid[i].0.key);
        let len = laid[i..].iter().take_while(|(s, _)| Chapter::of(s.key) == chapter).count();
        let shown = laid[i..i + len].iter().filter(|(s, _)| !s.hidden).count();
        if shown > 0 {
            chapter_no += 1;
        }
        let chapter_title = format!("{}{}", numbered(lang, chapter_no), chapter.title(lang));
        let mut nth = 0;
        for (section, layout) in &mut laid[i..i + len] {
            let own = (!layout.heading.is_empty()).then(|| layout.heading.clone());
            let name = own.clone().unwrap_or_else(|| section_title(section.key, lang).to_owned());
            section.chapter_heading = None;
            if section.hidden {
                section.title = name;
                section.depth = if shown == 1 { 1 } else { 2 };
            } else if shown == 1 {
                section.title =
                    own.map_or_else(|| chapter_title.clone(), |h| format!("{}{h}", numbered(lang, chapter_no)));
                section.depth = 1;
            } else {
                nth += 1;
                section.title = format!("{}{name}", sub_numbered(lang, nth));
                section.chapter_heading = (nth == 1).then(|| chapter_title.clone());
                section.depth = 2;
            }
            let depth = section.depth;
            for (k, part) in section.parts.iter_mut().enumerate() {
                part.title = format!(
                    "{}{}",
                    if depth == 1 { sub_numbered(lang, k + 1) } else { item_numbered(lang, k + 1) },
                    part.title
                );
            }
        }
        i += len;
    }
    *sections = laid.into_iter().map(|(s, _)| s).collect();
}

/// "一、" in Chinese, "1. " in English: the seed numbers its parts so.
fn numbered(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{}、", crate::locale::chinese_numeral(n as u32)),
        Lang::En => format!("{n}. "),
    }
}

/// "（一）" in Chinese, "1.1 "-like letters in English: "(a) ".
fn sub_numbered(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("（{}）", crate::locale::chinese_numeral(n as u32)),
        Lang::En => format!("({}) ", char::from(b'a' + ((n - 1) % 26) as u8)),
    }
}

fn item_numbered(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n}．"),
        Lang::En => format!("{n}. "),
    }
}

pub fn section_title(key: SectionKey, lang: Lang) -> &'static str {
    match key {
        SectionKey::Internal => lang.pick("加强内部建设", "Internal construction"),
        SectionKey::Units => lang.pick("各部门与协会工作", "The work of the ministries and associations"),
        SectionKey::Regular => lang.pick("常规工作，不忘约束", "Regular work"),
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

/// How the plans of the previous semester's summary went, as a paragraph; the goals
/// themselves, with their status, are the page's to update (and the dashboard's), not the
/// document's.
fn goals_section(book: &Book, previous: Option<&Period>, lang: Lang) -> Section {
    let goals = previous.map(|p| goal_lines(book, p.id)).unwrap_or_default();
    let mut section = Section { has_records: !goals.is_empty(), ..Section::blank(SectionKey::Goals) };
    if goals.is_empty() {
        return section;
    }
    section.goals = goals.clone();
    let with = |status: GoalStatus| goals.iter().filter(|g| g.status == status).collect::<Vec<_>>();
    let (done, going, waiting) = (with(GoalStatus::Done), with(GoalStatus::InProgress), with(GoalStatus::NotStarted));
    let done_named: Vec<String> =
        done.iter().map(|g| words::quoted(lang, g.text.trim_end_matches(['。', '.']))).collect();
    let mut clauses = vec![match lang {
        Lang::Zh => format!("上学期总结提出的{}项计划中", goals.len()),
        Lang::En => format!("of the {} plans set last semester", words::english_number(goals.len())),
    }];
    if !done.is_empty() {
        clauses.push(match lang {
            Lang::Zh => format!("已完成{}项（{}）", done.len(), done_named.join("；")),
            Lang::En => format!("{} done ({})", words::english_number(done.len()), words::list(lang, &done_named)),
        });
    }
    if !going.is_empty() {
        clauses.push(match lang {
            Lang::Zh => format!("正在推进{}项", going.len()),
            Lang::En => format!("{} in progress", words::english_number(going.len())),
        });
    }
    if !waiting.is_empty() {
        clauses.push(match lang {
            Lang::Zh => format!("尚未开展{}项", waiting.len()),
            Lang::En => format!("{} not started yet", words::english_number(waiting.len())),
        });
    }
    let text = match lang {
        Lang::Zh => {
            let head = clauses.remove(0);
            words::finished(lang, &format!("{head}，{}", clauses.join("，")))
        }
        Lang::En => {
            let head = clauses.remove(0);
            words::finished(lang, &words::capitalised(&format!("{head}, {}", words::list(lang, &clauses))))
        }
    };
    section.paragraphs.push(text);
    section
}

/// The plans written here, which become the goals of the semester after.
fn plans_section(book: &Book, period: &Period) -> Section {
    let goals = goal_lines(book, period.id);
    Section { has_records: !goals.is_empty(), goals, ..Section::blank(SectionKey::Plans) }
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
