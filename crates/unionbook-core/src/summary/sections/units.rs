//! The work of each ministry and association: a paragraph per unit saying what it held, for
//! whom, with whom, how many came and what came of it (a series' edition against the last),
//! and the awards won, every winner named. The full lists go to the appendix.

use std::cmp::Ordering;

use crate::activities::model::{ACTIVITY, Activity, actual};
use std::collections::BTreeMap;

use crate::activities::model::PARTNER;
use crate::activities::partners::Partner;
use crate::activities::series::{editions, series};
use crate::awards::awards::{Award, Level, Recipient, awards};
use crate::book::{Book, RecordId};
use crate::locale::Lang;
use crate::people::model::{Unit, units as all_units};
use crate::summary::document::{Period, Section, Table};
use crate::summary::figures::{held_in, span};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{count, date, first_line, name, part, source};
use crate::summary::sections::internal::unit_name;
use crate::summary::words::{self, cjk_punctuation, finished, list, paragraph, quoted, sentence, some_of};

/// The activities that took place in the period, and the awards dated in it.
pub struct Held {
    pub activities: Vec<(Activity, Option<i64>)>,
    pub awards: Vec<Award>,
    /// The partners of each held activity, in name order: read in one pass over the partners,
    /// not one per activity (the sentence and the appendix both name them).
    pub partners: BTreeMap<RecordId, Vec<Partner>>,
}

impl Held {
    pub fn of(book: &Book, period: &Period) -> Held {
        let range = span(period);
        let activities: Vec<(Activity, Option<i64>)> = held_in(book, range)
            .into_iter()
            .map(|a| {
                let people = book.get(a.id).and_then(|r| actual(a.id, r).number());
                (a, people)
            })
            .collect();
        let mut partners: BTreeMap<RecordId, Vec<Partner>> = BTreeMap::new();
        for (id, r) in book.live(PARTNER) {
            let p = Partner::from_record(id, r);
            if let Some(of) = p.activity.filter(|of| activities.iter().any(|(a, _): &(Activity, _)| a.id == *of)) {
                partners.entry(of).or_default().push(p);
            }
        }
        partners.values_mut().for_each(|list| list.sort_by(|a, b| by_name(&a.name, &b.name)));
        Held { activities, awards: awards(book, Some(range), None), partners }
    }

    pub fn participants(&self) -> i64 {
        self.activities.iter().filter_map(|(_, n)| *n).sum()
    }
}

fn by_name(a: &str, b: &str) -> Ordering {
    a.cmp(b)
}

