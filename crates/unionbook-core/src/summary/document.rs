//! A work summary as a document, in one language: what the page, the print view, the Markdown
//! and the Word file all show. Built by `draft`; every text in it is already in the document's
//! language, so each output only lays it out.

use chrono::NaiveDate;

use crate::book::RecordId;
use crate::forms::Tenths;
use crate::locale::Lang;
use crate::money::amount::Totals;
use crate::summary::model::{GoalStatus, SectionKey};

/// The semester or term a summary covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    /// The semester's or the term's record: notes and goals hang on it.
    pub id: RecordId,
    /// "2026–2027学年第一学期", "First semester of 2026–2027", "第六届学生会".
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub is_term: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub lang: Lang,
    /// "政治系第六届学生会第一学期工作总结"
    pub title: String,
    pub period: Period,
    /// The paragraph under the title that opens the document ("……现将本学期工作总结如下：").
    pub opening: Vec<String>,
    pub sections: Vec<Section>,
    /// The tables at the end (附录): every enumeration the text summarises, in full.
    pub appendix: Vec<Table>,
    /// The period against the semester before, in the figures that one has records of (also
    /// the appendix's last table): what the page shows above the document.
    pub comparison: Option<Table>,
}

/// The three parts of the seed's document, which the sections fall under: the union's own
/// construction; its work for students (the units' activities, the regular work, the money);
/// what fell short and what comes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chapter {
    Internal,
    Work,
    Outlook,
}

impl Chapter {
    pub fn of(key: SectionKey) -> Chapter {
        match key {
            SectionKey::Internal => Chapter::Internal,
            SectionKey::Units | SectionKey::Regular | SectionKey::Money => Chapter::Work,
            SectionKey::Goals | SectionKey::Shortcomings | SectionKey::Plans => Chapter::Outlook,
        }
    }

    /// Its heading without its number, in the register of a union's summary.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Chapter::Internal => lang.pick("加强内部建设，提升组织凝聚力", "Strengthening the union from within"),
            Chapter::Work => lang.pick("狠抓学风建设，拓展综合素质", "Study, activities and services for students"),
            Chapter::Outlook => lang.pick("存在的不足与下学期计划", "Shortcomings and plans"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub key: SectionKey,
    /// "（一）各部门与协会工作", numbered within its chapter; a chapter of one section is
    /// headed by the chapter alone, and this is its title ("一、加强内部建设……").
    pub title: String,
    /// The chapter's heading ("二、狠抓学风建设……"), on the first section of a chapter of
    /// several, which the outputs put before the section's own.
    pub chapter_heading: Option<String>,
    /// 1 when the section heads its chapter, 2 when it is one of several under it: the level
    /// of its heading (its parts are one below).
    pub depth: u8,
    /// The paragraphs written from the records that open the section.
    pub paragraphs: Vec<String>,
    /// The headline figures, computed from the records: what the paragraphs say, as numbers
    /// (none of them zero). Not printed: the tests check them against hand counts, and the
    /// paragraphs say them in words.
    pub figures: Vec<Figure>,
    /// Sub-sections: a unit's work, the trainings, the inspections…
    pub parts: Vec<Part>,
    /// The officers' own text, never regenerated.
    pub note: String,
    /// Goals: in Plans, those set here; in Goals, last semester's with how they went.
    pub goals: Vec<GoalLine>,
    /// Whether the section draws on records at all: one that does not says so instead of
    /// showing zeros as achievements.
    pub has_records: bool,
    /// What the records suggest the officers might say (in Shortcomings: reports filed late,
    /// an overspent budget, weeks of low attendance): offered on the page, never printed
    /// unless an officer takes one into the text.
    pub suggestions: Vec<String>,
    /// Left out of the document by the officers: the page still shows it, to bring it back.
    pub hidden: bool,
}

impl Section {
    /// A section of the officers' text alone, before any figures or parts are drawn.
    pub fn blank(key: SectionKey) -> Section {
        Section {
            key,
            title: String::new(),
            chapter_heading: None,
            depth: 1,
            paragraphs: Vec::new(),
            figures: Vec::new(),
            parts: Vec::new(),
            note: String::new(),
            goals: Vec::new(),
            has_records: false,
            suggestions: Vec::new(),
            hidden: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub title: String,
    /// What the part's records say, as paragraphs of the document.
    pub paragraphs: Vec<String>,
    pub figures: Vec<Figure>,
    /// The records this part draws on, each a link on the page.
    pub sources: Vec<Source>,
}

/// A figure computed from the records, with its label in the document's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: String,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Count(usize),
    /// A rate; `None` when nothing was expected (never a division by zero).
    Percent(Option<usize>),
    Money(Totals),
    /// An average score, in tenths.
    Score(Tenths),
    Text(String),
}

/// A table of the document: spending by category, the inspection ranking, a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A record a part draws on: "新生辩论赛 — 全院 · 120 人参加 · 校级二等奖".
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Where the record's page is, e.g. `/activities/<id>`.
    pub path: String,
    pub title: String,
    /// What the record contributes, as one line.
    pub facts: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalLine {
    pub id: RecordId,
    pub number: i64,
    pub text: String,
    pub status: GoalStatus,
    pub progress: String,
}

impl Value {
    /// The value as the document writes it: "12", "86%", "¥1,234.50", "8.5", "—" for a rate
    /// of nothing.
    pub fn show(&self, lang: Lang) -> String {
        match self {
            Value::Count(n) => n.to_string(),
            Value::Percent(Some(p)) => format!("{p}%"),
            Value::Percent(None) => "—".into(),
            Value::Money(totals) => totals.show(lang),
            Value::Score(t) => t.to_string(),
            Value::Text(s) => s.clone(),
        }
    }
}

impl Figure {
    pub fn new(label: &str, value: Value) -> Figure {
        Figure { label: label.to_owned(), value }
    }
}

impl GoalStatus {
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            GoalStatus::NotStarted => lang.pick("未开始", "Not started"),
            GoalStatus::InProgress => lang.pick("进行中", "In progress"),
            GoalStatus::Done => lang.pick("已完成", "Done"),
        }
    }
}

impl Section {
    /// What a section without records says in place of figures.
    pub fn nothing_recorded(lang: Lang) -> &'static str {
        lang.pick("本期没有相关记录。", "Nothing was recorded for this section in this period.")
    }

    /// Shown where the officers have not written their text yet.
    pub fn no_note(lang: Lang) -> &'static str {
        lang.pick("（尚未撰写）", "(Not written yet)")
    }
}

impl Summary {
    pub fn section(&self, key: SectionKey) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }

    /// Every figure of the summary, with the part it is in ("" for a section's own): for tests
    /// and for outputs that list them.
    pub fn all_figures(&self) -> impl Iterator<Item = (&Section, &str, &Figure)> {
        self.sections.iter().flat_map(|s| {
            s.figures
                .iter()
                .map(move |f| (s, "", f))
                .chain(s.parts.iter().flat_map(move |p| p.figures.iter().map(move |f| (s, p.title.as_str(), f))))
        })
    }

    /// The file name the downloads take: "2026-2027学年第一学期工作总结".
    pub fn file_stem(&self) -> String {
        let name: String = self.title.chars().filter(|c| !"/\\:*?\"<>|".contains(*c)).collect();
        name.trim().to_owned()
    }
}
