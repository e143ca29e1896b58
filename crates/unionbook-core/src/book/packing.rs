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
#[path = "packing_tests.rs"]
mod tests;
