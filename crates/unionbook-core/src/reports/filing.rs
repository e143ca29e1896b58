//! The filing register: finding a document by what an officer remembers of it (its title,
//! number, unit, kind, or the pinyin initials of a title or unit), and its form. The browser's
//! collation and pinyin come in as arguments, as in `people::finding`.

use std::cmp::Ordering;

use serde_json::{Value, json};

use super::model::{DOCUMENT_KINDS, FILED_DOCUMENT, FiledDocument};
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors};
use crate::people::model::UNIT;

/// What the pure core cannot know by itself.
pub struct Words<'a> {
    /// The pinyin initials of a text ("xxb" for 学习部).
    pub initials: &'a dyn Fn(&str) -> String,
    /// A kind of document as the reader calls it (会议纪要, Minutes).
    pub kind_name: &'a dyn Fn(&str) -> String,
    /// Pinyin order for Chinese, alphabetical for Latin.
    pub collate: &'a dyn Fn(&str, &str) -> Ordering,
}

/// What the register is narrowed to: a typed query, a kind, a unit (empty for all).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    pub kind: String,
    pub unit: Option<RecordId>,
}

fn unit_names(book: &Book, unit: Option<RecordId>) -> [String; 2] {
    let r = unit.and_then(|u| book.get(u));
    [
        r.map(|r| r.text("name_zh").to_owned()).unwrap_or_default(),
        r.map(|r| r.text("name_en").to_owned()).unwrap_or_default(),
    ]
}

/// Whether a document is found by `query` (already trimmed and lowercased).
fn matches(book: &Book, d: &FiledDocument, query: &str, words: &Words) -> bool {
    if query.is_empty() {
        return true;
    }
    let [zh, en] = unit_names(book, d.unit);
    let kind = if d.kind.is_empty() { String::new() } else { (words.kind_name)(&d.kind) };
    let texts = [d.title.as_str(), d.number.as_str(), zh.as_str(), en.as_str(), kind.as_str(), d.location.as_str()];
    let initials = query.chars().all(|c| c.is_ascii_alphabetic());
    texts.iter().any(|t| t.to_lowercase().contains(query))
        || (initials && [&d.title, &zh].iter().any(|t| (words.initials)(t).to_lowercase().starts_with(query)))
}

/// The live documents `filter` finds, newest first, then by title in pinyin order.
pub fn find_documents(book: &Book, filter: &Filter, words: &Words) -> Vec<FiledDocument> {
    let query = filter.query.trim().to_lowercase();
    let mut list: Vec<FiledDocument> = book
        .live(FILED_DOCUMENT)
        .map(|(id, r)| FiledDocument::from_record(id, r))
        .filter(|d| filter.kind.is_empty() || d.kind == filter.kind)
        .filter(|d| filter.unit.is_none() || d.unit == filter.unit)
        .filter(|d| matches(book, d, &query, words))
        .collect();
    list.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| (words.collate)(&a.title, &b.title)));
    list
}

/// A document's form as typed. Any link is kept as typed; only `is_safe_link` ones are opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentDraft {
    pub title: String,
    pub kind: String,
    pub number: String,
    pub date: String,
    pub unit: String,
    pub location: String,
    pub link: String,
    pub note: String,
}

impl DocumentDraft {
    pub fn from_document(d: &FiledDocument) -> DocumentDraft {
        DocumentDraft {
            title: d.title.clone(),
            kind: d.kind.clone(),
            number: d.number.clone(),
            date: d.date.map(|d| d.to_string()).unwrap_or_default(),
            unit: d.unit.map(|u| u.to_string()).unwrap_or_default(),
            location: d.location.clone(),
            link: d.link.clone(),
            note: d.note.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 160);
        let kind = forms::choice(&mut e, "doc_kind", &self.kind, DOCUMENT_KINDS, false);
        let number = forms::optional(&mut e, "number", &self.number, 40);
        let date = forms::date(&mut e, "date", &self.date, true);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, false);
        let location = forms::optional(&mut e, "location", &self.location, 200);
        let link = forms::optional(&mut e, "link", &self.link, 500);
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("title".into(), json!(title)),
            ("doc_kind".into(), forms::opt(kind)),
            ("number".into(), json!(number)),
            ("date".into(), forms::date_value(date)),
            ("unit".into(), forms::opt(unit.map(|u| u.to_string()))),
            ("location".into(), json!(location)),
            ("link".into(), json!(link)),
            ("note".into(), json!(note)),
        ])
    }
}

#[cfg(test)]
#[path = "filing_tests.rs"]
mod tests;
