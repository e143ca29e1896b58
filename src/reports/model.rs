//! Department reports and the filing register. Each unit files a regular report at the cadence
//! the union sets for it; documents the units file are registered with where they are kept.
//! Pure: the kinds and reading them; lateness is `lateness`.

use crate::book::RecordId;
use crate::book::schema::{FieldType, KindSchema};

pub const REPORT_CADENCE: &str = "report_cadence";
pub const REPORT: &str = "report";
pub const FILED_DOCUMENT: &str = "filed_document";

pub const CADENCES: &[&str] = &["weekly", "monthly", "semester"];
pub const DOCUMENT_KINDS: &[&str] = &["plan", "minutes", "summary", "notice", "contract", "receipt", "other"];

/// How often a unit reports: one record per unit, its id `unit.derived(REPORT_CADENCE_TAG)`, so
/// two officers setting it write one record. `grace_days` is how long after a period ends its
/// report is due; `since` is the first period counted.
pub static REPORT_CADENCE_SCHEMA: KindSchema = KindSchema {
    kind: REPORT_CADENCE,
    fields: &[
        ("unit", FieldType::Ref),
        ("cadence", FieldType::Choice(CADENCES)),
        ("grace_days", FieldType::Integer(0, 60)),
        ("since", FieldType::Date),
    ],
    prefixed: &[],
};

/// The fixed id that, derived with a unit's id, names that unit's cadence record.
pub const REPORT_CADENCE_TAG: RecordId = RecordId::well_known(40);

pub fn cadence_id(unit: RecordId) -> RecordId {
    unit.derived(REPORT_CADENCE_TAG)
}

/// A unit's report for one period: the period is named by its first day and its cadence (the
/// week's Monday, the month's first day, or the semester record).
pub static REPORT_SCHEMA: KindSchema = KindSchema {
    kind: REPORT,
    fields: &[
        ("unit", FieldType::Ref),
        ("cadence", FieldType::Choice(CADENCES)),
        ("period_start", FieldType::Date),
        ("semester", FieldType::Ref),
        ("work_done", FieldType::Text(6_000)),
        ("problems", FieldType::Text(3_000)),
        ("next_steps", FieldType::Text(3_000)),
        ("submitted_by", FieldType::Ref),
        ("submitted_on", FieldType::Date),
    ],
    prefixed: &[],
};

/// A document in the filing register: where it is kept (a shelf, a folder) or a link to it
/// (opened only when http or https).
pub static FILED_DOCUMENT_SCHEMA: KindSchema = KindSchema {
    kind: FILED_DOCUMENT,
    fields: &[
        ("title", FieldType::Text(160)),
        ("doc_kind", FieldType::Choice(DOCUMENT_KINDS)),
        ("number", FieldType::Text(40)),
        ("date", FieldType::Date),
        ("unit", FieldType::Ref),
        ("location", FieldType::Text(200)),
        ("link", FieldType::Text(500)),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
};
