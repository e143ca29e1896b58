//! Writes the pinyin initials table (crates/unionbook-core/src/pinyin_initials.bin) from the
//! `pinyin` crate: the first letter of the commonest reading of every character of U+4E00–U+9FFF.
//! `cargo run -p unionbook-core --example pinyin_initials`; the host tests check the table
//! against the same reference.

use pinyin::ToPinyin;
use unionbook_core::pinyin::{COUNT, FIRST, code_of, pack};

fn main() {
    let codes: Vec<u8> = (0..COUNT as u32)
        .map(|i| {
            let c = char::from_u32(FIRST + i).expect("a character");
            code_of(c.to_pinyin().and_then(|p| p.first_letter().chars().next()))
        })
        .collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/pinyin_initials.bin");
    std::fs::write(path, pack(&codes)).expect("the table written");
    println!("{path}: {} characters", codes.len());
}
