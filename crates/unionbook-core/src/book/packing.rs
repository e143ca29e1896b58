//! Bytes as text for localStorage, which holds strings counted in UTF-16 units: 15 bits in each
//! unit, as characters U+0100…U+80FF (no surrogates, no control characters), after the byte
//! count and a colon. About twice as dense as base64.

const OFFSET: u32 = 0x100;

pub fn pack15(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 15 * 3 + 12);
    out.push_str(&bytes.len().to_string());
    out.push(':');
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            out.push(unit((acc >> bits) & 0x7fff));
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(unit((acc << (15 - bits)) & 0x7fff));
    }
    out
}

fn unit(v: u32) -> char {
    char::from_u32(v + OFFSET).expect("below the surrogate range")
}

pub fn unpack15(text: &str) -> Option<Vec<u8>> {
    let (len, body) = text.split_once(':')?;
    let len: usize = len.parse().ok()?;
    // The count is stored text, not trusted: the body (2 or 3 UTF-8 bytes a character, 15
    // bits each) must be able to hold that many bytes.
    if len > body.len() / 2 * 15 / 8 + 1 {
        return None;
    }
    let mut out = Vec::with_capacity(len);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in body.chars() {
        // `pack15` writes no character past the last byte's: one more is damage (and would
        // overflow the accumulator, which only drains while bytes are wanted).
        if out.len() == len {
            return None;
        }
        let v = u32::from(c).checked_sub(OFFSET).filter(|v| *v <= 0x7fff)?;
        acc = (acc << 15) | v;
        bits += 15;
        while bits >= 8 && out.len() < len {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    (out.len() == len).then_some(out)
}

#[cfg(test)]
mod tests {
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
}
