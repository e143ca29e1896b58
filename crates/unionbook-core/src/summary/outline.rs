//! A summary as the sequence of blocks every printed output lays out — the Markdown, the Word
//! file and the A4 print view — so they never disagree on what is said, in what order, under
//! which heading: the title and period, the opening, each chapter, section and part with its
//! paragraphs, the officers' text (or what stands in for it), the plans, and the appendix.

use crate::locale::Lang;
use crate::summary::document::{GoalLine, Section, Summary, Table};
use crate::summary::model::SectionKey;

#[derive(Clone, Debug, PartialEq)]
pub enum Block<'a> {
    Title(&'a str),
    /// The period under the title.
    Subtitle(String),
    /// A heading: 1 for a chapter (一、), 2 for a section or part under it, 3 below that.
    Heading(u8, &'a str),
    Paragraph(&'a str),
    /// What stands where text is missing ("（尚未撰写）").
    StandIn(&'static str),
    /// A plan for next semester, with its number.
    Plan(i64, &'a str),
    /// A table of the appendix, with its caption.
    Table(&'a Table),
}

/// "2026—2027学年第一学期（2026年9月1日至2027年1月15日）".
pub fn period_line(summary: &Summary) -> String {
    let (lang, p) = (summary.lang, &summary.period);
    let (from, to) = (lang.format_date(p.from), lang.format_date(p.to));
    match lang {
        Lang::Zh => format!("{}（{from}至{to}）", p.name),
        Lang::En => format!("{} ({from} – {to})", p.name),
    }
}

/// What a section says where its own text would be, while that text is empty: the officers'
/// sections say it is not written yet; one drawn from records that has none says so instead of
/// showing zeros as achievements.
pub fn note_stand_in(section: &Section, lang: Lang) -> Option<&'static str> {
    if !section.note.trim().is_empty() {
        return None;
    }
    match section.key {
        SectionKey::Shortcomings => Some(Section::no_note(lang)),
        SectionKey::Plans if section.goals.is_empty() => Some(Section::no_note(lang)),
        SectionKey::Plans => None,
        _ if !section.has_records => Some(Section::nothing_recorded(lang)),
        _ => None,
    }
}

/// The paragraphs of a note: one per line that has text.
pub fn paragraphs(note: &str) -> impl Iterator<Item = &str> {
    note.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// A plan as the document states it: its text alone (how it went is the next semester's).
pub fn plan_text(goal: &GoalLine) -> &str {
    goal.text.trim()
}

pub fn blocks(summary: &Summary) -> Vec<Block<'_>> {
    let lang = summary.lang;
    let mut out = vec![Block::Title(&summary.title), Block::Subtitle(period_line(summary))];
    out.extend(summary.opening.iter().map(|p| Block::Paragraph(p)));
    for section in summary.sections.iter().filter(|s| !s.hidden) {
        if let Some(chapter) = &section.chapter_heading {
            out.push(Block::Heading(1, chapter));
        }
        out.push(Block::Heading(section.depth, &section.title));
        out.extend(section.paragraphs.iter().map(|p| Block::Paragraph(p)));
        for part in &section.parts {
            out.push(Block::Heading(section.depth + 1, &part.title));
            out.extend(part.paragraphs.iter().filter(|p| !p.is_empty()).map(|p| Block::Paragraph(p)));
        }
        if section.key == SectionKey::Plans {
            out.extend(section.goals.iter().map(|g| Block::Plan(g.number.max(0), plan_text(g))));
        }
        match note_stand_in(section, lang) {
            Some(stand_in) => out.push(Block::StandIn(stand_in)),
            None => out.extend(paragraphs(&section.note).map(Block::Paragraph)),
        }
    }
    if !summary.appendix.is_empty() {
        out.push(Block::Heading(1, appendix_title(lang)));
        out.extend(summary.appendix.iter().map(Block::Table));
    }
    out
}

pub fn appendix_title(lang: Lang) -> &'static str {
    lang.pick("附录：本学期工作数据", "Appendix: the records in full")
}
