//! Publications: the union's periodicals (the "Window of Life", the "Journal"), their issues
//! from planned to published, and the articles in each. Pure: the kinds and reading them.

use crate::book::schema::{FieldType, IdRule, KindSchema};

pub const PERIODICAL: &str = "periodical";
pub const PUBLICATION_ISSUE: &str = "publication_issue";
pub const ARTICLE: &str = "article";

pub const FREQUENCIES: &[&str] = &["weekly", "biweekly", "monthly", "per_semester", "irregular"];
/// An issue's steps, in order.
pub const ISSUE_STATUSES: &[&str] = &["planned", "editing", "published"];

pub static PERIODICAL_SCHEMA: KindSchema = KindSchema {
    kind: PERIODICAL,
    fields: &[
        ("title", FieldType::Text(80)),
        ("unit", FieldType::Ref),
        ("frequency", FieldType::Choice(FREQUENCIES)),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// An issue of a periodical. `link` is the published file, opened only when it is http or
/// https.
pub static PUBLICATION_ISSUE_SCHEMA: KindSchema = KindSchema {
    kind: PUBLICATION_ISSUE,
    fields: &[
        ("periodical", FieldType::Ref),
        ("number", FieldType::Text(20)),
        ("theme", FieldType::Text(120)),
        ("date", FieldType::Date),
        ("editors", FieldType::Refs),
        ("status", FieldType::Choice(ISSUE_STATUSES)),
        ("published_on", FieldType::Date),
        ("link", FieldType::Text(500)),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// An article of an issue: authors from the people of the book, or typed when they are not.
pub static ARTICLE_SCHEMA: KindSchema = KindSchema {
    kind: ARTICLE,
    fields: &[
        ("issue", FieldType::Ref),
        ("title", FieldType::Text(160)),
        ("authors", FieldType::Refs),
        ("authors_typed", FieldType::Text(200)),
        ("pages", FieldType::Text(20)),
        ("order", FieldType::Integer(0, 999)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};
