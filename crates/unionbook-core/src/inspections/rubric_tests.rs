use super::*;
use crate::book::{Entropy, SeededEntropy};

fn item(n: u64, points: i64, deduction: i64, veto: bool) -> RubricItem {
    RubricItem {
        key: SeededEntropy(n).new_id(),
        section: "公共区域".into(),
        label: format!("项目{n}"),
        points: Tenths(points * 10),
        deduction: Tenths(deduction * 10),
        veto,
    }
}

fn rubric() -> Rubric {
    Rubric {
        name: "宿舍卫生检查细则".into(),
        version: 1,
        items: vec![item(1, 60, 5, false), item(2, 40, 10, false), item(3, 0, 0, true)],
        bands: vec![
            Band { name: "合格".into(), min: Tenths(800) },
            Band { name: "不合格".into(), min: Tenths(0) },
            Band { name: "优秀".into(), min: Tenths(900) },
        ],
    }
}

fn sheet(faults: &[(u64, i64)]) -> ScoreSheet {
    ScoreSheet {
        faults: faults.iter().map(|(n, f)| (SeededEntropy(*n).new_id(), *f)).collect(),
        ..ScoreSheet::default()
    }
}

#[test]
fn deductions_come_off_an_item_and_never_below_zero() {
    let mut r = rubric();
    r.settle();
    assert_eq!(r.full_marks(), Tenths(1000));
    let result = r.score(&sheet(&[(1, 1), (2, 9)]));
    assert_eq!(result.total, Tenths(550));
    assert_eq!(r.bands[result.band.unwrap()].name, "不合格");
    assert_eq!(r.score(&sheet(&[(1, 2)])).band.map(|b| r.bands[b].name.as_str()), Some("优秀"));
}

#[test]
fn a_veto_item_puts_a_full_marks_room_in_the_lowest_band() {
    let mut r = rubric();
    r.settle();
    let result = r.score(&sheet(&[(3, 1)]));
    assert_eq!(result.total, Tenths(1000));
    assert_eq!(result.band, Some(2));
    assert_eq!(result.vetoed_by, vec![SeededEntropy(3).new_id()]);
}

#[test]
fn a_round_keeps_its_copy_whatever_happens_to_the_rubric() {
    let mut r = rubric();
    r.settle();
    let copy = r.to_copy();
    r.items[0].deduction = Tenths(300);
    r.version = 2;
    let kept = Rubric::from_copy(&copy);
    assert_eq!(kept.version, 1);
    assert_eq!(kept.score(&sheet(&[(1, 1)])).total, Tenths(950));
    assert_eq!(r.score(&sheet(&[(1, 1)])).total, Tenths(700));
}

#[test]
fn damaged_rubric_text_costs_only_what_is_damaged() {
    let good = item(1, 10, 1, false).to_json();
    let text = format!("[{good}, {{\"label\": \"no key\"}}, 7, {good}]");
    assert_eq!(list(&text, RubricItem::from_json).len(), 2);
    assert_eq!(Rubric::from_copy("not json"), Rubric::default());
}
