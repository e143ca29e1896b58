//! What every section needs: its period's days, names in the document's language, the page
//! of a record.

use chrono::NaiveDate;

use crate::book::{Book, RecordId};
use crate::locale::Lang;
use crate::summary::document::{Figure, Part, Source, Value};

/// A record's name in the document's language: a unit's English name in English when it has
/// one, else its Chinese; a person's or a title as typed. A deleted record keeps its name (the
/// document reports what happened); no record at all has none.
pub fn name(book: &Book, id: Option<RecordId>, lang: Lang) -> String {
    let Some((id, record)) = id.and_then(|id| Some((id, book.get(id)?))) else {
        return String::new();
    };
    let en = record.text("name_en");
    if lang == Lang::En && !en.is_empty() {
        return en.to_owned();
    }
    crate::kinds::record_name(book, id).unwrap_or_default()
}

/// Who a record of the whole union belongs to (a recruitment round no unit ran).
pub fn union_wide(lang: Lang) -> &'static str {
    lang.pick("全会", "the whole union")
}

/// The page that shows a record of `kind` (the app's routes, written out: the pure core does
/// not import the views; `links_tests` checks each parses to its page).
pub fn path(kind: &str, id: RecordId) -> String {
    match kind {
        "activity" => format!("/activities/{id}"),
        "training" => format!("/people/trainings/{id}"),
        "meeting" => format!("/meetings/{id}"),
        "recruit_round" => format!("/people/recruitment/{id}"),
        "member" => format!("/people/members/{id}"),
        "unit" => format!("/people/units/{id}"),
        "self_study" => format!("/attendance/self-study/{id}"),
        "inspection_round" => format!("/inspections/rounds/{id}"),
        "appraisal" => format!("/inspections/appraisals/{id}"),
        "periodical" => format!("/publications/{id}"),
        "publication_issue" => format!("/publications/issues/{id}"),
        "report" => format!("/reports/{id}"),
        "filed_document" => format!("/reports/filing/{id}"),
        "award" => format!("/awards/{id}"),
        "selection" => format!("/awards/selections/{id}"),
        "sponsorship" => format!("/money/sponsorships/{id}"),
        "expense" => format!("/money/expenses/{id}"),
        "income" => format!("/money/income/{id}"),
        "budget" => format!("/money/budgets/{id}"),
        _ => "/".into(),
    }
}

pub fn source(kind: &str, id: RecordId, title: String, facts: Vec<String>) -> Source {
    Source {
        path: path(kind, id),
        title,
        facts: facts.into_iter().filter(|f| !f.is_empty()).collect::<Vec<_>>().join(" · "),
    }
}

pub fn count(label: &str, n: usize) -> Figure {
    Figure::new(label, Value::Count(n))
}

pub fn percent(label: &str, part: usize, whole: usize) -> Figure {
    Figure::new(label, Value::Percent(crate::summary::figures::percent(part, whole)))
}

pub fn part(title: &str) -> Part {
    Part { title: title.to_owned(), paragraphs: Vec::new(), figures: Vec::new(), sources: Vec::new() }
}

/// The first line of a text, cut to about a sentence: what a source line quotes.
pub fn first_line(text: &str, max: usize) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    if line.chars().count() <= max {
        line.to_owned()
    } else {
        let cut: String = line.chars().take(max).collect();
        format!("{cut}…")
    }
}

pub fn date(lang: Lang, d: Option<NaiveDate>) -> String {
    d.map(|d| lang.format_date(d)).unwrap_or_default()
}
