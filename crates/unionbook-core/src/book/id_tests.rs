use super::*;
use proptest::prelude::*;

#[test]
fn a_derived_id_depends_on_both_ids_and_their_order() {
    let (a, b, c) = (SeededEntropy(1).new_id(), SeededEntropy(2).new_id(), SeededEntropy(3).new_id());
    assert_eq!(a.derived(b), a.derived(b));
    assert_ne!(a.derived(b), b.derived(a));
    assert_ne!(a.derived(b), a.derived(c));
    assert!(RecordId::parse(a.derived(b).as_str()).is_some());
}

proptest! {
    #[test]
    fn ids_round_trip_through_text(bytes in any::<[u8; 10]>()) {
        let id = RecordId::from_random(bytes);
        prop_assert_eq!(RecordId::parse(id.as_str()), Some(id));
        let json = serde_json::to_string(&id).unwrap();
        prop_assert_eq!(serde_json::from_str::<RecordId>(&json).unwrap(), id);
    }

    #[test]
    fn different_bits_give_different_ids(a in any::<[u8; 10]>(), b in any::<[u8; 10]>()) {
        prop_assert_eq!(a == b, RecordId::from_random(a) == RecordId::from_random(b));
    }
}

#[test]
fn rejects_text_that_is_not_an_id() {
    for bad in ["", "short", "0123456789abcdefg", "0123456789abcdeI", "0123456789abcdel", "0123456789ABCDEF"] {
        assert_eq!(RecordId::parse(bad), None, "{bad}");
    }
    let err = serde_json::from_str::<RecordId>("\"nope\"").unwrap_err().to_string();
    assert!(err.contains("is not a record id"), "{err}");
}

proptest! {
    #[test]
    fn an_ids_bucket_bounds_contain_it(bytes in any::<[u8; 10]>(), bits in 1u32..=20) {
        let id = RecordId::from_random(bytes);
        let (lo, hi) = RecordId::bucket_bounds(id.top_bits(bits), bits);
        prop_assert!(lo <= id && id <= hi);
        prop_assert_eq!(lo.top_bits(bits), id.top_bits(bits));
        prop_assert_eq!(hi.top_bits(bits), id.top_bits(bits));
    }
}

#[test]
fn writer_lanes_are_distinct_stable_and_known_as_the_devices_own() {
    let device = SeededEntropy(3).new_id();
    let lanes: Vec<RecordId> = (0..WRITER_LANES).map(|l| device.writer_lane(l)).collect();
    assert_eq!(lanes[0], device);
    for (i, a) in lanes.iter().enumerate() {
        assert!(lanes[i + 1..].iter().all(|b| a != b));
        assert!(device.has_lane(*a));
    }
    assert_eq!(device.writer_lane(3), device.writer_lane(3));
    assert!(!device.has_lane(SeededEntropy(4).new_id()));
    assert_ne!(device.writer_lane(1), SeededEntropy(4).new_id().writer_lane(1));
}

#[test]
fn well_known_ids_are_valid_and_distinct() {
    let a = RecordId::well_known(1);
    assert_eq!(a.as_str(), "0000000000000001");
    assert_ne!(a, RecordId::well_known(2));
    assert_eq!(RecordId::parse(RecordId::well_known(40).as_str()), Some(RecordId::well_known(40)));
}
