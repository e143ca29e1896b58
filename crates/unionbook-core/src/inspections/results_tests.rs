//! The tests of `results` and `notice`: rankings with ties, buildings by their exact mean,
//! rooms to fix, trends with gaps, the notice, and the laws of the ranking.

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::inspections::model::{
    BUILDING, INSPECTION_ROUND, InspectionRound, ROOM, RUBRIC, inspection_round, inspection_rounds,
};
use crate::inspections::notice::{NoticeLabels, notice};
use crate::inspections::rubric::{Band, RubricItem, fault_field};
use crate::inspections::trends::*;
use proptest::prelude::*;
use serde_json::json;

struct Fixture {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
    rubric: Rubric,
    rubric_id: RecordId,
}

fn item(key: RecordId, label: &str, points: i64, deduction: i64, veto: bool) -> RubricItem {
    RubricItem {
        key,
        section: "公共区域".into(),
        label: label.into(),
        points: Tenths(points * 10),
        deduction: Tenths(deduction * 10),
        veto,
    }
}

impl Fixture {
    /// A rubric of a 60-point item (5 off a fault), a 40-point one (10 off) and a veto item.
    fn new(seed: u64) -> Fixture {
        let mut ids = SeededEntropy(seed);
        let clock = Clock::new(ids.new_id());
        let rubric = Rubric {
            name: "宿舍卫生检查细则".into(),
            version: 1,
            items: vec![
                item(ids.new_id(), "地面", 60, 5, false),
                item(ids.new_id(), "床铺", 40, 10, false),
                item(ids.new_id(), "违章电器", 0, 0, true),
            ],
            bands: vec![
                Band { name: "优秀".into(), min: Tenths(900) },
                Band { name: "合格".into(), min: Tenths(800) },
                Band { name: "不合格".into(), min: Tenths(0) },
            ],
        };
        let rubric_id = ids.new_id();
        let mut f = Fixture { book: Book::new(), clock, rubric_id, ids, rubric };
        f.put_at(
            rubric_id,
            RUBRIC,
            vec![
                ("name", json!(f.rubric.name)),
                ("items", json!(f.rubric.items_text())),
                ("bands", json!(f.rubric.bands_text())),
            ],
        );
        f
    }

    fn put(&mut self, kind: &str, fields: Vec<(&str, serde_json::Value)>) -> RecordId {
        let id = self.ids.new_id();
        self.put_at(id, kind, fields)
    }

    fn put_at(&mut self, id: RecordId, kind: &str, fields: Vec<(&str, serde_json::Value)>) -> RecordId {
        self.book.write(id, kind, self.clock.tick(1), fields.into_iter().map(|(k, v)| (k.to_owned(), v)));
        id
    }

    fn building(&mut self, name: &str) -> RecordId {
        self.put(BUILDING, vec![("name", json!(name))])
    }

    fn room(&mut self, building: RecordId, floor: i64, number: &str) -> RecordId {
        self.put(
            ROOM,
            vec![("building", json!(building.to_string())), ("floor", json!(floor)), ("number", json!(number))],
        )
    }

    fn round(&mut self, date: &str, buildings: &[RecordId]) -> RecordId {
        let buildings: Vec<String> = buildings.iter().map(RecordId::to_string).collect();
        self.put(
            INSPECTION_ROUND,
            vec![
                ("title", json!(format!("{date}检查"))),
                ("date", json!(date)),
                ("rubric", json!(self.rubric_id.to_string())),
                ("rubric_copy", json!(self.rubric.to_copy())),
                ("buildings", json!(buildings)),
                ("threshold", json!(80)),
                ("fix_by", json!("2025-09-30")),
            ],
        )
    }

    /// Scores a room: faults on the first item, the second and the veto item.
    fn score(&mut self, round: RecordId, room: RecordId, faults: [i64; 3], recheck: bool) {
        let mut fields: Vec<(String, serde_json::Value)> = vec![
            ("round".into(), json!(round.to_string())),
            ("room".into(), json!(room.to_string())),
            ("inspected".into(), json!(true)),
            ("recheck".into(), json!(recheck)),
        ];
        for (item, n) in self.rubric.items.iter().zip(faults) {
            fields.push(fault_field(item.key, n));
        }
        self.book.write(room_score_id(round, room), ROOM_SCORE, self.clock.tick(1), fields);
    }

