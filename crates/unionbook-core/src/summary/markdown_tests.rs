use chrono::NaiveDate;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::*;
use crate::book::{Book, Clock, Entropy, RecordId, SeededEntropy};
use crate::locale::Lang;
use crate::summary::document::{GoalLine, Part, Period, Section, Source, Table};
use crate::summary::draft::{draft, periods};
use crate::summary::model::{GoalStatus, SectionKey};
use crate::summary::outline::{Block, blocks, period_line};

/// Text an officer might type to break a document: markup of every output, control
/// characters, a long note.
pub(crate) const HOSTILE: &[&str] = &[
    "| a | b |",
    "# h",
    "- x",
    "1. x",
    "<script>alert(1)</script>",
    "]]><w:p>&amp;\"'",
    "a\u{0}b\u{8}c\u{FFFE}d\u{1F}",
];

/// A summary with every kind of content, in `lang`, hostile text in its notes and cells.
pub(crate) fn fixture(lang: Lang) -> Summary {
    let section =
        |key: SectionKey, title: &str| Section { title: title.to_owned(), has_records: true, ..Section::blank(key) };
    let goal = |n: i64, text: &str, status| GoalLine {
        id: RecordId::well_known(n as u8),
        number: n,
        text: text.to_owned(),
        status,
        progress: if n == 2 { "过半".into() } else { String::new() },
    };
    let part = |title: &str, paragraphs: Vec<String>| Part {
        title: title.into(),
        paragraphs,
        figures: Vec::new(),
        sources: vec![Source { path: "/meetings/y".into(), title: "# 第一次例会".into(), facts: String::new() }],
    };
    let internal = Section {
        paragraphs: vec!["本学期，学生会共有成员42人。".into()],
        parts: vec![
            part(
                "（一）培训 | 会议",
                vec!["在各部门正式开展工作前，学生会组织了3场培训。".into(), "- 不是列表".into()],
            ),
            part("（二）会议", vec!["1. 不是列表".into()]),
        ],
        note: format!("本学期我们\n\n{}\n{}", HOSTILE.join("\n"), "长".repeat(20_000)),
        ..section(SectionKey::Internal, "一、加强内部建设")
    };
    let units = Section {
        chapter_heading: Some("二、狠抓学风建设".into()),
        depth: 2,
        paragraphs: vec!["本学期，各部门、协会共开展活动20项。".into()],
        parts: vec![part("1．学习部", vec!["本学期，学习部共组织活动4项。".into()])],
        ..section(SectionKey::Units, "（一）各部门与协会工作")
    };
    let empty = Section { has_records: false, depth: 2, ..section(SectionKey::Regular, "（二）常规工作") };
    let shortcomings = Section {
        has_records: false,
        chapter_heading: Some("三、存在的不足与下学期计划".into()),
        depth: 2,
        suggestions: vec!["工作汇报提交不够及时。".into()],
        ..section(SectionKey::Shortcomings, "（一）存在的不足")
    };
    let plans = Section {
        goals: vec![goal(3, "1. 开展志愿活动", GoalStatus::NotStarted), goal(4, "# 招新", GoalStatus::InProgress)],
        note: "> 引用\n===".into(),
        depth: 2,
        ..section(SectionKey::Plans, "（二）下学期工作计划")
    };
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    Summary {
        lang,
        title: "政治系第六届学生会第一学期工作总结 <&>".into(),
        period: Period {
            id: RecordId::well_known(9),
            name: "2026—2027学年第一学期".into(),
            from: day(9, 1),
            to: day(12, 31),
            is_term: false,
        },
        opening: vec!["回顾本学期……现将本学期工作总结如下：".into()],
        sections: vec![internal, units, empty, shortcomings, plans],
        comparison: None,
        appendix: vec![Table {
            caption: "附表1 各部门支出".into(),
            header: vec!["部门".into(), "金额".into()],
            rows: vec![
                vec!["宣传部".into(), "¥1,200.00".into()],
                vec!["a|b\nc".into(), "<b>x</b>".into()],
                vec!["只有一格".into()],
            ],
        }],
    }
}

/// The sample union's summaries, each semester in both languages: real figures from the
/// sections.
pub(crate) fn sample_summaries() -> Vec<Summary> {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    for (id, kind, fields) in crate::sample::sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    Lang::ALL
        .into_iter()
        .flat_map(|lang| periods(&book, lang).into_iter().map(move |p| (lang, p)))
        .map(|(lang, p)| draft(&book, &p, lang))
        .collect()
}

/// What a Markdown reader sees: headings (level, text), tables (rows of cells, header first),
/// list items and paragraphs, each as plain text.
#[derive(Default, Debug)]
struct Read {
    headings: Vec<(usize, String)>,
    tables: Vec<Vec<Vec<String>>>,
    items: Vec<String>,
    paragraphs: Vec<String>,
    html: usize,
}

