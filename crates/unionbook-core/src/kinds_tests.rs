use super::*;

#[test]
fn every_kind_is_listed_once_and_no_field_is_reserved() {
    for (i, a) in ALL.iter().enumerate() {
        assert!(ALL[i + 1..].iter().all(|b| b.kind != a.kind), "{} twice", a.kind);
        assert!(a.fields.iter().all(|(f, _)| *f != crate::book::DELETED), "{} uses the reserved field", a.kind);
    }
}

mod names_and_ids {
    use super::*;
    use crate::book::schema::{IdCheck, IdRule};
    use crate::people::model::{UNION_KIND, UNION_PROFILE};

    #[test]
    fn every_kind_has_a_name_in_each_language() {
        use crate::locale::Lang;
        for schema in ALL {
            let (Some(zh), Some(en)) = (kind_name(schema.kind, Lang::Zh), kind_name(schema.kind, Lang::En)) else {
                panic!("{} has no name", schema.kind)
            };
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}: {zh} is not Chinese", schema.kind);
            assert!(en.is_ascii() && en.starts_with(|c: char| c.is_ascii_uppercase()), "{}: {en}", schema.kind);
        }
        assert_eq!(KIND_NAMES.len(), ALL.len(), "a name for a kind the app does not know");
        for (i, a) in KIND_NAMES.iter().enumerate() {
            for b in &KIND_NAMES[i + 1..] {
                assert!(a.0 != b.0 && a.1 != b.1 && a.2 != b.2, "{a:?} and {b:?}");
            }
        }
        assert_eq!(kind_name("member", crate::locale::Lang::Zh), Some("成员"));
        assert_eq!(kind_name("hologram", crate::locale::Lang::En), None);
    }

    /// The sample union holds a record of every kind, written by the areas' own id functions
    /// (`room_score_id`, `Scope::budget_id`, `SectionKey::note_id`…): each kind's declared rule
    /// gives the same ids, so what an import checks is what the app looks up.
    #[test]
    fn the_id_rules_give_the_ids_the_areas_look_records_up_by() {
        let mut checked = std::collections::BTreeSet::new();
        for (id, kind, fields) in crate::sample::sample_records() {
            let schema = schema_of(kind).unwrap_or_else(|| panic!("{kind} is not a known kind"));
            let value_of = |name: &str| fields.iter().find(|(f, _)| f == name).map(|(_, v)| v);
            match schema.ids.check(&value_of) {
                IdCheck::Any => {}
                IdCheck::Must(must) => {
                    assert_eq!(must, id, "{kind}");
                    checked.insert(kind);
                }
                IdCheck::Underivable => panic!("the sample's {kind} {id} lacks the fields of its id"),
            }
        }
        // The sample holds no union profile (it must never touch the officer's own) and no
        // culture appraisal: those two are checked against their areas below.
        let ruled: std::collections::BTreeSet<&str> = ALL
            .iter()
            .filter(|s| s.ids != IdRule::Random && ![UNION_KIND, "appraisal_sheet"].contains(&s.kind))
            .map(|s| s.kind)
            .collect();
        assert_eq!(checked, ruled, "the sample holds a record of every kind with a derived id");

        let check = |kind: &str, fields: serde_json::Value| {
            schema_of(kind).unwrap().ids.check(&|name| fields.get(name).filter(|v| !v.is_null()))
        };
        assert_eq!(check(UNION_KIND, serde_json::json!({ "name_zh": "学生会" })), IdCheck::Must(UNION_PROFILE));
        let (appraisal, judge) = (RecordId::well_known(7), RecordId::well_known(8));
        let sheet = serde_json::json!({ "appraisal": appraisal.to_string(), "judge": judge.to_string() });
        assert_eq!(
            check("appraisal_sheet", sheet),
            IdCheck::Must(crate::inspections::appraisal::sheet_id(appraisal, judge))
        );
    }
}
