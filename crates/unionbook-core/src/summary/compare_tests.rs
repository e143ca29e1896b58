//! The dashboard's union, this autumn against last spring, counted by hand.

use super::*;
use crate::money::amount::Currency;
use crate::summary::dashboard::tests::{Fixture, TODAY};
use crate::summary::draft::previous_semester;

fn autumn_and_spring(lang: Lang) -> Comparison {
    let x = Fixture::union();
    let this = x.period(TODAY);
    let previous = previous_semester(&x.book, &this, lang);
    assert_eq!(previous.as_ref().map(|p| p.id), Some(x.spring));
    Comparison::of(&x.book, &this, previous.as_ref())
}

fn changes(c: &Comparison, lang: Lang) -> Vec<(String, String, String)> {
    c.rows(lang).into_iter().map(|r| (r.this, r.previous, r.change)).collect()
}

fn s(t: &str) -> String {
    t.to_owned()
}

#[test]
fn each_figure_this_semester_the_last_and_the_change() {
    let c = autumn_and_spring(Lang::En);
    assert_eq!(c.this.held, 3);
    // 2 at the party and 2 at the debate by their lists, 120 counted at the lecture; last
    // spring 80 counted and 1 on a list.
    assert_eq!((c.this.participants, c.previous.as_ref().map(|p| p.participants)), (124, Some(81)));
    assert_eq!(c.this.sponsorship.get(Currency::Cny), 300_000);
    let thousand = |n: i64| Amount::cny(n * 100_000).show(Lang::En);
    assert_eq!(
        changes(&c, Lang::En),
        vec![
            (s("3"), s("2"), s("+1")),
            (s("124"), s("81"), s("+43")),
            (thousand(3), thousand(1), format!("+{}", thousand(2))),
            (s("80%"), s("100%"), s("−20 pp")),
            (s("—"), s("—"), s("—")),
            (s("—"), s("—"), s("—")),
        ]
    );
}

#[test]
fn without_a_previous_semester_every_change_is_a_dash() {
    let x = Fixture::union();
    let this = x.period(TODAY);
    let c = Comparison::of(&x.book, &this, None);
    assert!(c.rows(Lang::Zh).iter().all(|r| r.previous == NOTHING && r.change == NOTHING));
}

#[test]
fn the_documents_table_has_a_caption_a_header_and_a_row_per_figure() {
    let c = autumn_and_spring(Lang::Zh);
    let t = c.table(Lang::Zh);
    assert_eq!(t.caption, "与上学期对比");
    assert_eq!(t.header.len(), 4);
    assert_eq!(t.header[1], "2026—2027学年第一学期");
    assert_eq!(t.rows.len(), 6);
    assert_eq!(t.rows[3][3], "−20个百分点");
}

#[test]
fn signs_are_minus_signs_and_money_changes_per_currency() {
    assert_eq!((signed(0), signed(4), signed(-4)), (s("0"), s("+4"), s("−4")));
    assert_eq!(signed_tenths(-15), "−1.5");
    let t = |n: i64| [Amount::cny(n)].into_iter().collect::<Totals>();
    assert_eq!(money_change(&t(100), &t(100), Lang::En), "0");
    assert!(money_change(&t(0), &t(500), Lang::Zh).starts_with('−'));
}
