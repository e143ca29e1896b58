use super::*;
use proptest::prelude::*;

fn field(id: &str, value: &str) -> DraftField {
    DraftField { id: id.into(), value: value.into() }
}

#[test]
fn input_that_changed_nothing_leaves_no_draft() {
    let opened = vec![field("title", ""), field("public", "false")];
    assert_eq!(Draft::of(1, &opened, opened.clone()), None, "opened and left");
    let typed = vec![field("title", "迎新晚会"), field("public", "false")];
    let draft = Draft::of(7, &opened, typed.clone()).expect("typed");
    assert_eq!(draft, Draft { at: 7, fields: typed.clone() });
    assert_eq!(draft.changes(&opened).map(|f| f.id.as_str()).collect::<Vec<_>>(), vec!["title"]);
    let edited = vec![field("title", "迎新晚会"), field("public", "true")];
    assert!(Draft::of(8, &typed, edited).is_some(), "an existing record's form: a changed checkbox is input");
}

#[test]
fn a_field_the_form_did_not_open_with_is_input() {
    let draft = Draft::of(1, &[], vec![field("note", "")]).expect("a field that appeared");
    assert_eq!(draft.changes(&[]).count(), 1);
}

#[test]
fn a_stored_draft_that_is_damaged_or_foreign_is_not_offered() {
    for text in [
        "",
        "{",
        "null",
        "[]",
        r#"{"at":1,"fields":[]}"#,
        r#"{"at":1,"fields":[{"id":"","value":"x"}]}"#,
        r#"{"at":-1,"fields":[{"id":"a","value":"x"}]}"#,
    ] {
        assert_eq!(Draft::from_text(text), None, "{text}");
    }
    let long = "字".repeat(LONGEST_FIELD + 1);
    assert_eq!(Draft::of(1, &[], vec![field("a", &long)]), None, "typed text, not a file pasted whole");
    assert_eq!(Draft::from_text(&format!(r#"{{"at":1,"fields":[["a","{long}"]]}}"#)), None);
}

#[test]
fn beyond_the_kept_number_the_oldest_drafts_go() {
    let drafts: Vec<(String, u64)> = (0..KEPT as u64 + 3).map(|i| (format!("/p{i}"), i * 10)).collect();
    assert_eq!(to_drop(drafts), vec!["/p2", "/p1", "/p0"]);
    assert!(to_drop(vec![("/a".into(), 1)]).is_empty());
}

proptest! {
    /// Whatever was typed (any characters, quotes, newlines), the stored draft reads back as it was.
    #[test]
    fn a_draft_reads_back_as_it_was_stored(at in 0u64..u64::MAX, fields in proptest::collection::vec(("[a-z-]{1,12}", "\\PC{0,40}"), 1..6)) {
        let fields: Vec<DraftField> = fields.into_iter().map(|(id, value)| DraftField { id, value }).collect();
        let draft = Draft { at, fields };
        prop_assert_eq!(Draft::from_text(&draft.to_text()), Some(draft));
    }
}
