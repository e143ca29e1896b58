//! The inspection round's form, pure: its checks, and when the round takes a copy of its
//! rubric — when it is made, and again only when the officer asks while no room is scored.

use serde_json::{Value, json};

use super::corridor::is_scored;
use super::model::{BUILDING, InspectionRound, MAX_POINTS, ROOM, RUBRIC};
use super::rubric::Rubric;
use super::rubric_drafts::default_threshold;
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::MEMBER;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoundDraft {
    pub title: String,
    pub date: String,
    pub rubric: String,
    pub buildings: Vec<RecordId>,
    pub rooms: Vec<RecordId>,
    pub inspectors: Vec<RecordId>,
    pub threshold: String,
    pub fix_by: String,
    pub note: String,
    /// Take the rubric as it is now (allowed only while nothing is scored).
    pub recopy: bool,
}

impl RoundDraft {
    pub fn from_round(r: &InspectionRound) -> RoundDraft {
        RoundDraft {
            title: r.title.clone(),
            date: r.date.map(|d| d.to_string()).unwrap_or_default(),
            rubric: r.rubric.map(|id| id.to_string()).unwrap_or_default(),
            buildings: r.buildings.clone(),
            rooms: r.rooms.clone(),
            inspectors: r.inspectors.clone(),
            threshold: r.threshold.map(|t| forms::Tenths(t).to_string()).unwrap_or_default(),
            fix_by: r.fix_by.map(|d| d.to_string()).unwrap_or_default(),
            note: r.note.clone(),
            recopy: false,
        }
    }

    /// The fields to save. `editing` is the round as stored; a new round, or one re-copied,
    /// gets `rubric_copy` from the rubric as it is now.
    pub fn validate(
        &self,
        book: &Book,
        editing: Option<&InspectionRound>,
    ) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 120);
        let date = forms::date(&mut e, "date", &self.date, true);
        let rubric = forms::reference(&mut e, "rubric", &self.rubric, book, RUBRIC, editing.is_none());
        let live = |id: &RecordId, kind: &str| book.get(*id).is_some_and(|r| r.kind == kind && !r.is_deleted());
        let buildings: Vec<RecordId> = self.buildings.iter().copied().filter(|b| live(b, BUILDING)).collect();
        let rooms: Vec<RecordId> = self.rooms.iter().copied().filter(|r| live(r, ROOM)).collect();
        if buildings.is_empty() && rooms.is_empty() {
            e.push(("buildings", FormError::Required));
        }
        let inspectors: Vec<RecordId> = self.inspectors.iter().copied().filter(|m| live(m, MEMBER)).collect();
        let threshold = forms::decimal(&mut e, "threshold", &self.threshold, 0, MAX_POINTS, false);
        let fix_by = forms::date(&mut e, "fix_by", &self.fix_by, false);
        forms::ordered(&mut e, "fix_by", date, fix_by);
        let note = forms::optional(&mut e, "note", &self.note, 2_000);
        let scored = editing.is_some_and(|r| any_scored(book, r));
        if self.recopy && scored {
            e.push(("rubric", FormError::Taken));
        }
        if !e.is_empty() {
            return Err(e);
        }
        let copy_now = editing.is_none() || self.recopy;
        let chosen = rubric.or(editing.and_then(|r| r.rubric));
        let copy = chosen.filter(|_| copy_now).and_then(|id| book.get(id)).map(Rubric::from_record);
        // An empty threshold is the rubric's pass mark, so a round always has one.
        let threshold = threshold.or_else(|| {
            let kept = copy.clone().or_else(|| editing.map(|r| Rubric::from_copy(&r.rubric_copy)));
            kept.as_ref().and_then(default_threshold)
        });
        let ids = |list: &[RecordId]| {
            if list.is_empty() { Value::Null } else { json!(list.iter().map(RecordId::to_string).collect::<Vec<_>>()) }
        };
        let mut fields = vec![
            ("title".into(), json!(title)),
            ("date".into(), forms::date_value(date)),
            ("buildings".into(), ids(&buildings)),
            ("rooms".into(), ids(&rooms)),
            ("inspectors".into(), ids(&inspectors)),
            ("threshold".into(), threshold.map_or(Value::Null, forms::Tenths::value)),
            ("fix_by".into(), forms::date_value(fix_by)),
            ("note".into(), json!(note)),
        ];
        if let Some(id) = chosen.filter(|_| copy_now || editing.is_none()) {
            fields.push(("rubric".into(), json!(id.to_string())));
        }
        if let Some(copy) = copy {
            fields.push(("rubric_copy".into(), json!(copy.to_copy())));
        }
        Ok(fields)
    }

    /// The fields as the stored round would save them unchanged, for `open_form`.
    pub fn shown(&self, book: &Book, round: &InspectionRound) -> Option<Vec<(String, Value)>> {
        self.validate(book, Some(round)).ok()
    }
}

/// Whether any room of the round has a score (then its rubric may not be re-copied).
pub fn any_scored(book: &Book, round: &InspectionRound) -> bool {
    round.covered_rooms(book).iter().any(|r| is_scored(book, round.id, r.id))
}

#[cfg(test)]
#[path = "round_drafts_tests.rs"]
mod tests;
