//! The activities area's forms as typed, and their checks: an activity's facts, a series, a
//! partner, a piece of publicity. Pure.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{ACTIVITY, Activity, CATEGORIES, MAX_PARTICIPANTS, MEDIA, SCOPES};
use super::partners::{Partner, Publicity};
use super::series::Series;
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::{MEMBER, UNIT};

fn id_text(id: Option<RecordId>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

fn day_text(day: Option<NaiveDate>) -> String {
    day.map(|d| d.to_string()).unwrap_or_default()
}

fn number_text(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// Live records of `kind`, each once, in the order chosen; anything else is refused.
fn references(errors: &mut FieldErrors, field: &'static str, chosen: &[String], book: &Book, kind: &str) -> Value {
    let mut ids: Vec<String> = Vec::new();
    for text in chosen {
        match forms::reference(&mut Vec::new(), field, text, book, kind, true) {
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

/// An activity's facts, as typed. Its status is moved by the stepper, not by this form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityDraft {
    pub title: String,
    pub units: Vec<String>,
    pub category: String,
    pub scope: String,
    pub series: String,
    pub edition: String,
    pub date: String,
    pub end_date: String,
    pub starts_at: String,
    pub venue: String,
    pub leads: Vec<String>,
    pub expected: String,
    pub counted: String,
    pub outcome: String,
    pub highlights: String,
    pub lessons: String,
    pub notes: String,
}

impl ActivityDraft {
    pub fn from_activity(a: &Activity) -> ActivityDraft {
        let ids = |v: &[RecordId]| v.iter().map(RecordId::to_string).collect();
        ActivityDraft {
            title: a.title.clone(),
            units: ids(&a.units),
            category: a.category.clone(),
            scope: a.scope.clone(),
            series: id_text(a.series),
            edition: a.edition.map(|n| n.to_string()).unwrap_or_default(),
            date: day_text(a.date),
            end_date: day_text(a.end_date),
            starts_at: a.starts_at.clone(),
            venue: a.venue.clone(),
            leads: ids(&a.leads),
            expected: number_text(a.expected),
            counted: number_text(a.counted),
            outcome: a.outcome.clone(),
            highlights: a.highlights.clone(),
            lessons: a.lessons.clone(),
            notes: a.notes.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 120);
        let units = references(&mut e, "units", &self.units, book, UNIT);
        let category = forms::choice(&mut e, "category", &self.category, CATEGORIES, true);
        let scope = forms::choice(&mut e, "scope", &self.scope, SCOPES, true);
        let series = forms::reference(&mut e, "series", &self.series, book, super::model::SERIES, false);
        let edition = forms::integer(&mut e, "edition", &self.edition, 1, 999, false);
        let date = forms::date(&mut e, "date", &self.date, !self.end_date.trim().is_empty());
        let end_date = forms::date(&mut e, "end_date", &self.end_date, false);
        forms::ordered(&mut e, "end_date", date, end_date);
        let starts_at = forms::time(&mut e, "starts_at", &self.starts_at);
        let venue = forms::optional(&mut e, "venue", &self.venue, 120);
        let leads = references(&mut e, "leads", &self.leads, book, MEMBER);
        let expected = forms::integer(&mut e, "expected", &self.expected, 0, MAX_PARTICIPANTS, false);
        let counted = forms::integer(&mut e, "counted", &self.counted, 0, MAX_PARTICIPANTS, false);
        let outcome = forms::optional(&mut e, "outcome", &self.outcome, 4000);
        let highlights = forms::optional(&mut e, "highlights", &self.highlights, 4000);
        let lessons = forms::optional(&mut e, "lessons", &self.lessons, 4000);
        let notes = forms::optional(&mut e, "notes", &self.notes, 2000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("title".into(), json!(title)),
            ("units".into(), units),
            ("category".into(), forms::opt(category)),
            ("scope".into(), forms::opt(scope)),
            ("series".into(), forms::opt(series.map(|s| s.to_string()))),
            ("edition".into(), forms::opt(edition)),
            ("date".into(), forms::date_value(date)),
            ("end_date".into(), forms::date_value(end_date)),
            ("starts_at".into(), forms::opt(starts_at)),
            ("venue".into(), json!(venue)),
            ("leads".into(), leads),
            ("expected".into(), forms::opt(expected)),
            ("counted".into(), forms::opt(counted)),
            ("outcome".into(), json!(outcome)),
            ("highlights".into(), json!(highlights)),
            ("lessons".into(), json!(lessons)),
            ("notes".into(), json!(notes)),
        ])
    }
}

/// A series' names and units, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SeriesDraft {
    pub name_zh: String,
    pub name_en: String,
    pub units: Vec<String>,
    pub description: String,
}

impl SeriesDraft {
    pub fn from_series(s: &Series) -> SeriesDraft {
        SeriesDraft {
            name_zh: s.name_zh.clone(),
            name_en: s.name_en.clone(),
            units: s.units.iter().map(RecordId::to_string).collect(),
            description: s.description.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let name_zh = forms::required(&mut e, "name_zh", &self.name_zh, 100);
        let name_en = forms::optional(&mut e, "name_en", &self.name_en, 120);
        let units = references(&mut e, "units", &self.units, book, UNIT);
        let description = forms::optional(&mut e, "description", &self.description, 2000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("name_zh".into(), json!(name_zh)),
            ("name_en".into(), json!(name_en)),
            ("units".into(), units),
            ("description".into(), json!(description)),
        ])
    }
}

/// A partner, as typed, for the activity `activity`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartnerDraft {
    pub name: String,
    pub contact: String,
    pub phone: String,
    pub email: String,
    pub role: String,
}

impl PartnerDraft {
    pub fn from_partner(p: &Partner) -> PartnerDraft {
        PartnerDraft {
            name: p.name.clone(),
            contact: p.contact.clone(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            role: p.role.clone(),
        }
    }

    pub fn validate(&self, book: &Book, activity: RecordId) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        forms::reference(&mut e, "activity", activity.as_str(), book, ACTIVITY, true);
        let name = forms::required(&mut e, "name", &self.name, 120);
        let contact = forms::optional(&mut e, "contact", &self.contact, 40);
        let phone = forms::optional(&mut e, "phone", &self.phone, 30);
        let email = forms::optional(&mut e, "email", &self.email, 80);
        if !email.is_empty() && !forms::looks_like_email(&email) {
            e.push(("email", FormError::NotAnEmail));
        }
        let role = forms::optional(&mut e, "role", &self.role, 200);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("activity".into(), json!(activity.to_string())),
            ("name".into(), json!(name)),
            ("contact".into(), json!(contact)),
            ("phone".into(), json!(phone)),
            ("email".into(), json!(email)),
            ("role".into(), json!(role)),
        ])
    }
}

