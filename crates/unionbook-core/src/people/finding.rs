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
#[path = "finding_tests.rs"]
mod tests;
