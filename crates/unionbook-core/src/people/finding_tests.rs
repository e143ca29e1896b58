use super::*;
use crate::book::{Clock, Entropy, RecordId, SeededEntropy};
use crate::people::model::{MEMBER, UNIT};
use crate::people::roles::ROLE;
use serde_json::json;

/// A stand-in for the browser's pinyin collation over the names these tests use.
fn pinyin(name: &str) -> String {
    let table =
        [('张', "zhang"), ('三', "san"), ('李', "li"), ('四', "si"), ('王', "wang"), ('五', "wu"), ('安', "an")];
    name.chars().map(|c| table.iter().find(|(k, _)| *k == c).map_or(c.to_string(), |(_, p)| format!("{p} "))).collect()
}

fn words<'a>(collate: &'a dyn Fn(&str, &str) -> Ordering) -> Words<'a> {
    Words {
        initials: &|n: &str| pinyin(n).split_whitespace().filter_map(|s| s.chars().next()).collect(),
        position_name: &|p: &str| if p == "minister" { "部长".into() } else { p.into() },
        collate,
    }
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
}

/// 张三 (assistant of 生活部), 李四 (minister of 学习部), 王五 and 安 without roles.
fn book() -> Book {
    let (mut book, mut clock, mut ids) = (Book::new(), Clock::new(SeededEntropy(0).new_id()), SeededEntropy(5));
    let mut unit = |book: &mut Book, clock: &mut Clock, name: &str, en: &str| {
        let id = ids.new_id();
        book.write(id, UNIT, clock.tick(1), [("name_zh".into(), json!(name)), ("name_en".into(), json!(en))]);
        id
    };
    let life = unit(&mut book, &mut clock, "生活部", "Ministry of Life");
    let study = unit(&mut book, &mut clock, "学习部", "Ministry of Study");
    let person = |book: &mut Book, clock: &mut Clock, name: &str, role: Option<(RecordId, &str)>| {
        let id = SeededEntropy(name.chars().next().unwrap() as u64).new_id();
        book.write(id, MEMBER, clock.tick(1), [("name".into(), json!(name))]);
        if let Some((unit, position)) = role {
            let fields = [
                ("member".into(), json!(id.to_string())),
                ("unit".into(), json!(unit.to_string())),
                ("position".into(), json!(position)),
                ("from".into(), json!("2026-09-01")),
            ];
            let role = SeededEntropy(name.chars().next().unwrap() as u64 + 1).new_id();
            book.write(role, ROLE, clock.tick(1), fields);
        }
    };
    person(&mut book, &mut clock, "张三", Some((life, "assistant")));
    person(&mut book, &mut clock, "李四", Some((study, "minister")));
    person(&mut book, &mut clock, "王五", None);
    person(&mut book, &mut clock, "安", None);
    book
}

fn names(list: &[Member]) -> Vec<&str> {
    list.iter().map(|m| m.name.as_str()).collect()
}

#[test]
fn names_sort_in_pinyin_order_not_code_point_order() {
    let collate = |a: &str, b: &str| pinyin(a).cmp(&pinyin(b));
    let list = find_members(&book(), "", day(), MemberOrder::Name, &words(&collate));
    assert_eq!(names(&list), ["安", "李四", "王五", "张三"]);
    // Code-point order (安 张 李 王) differs, so the collation is what orders the list.
    let mut by_code_point = names(&list);
    by_code_point.sort();
    assert_ne!(by_code_point, names(&list));
}

#[test]
fn rank_puts_the_highest_position_first_then_names() {
    let collate = |a: &str, b: &str| pinyin(a).cmp(&pinyin(b));
    let list = find_members(&book(), "", day(), MemberOrder::Rank, &words(&collate));
    assert_eq!(names(&list), ["李四", "张三", "安", "王五"]);
}

#[test]
fn a_search_finds_units_and_positions_held_now() {
    let collate = |a: &str, b: &str| pinyin(a).cmp(&pinyin(b));
    let w = words(&collate);
    let find = |q: &str| names(&find_members(&book(), q, day(), MemberOrder::Name, &w)).join(",");
    assert_eq!(find("生活部"), "张三");
    assert_eq!(find("ministry of study"), "李四");
    assert_eq!(find("部长"), "李四");
    assert_eq!(find("zs"), "张三");
    assert_eq!(find("学习"), "李四");
    // Before the roles began, the units find nobody.
    let before = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
    assert!(find_members(&book(), "生活部", before, MemberOrder::Name, &w).is_empty());
}