    fn results(&self, round: RecordId) -> RoundResults {
        round_results(&self.book, &inspection_round(&self.book, round).unwrap(), &|a: &str, b: &str| a.cmp(b))
    }
}

fn ranks(results: &RoundResults) -> Vec<(String, i64, usize)> {
    results.rooms.iter().map(|r| (r.room.number.clone(), r.total.0 / 10, r.rank)).collect()
}

#[test]
fn ties_share_a_rank_the_next_rank_skips_and_vetoed_rooms_come_last() {
    let mut f = Fixture::new(1);
    let b = f.building("1号楼");
    let rooms: Vec<RecordId> = ["101", "102", "103", "104", "105", "106"].iter().map(|n| f.room(b, 1, n)).collect();
    let round = f.round("2025-09-15", &[b]);
    f.score(round, rooms[0], [0, 0, 1], false); // 100 but vetoed
    f.score(round, rooms[1], [1, 0, 0], false); // 95
    f.score(round, rooms[2], [0, 0, 0], false); // 100
    f.score(round, rooms[3], [1, 0, 0], false); // 95
    f.score(round, rooms[4], [0, 1, 0], false); // 90
    let r = f.results(round);
    assert_eq!(
        ranks(&r),
        vec![
            ("103".into(), 100, 1),
            ("102".into(), 95, 2),
            ("104".into(), 95, 2),
            ("105".into(), 90, 4),
            ("101".into(), 100, 5),
        ]
    );
    assert_eq!(r.covered, 6, "106 is covered but not scored: not ranked");
    assert_eq!(r.rooms[4].band, Some(2), "a vetoed room is in the lowest band whatever its points");
    assert_eq!(r.band_counts(), vec![4, 0, 1]);
    assert_eq!(r.rooms[4].vetoed_by, vec!["违章电器".to_owned()], "the notice names the item");
}

#[test]
fn a_vetoed_room_counts_as_nothing_in_its_buildings_mean_and_rank() {
    let mut f = Fixture::new(9);
    let (passed, vetoed) = (f.building("甲楼"), f.building("乙楼"));
    let round = f.round("2025-09-15", &[passed, vetoed]);
    // 甲楼: 85 and 85, all passed. 乙楼: 100 and a vetoed room whose raw total is 100.
    for (b, sheets) in [(passed, [[3, 0, 0], [3, 0, 0]]), (vetoed, [[0, 0, 0], [0, 0, 1]])] {
        for (i, sheet) in sheets.into_iter().enumerate() {
            let room = f.room(b, 1, &format!("10{i}"));
            f.score(round, room, sheet, false);
        }
    }
    let r = f.results(round);
    let got: Vec<(&str, i64, usize, usize)> =
        r.buildings.iter().map(|b| (b.building.name.as_str(), b.mean().0, b.vetoed, b.rank)).collect();
    assert_eq!(got, vec![("甲楼", 850, 0, 1), ("乙楼", 500, 1, 2)], "raw totals would put 乙楼 first at 100");
    let last = r.rooms.last().unwrap();
    assert!(last.vetoed && last.total == Tenths(1000), "its own total is still shown as scored");
    assert_eq!(last.counted(), Tenths(0));
    assert!(r.rooms.iter().filter(|x| !x.vetoed).all(|x| x.rank < last.rank), "below every room that passed");
    let trend = building_trend(&f.book, vetoed, &[inspection_round(&f.book, round).unwrap()]);
    assert_eq!(trend[0].value, Some(Tenths(500)), "the trend's mean counts it as nothing too");
}