/// A piece of publicity, as typed. Any link is kept as typed; only http and https ones are
/// ever opened (`Publicity::safe_link`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PublicityDraft {
    pub medium: String,
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub link: String,
}

impl PublicityDraft {
    pub fn from_publicity(p: &Publicity) -> PublicityDraft {
        PublicityDraft {
            medium: p.medium.clone(),
            title: p.title.clone(),
            outlet: p.outlet.clone(),
            date: day_text(p.date),
            link: p.link.clone(),
        }
    }

    pub fn validate(&self, book: &Book, activity: RecordId) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        forms::reference(&mut e, "activity", activity.as_str(), book, ACTIVITY, true);
        let medium = forms::choice(&mut e, "medium", &self.medium, MEDIA, false);
        let title = forms::required(&mut e, "title", &self.title, 200);
        let outlet = forms::optional(&mut e, "outlet", &self.outlet, 100);
        let date = forms::date(&mut e, "date", &self.date, false);
        let link = forms::optional(&mut e, "link", &self.link, 500);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("activity".into(), json!(activity.to_string())),
            ("medium".into(), forms::opt(medium)),
            ("title".into(), json!(title)),
            ("outlet".into(), json!(outlet)),
            ("date".into(), forms::date_value(date)),
            ("link".into(), json!(link)),
        ])
    }
}

#[cfg(test)]
#[path = "drafts_tests.rs"]
mod tests;
