//! The Publications forms as typed, and their checks: a periodical, an issue, an article. A
//! link is kept as typed; only an http or https one is ever opened (`Issue::safe_link`). Pure.

use serde_json::{Value, json};

use super::issues::{Article, Issue, Periodical};
use super::model::{FREQUENCIES, PERIODICAL};
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::{MEMBER, UNIT};
use crate::people::students::model::STUDENT;

fn id_text(id: Option<RecordId>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

fn ids_text(ids: &[RecordId]) -> Vec<String> {
    ids.iter().map(RecordId::to_string).collect()
}

/// Chosen people, each once in the order chosen: live members (`members_only`) or members and
/// students of the register. Anything else is refused on the field.
pub fn person_refs(
    errors: &mut FieldErrors,
    field: &'static str,
    chosen: &[String],
    book: &Book,
    members_only: bool,
) -> Value {
    let mut ids: Vec<String> = Vec::new();
    for text in chosen {
        let fits =
            |r: &crate::book::Record| !r.is_deleted() && (r.kind == MEMBER || (!members_only && r.kind == STUDENT));
        match RecordId::parse(text).filter(|id| book.get(*id).is_some_and(fits)) {
            Some(id) if !ids.contains(&id.to_string()) => ids.push(id.to_string()),
            Some(_) => {}
            None => {
                errors.push((field, FormError::NotAChoice));
                break;
            }
        }
    }
    json!(ids)
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeriodicalDraft {
    pub title: String,
    pub unit: String,
    pub frequency: String,
    pub note: String,
}

impl PeriodicalDraft {
    pub fn from_periodical(p: &Periodical) -> PeriodicalDraft {
        PeriodicalDraft {
            title: p.title.clone(),
            unit: id_text(p.unit),
            frequency: p.frequency.clone(),
            note: p.note.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 80);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, false);
        let frequency = forms::choice(&mut e, "frequency", &self.frequency, FREQUENCIES, true);
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("title".into(), json!(title)),
            ("unit".into(), forms::opt(unit.map(|u| u.to_string()))),
            ("frequency".into(), forms::opt(frequency)),
            ("note".into(), json!(note)),
        ])
    }
}

/// An issue's facts as typed; its status is moved by the stepper, not by this form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IssueDraft {
    pub number: String,
    pub theme: String,
    pub date: String,
    pub editors: Vec<String>,
    pub link: String,
    pub note: String,
}

impl IssueDraft {
    pub fn from_issue(i: &Issue) -> IssueDraft {
        IssueDraft {
            number: i.number.clone(),
            theme: i.theme.clone(),
            date: i.date.map(|d| d.to_string()).unwrap_or_default(),
            editors: ids_text(&i.editors),
            link: i.link.clone(),
            note: i.note.clone(),
        }
    }

    pub fn validate(&self, book: &Book, periodical: RecordId) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        forms::reference(&mut e, "periodical", periodical.as_str(), book, PERIODICAL, true);
        let number = forms::required(&mut e, "number", &self.number, 20);
        let theme = forms::optional(&mut e, "theme", &self.theme, 120);
        let date = forms::date(&mut e, "date", &self.date, false);
        let editors = person_refs(&mut e, "editors", &self.editors, book, true);
        let link = forms::optional(&mut e, "link", &self.link, 500);
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("periodical".into(), json!(periodical.to_string())),
            ("number".into(), json!(number)),
            ("theme".into(), json!(theme)),
            ("date".into(), forms::date_value(date)),
            ("editors".into(), editors),
            ("link".into(), json!(link)),
            ("note".into(), json!(note)),
        ])
    }
}

/// An article as typed: authors from the book, and those who are not in it typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleDraft {
    pub title: String,
    pub authors: Vec<String>,
    pub authors_typed: String,
    pub pages: String,
}

impl ArticleDraft {
    pub fn from_article(a: &Article) -> ArticleDraft {
        ArticleDraft {
            title: a.title.clone(),
            authors: ids_text(&a.authors),
            authors_typed: a.authors_typed.clone(),
            pages: a.pages.clone(),
        }
    }

    /// `order` is its place in the issue (kept as it is when correcting one).
    pub fn validate(&self, book: &Book, issue: RecordId, order: i64) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        forms::reference(&mut e, "issue", issue.as_str(), book, super::model::PUBLICATION_ISSUE, true);
        let title = forms::required(&mut e, "title", &self.title, 160);
        let authors = person_refs(&mut e, "authors", &self.authors, book, false);
        let authors_typed = forms::optional(&mut e, "authors_typed", &self.authors_typed, 200);
        let pages = forms::optional(&mut e, "pages", &self.pages, 20);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("issue".into(), json!(issue.to_string())),
            ("title".into(), json!(title)),
            ("authors".into(), authors),
            ("authors_typed".into(), json!(authors_typed)),
            ("pages".into(), json!(pages)),
            ("order".into(), json!(order.clamp(0, 999))),
        ])
    }
}
