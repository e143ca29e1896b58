use proptest::prelude::*;

use super::*;

fn sealed(iterations: u32) -> Sealed {
    Sealed { iterations, salt: vec![7; SALT_BYTES], iv: [9; IV_BYTES], ciphertext: (0..=40).collect() }
}

/// The written envelope with one value replaced.
fn edited(field: &str, value: serde_json::Value) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(&write(&sealed(ITERATIONS))).unwrap();
    let mut at = &mut v;
    let path: Vec<&str> = field.split('.').collect();
    for key in &path[..path.len() - 1] {
        at = &mut at[*key];
    }
    match value {
        serde_json::Value::Null => {
            at.as_object_mut().unwrap().remove(path[path.len() - 1]);
        }
        value => at[path[path.len() - 1]] = value,
    }
    // `format` first, as every envelope writes it (a map serialises in key order).
    let format = v.as_object_mut().unwrap().remove("format").unwrap();
    let rest = serde_json::to_string(&v).unwrap();
    let comma = if rest == "{}" { "" } else { "," };
    format!("{{\"format\":{format}{comma}{}", &rest[1..]).into_bytes()
}

#[test]
fn base64_matches_rfc_4648() {
    let cases = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE=")];
    for (plain, coded) in cases.into_iter().chain([("foobar", "Zm9vYmFy"), ("\u{ff}\u{fe}", "w7/Dvg==")]) {
        assert_eq!(encode(plain.as_bytes()), coded);
        assert_eq!(decode(coded).as_deref(), Some(plain.as_bytes()), "{coded}");
    }
}

#[test]
fn base64_refuses_what_is_not_canonical() {
    for bad in ["Zg=", "Zh==", "Zm9=", "Z===", "Zg==Zg==", "Zm9v\n", "Zm 9", "Zm-_", "====", "Zm8=Zm9v"] {
        assert_eq!(decode(bad), None, "{bad}");
    }
}

