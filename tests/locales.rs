//! The app's words, as the officers read them (locales/*.json): both languages hold the same
//! messages; English counts agree with their number (no "item(s)": a message that counts has a
//! `_one` form beside it); no message says a part of the app is not built, since every part is;
//! Chinese text uses Chinese punctuation between Chinese characters.

use std::collections::BTreeMap;

use serde_json::Value;

fn messages(lang: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    fn walk(prefix: &str, v: &Value, out: &mut BTreeMap<String, String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    walk(&key, v, out);
                }
            }
            Value::String(s) => {
                out.insert(prefix.to_owned(), s.clone());
            }
            other => panic!("{prefix}: {other} is not a message"),
        }
    }
    walk("", &json, &mut out);
    out
}

#[test]
fn both_languages_hold_the_same_messages() {
    let (en, zh) = (messages("en"), messages("zh"));
    let only = |a: &BTreeMap<String, String>, b: &BTreeMap<String, String>| {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect::<Vec<_>>()
    };
    assert_eq!(only(&en, &zh), Vec::<String>::new(), "in English only");
    assert_eq!(only(&zh, &en), Vec::<String>::new(), "in Chinese only");
}

#[test]
fn english_counts_agree_with_their_number() {
    let en = messages("en");
    let hedged: Vec<&String> =
        en.iter().filter(|(_, m)| m.contains("(s)") || m.contains("(es)")).map(|(k, _)| k).collect();
    assert!(hedged.is_empty(), "{hedged:?}");
    // A counted singular ("{{ count }} field needs attention") has its plural beside it.
    for key in en.iter().filter(|(k, m)| k.ends_with("_one") && m.contains("{{ count }}")).map(|(k, _)| k) {
        let many = &key[..key.len() - 4];
        assert!(en.contains_key(many), "{key} has no plural beside it");
    }
}

#[test]
fn no_message_says_a_part_is_not_built() {
    for lang in ["en", "zh"] {
        let stale: Vec<(String, String)> = messages(lang)
            .into_iter()
            .filter(|(_, m)| {
                let lower = m.to_lowercase();
                ["not built", "not yet built", "go live", "as they arrive", "尚未开发", "上线后", "开发完成后"]
                    .iter()
                    .any(|w| lower.contains(w))
            })
            .collect();
        assert!(stale.is_empty(), "{lang}: {stale:?}");
    }
}

#[test]
fn chinese_messages_use_chinese_punctuation_between_chinese_characters() {
    let cjk = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let mut wrong = Vec::new();
    for (key, message) in messages("zh") {
        let chars: Vec<char> = message.chars().filter(|c| *c != ' ').collect();
        if chars.windows(3).any(|w| cjk(w[0]) && matches!(w[1], ',' | ';' | '?' | '!' | '(' | ')') && cjk(w[2])) {
            wrong.push(format!("{key}: {message}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