pub fn units(book: &Book, held: &Held, lang: Lang, appendix: &mut Vec<Table>) -> Section {
    let mut section = Section::blank(SectionKey::Units);
    section.has_records = !held.activities.is_empty() || !held.awards.is_empty();
    if !section.has_records {
        return section;
    }
    let participants = usize::try_from(held.participants()).unwrap_or(0);
    section.figures = vec![
        count(lang.pick("开展活动", "Activities held"), held.activities.len()),
        count(lang.pick("参与人次", "Participants"), participants),
        count(lang.pick("获得奖项", "Awards won"), held.awards.len()),
    ];
    section.figures.retain(|f| !matches!(f.value, crate::summary::document::Value::Count(0)));
    section.paragraphs.push(overview(held, participants, lang));

    let mut list: Vec<Unit> = all_units(book);
    list.sort_by(|a, b| unit_order(a).cmp(&unit_order(b)).then_with(|| a.name_zh.cmp(&b.name_zh)));
    for unit in list {
        let own: Vec<&(Activity, Option<i64>)> =
            held.activities.iter().filter(|(a, _)| a.units.first() == Some(&unit.id)).collect();
        let won: Vec<&Award> = held.awards.iter().filter(|a| awarded_to_unit(a, unit.id, &own)).collect();
        if own.is_empty() && won.is_empty() {
            continue;
        }
        let mut p = part(&unit_name(&unit, lang));
        let people: i64 = own.iter().filter_map(|(_, n)| *n).sum();
        p.figures = vec![count(lang.pick("开展活动", "Activities held"), own.len())];
        if people > 0 {
            p.figures.push(count(lang.pick("参与人次", "Participants"), usize::try_from(people).unwrap_or(0)));
        }
        if !won.is_empty() {
            p.figures.push(count(lang.pick("获得奖项", "Awards won"), won.len()));
        }
        let mut text = Vec::new();
        if !own.is_empty() {
            let unit_words = unit_name(&unit, lang);
            text.push(match lang {
                Lang::Zh => sentence(
                    lang,
                    &[
                        format!("本学期，{unit_words}共组织活动{}项", own.len()),
                        if people > 0 {
                            format!("参与同学{}人次", words::grouped(people as usize))
                        } else {
                            String::new()
                        },
                    ],
                ),
                Lang::En => sentence(
                    lang,
                    &[format!(
                        "this semester the {unit_words} held {}{}",
                        words::count(lang, own.len(), "", "activity", "activities"),
                        if people > 0 {
                            format!(" with {}", words::count(lang, people as usize, "", "participant", "participants"))
                        } else {
                            String::new()
                        }
                    )],
                ),
            });
            for (a, n) in &own {
                text.push(activity_sentence(book, lang, a, *n, unit.id, held));
            }
        }
        for award in won.iter().filter(|w| !own.iter().any(|(a, _)| w.activity == Some(a.id))) {
            text.push(award_sentence(book, lang, award, Some(&unit_name(&unit, lang))));
        }
        for (a, n) in &own {
            let facts = vec![date(lang, a.date), n.map(|n| n.to_string()).unwrap_or_default()];
            p.sources.push(source(ACTIVITY, a.id, a.title.clone(), facts));
        }
        p.paragraphs.push(paragraph(lang, &text));
        section.parts.push(p);
    }
    // Activities no unit is named for: the union's own.
    let unowned: Vec<&(Activity, Option<i64>)> = held.activities.iter().filter(|(a, _)| a.units.is_empty()).collect();
    if !unowned.is_empty() {
        let mut p = part(lang.pick("学生会统一组织的活动", "Held by the union as a whole"));
        let text: Vec<String> =
            unowned.iter().map(|(a, n)| activity_sentence(book, lang, a, *n, RecordId::well_known(0), held)).collect();
        p.paragraphs.push(paragraph(lang, &text));
        for (a, n) in &unowned {
            p.sources.push(source(
                ACTIVITY,
                a.id,
                a.title.clone(),
                vec![date(lang, a.date), n.map(|n| n.to_string()).unwrap_or_default()],
            ));
        }
        section.parts.push(p);
    }
    // Awards to the union itself or to people for no activity of a unit.
    let rest: Vec<String> = held
        .awards
        .iter()
        // An award for a held activity is told with it.
        .filter(|a| {
            !matches!(a.recipient, Recipient::Unit(Some(_)))
                && a.activity.is_none_or(|x| !held.activities.iter().any(|(h, _)| h.id == x))
        })
        .map(|a| award_sentence(book, lang, a, None))
        .collect();
    if !rest.is_empty() {
        let mut p = part(lang.pick("其他荣誉", "Other honours"));
        p.paragraphs.push(paragraph(lang, &rest));
        section.parts.push(p);
    }
    appendix.push(activities_table(book, held, lang));
    if let Some(t) = partners_table(held, lang) {
        appendix.push(t);
    }
    if !held.awards.is_empty() {
        appendix.push(awards_table(book, held, lang));
    }
    section
}