fn read(markdown: &str) -> Read {
    let mut out = Read::default();
    let mut text = String::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => out.tables.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => out.tables.last_mut().unwrap().push(Vec::new()),
            Event::Start(_) => text.clear(),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Html(_) | Event::InlineHtml(_) => out.html += 1,
            Event::End(TagEnd::Heading(level)) => out.headings.push((level as usize, std::mem::take(&mut text))),
            Event::End(TagEnd::TableCell) => {
                out.tables.last_mut().unwrap().last_mut().unwrap().push(std::mem::take(&mut text));
            }
            Event::End(TagEnd::Item) => out.items.push(std::mem::take(&mut text)),
            Event::End(TagEnd::Paragraph) => out.paragraphs.push(std::mem::take(&mut text)),
            _ => {}
        }
    }
    out
}

/// The cell text as a reader shows it: one line, no control characters, trimmed.
fn flat(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The Markdown read back holds every block of the outline, in order, as what it is: the
/// title and headings at their levels, paragraphs, the plans as a numbered list, the tables.
fn check_round_trip(summary: &Summary) {
    let md = render(summary);
    let r = read(&md);
    assert_eq!(r.html, 0, "no HTML in\n{md}");
    let (mut headings, mut tables, mut items, mut paragraphs) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for block in blocks(summary) {
        match block {
            Block::Title(t) => headings.push((1, flat(t))),
            Block::Heading(level, t) => headings.push((usize::from(level) + 1, flat(t))),
            Block::Subtitle(t) => paragraphs.push(flat(&t)),
            Block::Paragraph(t) => paragraphs.push(flat(t)),
            Block::StandIn(t) => paragraphs.push(flat(t)),
            Block::Plan(_, t) => items.push(flat(t)),
            Block::Table(t) => {
                if !t.caption.is_empty() {
                    paragraphs.push(flat(&t.caption));
                }
                let columns = t.header.len().max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
                let pad = |row: &Vec<String>| {
                    (0..columns).map(|i| row.get(i).map(|c| flat(c)).unwrap_or_default()).collect::<Vec<_>>()
                };
                tables.push(std::iter::once(&t.header).chain(&t.rows).map(pad).collect::<Vec<_>>());
            }
        }
    }
    assert_eq!(r.headings, headings);
    assert_eq!(r.tables, tables);
    assert_eq!(r.items, items);
    assert_eq!(r.paragraphs, paragraphs);
}

#[test]
fn headings_tables_lists_and_notes_read_back_as_written() {
    for lang in Lang::ALL {
        check_round_trip(&fixture(lang));
    }
}

#[test]
fn the_sample_summaries_read_back_as_written() {
    let all = sample_summaries();
    assert!(!all.is_empty());
    for summary in &all {
        check_round_trip(summary);
    }
}

#[test]
fn hostile_notes_stay_text() {
    let md = render(&fixture(Lang::Zh));
    let r = read(&md);
    for hostile in HOSTILE {
        assert!(r.paragraphs.contains(&flat(hostile)), "{hostile:?} is a paragraph");
    }
    assert!(r.paragraphs.iter().any(|p| p.chars().count() == 20_000));
    assert!(!md.contains("<script>"));
}

#[test]
fn an_empty_section_says_so_and_suggestions_stay_off_the_document() {
    let summary = fixture(Lang::En);
    let r = read(&render(&summary));
    assert!(r.paragraphs.iter().any(|p| p == Section::nothing_recorded(Lang::En)));
    // The officers' Shortcomings ask for their text; what the records suggest is not printed.
    assert_eq!(r.paragraphs.iter().filter(|p| *p == Section::no_note(Lang::En)).count(), 1);
    assert!(!r.paragraphs.iter().any(|p| p.contains("工作汇报提交不够及时")));
    // Plans are stated as plans: no status after them.
    assert!(r.items.iter().all(|i| !i.contains("未开始") && !i.contains("进行中")), "{:?}", r.items);
}

#[test]
fn the_period_line_names_the_dates_in_the_language() {
    assert_eq!(period_line(&fixture(Lang::Zh)), "2026—2027学年第一学期（2026年9月1日至2026年12月31日）");
    assert!(period_line(&fixture(Lang::En)).contains("1\u{a0}Sep\u{a0}2026"));
}

/// The sample union's semester summary, whole, in both languages, as reviewed: a change to
/// any sentence shows as a diff here (`UPDATE_EXPECT=1 cargo test -p unionbook-core summary`
/// rewrites the files, to be read before committing).
#[test]
fn the_sample_union_summary_reads_as_reviewed() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    for (id, kind, fields) in crate::sample::sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let semester = |lang| periods(&book, lang).into_iter().find(|p| !p.is_term).expect("the sample's semester");
    expect_test::expect_file!["snapshots/sample-union.zh.md"].assert_eq(&render(&draft(
        &book,
        &semester(Lang::Zh),
        Lang::Zh,
    )));
    expect_test::expect_file!["snapshots/sample-union.en.md"].assert_eq(&render(&draft(
        &book,
        &semester(Lang::En),
        Lang::En,
    )));
}
