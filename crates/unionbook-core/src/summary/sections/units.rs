//! The work of each ministry and association: the activities it held in the period, with
//! their scope, participants, partners, outcomes and awards.

use std::cmp::Ordering;

use crate::activities::model::{ACTIVITY, Activity, actual};
use crate::activities::partners::partners_of;
use crate::awards::awards::{Award, Level, Recipient, awards};
use crate::book::{Book, RecordId};
use crate::locale::Lang;
use crate::people::model::{Unit, units as all_units};
use crate::summary::document::{Period, Section};
use crate::summary::figures::{held_in, span};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{count, date, first_line, part, source};

/// The activities that took place in the period, and the awards dated in it.
pub struct Held {
    pub activities: Vec<(Activity, Option<i64>)>,
    pub awards: Vec<Award>,
}

impl Held {
    pub fn of(book: &Book, period: &Period) -> Held {
        let range = span(period);
        let activities = held_in(book, range)
            .into_iter()
            .map(|a| {
                let people = book.get(a.id).and_then(|r| actual(a.id, r).number());
                (a, people)
            })
            .collect();
        Held { activities, awards: awards(book, Some(range), None) }
    }

    pub fn participants(&self) -> i64 {
        self.activities.iter().filter_map(|(_, n)| *n).sum()
    }
}

pub fn units(book: &Book, held: &Held, lang: Lang) -> Section {
    let mut section = Section::blank(SectionKey::Units);
    section.figures = vec![
        count(lang.pick("开展活动", "Activities held"), held.activities.len()),
        count(lang.pick("参与人次", "Participants"), usize::try_from(held.participants()).unwrap_or(0)),
        count(lang.pick("获得奖项", "Awards won"), held.awards.len()),
    ];
    let mut list: Vec<Unit> = all_units(book);
    list.sort_by(|a, b| unit_order(a).cmp(&unit_order(b)).then_with(|| a.name_zh.cmp(&b.name_zh)));
    for unit in list {
        let own: Vec<&(Activity, Option<i64>)> =
            held.activities.iter().filter(|(a, _)| a.units.contains(&unit.id)).collect();
        let won: Vec<&Award> = held.awards.iter().filter(|a| awarded_to_unit(a, unit.id, &own)).collect();
        if own.is_empty() && won.is_empty() {
            continue;
        }
        let title = if lang == Lang::En && !unit.name_en.is_empty() { &unit.name_en } else { &unit.name_zh };
        let mut p = part(title);
        let people: i64 = own.iter().filter_map(|(_, n)| *n).sum();
        p.figures = vec![
            count(lang.pick("开展活动", "Activities held"), own.len()),
            count(lang.pick("参与人次", "Participants"), usize::try_from(people).unwrap_or(0)),
            count(lang.pick("获得奖项", "Awards won"), won.len()),
        ];
        for (a, n) in own {
            p.sources.push(activity_source(book, lang, a, *n, &held.awards));
        }
        for award in won.iter().filter(|w| w.activity.is_none()) {
            p.sources.push(award_source(lang, award));
        }
        section.parts.push(p);
    }
    section.has_records = !held.activities.is_empty() || !held.awards.is_empty();
    section
}

/// Ministries first, then associations, then offices, as a summary presents them.
fn unit_order(u: &Unit) -> usize {
    ["ministry", "association", "office"].iter().position(|k| *k == u.unit_kind).unwrap_or(3)
}

fn awarded_to_unit(award: &Award, unit: RecordId, own: &[&(Activity, Option<i64>)]) -> bool {
    matches!(award.recipient, Recipient::Unit(Some(u)) if u == unit)
        || award.activity.is_some_and(|a| own.iter().any(|(o, _)| o.id == a))
}

fn activity_source(
    book: &Book,
    lang: Lang,
    a: &Activity,
    people: Option<i64>,
    won: &[Award],
) -> crate::summary::document::Source {
    let partners: Vec<String> =
        partners_of(book, a.id, &|x: &str, y: &str| -> Ordering { x.cmp(y) }).into_iter().map(|p| p.name).collect();
    let awards: Vec<String> = won.iter().filter(|w| w.activity == Some(a.id)).map(|w| award_line(lang, w)).collect();
    let facts = vec![
        date(lang, a.date),
        scope_name(lang, &a.scope).to_owned(),
        people.map(|n| format!("{n}{}", lang.pick("人参加", " took part"))).unwrap_or_default(),
        if partners.is_empty() {
            String::new()
        } else {
            format!("{}{}", lang.pick("合作：", "partners: "), partners.join(", "))
        },
        first_line(&a.outcome, 80),
        awards.join(", "),
    ];
    source(ACTIVITY, a.id, a.title.clone(), facts)
}

fn award_source(lang: Lang, award: &Award) -> crate::summary::document::Source {
    source("award", award.id, award.title.clone(), vec![date(lang, award.date), award_line(lang, award)])
}

fn award_line(lang: Lang, award: &Award) -> String {
    let level = award.level.map(|l| level_name(lang, l)).unwrap_or("");
    let prize = if award.prize.is_empty() { award.title.as_str() } else { award.prize.as_str() };
    format!("{level}{}{prize}", if level.is_empty() || lang == Lang::Zh { "" } else { " " })
}

pub fn level_name(lang: Lang, level: Level) -> &'static str {
    match level {
        Level::Department => lang.pick("院级", "department-level"),
        Level::School => lang.pick("校级", "school-level"),
        Level::City => lang.pick("市级", "city-level"),
        Level::Province => lang.pick("省级", "provincial"),
        Level::National => lang.pick("国家级", "national"),
    }
}

pub fn scope_name(lang: Lang, scope: &str) -> &'static str {
    match scope {
        "internal" => lang.pick("学生会内部", "within the union"),
        "department" => lang.pick("全院", "department-wide"),
        "school" => lang.pick("全校", "school-wide"),
        "external" => lang.pick("校外", "beyond the school"),
        _ => "",
    }
}