/// The opening paragraph: how much the units did together, and for whom.
fn overview(held: &Held, participants: usize, lang: Lang) -> String {
    let n = held.activities.len();
    let scope = |s: &str| held.activities.iter().filter(|(a, _)| a.scope == s).count();
    let scopes: Vec<String> = [
        ("department", "全院", "department-wide"),
        ("school", "全校", "school-wide"),
        ("external", "校外", "beyond the school"),
    ]
    .into_iter()
    .filter(|(s, ..)| scope(s) > 0)
    .enumerate()
    .map(|(i, (s, zh, en))| match lang {
        Lang::Zh => format!("面向{zh}的{}项", scope(s)),
        // "three were department-wide and one school-wide"
        Lang::En if i == 0 => {
            format!("{} {} {en}", words::english_number(scope(s)), if scope(s) == 1 { "was" } else { "were" })
        }
        Lang::En => format!("{} {en}", words::english_number(scope(s))),
    })
    .collect();
    let awards = held.awards.len();
    match lang {
        Lang::Zh => paragraph(
            lang,
            &[
                sentence(
                    lang,
                    &[
                        format!("本学期，各部门、协会共开展活动{n}项"),
                        if participants > 0 {
                            format!("参与同学{}人次", words::grouped(participants))
                        } else {
                            String::new()
                        },
                        if awards > 0 { format!("获得各级奖项{awards}项") } else { String::new() },
                    ],
                ),
                if scopes.is_empty() { String::new() } else { format!("其中{}。", scopes.join("、")) },
            ],
        ),
        Lang::En => paragraph(
            lang,
            &[
                sentence(
                    lang,
                    &[format!(
                        "this semester the ministries and associations held {}{}{}",
                        words::count(lang, n, "", "activity", "activities"),
                        if participants > 0 {
                            format!(" with {}", words::count(lang, participants, "", "participant", "participants"))
                        } else {
                            String::new()
                        },
                        if awards > 0 {
                            format!(", and won {}", words::count(lang, awards, "", "award", "awards"))
                        } else {
                            String::new()
                        }
                    )],
                ),
                if scopes.is_empty() { String::new() } else { format!("Of these, {}.", list(lang, &scopes)) },
            ],
        ),
    }
}

/// One activity as a sentence: its scope, who came, with whom, its edition against the last,
/// what came of it and the awards it won.
fn activity_sentence(
    book: &Book,
    lang: Lang,
    a: &Activity,
    people: Option<i64>,
    unit: RecordId,
    held: &Held,
) -> String {
    let won = &held.awards;
    let title = activity_title(book, lang, a);
    let scope = scope_phrase(lang, &a.scope);
    let came = people.filter(|n| *n > 0).map(|n| match lang {
        Lang::Zh => format!("{}名同学参加", words::grouped(n as usize)),
        Lang::En => format!("drew {}", words::count(lang, n as usize, "", "participant", "participants")),
    });
    let with: Vec<String> =
        a.units.iter().filter(|u| **u != unit).map(|u| name(book, Some(*u), lang)).filter(|n| !n.is_empty()).collect();
    let partners: Vec<String> =
        held.partners.get(&a.id).into_iter().flatten().map(|p| cjk_punctuation(lang, &p.name)).collect();
    let partner_phrase = match (partners.len(), lang) {
        (0, _) => String::new(),
        (1..=3, Lang::Zh) => format!("合作单位为{}", list(lang, &partners)),
        (n, Lang::Zh) => format!("{n}家单位参与，包括{}", some_of(lang, &partners, 3)),
        (1..=3, Lang::En) => format!("with {} as partners", list(lang, &partners)),
        (n, Lang::En) => format!("with {n} partner organisations, among them {}", some_of(lang, &partners, 3)),
    };
    let mut clauses = Vec::new();
    clauses.push(match (lang, scope.is_empty(), &came) {
        (Lang::Zh, false, Some(c)) => format!("{title}{scope}，{c}"),
        (Lang::Zh, true, Some(c)) => format!("{title}共有{c}"),
        (Lang::Zh, false, None) => format!("{title}{scope}举办"),
        (Lang::Zh, true, None) => format!("{title}顺利举办"),
        (Lang::En, false, Some(c)) => format!("{title}, {scope}, {c}"),
        (Lang::En, true, Some(c)) => format!("{title} {c}"),
        (Lang::En, false, None) => format!("{title} was {scope}"),
        (Lang::En, true, None) => format!("{title} was held"),
    });
    if !with.is_empty() {
        clauses.push(match lang {
            Lang::Zh => format!("由{}协办", list(lang, &with)),
            Lang::En => format!("run together with the {}", list(lang, &with)),
        });
    }
    clauses.push(partner_phrase);
    clauses.push(edition_phrase(book, lang, a, people));
    let mut out = sentence(lang, &clauses);
    let outcome = first_line(&a.outcome, 120);
    if !outcome.is_empty() {
        out.push_str(lang.pick("", " "));
        out.push_str(&finished(lang, &cjk_punctuation(lang, &outcome)));
    }
    for award in won.iter().filter(|w| w.activity == Some(a.id)) {
        out.push_str(lang.pick("", " "));
        out.push_str(&award_sentence(book, lang, award, None));
    }
    out
}

