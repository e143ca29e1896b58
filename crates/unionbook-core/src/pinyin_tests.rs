use ::pinyin::ToPinyin;

use super::*;

/// The reference: the `pinyin` crate's first letter of the character's most common reading.
fn reference(c: char) -> Option<char> {
    c.to_pinyin().and_then(|p| p.first_letter().chars().next())
}

#[test]
fn every_character_of_the_block_has_the_references_initial() {
    let wrong: Vec<String> = (0..COUNT as u32)
        .filter_map(|i| char::from_u32(FIRST + i))
        .filter(|c| initial(*c) != reference(*c))
        .map(|c| format!("{c}: {:?} ≠ {:?}", initial(c), reference(c)))
        .collect();
    assert!(wrong.is_empty(), "{} wrong, e.g. {:?}", wrong.len(), &wrong[..wrong.len().min(10)]);
}

#[test]
fn every_gb2312_character_has_an_initial() {
    let mut checked = 0;
    for high in 0xB0u8..=0xF7 {
        for low in 0xA1u8..=0xFE {
            let pair = [high, low];
            let (text, _, bad) = encoding_rs::GB18030.decode(&pair);
            let Some(c) = text.chars().next().filter(|_| !bad) else { continue };
            if !('\u{4E00}'..='\u{9FFF}').contains(&c) {
                continue;
            }
            assert_eq!(initial(c), reference(c), "{c}");
            assert!(initial(c).is_some(), "{c} has an initial");
            checked += 1;
        }
    }
    assert_eq!(checked, 6763, "GB 2312's hanzi");
}

#[test]
fn the_commonest_surnames_answer_to_their_initials() {
    assert_eq!(initials("刘超"), "lc");
    assert_eq!(initials("李超"), "lc");
    assert_eq!(initials("张三"), "zs");
    assert_eq!(initials("欧阳娜娜"), "oynn");
    assert_eq!(initials("Anna 王"), "annaw");
    assert_eq!(initials("阿卜杜·热合曼"), "abdrhm");
    for (name, letters) in [
        ("王", "w"),
        ("陈", "c"),
        ("杨", "y"),
        ("黄", "h"),
        ("赵", "z"),
        ("吴", "w"),
        ("周", "z"),
        ("徐", "x"),
        ("孙", "s"),
        ("马", "m"),
        ("朱", "z"),
        ("胡", "h"),
        ("郭", "g"),
        ("何", "h"),
        ("高", "g"),
        ("林", "l"),
        ("罗", "l"),
        ("郑", "z"),
        ("梁", "l"),
    ] {
        assert_eq!(initials(name), letters, "{name}");
    }
    // A surname by its reading as one; the same character elsewhere by its commonest.
    assert_eq!(initials("曾小贤"), "zxx");
    assert_eq!(initials("单雪"), "sx");
    assert_eq!(initials("翟天临"), "ztl");
    assert_eq!(initials("何曾"), "hc");
    assert_eq!(initials("曾"), "c");
    assert_eq!(initial('a'), None, "Latin letters are kept by `initials`, not the table");
    assert_eq!(initial('\u{9FFF}'), reference('\u{9FFF}'));
    assert_eq!(initial('\u{A000}'), None);
}

#[test]
fn packing_and_reading_agree_for_every_code_in_every_place() {
    let codes: Vec<u8> = (0..200).map(|i| (i * 7 % 27) as u8).collect();
    let packed = pack(&codes);
    for (i, &code) in codes.iter().enumerate() {
        let bit = i * 5;
        let (byte, shift) = (bit / 8, bit % 8);
        let pair = u16::from(packed[byte]) | u16::from(*packed.get(byte + 1).unwrap_or(&0)) << 8;
        assert_eq!(((pair >> shift) & 31) as u8, code, "slot {i}");
    }
}
