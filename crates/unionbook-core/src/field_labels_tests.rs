use super::*;

#[test]
fn every_field_of_every_kind_has_a_label_in_each_language() {
    let mut missing = Vec::new();
    for schema in crate::kinds::ALL {
        let fields = schema.fields.iter().map(|(name, _)| name.to_string());
        let prefixed = schema.prefixed.iter().map(|(prefix, _)| format!("{prefix}0000000000000001"));
        for field in fields.chain(prefixed) {
            for lang in Lang::ALL {
                match field_label(schema.kind, &field, lang) {
                    Some(label) if !label.is_empty() => {}
                    _ => missing.push(format!("{}.{field} ({lang:?})", schema.kind)),
                }
            }
        }
    }
    assert!(missing.is_empty(), "no label for {missing:?}");
    for entry in LABELS.iter().chain(PREFIXED) {
        assert!(entry.3.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || entry.3 == "QQ", "{entry:?}");
        assert!(entry.2.is_ascii(), "{entry:?}");
    }
}

#[test]
fn a_kinds_own_label_wins_over_the_common_one() {
    assert_eq!(field_label("member", "name", Lang::Zh), Some("姓名"));
    assert_eq!(field_label("unit", "name", Lang::Zh), Some("名称"));
    assert_eq!(field_label("activity", "mark:0000000000000001", Lang::En), Some("Attendance"));
    assert_eq!(field_label("gadget", "warp_speed", Lang::En), None);
}