#[test]
fn the_envelope_says_what_it_is_and_opens_back() {
    let text = write(&sealed(ITERATIONS));
    assert!(text.starts_with(
        r#"{"format":"unionbook-protected","version":1,"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":""#
    ));
    assert_eq!(open(text.as_bytes()), Some(Ok(sealed(ITERATIONS))));
    let with_bom = [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat();
    assert_eq!(open(&with_bom), Some(Ok(sealed(ITERATIONS))));
}

#[test]
fn an_ordinary_file_is_not_an_envelope() {
    assert_eq!(open(br#"{"format":"unionbook","version":2,"records":[]}"#), None);
    assert_eq!(open(b""), None);
    assert_eq!(open(br#"{"format":"unionbook","officer":"unionbook-protected","records":[]}"#), None);
    let named = br#"{"format":"unionbook","version":2,"union":"unionbook-protected","exported_by":{"device":"0000000000000009","officer":"unionbook-protected"},"records":[{"id":"0000000000000021","kind":"unit","at":"1.0.0000000000000009","fields":{"name_zh":"\"unionbook-protected\""}}]}"#;
    assert_eq!(open(named), None, "a union called so is still an ordinary file");
}

#[test]
fn an_envelope_is_recognised_by_its_first_key_with_any_spacing() {
    let written = String::from_utf8(edited("version", 1.into())).unwrap();
    let spaced =
        written.replacen(r#"{"format":"unionbook-protected","#, "\n{ \"format\" :\t\"unionbook-protected\" ,\r\n", 1);
    assert_eq!(open(spaced.as_bytes()), Some(Ok(sealed(ITERATIONS))));
    // Anywhere else, `format` does not make a protected file: the ordinary reader refuses it as
    // not a Unionbook file, with nothing parsed twice.
    let later = written.replacen(r#"{"format":"unionbook-protected","#, "{", 1).replacen(
        '}',
        r#"},"format":"unionbook-protected""#,
        1,
    );
    assert_eq!(open(later.as_bytes()), None);
}

#[test]
fn an_envelope_holding_more_than_an_envelope_does_is_refused_before_it_is_parsed() {
    let mut hostile = br#"{"format":"unionbook-protected","padding":["#.to_vec();
    for _ in 0..600_000 {
        hostile.extend_from_slice(br#"{"":0},"#);
    }
    hostile.extend_from_slice(br#"0]}"#);
    assert_eq!(open(&hostile), Some(Err(Unopened::Damaged)));
    let mut values = br#"{"format":"unionbook-protected","padding":["#.to_vec();
    values.extend(std::iter::repeat_n(b"0,".as_slice(), 1_000).flatten());
    values.extend_from_slice(br#"0]}"#);
    assert_eq!(open(&values), Some(Err(Unopened::Damaged)));
}

#[test]
fn iterations_are_read_from_the_file_within_bounds() {
    assert_eq!(open(&edited("kdf.iterations", 2_000_000.into())).unwrap().unwrap().iterations, 2_000_000);
    assert_eq!(open(&edited("kdf.iterations", 100_000.into())).unwrap().unwrap().iterations, 100_000);
    for count in [0, 99_999, 10_000_001, u64::MAX] {
        assert_eq!(open(&edited("kdf.iterations", count.into())), Some(Err(Unopened::Iterations { count })));
    }
    assert_eq!(open(&edited("kdf.iterations", (-1).into())), Some(Err(Unopened::Damaged)));
    assert_eq!(open(&edited("kdf.iterations", 1e30.into())), Some(Err(Unopened::Damaged)));
}

#[test]
fn a_damaged_envelope_is_refused() {
    let damaged = [
        ("kdf.salt", encode(&[1; SALT_BYTES - 1]).into()),
        ("kdf.salt", encode(&[1; MAX_SALT_BYTES + 1]).into()),
        ("kdf.salt", "not base64!".into()),
        ("cipher.iv", encode(&[1; IV_BYTES + 1]).into()),
        ("ciphertext", encode(&[1; TAG_BYTES]).into()),
        ("ciphertext", "QUJD=".into()),
        ("ciphertext", 5.into()),
        ("kdf.name", "PBKDF2-SHA1".into()),
        ("cipher.name", "AES-128-CBC".into()),
        ("version", 0.into()),
        ("version", "1".into()),
        ("cipher", serde_json::Value::Null),
        ("kdf.salt", serde_json::Value::Null),
    ];
    for (field, value) in damaged {
        assert_eq!(open(&edited(field, value.clone())), Some(Err(Unopened::Damaged)), "{field}: {value}");
    }
    assert_eq!(open(&edited("version", 2.into())), Some(Err(Unopened::NewerVersion { version: 2 })));
    assert_eq!(open(br#"{"format":"unionbook-protected"}"#), Some(Err(Unopened::Damaged)));
    assert_eq!(
        open(br#"{"format":"unionbook-protected","version":1,"kdf":[],"cipher":"x"}"#),
        Some(Err(Unopened::Damaged))
    );
}

#[test]
fn an_envelope_larger_than_any_export_is_refused_unread() {
    let mut huge = br#"{"format":"unionbook-protected","ciphertext":""#.to_vec();
    huge.resize(MAX_PROTECTED_BYTES + 1, b'A');
    assert_eq!(
        open(&huge),
        Some(Err(Unopened::TooLarge { bytes: MAX_PROTECTED_BYTES + 1, limit: MAX_PROTECTED_BYTES }))
    );
}

#[test]
fn a_protected_file_is_named_so() {
    assert_eq!(
        protected_name("unionbook-信息学院-张三-2026-03-01.json"),
        "unionbook-信息学院-张三-2026-03-01-protected.json"
    );
}

#[test]
fn a_passphrase_is_typed_twice_and_long_enough() {
    use PassphraseProblem::*;
    assert_eq!(check_passphrase("", ""), (Some(Empty), Some(Empty)));
    assert_eq!(check_passphrase("short", "short"), (Some(TooShort), None));
    assert_eq!(check_passphrase("long enough", ""), (None, Some(Empty)));
    assert_eq!(check_passphrase("long enough", "long enougH"), (None, Some(Differ)));
    assert_eq!(check_passphrase("long enough ", "long enough"), (None, Some(Differ)));
    // Counted in characters: eight Han characters are long enough.
    assert_eq!(check_passphrase("学生会办公室的门", "学生会办公室的门"), (None, None));
}

proptest! {
    #[test]
    fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(decode(&encode(&bytes)), Some(bytes));
    }

    /// One file, one reading: whatever decodes encodes back to the same text.
    #[test]
    fn base64_decoding_is_canonical(text in "[A-Za-z0-9+/=]{0,16}") {
        if let Some(bytes) = decode(&text) {
            prop_assert_eq!(encode(&bytes), text);
        }
    }

    #[test]
    fn any_envelope_written_opens_back(
        iterations in 100_000u32..=10_000_000,
        salt in proptest::collection::vec(any::<u8>(), SALT_BYTES..=MAX_SALT_BYTES),
        iv in any::<[u8; IV_BYTES]>(),
        ciphertext in proptest::collection::vec(any::<u8>(), TAG_BYTES + 1..300),
    ) {
        let sealed = Sealed { iterations, salt, iv, ciphertext };
        prop_assert_eq!(open(write(&sealed).as_bytes()), Some(Ok(sealed)));
    }

    /// A file cut anywhere never opens, and says why.
    #[test]
    fn a_cut_envelope_never_opens(cut in 0usize..400) {
        let text = write(&sealed(ITERATIONS));
        let cut = &text.as_bytes()[..cut.min(text.len() - 1)];
        prop_assert!(!matches!(open(cut), Some(Ok(_))));
        if cut.len() > 40 {
            prop_assert_eq!(open(cut), Some(Err(Unopened::Truncated)));
        }
    }

    #[test]
    fn hostile_bytes_never_panic(prefix in "[ -~]{0,40}", bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let file = [format!(r#"{{"format":"unionbook-protected",{prefix}"#).as_bytes(), &bytes].concat();
        let _ = open(&file);
    }
}
