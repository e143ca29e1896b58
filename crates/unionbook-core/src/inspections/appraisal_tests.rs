use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::inspections::model::{BUILDING, ROOM};

#[test]
fn a_buildings_quota_holds_before_the_awards_in_all() {
    let mut ids = SeededEntropy(9);
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    let (east, west, ap, j1, j2) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    for b in [east, west] {
        book.write(b, BUILDING, clock.tick(1), [("name".into(), json!("楼"))]);
    }
    let rooms: Vec<RecordId> = (0..4).map(|_| ids.new_id()).collect();
    for (i, r) in rooms.iter().enumerate() {
        let b = if i < 3 { east } else { west };
        book.write(
            *r,
            ROOM,
            clock.tick(1),
            [("building".into(), json!(b.to_string())), ("number".into(), json!(format!("{}", 101 + i)))],
        );
    }
    let draft = AppraisalDraft {
        title: "宿舍文化评比".into(),
        date: "2026-11-20".into(),
        awards: "2".into(),
        note: String::new(),
    };
    let mut fields = draft.validate(&book).unwrap();
    fields.extend([
        ("rooms".into(), judging::refs_value(&rooms)),
        ("judges".into(), judging::refs_value(&[j1, j2])),
        quota_field(east, "1").unwrap(),
    ]);
    book.write(ap, APPRAISAL, clock.tick(2), fields);
    for (judge, scores) in [(j1, ["95", "92", "90", "80"]), (j2, ["93", "96", "90", "82.5"])] {
        let mut f = sheet_fields(ap, judge);
        f.extend(rooms.iter().zip(scores).map(|(r, s)| score_field(*r, s).unwrap()));
        book.write(sheet_id(ap, judge), APPRAISAL_SHEET, clock.tick(3), f);
    }
    let a = appraisal(&book, ap).unwrap();
    assert_eq!(a.quotas, BTreeMap::from([(east, 1)]));
    let (ranked, proposal) = tally(&book, &a);
    // East's 101 and 102 are tied at 94 for its one place; West's room takes the other.
    assert_eq!(ranked[0].rank, 1);
    assert_eq!(ranked[1].rank, 1);
    assert_eq!(proposal.winners, vec![rooms[3]]);
    assert_eq!(proposal.ties.len(), 1, "{ranked:?} {proposal:?} {rooms:?}");
    assert_eq!(proposal.ties[0].places, 1);
    assert!(waiting_for(&book, &a).is_empty());
    assert_eq!(score_field(rooms[0], "101"), Err(FormError::NotInRange(0, 100)));
    assert_eq!(quota_field(east, ""), Ok((format!("quota:{east}"), Value::Null)));
    assert_eq!(AppraisalDraft::from_appraisal(&a).awards, "2");
}
