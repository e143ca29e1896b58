use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::error_of;
use crate::people::model::MEMBER;
use proptest::prelude::*;

struct Fixture {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture { book: Book::new(), clock: Clock::new(SeededEntropy(1).new_id()), ids: SeededEntropy(3) }
    }

    fn put(&mut self, kind: &'static str, fields: Vec<(String, Value)>) -> RecordId {
        let id = self.ids.new_id();
        self.book.write(id, kind, self.clock.tick(1), fields);
        id
    }

    fn award(&mut self, draft: AwardDraft) -> RecordId {
        let fields = draft.validate(&self.book).unwrap();
        self.put(AWARD, fields)
    }
}

fn draft(title: &str, level: &str, date: &str) -> AwardDraft {
    AwardDraft {
        title: title.into(),
        level: level.into(),
        date: date.into(),
        recipient: "union".into(),
        ..Default::default()
    }
}

#[test]
fn levels_go_from_department_to_national_and_lists_show_the_newest_first() {
    assert!(Level::National > Level::Province && Level::Province > Level::City);
    assert!(Level::City > Level::School && Level::School > Level::Department);
    assert_eq!(Level::HIGHEST_FIRST.map(Level::word), ["national", "province", "city", "school", "department"]);
    assert_eq!(Level::parse("city"), Some(Level::City));
    assert_eq!(Level::parse("galactic"), None);

    let mut f = Fixture::new();
    f.award(draft("优秀学生会", "school", "2026-12-20"));
    f.award(draft("演讲比赛", "city", "2026-11-30"));
    f.award(draft("辩论赛", "department", "2026-11-30"));
    f.award(draft("去年的奖", "national", "2025-12-01"));
    let titles = |list: Vec<Award>| list.into_iter().map(|a| a.title).collect::<Vec<_>>();
    assert_eq!(titles(awards(&f.book, None, None)), ["优秀学生会", "演讲比赛", "辩论赛", "去年的奖"]);
    let autumn = Some((parse_date("2026-09-01").unwrap(), parse_date("2027-01-31").unwrap()));
    assert_eq!(titles(awards(&f.book, autumn, None)), ["优秀学生会", "演讲比赛", "辩论赛"]);
    assert_eq!(titles(awards(&f.book, autumn, Some(Level::City))), ["演讲比赛"]);
    let counts = counts_per_level(&awards(&f.book, autumn, None));
    assert_eq!(
        counts,
        [(Level::National, 0), (Level::Province, 0), (Level::City, 1), (Level::School, 1), (Level::Department, 1)]
    );
}

#[test]
fn an_award_goes_to_the_union_a_unit_or_people_and_counts_per_unit() {
    let mut f = Fixture::new();
    let (arts, life) = (
        f.put(UNIT, vec![("name_zh".into(), json!("文艺部"))]),
        f.put(UNIT, vec![("name_zh".into(), json!("生活部"))]),
    );
    let member = f.put(MEMBER, vec![("name".into(), json!("周文博"))]);
    let activity = f.put(ACTIVITY, vec![("title".into(), json!("演讲比赛"))]);
    for unit in [arts, life, arts] {
        f.award(AwardDraft {
            recipient: "unit".into(), unit: unit.to_string(), ..draft("奖", "school", "2026-11-01")
        });
    }
    let person = f.award(AwardDraft {
        recipient: "people".into(),
        people: vec![member.to_string()],
        activity: activity.to_string(),
        unit: arts.to_string(),
        ..draft("一等奖", "city", "2026-11-20")
    });
    let list = awards(&f.book, None, None);
    assert_eq!(counts_per_unit(&list), [(arts, 2), (life, 1)]);
    let got = award(&f.book, person).unwrap();
    assert_eq!(got.recipient, Recipient::People(vec![member]), "a unit left in a hidden field is not kept");
    assert_eq!(awards_of_activity(&f.book, activity).into_iter().map(|a| a.id).collect::<Vec<_>>(), [person]);
    assert_eq!(
        AwardDraft::from_award(&got).validate(&f.book).unwrap(),
        AwardDraft::from_award(&got).validate(&f.book).unwrap()
    );
    assert_eq!(AwardDraft::from_award(&got).people, vec![member.to_string()]);
    let started = AwardDraft::new_for(Some(activity), parse_date("2026-12-01").unwrap());
    assert_eq!((started.activity, started.recipient.as_str()), (activity.to_string(), "union"));
}

#[test]
fn the_award_form_puts_each_problem_on_its_field() {
    let mut f = Fixture::new();
    let unit = f.put(UNIT, vec![("name_zh".into(), json!("文艺部"))]);
    let e = AwardDraft::default().validate(&f.book).unwrap_err();
    for field in ["title", "date"] {
        assert_eq!(error_of(&e, field), Some(FormError::Required), "{field}");
    }
    assert_eq!(error_of(&e, "level"), Some(FormError::NotAChoice));
    assert_eq!(error_of(&e, "recipient"), Some(FormError::NotAChoice));
    let e =
        AwardDraft { recipient: "unit".into(), ..draft("奖", "school", "2026-11-01") }.validate(&f.book).unwrap_err();
    assert_eq!(error_of(&e, "unit"), Some(FormError::Required));
    let e =
        AwardDraft { recipient: "people".into(), ..draft("奖", "school", "2026-11-01") }.validate(&f.book).unwrap_err();
    assert_eq!(error_of(&e, "people"), Some(FormError::Required));
    let e = AwardDraft {
        recipient: "people".into(),
        people: vec![unit.to_string()],
        ..draft("奖", "school", "2026-11-01")
    }
    .validate(&f.book)
    .unwrap_err();
    assert_eq!(error_of(&e, "people"), Some(FormError::NotAChoice));
    let e = AwardDraft { activity: unit.to_string(), award_kind: "bribe".into(), ..draft("奖", "city", "2026-13-01") }
        .validate(&f.book)
        .unwrap_err();
    assert_eq!(error_of(&e, "activity"), Some(FormError::NotAChoice));
    assert_eq!(error_of(&e, "award_kind"), Some(FormError::NotAChoice));
    assert_eq!(error_of(&e, "date"), Some(FormError::NotADate));
}

proptest! {
    /// Every award with a level is counted once, under its level; the list is newest first.
    #[test]
    fn counts_per_level_add_up(levels in proptest::collection::vec((0usize..6, 1u32..28), 0..30)) {
        let mut f = Fixture::new();
        for (i, (level, day)) in levels.iter().enumerate() {
            let word = LEVELS.get(*level).copied().unwrap_or("");
            let fields = vec![
                ("title".into(), json!(format!("奖{i}"))),
                ("level".into(), json!(word)),
                ("date".into(), json!(format!("2026-11-{day:02}"))),
            ];
            f.put(AWARD, fields);
        }
        let list = awards(&f.book, None, None);
        let counts = counts_per_level(&list);
        prop_assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), levels.iter().filter(|(l, _)| *l < 5).count());
        prop_assert!(counts.windows(2).all(|w| w[0].0 > w[1].0));
        prop_assert!(list.windows(2).all(|w| w[0].date >= w[1].date));
    }
}
