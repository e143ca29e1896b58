//! A summary as Markdown: the outline's blocks (`outline.rs`, which the print view and the
//! Word file lay out too) as headings, paragraphs, a numbered list of plans and the appendix's
//! tables.
//!
//! Everything typed by officers is escaped: a note that starts with "# " or "1. " or holds
//! "<script>" or "|" stays text, and never becomes a heading, a list, HTML or a table column.

use std::fmt::Write;

use crate::summary::document::{Summary, Table};
use crate::summary::outline::{Block, blocks};

pub fn render(summary: &Summary) -> String {
    let mut out = String::new();
    let mut in_list = false;
    for block in blocks(summary) {
        if in_list && !matches!(block, Block::Plan(..)) {
            out.push('\n');
        }
        in_list = matches!(block, Block::Plan(..));
        let _ = match block {
            Block::Title(t) => writeln!(out, "# {}\n", inline(t)),
            Block::Subtitle(t) => writeln!(out, "{}\n", text_line(&t)),
            Block::Heading(level, t) => writeln!(out, "{} {}\n", "#".repeat(usize::from(level) + 1), inline(t)),
            Block::Paragraph(t) => writeln!(out, "{}\n", text_line(t)),
            Block::StandIn(t) => writeln!(out, "{}\n", text_line(t)),
            Block::Plan(n, t) => writeln!(out, "{n}. {}", text_line(t)),
            Block::Table(t) => {
                table(&mut out, t);
                Ok(())
            }
        };
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
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
