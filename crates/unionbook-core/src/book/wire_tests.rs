use super::*;
use crate::book::id::{Entropy, SeededEntropy};
use serde_json::json;

#[test]
fn records_round_trip_and_share_one_stamp() {
    let dev = SeededEntropy(1).new_id();
    let other = SeededEntropy(2).new_id();
    let s = |wall| Stamp { wall_ms: wall, counter: 0, device: dev };
    let mut record = Record { kind: "member".into(), fields: BTreeMap::new() };
    record.fields.insert("name".into(), Entry::new(json!("张三"), s(1)));
    record.fields.insert("class".into(), Entry::new(json!("HR 2101"), s(1)));
    let mut phone = Entry::new(json!("138"), s(2));
    phone.seen.push(Stamp { wall_ms: 1, counter: 4, device: other });
    record.fields.insert("phone".into(), phone);
    let id = SeededEntropy(3).new_id();

    let wire = WireRecord::from_record(id, &record);
    assert_eq!(wire.at, s(1));
    assert_eq!(wire.field_at.keys().collect::<Vec<_>>(), ["phone"]);
    let json = serde_json::to_string(&wire).unwrap();
    let back: WireRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(back.into_record(), (id, record));
}
