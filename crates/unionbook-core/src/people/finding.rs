//! Finding and ordering people as a Chinese reader expects: search by name, pinyin initials,
//! student id, class, and the units and positions held now; lists in pinyin order (the
//! collation comes in from the browser's `Intl.Collator`), or by rank in the union.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::model::{Member, POSITIONS, Unit, members};
use super::roles::roles_held_on;
use crate::book::Book;

/// What the pure core cannot know by itself: the browser's collation and pinyin data, and
/// positions in the reader's language.
pub struct Words<'a> {
    /// The pinyin initials of a name ("zs" for 张三).
    pub initials: &'a dyn Fn(&str) -> String,
    /// A position as the reader calls it (部长, Minister).
    pub position_name: &'a dyn Fn(&str) -> String,
    /// Pinyin order for Chinese, alphabetical for Latin.
    pub collate: &'a dyn Fn(&str, &str) -> Ordering,
}

/// How a list of members is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MemberOrder {
    #[default]
    Name,
    /// The president first, then vice presidents, ministers… (the highest position held on
    /// the day), then by name.
    Rank,
}

impl MemberOrder {
    pub fn word(self) -> &'static str {
        match self {
            MemberOrder::Name => "name",
            MemberOrder::Rank => "rank",
        }
    }

    pub fn parse(word: &str) -> MemberOrder {
        if word == "rank" { MemberOrder::Rank } else { MemberOrder::Name }
    }
}

/// A position's place in the union's order; positions this app does not know come last.
pub fn position_rank(position: &str) -> usize {
    POSITIONS.iter().position(|p| *p == position).unwrap_or(POSITIONS.len())
}

/// The live members a search finds, in the chosen order. Besides what `Member::matches`
/// looks at, a query finds the units and positions a member holds on `day`.
pub fn find_members(book: &Book, query: &str, day: NaiveDate, order: MemberOrder, words: &Words) -> Vec<Member> {
    let q = query.trim().to_lowercase();
    let held = roles_held_on(book, day);
    let roles = |member: &Member| held.get(&member.id).map(Vec::as_slice).unwrap_or_default();
    let finds_a_role = |member: &Member| {
        roles(member).iter().any(|r| {
            let unit = r.unit.and_then(|u| book.get(u));
            let unit_names = unit.map(|u| [u.text("name_zh"), u.text("name_en")]).unwrap_or_default();
            let position = (words.position_name)(&r.position);
            unit_names
                .into_iter()
                .chain([position.as_str(), r.position.as_str()])
                .any(|w| !w.is_empty() && w.to_lowercase().contains(&q))
        })
    };
    let mut list: Vec<(usize, Member)> = members(book, "", &|_| String::new())
        .into_iter()
        .filter(|m| m.matches(&q, &(words.initials)(&m.name)) || finds_a_role(m))
        .map(|m| (roles(&m).iter().map(|r| position_rank(&r.position)).min().unwrap_or(usize::MAX), m))
        .collect();
    let by_name =
        |a: &Member, b: &Member| (words.collate)(&a.name, &b.name).then_with(|| a.student_id.cmp(&b.student_id));
    match order {
        MemberOrder::Name => list.sort_by(|(_, a), (_, b)| by_name(a, b)),
        MemberOrder::Rank => list.sort_by(|(ra, a), (rb, b)| ra.cmp(rb).then_with(|| by_name(a, b))),
    }
    list.into_iter().map(|(_, m)| m).collect()
}

/// Units in the order their lists show them: active first, then by name in pinyin order.
pub fn sort_units(list: &mut [Unit], english: bool, collate: &dyn Fn(&str, &str) -> Ordering) {
    list.sort_by(|a, b| (!a.active).cmp(&!b.active).then_with(|| collate(a.name(english), b.name(english))));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::{Clock, Entropy, RecordId, SeededEntropy};
    use crate::people::model::{MEMBER, UNIT};
    use crate::people::roles::ROLE;
    use serde_json::json;

    /// A stand-in for the browser's pinyin collation over the names these tests use.
    fn pinyin(name: &str) -> String {
        let table =
            [('张', "zhang"), ('三', "san"), ('李', "li"), ('四', "si"), ('王', "wang"), ('五', "wu"), ('安', "an")];
        name.chars()
            .map(|c| table.iter().find(|(k, _)| *k == c).map_or(c.to_string(), |(_, p)| format!("{p} ")))
            .collect()
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
}