#[test]
fn buildings_rank_by_their_rooms_exact_mean_with_ties() {
    let mut f = Fixture::new(2);
    let (x, y, z) = (f.building("甲楼"), f.building("乙楼"), f.building("丙楼"));
    let round = f.round("2025-09-15", &[x, y, z]);
    // x: 100, 95, 90 → 95; y: 95, 95 → 95; z: 100, 85, 85 → 90 (one fault of 15 points apart).
    for (b, faults) in [(x, vec![0, 1, 2]), (y, vec![1, 1]), (z, vec![0, 3, 3])] {
        for (i, n) in faults.into_iter().enumerate() {
            let room = f.room(b, 2, &format!("20{i}"));
            f.score(round, room, [n, 0, 0], false);
        }
    }
    let r = f.results(round);
    let got: Vec<(&str, usize, i64, usize)> =
        r.buildings.iter().map(|b| (b.building.name.as_str(), b.rooms, b.mean().0, b.rank)).collect();
    assert_eq!(got, vec![("乙楼", 2, 950, 1), ("甲楼", 3, 950, 1), ("丙楼", 3, 900, 3)]);
    assert_eq!((r.buildings[1].bands.clone(), r.buildings[2].bands.clone()), (vec![3, 0, 0], vec![1, 2, 0]));
}

#[test]
fn a_mean_is_compared_exactly_and_shown_to_the_nearest_tenth() {
    // 281/3 = 93.67 beats 187/2 = 93.5, though both show near 93.6.
    let building = Building { id: SeededEntropy(1).new_id(), name: String::new(), note: String::new() };
    let a = BuildingResult { building, rooms: 3, sum: 2810, bands: vec![], vetoed: 0, rank: 0 };
    let b = BuildingResult { rooms: 2, sum: 1870, ..a.clone() };
    assert_eq!(building_order(&a, &b), Ordering::Less);
    assert_eq!((a.mean(), b.mean()), (Tenths(937), Tenths(935)));
    assert_eq!(mean(5, 2), Tenths(3));
}

#[test]
fn rooms_to_fix_are_below_the_threshold_or_vetoed_and_rechecks_are_flagged() {
    let mut f = Fixture::new(3);
    let b = f.building("1号楼");
    let rooms: Vec<RecordId> = ["310", "99", "205"].iter().map(|n| f.room(b, n.len() as i64, n)).collect();
    let round = f.round("2025-09-15", &[b]);
    f.score(round, rooms[0], [5, 0, 0], true); // 75
    f.score(round, rooms[1], [0, 0, 1], false); // vetoed
    f.score(round, rooms[2], [4, 0, 0], true); // 80: not below
    let r = f.results(round);
    let numbers = |list: Vec<&ScoredRoom>| list.iter().map(|r| r.room.number.clone()).collect::<Vec<_>>();
    assert_eq!(numbers(r.to_fix(Some(800))), vec!["99", "310"]);
    assert_eq!(numbers(r.to_fix(None)), vec!["99"]);
    assert_eq!(numbers(r.rechecks()), vec!["205", "310"]);
}

#[test]
fn a_deleted_or_empty_score_sheet_is_not_a_scored_room() {
    let mut f = Fixture::new(4);
    let b = f.building("1号楼");
    let (r1, r2) = (f.room(b, 1, "101"), f.room(b, 1, "102"));
    let round = f.round("2025-09-15", &[b]);
    f.score(round, r1, [0, 0, 0], false);
    let empty = [("round".to_owned(), json!(round.to_string())), ("room".to_owned(), json!(r2.to_string()))];
    f.book.write(room_score_id(round, r2), ROOM_SCORE, f.clock.tick(1), empty);
    assert_eq!(f.results(round).rooms.len(), 1);
    assert!(is_scored(&f.book, round, r1) && !is_scored(&f.book, round, r2));
    f.book.set_deleted(room_score_id(round, r1), true, f.clock.tick(1));
    assert!(f.results(round).rooms.is_empty());
    assert!(!is_scored(&f.book, round, r1));
}

