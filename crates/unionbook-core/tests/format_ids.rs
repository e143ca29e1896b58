//! Records the app finds by a fixed or derived id — the union's profile, a room's scores in a
//! round, a judge's ballot, a unit's reporting cadence, a budget, a summary's section text — are
//! refused under any other id, with where; and docs/FORMAT.md's test vectors for derived ids
//! are the ids the code derives.

use serde_json::{Value, json};
use unionbook_core::book::format::{Expected, Location, Problem, Rejection, read_import};
use unionbook_core::book::{Entropy, RecordId, SeededEntropy};
use unionbook_core::kinds::schema_of;
use unionbook_core::people::model::UNION_PROFILE;

fn file_of(records: Vec<Value>) -> String {
    json!({
        "format": "unionbook", "version": 2, "exported_at": "2026-11-25T09:00:00Z",
        "exported_by": { "device": "0000000000000009", "officer": "李华" },
        "selection": { "what": "all" }, "records": records
    })
    .to_string()
}

fn record(id: RecordId, kind: &str, fields: Value) -> Value {
    json!({ "id": id.to_string(), "kind": kind, "at": "1764061200123.0.0000000000000009", "fields": fields })
}

fn problems_of(records: Vec<Value>, known: &dyn Fn(RecordId) -> Option<String>) -> Vec<Problem> {
    match read_import(file_of(records).as_bytes(), &schema_of, known, u64::MAX) {
        Err(Rejection::Invalid { problems, .. }) => problems,
        Ok(_) => Vec::new(),
        Err(other) => panic!("{other:?}"),
    }
}

#[test]
fn a_room_score_under_another_id_than_its_round_and_room_give_is_refused_where_it_is() {
    let mut ids = SeededEntropy(3);
    let (round, room, wrong) = (ids.new_id(), ids.new_id(), ids.new_id());
    let fields = json!({ "round": round.to_string(), "room": room.to_string(), "inspected": true });
    let filler = record(ids.new_id(), "unit", json!({ "name_zh": "生活部" }));
    let p = problems_of(vec![filler.clone(), record(wrong, "room_score", fields.clone())], &|_| None);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].location, Location { record: Some((2, Some(wrong))), field: Some("id".into()) });
    assert_eq!(
        p[0].expected,
        Expected::IdOfKind { id: round.derived(room), kind: "room_score".into(), fields: vec!["round", "room"] }
    );
    assert_eq!(p[0].found, format!("\"{wrong}\""));
    assert!(problems_of(vec![filler, record(round.derived(room), "room_score", fields)], &|_| None).is_empty());
}

#[test]
fn a_derived_record_without_the_fields_of_its_id_is_refused_unless_the_book_has_it() {
    let mut ids = SeededEntropy(4);
    let (selection, judge) = (ids.new_id(), ids.new_id());
    let ballot = selection.derived(judge);
    let only_a_vote = vec![record(ballot, "ballot", json!({ format!("vote:{}", ids.new_id()): true }))];
    let p = problems_of(only_a_vote.clone(), &|_| None);
    assert_eq!(p[0].expected, Expected::IdFields { fields: vec!["selection", "judge"] });
    let known = |id: RecordId| (id == ballot).then(|| "ballot".to_owned());
    assert!(problems_of(only_a_vote, &known).is_empty(), "a change to a ballot this book holds");
}

#[test]
fn a_second_union_record_is_refused_not_ignored() {
    let other = SeededEntropy(5).new_id();
    let p = problems_of(vec![record(other, "union", json!({ "name_zh": "信息学院学生会" }))], &|_| None);
    assert_eq!(p[0].expected, Expected::IdOfKind { id: UNION_PROFILE, kind: "union".into(), fields: vec![] });
    let the_union = record(UNION_PROFILE, "union", json!({ "name_zh": "信息学院学生会" }));
    assert!(problems_of(vec![the_union], &|_| None).is_empty());
}

#[test]
fn every_recipe_of_a_budget_and_a_summary_notes_three_parts_are_checked() {
    use unionbook_core::money::model::Scope;
    use unionbook_core::summary::model::SectionKey;
    let mut ids = SeededEntropy(6);
    let (semester, unit, activity) = (ids.new_id(), ids.new_id(), ids.new_id());
    let cases = [
        (Scope::Union { semester }.budget_id(), json!({ "semester": semester.to_string(), "venue": 100 })),
        (
            Scope::Unit { semester, unit }.budget_id(),
            json!({ "semester": semester.to_string(), "unit": unit.to_string(), "food": 100 }),
        ),
        (Scope::Activity { activity }.budget_id(), json!({ "activity": activity.to_string(), "prizes": 100 })),
    ];
    for (id, fields) in cases {
        assert!(problems_of(vec![record(id, "budget", fields.clone())], &|_| None).is_empty(), "{fields}");
        let p = problems_of(vec![record(ids.new_id(), "budget", fields.clone())], &|_| None);
        assert!(matches!(&p[0].expected, Expected::IdOfKind { id: must, .. } if *must == id), "{fields}");
    }
    for section in SectionKey::ALL {
        let fields = json!({ "period": semester.to_string(), "section": section.word(), "text": "……" });
        assert!(
            problems_of(vec![record(section.note_id(semester), "summary_note", fields.clone())], &|_| None).is_empty()
        );
        let next = SectionKey::ALL[(section as usize + 1) % SectionKey::ALL.len()];
        assert!(!problems_of(vec![record(next.note_id(semester), "summary_note", fields)], &|_| None).is_empty());
    }
}
