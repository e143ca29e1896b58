use super::*;
use crate::attendance::marks::Mark;
use crate::book::{Entropy, SeededEntropy};
use proptest::prelude::*;

fn people(n: usize) -> Vec<RecordId> {
    let mut e = SeededEntropy(77);
    (0..n).map(|_| e.new_id()).collect()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn check(date: NaiveDate, class: &str, expected: usize, exceptions: Vec<(RecordId, Mark)>) -> SelfStudyCheck {
    SelfStudyCheck {
        id: SeededEntropy(date.num_days_from_ce() as u64).new_id(),
        date: Some(date),
        class: class.into(),
        expected,
        invited: Vec::new(),
        notes: String::new(),
        exceptions,
    }
}

#[test]
fn a_week_of_two_classes_gives_rates_by_class_week_and_month_and_the_repeat_absentee() {
    let p = people(3);
    let mut list = Vec::new();
    for (i, d) in ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13"].into_iter().enumerate() {
        let a = if i < 3 { vec![(p[0], Mark::Absent)] } else { vec![(p[1], Mark::Late)] };
        list.push(check(day(d), "行政管理 2401", 24, a));
        list.push(check(day(d), "政治学与行政学 2402", 22, if i == 4 { vec![(p[2], Mark::Excused)] } else { vec![] }));
    }
    let classes = by_class(&list, &|a, b| a.cmp(b));
    assert_eq!(classes[0].0, "政治学与行政学 2402");
    assert_eq!(classes[0].1, Rate { present: 109, expected: 110, checks: 5 });
    assert_eq!(classes[1].1, Rate { present: 117, expected: 120, checks: 5 });
    assert_eq!(classes[1].1.percent(), Some(98));
    assert_eq!(by_week(&list), vec![(day("2026-11-09"), Rate { present: 226, expected: 230, checks: 10 })]);
    assert_eq!(by_month(&list)[0].0, day("2026-11-01"));
    let repeat = repeat_absentees(&list, 3, &|a, b| a.cmp(&b));
    assert_eq!(repeat.len(), 1);
    assert_eq!(repeat[0].person, p[0]);
    assert_eq!(repeat[0].dates, vec![Some(day("2026-11-09")), Some(day("2026-11-10")), Some(day("2026-11-11"))]);
    assert!(repeat_absentees(&list, 4, &|a, b| a.cmp(&b)).is_empty());
    assert_eq!(Rate::default().percent(), None);
}

#[test]
fn weeks_start_on_monday_and_cross_months_and_years() {
    assert_eq!(week_of(day("2026-11-15")), day("2026-11-09"));
    assert_eq!(week_of(day("2026-11-09")), day("2026-11-09"));
    assert_eq!(week_of(day("2027-01-01")), day("2026-12-28"));
    let list = vec![check(day("2026-12-31"), "A", 10, vec![]), check(day("2027-01-01"), "A", 10, vec![])];
    assert_eq!(by_week(&list).len(), 1);
    assert_eq!(by_month(&list).len(), 2);
}

fn arbitrary_checks() -> impl Strategy<Value = Vec<(u32, usize, usize, Vec<(usize, usize)>)>> {
    // (day of the autumn, class, expected, [(person, mark)])
    proptest::collection::vec(
        (0u32..120, 0usize..3, 0usize..30, proptest::collection::vec((0usize..8, 0usize..4), 0..6)),
        0..25,
    )
}

fn build(raw: &[(u32, usize, usize, Vec<(usize, usize)>)], p: &[RecordId]) -> Vec<SelfStudyCheck> {
    raw.iter()
        .map(|(d, class, expected, marks)| {
            let mut seen = Vec::new();
            let exceptions = marks
                .iter()
                .filter(|(who, _)| {
                    !seen.contains(who) && {
                        seen.push(*who);
                        true
                    }
                })
                .map(|(who, m)| (p[*who], Mark::ALL[*m]))
                .filter(|(_, m)| *m != Mark::Present)
                .collect();
            check(day("2026-09-01") + Days::new(u64::from(*d)), ["A", "B", "C"][*class], *expected, exceptions)
        })
        .collect()
}

proptest! {
    /// Every grouping adds up to the overall figures, and each group's figures are the
    /// plain sums of its checks' present and expected.
    #[test]
    fn groupings_add_up_to_a_plain_sum(raw in arbitrary_checks()) {
        let p = people(8);
        let list = build(&raw, &p);
        let plain = |keep: &dyn Fn(&SelfStudyCheck) -> bool| {
            let kept: Vec<&SelfStudyCheck> = list.iter().filter(|c| keep(c)).collect();
            let present = kept.iter().map(|c| {
                let off = c.exceptions.iter().filter(|(_, m)| matches!(m, Mark::Absent | Mark::Excused)).count();
                c.expected.saturating_sub(off)
            }).sum::<usize>();
            Rate { present, expected: kept.iter().map(|c| c.expected).sum(), checks: kept.len() }
        };
        let all = overall(&list);
        prop_assert_eq!(all, plain(&|_| true));
        for groups in [
            by_class(&list, &|a, b| a.cmp(b)).into_iter().map(|(k, r)| (plain(&|c: &SelfStudyCheck| c.class == k), r)).collect::<Vec<_>>(),
            by_week(&list).into_iter().map(|(k, r)| (plain(&|c: &SelfStudyCheck| c.date.map(week_of) == Some(k)), r)).collect(),
            by_month(&list).into_iter().map(|(k, r)| (plain(&|c: &SelfStudyCheck| c.date.map(|d| (d.year(), d.month())) == Some((k.year(), k.month()))), r)).collect(),
        ] {
            let mut sum = Rate::default();
            for (want, got) in &groups {
                prop_assert_eq!(want, got);
                sum = Rate { present: sum.present + got.present, expected: sum.expected + got.expected, checks: sum.checks + got.checks };
            }
            prop_assert_eq!(sum, all);
        }
        let weeks = by_week(&list);
        prop_assert!(weeks.windows(2).all(|w| w[0].0 < w[1].0));
        prop_assert!(weeks.iter().all(|(monday, _)| monday.weekday() == chrono::Weekday::Mon));
    }

    /// The repeat absentees are exactly those a plain count finds absent often enough.
    #[test]
    fn repeat_absentees_match_a_plain_count(raw in arbitrary_checks(), threshold in 0usize..5) {
        let p = people(8);
        let list = build(&raw, &p);
        let found = repeat_absentees(&list, threshold, &|a, b| a.cmp(&b));
        for person in &p {
            let times = list.iter().filter(|c| c.exceptions.contains(&(*person, Mark::Absent))).count();
            let listed = found.iter().find(|a| a.person == *person);
            prop_assert_eq!(listed.is_some(), times >= threshold.max(1));
            if let Some(a) = listed {
                prop_assert_eq!(a.dates.len(), times);
            }
        }
        prop_assert!(found.windows(2).all(|w| w[0].dates.len() >= w[1].dates.len()));
    }
}