#[test]
fn trends_follow_the_semesters_rounds_by_date_with_gaps_not_zeros() {
    let mut f = Fixture::new(5);
    let b = f.building("1号楼");
    let (r1, r2) = (f.room(b, 1, "101"), f.room(b, 1, "102"));
    let later = f.round("2025-10-20", &[b]);
    let earlier = f.round("2025-09-15", &[b]);
    let spring = f.round("2026-03-02", &[b]);
    f.score(earlier, r1, [2, 0, 0], false); // 90
    f.score(earlier, r2, [0, 1, 0], false); // 90 … mean 90
    f.score(later, r2, [1, 0, 0], false); // 95; r1 not seen
    f.score(spring, r1, [0, 0, 0], false);
    let all = inspection_rounds(&f.book);
    let semester = latest_semester(&all, |r| r.id != spring).unwrap();
    let rounds = semester_rounds(&all, semester);
    assert_eq!(rounds.iter().map(|r| r.id).collect::<Vec<_>>(), vec![earlier, later]);
    let room = crate::inspections::model::room(&f.book, r1).unwrap();
    let trend = room_trend(&f.book, &room, &rounds);
    let values: Vec<Option<i64>> = trend.iter().map(|p| p.value.map(|t| t.0)).collect();
    assert_eq!(values, vec![Some(900), None]);
    assert_eq!(trend[0].band.as_deref(), Some("优秀"));
    let building = building_trend(&f.book, b, &rounds);
    let means: Vec<(Option<i64>, usize)> = building.iter().map(|p| (p.value.map(|t| t.0), p.rooms)).collect();
    assert_eq!(means, vec![(Some(900), 2), (Some(950), 1)]);
    let progress: Vec<(RecordId, usize, usize)> =
        rounds_progress(&f.book).into_iter().map(|(r, s, n)| (r.id, s, n)).collect();
    assert_eq!(progress, vec![(spring, 1, 2), (later, 1, 2), (earlier, 2, 2)]);
    let other = f.building("2号楼");
    assert!(building_trend(&f.book, other, &rounds).is_empty(), "no round covers it");
}

fn labels() -> NoticeLabels {
    NoticeLabels {
        heading: "第3周宿舍卫生检查（2025年9月15日）".into(),
        summary: "已检查宿舍：3间，共3间".into(),
        buildings: "楼栋排名".into(),
        best: "优秀宿舍".into(),
        to_fix: "需在9月30日前整改".into(),
        rechecks: "需复查".into(),
        vetoed: "一票否决：{items}".into(),
        separator: "、".into(),
    }
}

#[test]
fn the_notice_names_the_best_the_rooms_to_fix_by_when_and_the_rechecks() {
    let mut f = Fixture::new(6);
    let b = f.building("学生公寓1号楼");
    let rooms: Vec<RecordId> = ["101", "102", "103"].iter().map(|n| f.room(b, 1, n)).collect();
    let round = f.round("2025-09-15", &[b]);
    f.score(round, rooms[0], [0, 0, 0], false);
    f.score(round, rooms[1], [5, 0, 0], true);
    f.score(round, rooms[2], [0, 0, 1], false);
    let text = notice(&f.results(round), Some(800), &labels());
    assert_eq!(
        text,
        "第3周宿舍卫生检查（2025年9月15日）\n已检查宿舍：3间，共3间 · 优秀 1 · 合格 0 · 不合格 2\n\n\
         楼栋排名\n1. 学生公寓1号楼 58.3\n\n\
         优秀宿舍\n1. 学生公寓1号楼 101 100\n\n\
         需在9月30日前整改\n学生公寓1号楼 102 75 不合格\n学生公寓1号楼 103 100 一票否决：违章电器\n\n\
         需复查\n学生公寓1号楼 102"
    );
    assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "no Latin word in the Chinese notice");
}

