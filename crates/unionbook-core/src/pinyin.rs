//! Pinyin initials of Chinese names ("lc" for 刘超, "zs" for 张三), so an officer finds a
//! person by typing the first letters of each syllable. Pure: a table of the initial of every
//! character of the CJK Unified Ideographs block (U+4E00–U+9FFF: all of GB 2312's 6,763 and
//! the rarer name characters beyond it), five bits each, generated from the `pinyin` crate
//! (`cargo run -p unionbook-core --example pinyin_initials`) and checked against it on the host.
//! It loads with the pages that search (its bytes go to their lazy chunk, not the first load).
//! The browser's collation still orders lists; it no longer decides initials, since its data
//! moved under a boundary table once (刘 sorted under "m").

/// The first character of the table, and how many follow.
pub const FIRST: u32 = 0x4E00;
pub const COUNT: usize = 0x9FFF - 0x4E00 + 1;

/// Five bits per character, least significant first: 0 for none, 1 for "a" … 26 for "z".
static TABLE: &[u8; (COUNT * 5).div_ceil(8)] = include_bytes!("pinyin_initials.bin");

/// The code a table slot holds for `letter` (what the generator writes).
pub fn code_of(letter: Option<char>) -> u8 {
    letter.filter(char::is_ascii_lowercase).map_or(0, |l| l as u8 - b'a' + 1)
}

/// The lower-case pinyin initial of a Chinese character, if the table has one.
pub fn initial(c: char) -> Option<char> {
    let index = (c as u32).checked_sub(FIRST)? as usize;
    if index >= COUNT {
        return None;
    }
    let bit = index * 5;
    let (byte, shift) = (bit / 8, bit % 8);
    let pair = u16::from(TABLE[byte]) | u16::from(*TABLE.get(byte + 1).unwrap_or(&0)) << 8;
    let code = ((pair >> shift) & 0b1_1111) as u8;
    (1..=26).contains(&code).then(|| char::from(b'a' + code - 1))
}

/// Surnames read otherwise than their characters' commonest reading (曾 is Zeng as a surname,
/// ceng in 曾经): the initial a name starting with one answers to.
const SURNAMES: [(char, char); 18] = [
    ('曾', 'z'),
    ('单', 's'),
    ('解', 'x'),
    ('仇', 'q'),
    ('区', 'o'),
    ('查', 'z'),
    ('朴', 'p'),
    ('翟', 'z'),
    ('缪', 'm'),
    ('覃', 'q'),
    ('盖', 'g'),
    ('种', 'c'),
    ('召', 's'),
    ('员', 'y'),
    ('折', 's'),
    ('秘', 'b'),
    ('繁', 'p'),
    ('句', 'g'),
];

/// The lower-case initials of a name: pinyin initials for Chinese characters (a surname by
/// its reading as one), the letter itself for Latin letters, nothing for anything else (a
/// space, the dot in "阿卜杜·热合曼").
pub fn initials(name: &str) -> String {
    let mut chars = name.trim_start().chars().peekable();
    let surname = chars
        .peek()
        .and_then(|first| SURNAMES.iter().find(|(c, _)| c == first))
        .filter(|_| name.trim().chars().filter(|c| initial(*c).is_some()).count() >= 2)
        .map(|(_, letter)| *letter);
    if surname.is_some() {
        chars.next();
    }
    surname
        .into_iter()
        .chain(chars.filter_map(|c| if c.is_ascii_alphabetic() { Some(c.to_ascii_lowercase()) } else { initial(c) }))
        .collect()
}

/// Packs one code per character into the table's bytes (the generator's half of `initial`).
pub fn pack(codes: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; (codes.len() * 5).div_ceil(8)];
    for (i, &code) in codes.iter().enumerate() {
        let bit = i * 5;
        let (byte, shift) = (bit / 8, bit % 8);
        let wide = u16::from(code & 0b1_1111) << shift;
        out[byte] |= wide as u8;
        if let Some(next) = out.get_mut(byte + 1) {
            *next |= (wide >> 8) as u8;
        }
    }
    out
}

#[cfg(test)]
#[path = "pinyin_tests.rs"]
mod tests;
