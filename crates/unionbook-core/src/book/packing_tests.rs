use super::*;
use proptest::prelude::*;

proptest! {
    #[test]
    fn bytes_round_trip(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = pack15(&bytes);
        prop_assert_eq!(unpack15(&text), Some(bytes.clone()));
        prop_assert!(text.chars().skip_while(|c| *c != ':').skip(1).all(|c| (0x100..0x8100).contains(&u32::from(c))));
        let units = text.encode_utf16().count();
        prop_assert!(units <= bytes.len() * 8 / 15 + 2 + bytes.len().to_string().len());
    }
}

#[test]
fn damaged_text_is_refused() {
    assert_eq!(unpack15("no colon"), None);
    assert_eq!(unpack15("5:"), None);
    assert_eq!(unpack15("1:a"), None);
    let text = pack15(&[1, 2, 3]);
    assert_eq!(unpack15(&format!("{text}\u{100}\u{100}\u{100}")), None, "characters past the count");
}

#[test]
fn an_absurd_byte_count_is_refused_before_anything_is_allocated() {
    assert_eq!(unpack15("18446744073709551615:\u{100}"), None);
    assert_eq!(unpack15("4000000000:\u{100}\u{100}"), None);
    let text = pack15(&[1, 2, 3]);
    let (_, body) = text.split_once(':').unwrap();
    assert_eq!(unpack15(&format!("4:{body}")), None);
}
