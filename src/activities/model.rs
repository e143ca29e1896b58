//! Activities and the series they belong to, their partners and publicity: the kinds in the
//! book. Pure; the pages beside it display and collect.

use crate::attendance::marks::MARK_FIELDS;
use crate::book::schema::{FieldType, KindSchema};

pub const ACTIVITY: &str = "activity";
pub const SERIES: &str = "series";
pub const PARTNER: &str = "partner";
pub const PUBLICITY: &str = "publicity";

pub const CATEGORIES: &[&str] = &["study", "culture", "sports", "career", "publicity", "internal", "service", "other"];
pub const SCOPES: &[&str] = &["internal", "department", "school", "external"];
/// The lifecycle, in order; `cancelled` can follow any step before `held`.
pub const STATUSES: &[&str] = &["planned", "approved", "preparing", "held", "summarised", "cancelled"];
pub const MEDIA: &[&str] = &["poster", "article", "video", "social", "media", "other"];

/// The largest head count a field takes: a school-wide event, with room to spare.
pub const MAX_PARTICIPANTS: i64 = 1_000_000;

pub static ACTIVITY_SCHEMA: KindSchema = KindSchema {
    kind: ACTIVITY,
    fields: &[
        ("title", FieldType::Text(120)),
        ("units", FieldType::Refs),
        ("category", FieldType::Choice(CATEGORIES)),
        ("scope", FieldType::Choice(SCOPES)),
        ("series", FieldType::Ref),
        ("edition", FieldType::Integer(1, 999)),
        ("status", FieldType::Choice(STATUSES)),
        // The day each step of the lifecycle was reached.
        ("planned_on", FieldType::Date),
        ("approved_on", FieldType::Date),
        ("preparing_on", FieldType::Date),
        ("held_on", FieldType::Date),
        ("summarised_on", FieldType::Date),
        ("cancelled_on", FieldType::Date),
        // One day, or a span from `date` to `end_date`.
        ("date", FieldType::Date),
        ("end_date", FieldType::Date),
        // "HH:MM": arrivals after it are marked late at the door.
        ("starts_at", FieldType::Text(5)),
        ("venue", FieldType::Text(120)),
        ("leads", FieldType::Refs),
        ("expected", FieldType::Integer(0, MAX_PARTICIPANTS)),
        // Counted by eye when there is no attendance list (a lecture hall).
        ("counted", FieldType::Integer(0, MAX_PARTICIPANTS)),
        ("invited", FieldType::Refs),
        ("outcome", FieldType::Text(4000)),
        ("highlights", FieldType::Text(4000)),
        ("lessons", FieldType::Text(4000)),
        ("notes", FieldType::Text(2000)),
    ],
    prefixed: &[MARK_FIELDS],
};

/// A series or brand of activities held again and again: "青春飞扬演讲比赛".
pub static SERIES_SCHEMA: KindSchema = KindSchema {
    kind: SERIES,
    fields: &[
        ("name_zh", FieldType::Text(100)),
        ("name_en", FieldType::Text(120)),
        ("units", FieldType::Refs),
        ("description", FieldType::Text(2000)),
    ],
    prefixed: &[],
};

/// An outside organisation an activity worked with (an enterprise at a fair), with a contact.
pub static PARTNER_SCHEMA: KindSchema = KindSchema {
    kind: PARTNER,
    fields: &[
        ("activity", FieldType::Ref),
        ("name", FieldType::Text(120)),
        ("contact", FieldType::Text(40)),
        ("phone", FieldType::Text(30)),
        ("email", FieldType::Text(80)),
        // What they did: "a booth with two recruiters".
        ("role", FieldType::Text(200)),
        ("notes", FieldType::Text(500)),
    ],
    prefixed: &[],
};

/// Publicity done for an activity: a poster, an article, outside media coverage.
pub static PUBLICITY_SCHEMA: KindSchema = KindSchema {
    kind: PUBLICITY,
    fields: &[
        ("activity", FieldType::Ref),
        ("medium", FieldType::Choice(MEDIA)),
        ("title", FieldType::Text(200)),
        ("outlet", FieldType::Text(100)),
        ("date", FieldType::Date),
        // Opened only when it is http or https.
        ("link", FieldType::Text(500)),
    ],
    prefixed: &[],
};
