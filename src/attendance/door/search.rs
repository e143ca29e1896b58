//! The door search's index: everyone, with their pinyin initials and their place in pinyin
//! order, worked out once (collation is the costly part) so that each keystroke only filters.

use std::collections::HashMap;

use crate::book::RecordId;
use crate::browser::pinyin::collate;
use crate::people::everyone::{PeopleIndex, Person};
use crate::pinyin::initials;

/// The search over everyone, with each person's place in pinyin order. Built when the page
/// opens (collation is the costly part) and again only when people are added; never per
/// keystroke.
pub struct Search {
    pub index: PeopleIndex,
    pub rank: HashMap<RecordId, usize>,
}

pub fn build_search(people: Vec<Person>) -> Search {
    let keys: Vec<String> = people.iter().map(|p| initials(&p.name)).collect();
    let by_name: HashMap<&str, &String> = people.iter().map(|p| p.name.as_str()).zip(keys.iter()).collect();
    let mut order: Vec<(RecordId, String)> = people.iter().map(|p| (p.id, p.name.clone())).collect();
    order.sort_by(|a, b| collate(&a.1, &b.1));
    let rank = order.into_iter().enumerate().map(|(i, (id, _))| (id, i)).collect();
    let lookup = |name: &str| by_name.get(name).map(|s| (*s).clone()).unwrap_or_default();
    Search { index: PeopleIndex::new(people.clone(), &lookup), rank }
}