/// "第二届……" for an edition: the series' English name in English, else the title as typed.
fn activity_title(book: &Book, lang: Lang, a: &Activity) -> String {
    if lang == Lang::En {
        if let (Some(s), Some(n)) = (a.series.and_then(|s| series(book, s)), a.edition) {
            if !s.name_en.is_empty() {
                return format!("the {} {}", lang.ordinal(n), s.name_en);
            }
        }
    }
    quoted(lang, &a.title)
}

/// The edition against the one before it, where that one has a count: "参与人数较第一届增加37人".
fn edition_phrase(book: &Book, lang: Lang, a: &Activity, people: Option<i64>) -> String {
    let (Some(of), Some(now)) = (a.series, people) else { return String::new() };
    let all = editions(book, of);
    let Some(i) = all.iter().position(|e| e.id == a.id) else { return String::new() };
    let Some(before) = i.checked_sub(1).map(|p| &all[p]) else { return String::new() };
    let Some(then) = book.get(before.id).and_then(|r| actual(before.id, r).number()).filter(|n| *n > 0) else {
        return String::new();
    };
    let which = before.edition.map(|n| match lang {
        Lang::Zh => format!("第{}届", lang.ordinal(n)),
        Lang::En => format!("the {} edition", lang.ordinal(n)),
    });
    let which = which.unwrap_or_else(|| lang.pick("上一届", "the previous edition").to_owned());
    let change = now - then;
    match (lang, change.signum()) {
        (Lang::Zh, 1) => format!("参与人数较{which}增加{change}人"),
        (Lang::Zh, -1) => format!("参与人数较{which}减少{}人", -change),
        (Lang::Zh, _) => format!("参与人数与{which}持平"),
        (Lang::En, 1) => format!("{change} more than {which}"),
        (Lang::En, -1) => format!("{} fewer than {which}", -change),
        (Lang::En, _) => format!("as many as {which}"),
    }
}

/// An award as a sentence, its winners named: "张三、李四获校级二等奖。"
fn award_sentence(book: &Book, lang: Lang, award: &Award, unit: Option<&str>) -> String {
    let prize = award_line(lang, award);
    let level = award.level.map(|l| level_name(lang, l)).unwrap_or("");
    // A prize that only repeats the award's name ("明日之星" for "明日之星") is said once.
    let no_prize = award.prize.trim().is_empty() || award.prize.trim() == award.title.trim();
    let by = match &award.recipient {
        Recipient::People(people) => {
            let names: Vec<String> =
                people.iter().map(|p| name(book, Some(*p), lang)).filter(|n| !n.is_empty()).collect();
            list(lang, &names)
        }
        Recipient::Unit(Some(u)) => unit.map(str::to_owned).unwrap_or_else(|| name(book, Some(*u), lang)),
        Recipient::Unit(None) | Recipient::Union => lang.pick("学生会", "The union").to_owned(),
    };
    let title = cjk_punctuation(lang, award.title.trim());
    let from = award.awarded_by.trim();
    match lang {
        Lang::Zh => {
            let what = match (no_prize, title.is_empty()) {
                (true, false) => format!("{level}{}", quoted(lang, &title)),
                (_, true) => prize.clone(),
                (false, false) => format!("{}{prize}", quoted(lang, &title)),
            };
            let giver = if from.is_empty() { String::new() } else { format!("，由{from}颁发") };
            if by.is_empty() { format!("评出{what}{giver}。") } else { format!("{by}获{what}{giver}。") }
        }
        Lang::En => {
            let what = match (no_prize, title.is_empty()) {
                (true, false) if level.is_empty() => quoted(lang, &title),
                (true, false) => format!("a {level} {} award", quoted(lang, &title)),
                (_, true) => prize.clone(),
                (false, false) => format!("{prize} in {}", quoted(lang, &title)),
            };
            let giver = if from.is_empty() { String::new() } else { format!(", awarded by {from}") };
            if by.is_empty() {
                format!("{} was awarded{giver}.", words::capitalised(&what))
            } else {
                format!("{} won {what}{giver}.", words::capitalised(&by))
            }
        }
    }
}

