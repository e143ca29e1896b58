//! A summary as Markdown, and the few layout decisions every output shares (what stands in
//! for an empty section, how a goal and the period read), so the page, the print view, the
//! Markdown and the Word file never disagree.
//!
//! Everything typed by officers is escaped: a note that starts with "# " or "1. " or holds
//! "<script>" or "|" stays text, and never becomes a heading, a list, HTML or a table column.

use std::fmt::Write;

use crate::locale::Lang;
use crate::summary::document::{Figure, GoalLine, Section, Summary, Table};
use crate::summary::model::SectionKey;

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
        SectionKey::Shortcomings | SectionKey::Plans => Some(Section::no_note(lang)),
        _ if !section.has_records => Some(Section::nothing_recorded(lang)),
        _ => None,
    }
}

/// The paragraphs of a note: one per line that has text.
pub fn paragraphs(note: &str) -> impl Iterator<Item = &str> {
    note.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// "举办一次校级辩论赛（已完成；获二等奖）".
pub fn goal_text(goal: &GoalLine, lang: Lang) -> String {
    let status = goal.status.name(lang);
    let progress = goal.progress.trim();
    match (lang, progress.is_empty()) {
        (Lang::Zh, true) => format!("{}（{status}）", goal.text),
        (Lang::Zh, false) => format!("{}（{status}；{progress}）", goal.text),
        (Lang::En, true) => format!("{} ({status})", goal.text),
        (Lang::En, false) => format!("{} ({status}; {progress})", goal.text),
    }
}

/// "新生辩论赛 — 全院 · 120 人参加".
pub fn source_text(title: &str, facts: &str) -> String {
    if facts.trim().is_empty() { title.to_owned() } else { format!("{title} — {facts}") }
}

/// The header of a figures table.
pub fn figures_header(lang: Lang) -> [&'static str; 2] {
    [lang.pick("项目", "Item"), lang.pick("数据", "Figure")]
}

pub fn render(summary: &Summary) -> String {
    let lang = summary.lang;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n\n{}\n", inline(&summary.title), text_line(&period_line(summary)));
    for section in &summary.sections {
        let _ = writeln!(out, "## {}\n", inline(&section.title));
        if section.has_records {
            figures(&mut out, &section.figures, lang);
            for part in &section.parts {
                let _ = writeln!(out, "### {}\n", inline(&part.title));
                figures(&mut out, &part.figures, lang);
                for t in &part.tables {
                    table(&mut out, t);
                }
                for s in &part.sources {
                    let _ = writeln!(out, "- {}", text_line(&source_text(&s.title, &s.facts)));
                }
                if !part.sources.is_empty() {
                    out.push('\n');
                }
            }
        }
        for goal in &section.goals {
            let _ = writeln!(out, "{}. {}", goal.number.max(0), text_line(&goal_text(goal, lang)));
        }
        if !section.goals.is_empty() {
            out.push('\n');
        }
        match note_stand_in(section, lang) {
            Some(stand_in) => {
                let _ = writeln!(out, "{}\n", text_line(stand_in));
            }
            None => {
                for p in paragraphs(&section.note) {
                    let _ = writeln!(out, "{}\n", text_line(p));
                }
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn figures(out: &mut String, figures: &[Figure], lang: Lang) {
    if figures.is_empty() {
        return;
    }
    let header = figures_header(lang).map(str::to_owned).to_vec();
    let rows: Vec<Vec<String>> = figures.iter().map(|f| vec![f.label.clone(), f.value.show(lang)]).collect();
    grid(out, &header, &rows);
}

fn table(out: &mut String, t: &Table) {
    if !t.caption.trim().is_empty() {
        let _ = writeln!(out, "{}\n", text_line(&t.caption));
    }
    grid(out, &t.header, &t.rows);
}

/// A GitHub table; short rows are padded so every row has the header's columns.
fn grid(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let columns = header.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = String>| {
        out.push('|');
        for cell in cells {
            let _ = write!(out, " {} |", cell);
        }
        out.push('\n');
    };
    let cell = |row: &[String], i: usize| row.get(i).map(|c| inline(c)).unwrap_or_default();
    line(out, &mut (0..columns).map(|i| cell(header, i)));
    line(out, &mut (0..columns).map(|_| "---".to_owned()));
    for row in rows {
        line(out, &mut (0..columns).map(|i| cell(row, i)));
    }
    out.push('\n');
}

/// Text inside a line: every character Markdown could read as markup is escaped, and a line
/// break becomes a space (a cell, a heading and a list item are one line).
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// A paragraph of its own: also escapes what would open a block at the start of the line (a
/// list's "-", "+", "1." or "1)", a rule's "=", a quote, a heading).
fn text_line(text: &str) -> String {
    let escaped = inline(text);
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    let first = escaped.chars().next();
    if matches!(first, Some('-' | '+' | '=')) {
        format!("\\{escaped}")
    } else if digits > 0 && matches!(escaped[digits..].chars().next(), Some('.' | ')')) {
        format!("{}\\{}", &escaped[..digits], &escaped[digits..])
    } else {
        escaped
    }
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
pub(crate) mod tests;
