//! Selections and awards. A selection (the "Star of Tomorrow") has nominees from the book's
//! people, criteria, and judges who score or vote; its tally names the winners. An award is
//! one the union, a unit, members or students received, at a level, often from an activity.
//! Pure: the kinds and reading them; tallies are `tally`.

use crate::book::schema::{FieldType, IdPart, IdRule, KindSchema};

pub const SELECTION: &str = "selection";
pub const BALLOT: &str = "ballot";
pub const AWARD: &str = "award";

/// How judges decide: each scores every nominee, or each votes for some.
pub const METHODS: &[&str] = &["scores", "votes"];
pub const LEVELS: &[&str] = &["department", "school", "city", "province", "national"];
pub const AWARD_KINDS: &[&str] = &["competition", "honour", "other"];
/// Who received an award.
pub const RECIPIENTS: &[&str] = &["union", "unit", "people"];

/// `places` is how many win; `winners` are the ones the union confirmed (a tie at the last
/// place is the union's to decide, not the app's).
pub static SELECTION_SCHEMA: KindSchema = KindSchema {
    kind: SELECTION,
    fields: &[
        ("title", FieldType::Text(120)),
        ("unit", FieldType::Ref),
        ("semester", FieldType::Ref),
        ("date", FieldType::Date),
        ("criteria", FieldType::Text(3_000)),
        ("method", FieldType::Choice(METHODS)),
        ("max_score", FieldType::Integer(1, 1_000)),
        ("places", FieldType::Integer(1, 999)),
        ("nominees", FieldType::Refs),
        ("judges", FieldType::Refs),
        ("winners", FieldType::Refs),
        ("note", FieldType::Text(2_000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// One judge's ballot: `score:<nominee>` for a scored selection, `vote:<nominee>` for a vote.
/// Its id is `selection.derived(judge)`, so a judge has one ballot whichever phone it is on.
pub static BALLOT_SCHEMA: KindSchema = KindSchema {
    kind: BALLOT,
    fields: &[("selection", FieldType::Ref), ("judge", FieldType::Ref)],
    prefixed: &[("score:", FieldType::OneDecimal(0, 1_000)), ("vote:", FieldType::Bool)],
    together: &[],
    ids: IdRule::Derived(&[&[IdPart::Field("selection"), IdPart::Field("judge")]]),
};

/// An award received. `recipient` says whether it went to the union, a unit (`unit`) or
/// people (`people`, from the book); `activity` is the activity it came from, when there is
/// one, and `selection` the selection that chose it.
pub static AWARD_SCHEMA: KindSchema = KindSchema {
    kind: AWARD,
    fields: &[
        ("title", FieldType::Text(160)),
        ("award_kind", FieldType::Choice(AWARD_KINDS)),
        ("level", FieldType::Choice(LEVELS)),
        ("prize", FieldType::Text(60)),
        ("awarded_by", FieldType::Text(120)),
        ("date", FieldType::Date),
        ("recipient", FieldType::Choice(RECIPIENTS)),
        ("unit", FieldType::Ref),
        ("people", FieldType::Refs),
        ("activity", FieldType::Ref),
        ("selection", FieldType::Ref),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};