fn award_line(lang: Lang, award: &Award) -> String {
    let level = award.level.map(|l| level_name(lang, l)).unwrap_or("");
    let prize = if award.prize.is_empty() { award.title.trim() } else { award.prize.trim() };
    let prize = cjk_punctuation(lang, prize);
    match lang {
        Lang::Zh => format!("{level}{prize}"),
        Lang::En if level.is_empty() => prize,
        Lang::En => format!("a {level} {prize}"),
    }
}

/// Ministries first, then associations, then offices, as a summary presents them.
fn unit_order(u: &Unit) -> usize {
    ["ministry", "association", "office"].iter().position(|k| *k == u.unit_kind).unwrap_or(3)
}

fn awarded_to_unit(award: &Award, unit: RecordId, own: &[&(Activity, Option<i64>)]) -> bool {
    matches!(award.recipient, Recipient::Unit(Some(u)) if u == unit)
        || award.activity.is_some_and(|a| own.iter().any(|(o, _)| o.id == a))
}

fn activities_table(book: &Book, held: &Held, lang: Lang) -> Table {
    let mut rows: Vec<(Option<chrono::NaiveDate>, Vec<String>)> = held
        .activities
        .iter()
        .map(|(a, n)| {
            let units: Vec<String> = a.units.iter().map(|u| name(book, Some(*u), lang)).collect();
            let prizes: Vec<String> =
                held.awards.iter().filter(|w| w.activity == Some(a.id)).map(|w| award_line(lang, w)).collect();
            (
                a.date,
                vec![
                    date(lang, a.date),
                    a.title.clone(),
                    units.join(lang.pick("、", ", ")),
                    scope_name(lang, &a.scope).to_owned(),
                    n.map(|n| n.to_string()).unwrap_or_default(),
                    prizes.join(lang.pick("；", "; ")),
                ],
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    Table {
        caption: lang.pick("本学期开展的活动", "Activities held this semester").into(),
        header: vec![
            lang.pick("日期", "Date").into(),
            lang.pick("活动", "Activity").into(),
            lang.pick("主办", "Held by").into(),
            lang.pick("范围", "Scope").into(),
            lang.pick("参与人数", "Participants").into(),
            lang.pick("奖项", "Awards").into(),
        ],
        rows: rows.into_iter().map(|(_, r)| r).collect(),
    }
}

fn partners_table(held: &Held, lang: Lang) -> Option<Table> {
    let rows: Vec<Vec<String>> = held
        .activities
        .iter()
        .flat_map(|(a, _)| {
            held.partners
                .get(&a.id)
                .into_iter()
                .flatten()
                .map(move |p| vec![a.title.clone(), p.name.clone(), p.role.clone()])
        })
        .collect();
    (!rows.is_empty()).then(|| Table {
        caption: lang.pick("合作单位", "Partner organisations").into(),
        header: vec![
            lang.pick("活动", "Activity").into(),
            lang.pick("单位", "Organisation").into(),
            lang.pick("角色", "Role").into(),
        ],
        rows,
    })
}

fn awards_table(book: &Book, held: &Held, lang: Lang) -> Table {
    Table {
        caption: lang.pick("获奖情况", "Awards").into(),
        header: vec![
            lang.pick("日期", "Date").into(),
            lang.pick("奖项", "Award").into(),
            lang.pick("等级", "Prize").into(),
            lang.pick("获奖者", "Won by").into(),
        ],
        rows: held
            .awards
            .iter()
            .map(|a| {
                let by = match &a.recipient {
                    Recipient::People(p) => {
                        p.iter().map(|x| name(book, Some(*x), lang)).collect::<Vec<_>>().join(lang.pick("、", ", "))
                    }
                    Recipient::Unit(u) => u.map(|u| name(book, Some(u), lang)).unwrap_or_default(),
                    Recipient::Union => lang.pick("学生会", "The union").to_owned(),
                };
                vec![date(lang, a.date), a.title.clone(), award_line(lang, a), by]
            })
            .collect(),
    }
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

fn scope_phrase(lang: Lang, scope: &str) -> &'static str {
    match scope {
        "internal" => lang.pick("在学生会内部开展", "held within the union"),
        "department" => lang.pick("面向全院", "open to the whole department"),
        "school" => lang.pick("面向全校", "open to the whole school"),
        "external" => lang.pick("走出校园举办", "held beyond the school"),
        _ => "",
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