#[test]
fn an_empty_round_has_only_its_heading_and_figures() {
    let mut f = Fixture::new(7);
    let b = f.building("1号楼");
    let round = f.round("2025-09-15", &[b]);
    let text = notice(&f.results(round), Some(800), &labels());
    assert_eq!(text.lines().count(), 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Ties share a rank; a room's rank is 1 + the number of rooms strictly better (not
    /// vetoed when it is, or a higher total with the same veto); the list is best first.
    #[test]
    fn ranks_are_one_plus_the_rooms_strictly_better(
        sheets in prop::collection::vec((0..13i64, 0..5i64, prop::bool::weighted(0.2)), 0..25),
    ) {
        let mut f = Fixture::new(8);
        let (b1, b2) = (f.building("东楼"), f.building("西楼"));
        let round = f.round("2025-09-15", &[b1, b2]);
        for (i, (a, b, veto)) in sheets.iter().enumerate() {
            let room = f.room(if i % 2 == 0 { b1 } else { b2 }, (i % 3) as i64, &format!("{i}"));
            f.score(round, room, [*a, *b, i64::from(*veto)], false);
        }
        let r = f.results(round);
        prop_assert_eq!(r.rooms.len(), sheets.len());
        for x in &r.rooms {
            let better = r.rooms.iter().filter(|y| (!y.vetoed && x.vetoed) || (y.vetoed == x.vetoed && y.total > x.total)).count();
            prop_assert_eq!(x.rank, 1 + better);
            for y in r.rooms.iter().filter(|y| y.vetoed == x.vetoed && y.total == x.total) {
                prop_assert_eq!(x.rank, y.rank);
            }
        }
        prop_assert!(r.rooms.windows(2).all(|w| w[0].rank <= w[1].rank));
        for x in &r.buildings {
            let better = r.buildings.iter().filter(|y| building_order(y, x) == Ordering::Less).count();
            prop_assert_eq!(x.rank, 1 + better);
        }
    }

    /// Editing the rubric after a round (points, deductions, a veto, the bands) leaves that
    /// round's results as they were; a round begun after the edit is scored by the new rubric.
    #[test]
    fn a_rubric_edited_after_a_round_leaves_its_results_unchanged(
        faults in prop::collection::vec((0..13i64, 0..5i64, prop::bool::weighted(0.2)), 1..10),
        points in 1..100i64, deduction in 0..30i64, min in 0..100i64, veto in any::<bool>(),
    ) {
        let mut f = Fixture::new(9);
        let b = f.building("1号楼");
        let round = f.round("2025-09-15", &[b]);
        for (i, (a, b2, v)) in faults.iter().enumerate() {
            let room = f.room(b, 1, &format!("{i}"));
            f.score(round, room, [*a, *b2, i64::from(*v)], false);
        }
        let before = f.results(round);
        f.rubric.items[0].points = Tenths(points * 10);
        f.rubric.items[1].deduction = Tenths(deduction * 10);
        f.rubric.items[1].veto = veto;
        f.rubric.bands[0].min = Tenths(min * 10);
        f.rubric.version = 2;
        let edit = [("items".to_owned(), json!(f.rubric.items_text())), ("bands".to_owned(), json!(f.rubric.bands_text()))];
        f.book.write(f.rubric_id, RUBRIC, f.clock.tick(1), edit);
        prop_assert_eq!(f.results(round), before);
        let next = f.round("2025-09-22", &[b]);
        prop_assert_eq!(f.results(next).rubric, Rubric::from_copy(&f.rubric.to_copy()));
    }
}

/// The reference data set of the benchmark: its rounds score under their copies.
#[test]
fn the_reference_rounds_are_ranked_and_trended() {
    let (book, _) = crate::reference::reference_book();
    let rounds = inspection_rounds(&book);
    assert_eq!(rounds.len(), 20);
    let latest = round_results(&book, &rounds[0], &|a: &str, b: &str| a.cmp(b));
    assert_eq!(walk(&book, &rounds[0]), rounds[0].covered_rooms(&book));
    let scored = |r: &InspectionRound| walk(&book, r).iter().filter(|room| is_scored(&book, r.id, room.id)).count();
    assert_eq!(scored(&rounds[0]), latest.rooms.len());
    assert_eq!(latest.covered, crate::reference::INSPECTION_ROOMS);
    assert!(latest.rooms.len() > 250 && latest.buildings.len() == 5);
    assert_eq!(latest.rubric.items.len(), 10);
    let semester = latest_semester(&rounds, |_| true).unwrap();
    let trend = building_trend(&book, latest.buildings[0].building.id, &semester_rounds(&rounds, semester));
    assert_eq!(trend.len(), 20);
    assert!(trend.iter().all(|p| p.value.is_some()));
}
