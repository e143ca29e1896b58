use super::*;
use crate::book::{Entropy, SeededEntropy};

fn draft() -> RubricDraft {
    let mut ids = SeededEntropy(3);
    let item = |key: RecordId, label: &str, points: &str, deduction: &str, veto: bool| ItemDraft {
        key,
        section: "公共区域".into(),
        label: label.into(),
        points: points.into(),
        deduction: deduction.into(),
        veto,
    };
    RubricDraft {
        name: "宿舍卫生检查细则".into(),
        note: String::new(),
        items: vec![
            item(ids.new_id(), "地面", "20", "2.5", false),
            item(ids.new_id(), "违规电器", "", "", true),
            item(ids.new_id(), "", "", "", false),
        ],
        bands: vec![
            BandDraft { name: "合格".into(), min: "80".into() },
            BandDraft { name: "优秀".into(), min: "90".into() },
            BandDraft { name: "不合格".into(), min: "0".into() },
        ],
    }
}

#[test]
fn a_filled_in_form_is_a_rubric_with_its_bands_highest_first() {
    let (rubric, _) = draft().check().unwrap();
    assert_eq!(rubric.items.len(), 2, "the blank row is left out");
    assert_eq!(rubric.items[0].deduction, Tenths(25));
    assert!(rubric.items[1].veto);
    assert_eq!(rubric.bands.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["优秀", "合格", "不合格"]);
    assert_eq!(default_threshold(&rubric), Some(Tenths(800)));
}

#[test]
fn each_problem_is_on_its_row_and_field() {
    let mut d = draft();
    d.name = String::new();
    d.items[0].label = String::new();
    d.items[0].deduction = "2.55".into();
    d.items[2].points = "10".into();
    d.bands[1].name = "合格".into();
    d.bands[2].min = "80".into();
    let p = d.check().unwrap_err();
    assert_eq!(p.fields, vec![("name", FormError::Required)]);
    assert_eq!(
        p.items,
        vec![
            (0, "label", FormError::Required),
            (0, "deduction", FormError::TooManyDecimals),
            (2, "label", FormError::Required)
        ]
    );
    assert_eq!(p.bands, vec![(1, "name", FormError::Taken), (2, "min", FormError::Taken)]);
    assert_eq!(p.count(), 6);
    let empty = RubricDraft { name: "x".into(), ..RubricDraft::default() };
    assert_eq!(empty.check().unwrap_err().fields, vec![("items", FormError::Required)]);
}

#[test]
fn the_version_goes_up_only_when_the_scoring_changes() {
    let fields = draft().validate(None).unwrap();
    assert_eq!(fields[1], ("version".to_owned(), json!(1)));
    let (first, _) = draft().check().unwrap();
    let again = RubricDraft::from_rubric(&first, "只改备注");
    assert_eq!(again.validate(Some(&first)).unwrap()[1].1, json!(1));
    let mut changed = again.clone();
    changed.items[0].deduction = "3".into();
    assert_eq!(changed.validate(Some(&first)).unwrap()[1].1, json!(2));
}
