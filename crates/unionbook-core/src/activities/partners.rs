//! Who an activity worked with and how it was made known: partners (the enterprises at a
//! fair, each with a contact) and publicity (posters, articles, outside coverage), whose links
//! open only when they are http or https. Pure.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::model::{PARTNER, PUBLICITY};
use crate::book::schema::parse_date;
use crate::book::{Book, Record, RecordId};

/// Whether a link typed by a user may be opened: `http://` or `https://` and something after,
/// nothing that is not printable. Anything else (`javascript:`, `data:`) is shown as text.
pub fn is_safe_link(link: &str) -> bool {
    let lower = link.trim().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !link.trim().chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A partner as the activity's page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    pub id: RecordId,
    pub activity: Option<RecordId>,
    pub name: String,
    pub contact: String,
    pub phone: String,
    pub email: String,
    pub role: String,
}

impl Partner {
    pub fn from_record(id: RecordId, r: &Record) -> Partner {
        Partner {
            id,
            activity: RecordId::parse(r.text("activity")),
            name: r.text("name").to_owned(),
            contact: r.text("contact").to_owned(),
            phone: r.text("phone").to_owned(),
            email: r.text("email").to_owned(),
            role: r.text("role").to_owned(),
        }
    }
}

/// An activity's partners, in the order `order` gives their names (pinyin, in the app).
pub fn partners_of(book: &Book, of: RecordId, order: &dyn Fn(&str, &str) -> Ordering) -> Vec<Partner> {
    let mut list: Vec<Partner> =
        book.live(PARTNER).map(|(id, r)| Partner::from_record(id, r)).filter(|p| p.activity == Some(of)).collect();
    list.sort_by(|a, b| order(&a.name, &b.name));
    list
}

/// A piece of publicity as the activity's page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Publicity {
    pub id: RecordId,
    pub activity: Option<RecordId>,
    pub medium: String,
    pub title: String,
    pub outlet: String,
    pub date: Option<NaiveDate>,
    pub link: String,
}

impl Publicity {
    pub fn from_record(id: RecordId, r: &Record) -> Publicity {
        Publicity {
            id,
            activity: RecordId::parse(r.text("activity")),
            medium: r.text("medium").to_owned(),
            title: r.text("title").to_owned(),
            outlet: r.text("outlet").to_owned(),
            date: parse_date(r.text("date")),
            link: r.text("link").to_owned(),
        }
    }

    /// The link to open, when it is one that may be opened.
    pub fn safe_link(&self) -> Option<&str> {
        is_safe_link(&self.link).then(|| self.link.trim())
    }
}

/// An activity's publicity, the earliest first (undated last).
pub fn publicity_of(book: &Book, of: RecordId) -> Vec<Publicity> {
    let mut list: Vec<Publicity> =
        book.live(PUBLICITY).map(|(id, r)| Publicity::from_record(id, r)).filter(|p| p.activity == Some(of)).collect();
    list.sort_by(|a, b| (a.date.is_none(), a.date, &a.title).cmp(&(b.date.is_none(), b.date, &b.title)));
    list
}
