use chrono::NaiveDate;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::*;
use crate::book::{Book, Clock, Entropy, RecordId, SeededEntropy};
use crate::forms::Tenths;
use crate::money::amount::{Amount, Totals};
use crate::summary::document::{GoalLine, Part, Period, Source, Value};
use crate::summary::draft::{draft, periods};
use crate::summary::model::GoalStatus;

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
    let money: Totals = [Amount::cny(123_450)].into_iter().collect();
    let figure = |label: &str, value| Figure::new(label, value);
    let section = |key: SectionKey, title: &str| Section {
        key,
        title: title.to_owned(),
        figures: Vec::new(),
        parts: Vec::new(),
        note: String::new(),
        goals: Vec::new(),
        has_records: true,
    };
    let goal = |n: i64, text: &str, status| GoalLine {
        id: RecordId::well_known(n as u8),
        number: n,
        text: text.to_owned(),
        status,
        progress: if n == 2 { "过半".into() } else { String::new() },
    };
    let internal = Section {
        figures: vec![figure("学生会成员", Value::Count(42)), figure("培训出勤率", Value::Percent(Some(86)))],
        parts: vec![Part {
            title: "培训 | 会议".into(),
            figures: vec![figure("平均分", Value::Score(Tenths(85))), figure("无人应到", Value::Percent(None))],
            tables: vec![Table {
                caption: "各部门支出".into(),
                header: vec!["部门".into(), "金额".into()],
                rows: vec![
                    vec!["宣传部".into(), "¥1,200.00".into()],
                    vec!["a|b\nc".into(), "<b>x</b>".into()],
                    vec!["只有一格".into()],
                ],
            }],
            sources: vec![
                Source {
                    path: "/activities/x".into(), title: "新生辩论赛".into(), facts: "全院 · 120 人参加".into()
                },
                Source { path: "/meetings/y".into(), title: "# 第一次例会".into(), facts: String::new() },
            ],
        }],
        note: format!("本学期我们\n\n{}\n{}", HOSTILE.join("\n"), "长".repeat(20_000)),
        ..section(SectionKey::Internal, "一、加强内部建设")
    };
    let money = Section {
        figures: vec![figure("赞助", Value::Money(money)), figure("说明", Value::Text("- 不是列表".into()))],
        ..section(SectionKey::Money, "四、经费与赞助")
    };
    let empty = Section { has_records: false, ..section(SectionKey::Regular, "三、常规工作") };
    let goals = Section {
        goals: vec![goal(1, "举办辩论赛", GoalStatus::Done), goal(2, "# 招新", GoalStatus::InProgress)],
        ..section(SectionKey::Goals, "五、上学期计划的完成情况")
    };
    let shortcomings = Section { has_records: false, ..section(SectionKey::Shortcomings, "六、存在的不足") };
    let plans = Section {
        goals: vec![goal(3, "1. 开展志愿活动", GoalStatus::NotStarted)],
        note: "> 引用\n===".into(),
        ..section(SectionKey::Plans, "七、下学期工作计划")
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
        sections: vec![
            internal,
            section(SectionKey::Units, "二、各部门与协会工作"),
            empty,
            money,
            goals,
            shortcomings,
            plans,
        ],
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

fn check_round_trip(summary: &Summary) {
    let lang = summary.lang;
    let md = render(summary);
    let r = read(&md);
    assert_eq!(r.html, 0, "no HTML in\n{md}");
    let mut headings = vec![(1, flat(&summary.title))];
    let mut tables = Vec::new();
    let mut items = Vec::new();
    let mut paragraphs = vec![flat(&period_line(summary))];
    let figures_table = |figures: &[Figure]| {
        let mut rows = vec![figures_header(lang).map(str::to_owned).to_vec()];
        rows.extend(figures.iter().map(|f| vec![flat(&f.label), flat(&f.value.show(lang))]));
        rows
    };
    for s in &summary.sections {
        headings.push((2, flat(&s.title)));
        if s.has_records {
            if !s.figures.is_empty() {
                tables.push(figures_table(&s.figures));
            }
            for p in &s.parts {
                headings.push((3, flat(&p.title)));
                if !p.figures.is_empty() {
                    tables.push(figures_table(&p.figures));
                }
                for t in &p.tables {
                    if !t.caption.is_empty() {
                        paragraphs.push(flat(&t.caption));
                    }
                    let columns = t.header.len().max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
                    let pad = |row: &Vec<String>| {
                        (0..columns).map(|i| row.get(i).map(|c| flat(c)).unwrap_or_default()).collect::<Vec<_>>()
                    };
                    tables.push(std::iter::once(&t.header).chain(&t.rows).map(pad).collect());
                }
                items.extend(p.sources.iter().map(|src| flat(&source_text(&src.title, &src.facts))));
            }
        }
        items.extend(s.goals.iter().map(|g| flat(&goal_text(g, lang))));
        match note_stand_in(s, lang) {
            Some(text) => paragraphs.push(text.to_owned()),
            None => paragraphs.extend(paragraphs_of(&s.note)),
        }
    }
    assert_eq!(r.headings, headings);
    assert_eq!(r.tables, tables);
    assert_eq!(r.items, items);
    assert_eq!(r.paragraphs, paragraphs);
}

fn paragraphs_of(note: &str) -> Vec<String> {
    paragraphs(note).map(flat).collect()
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
fn an_empty_section_says_so_and_shows_no_figures() {
    let mut summary = fixture(Lang::En);
    summary.sections[0].has_records = false;
    summary.sections[0].note.clear();
    let r = read(&render(&summary));
    assert!(r.paragraphs.iter().any(|p| p == Section::nothing_recorded(Lang::En)));
    assert!(!r.tables.iter().flatten().flatten().any(|c| c == "学生会成员"));
    // The officers' sections ask for their text instead.
    assert_eq!(r.paragraphs.iter().filter(|p| *p == Section::no_note(Lang::En)).count(), 1);
}

#[test]
fn the_period_line_names_the_dates_in_the_language() {
    assert_eq!(period_line(&fixture(Lang::Zh)), "2026—2027学年第一学期（2026年9月1日至2026年12月31日）");
    assert!(period_line(&fixture(Lang::En)).contains("1 Sep 2026"));
}
