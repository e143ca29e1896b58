//! Internal construction: the members and how they changed, recruitment and assessment,
//! trainings, meetings and the decisions (rules) they adopted.

use std::collections::BTreeSet;

use crate::attendance::lists::{AttendanceList, overall};
use crate::attendance::marks::counts;
use crate::book::Book;
use crate::locale::Lang;
use crate::meetings::model::meetings;
use crate::people::evaluation::evaluations;
use crate::people::recruitment::{Stage, candidates, rounds};
use crate::people::roles::{ROLE, Role};
use crate::people::training::{TRAINING, trainings};
use crate::summary::document::{Period, Section};
use crate::summary::figures::{span, within};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{count, date, first_line, name, part, percent, source};

pub fn internal(book: &Book, period: &Period, lang: Lang) -> Section {
    let (from, to) = span(period);
    let roles: Vec<Role> = book.live(ROLE).filter_map(|(id, r)| Role::from_record(id, r)).collect();
    let live = |m: &crate::book::RecordId| book.get(*m).is_some_and(|r| !r.is_deleted());
    let members: BTreeSet<_> = roles.iter().filter(|r| r.overlaps(from, to)).map(|r| r.member).filter(live).collect();
    // Joined: whose first role began in the period; left: who held one in it and none at its end.
    let joined = members
        .iter()
        .filter(|m| roles.iter().filter(|r| r.member == **m).filter_map(|r| r.from).min().is_some_and(|d| from <= d))
        .count();
    let left = members.iter().filter(|m| !roles.iter().any(|r| r.member == **m && r.held_on(to))).count();

    let mut section = Section::blank(SectionKey::Internal);
    section.figures = vec![
        count(lang.pick("本期成员", "Members in the period"), members.len()),
        count(lang.pick("新加入", "Joined"), joined),
        count(lang.pick("离任", "Left"), left),
    ];

    let mut recruitment = part(lang.pick("招新与考核", "Recruitment and assessment"));
    let (mut applied, mut hired) = (0, 0);
    for round in rounds(book).into_iter().filter(|r| r.semester == Some(period.id) || within(r.opened, (from, to))) {
        let all = candidates(book, round.id);
        let taken = all.iter().filter(|c| c.stage == Stage::Hired).count();
        applied += all.len();
        hired += taken;
        let facts = vec![
            name(book, round.unit, lang),
            format!("{} {}", lang.pick("报名", "applied"), all.len()),
            format!("{} {}", lang.pick("录用", "hired"), taken),
        ];
        recruitment.sources.push(source("recruit_round", round.id, round.title.clone(), facts));
    }
    let assessed = evaluations(book, Some((from, to))).len();
    if !recruitment.sources.is_empty() || assessed > 0 {
        recruitment.figures = vec![
            count(lang.pick("报名人数", "Applicants"), applied),
            count(lang.pick("录用人数", "Hired"), hired),
            count(lang.pick("考核评价", "Assessments recorded"), assessed),
        ];
        section.parts.push(recruitment);
    }

    let held = trainings(book, Some((from, to)));
    if !held.is_empty() {
        let mut training = part(lang.pick("培训", "Trainings"));
        let mut lists = Vec::new();
        for t in &held {
            let record = book.get(t.id);
            let expected = record.map(AttendanceList::expected).unwrap_or_default();
            let list =
                AttendanceList { id: t.id, kind: TRAINING.into(), date: t.date, counts: counts(record, &expected) };
            let facts = vec![
                date(lang, t.date),
                t.trainer.map(|p| name(book, Some(p), lang)).unwrap_or_default(),
                format!("{} {}/{}", lang.pick("出席", "attended"), list.attended(), list.expected_count()),
            ];
            training.sources.push(source(TRAINING, t.id, t.topic.clone(), facts));
            lists.push(list);
        }
        let (attended, expected) = overall(&lists);
        training.figures = vec![
            count(lang.pick("培训场次", "Trainings held"), held.len()),
            percent(lang.pick("培训出席率", "Training attendance"), attended, expected),
        ];
        section.parts.push(training);
    }

    let met = meetings(book, Some((from, to)), None);
    if !met.is_empty() {
        let mut meeting_part = part(lang.pick("会议与制度", "Meetings and rules adopted"));
        let decided: Vec<_> = met.iter().filter(|m| !m.decisions.trim().is_empty()).collect();
        meeting_part.figures = vec![
            count(lang.pick("召开会议", "Meetings held"), met.len()),
            count(lang.pick("形成决议的会议", "Meetings that adopted decisions"), decided.len()),
        ];
        for m in &met {
            let title = if m.title.is_empty() { meeting_kind(lang, &m.kind).to_owned() } else { m.title.clone() };
            let facts = vec![date(lang, m.date), first_line(&m.decisions, 80)];
            meeting_part.sources.push(source("meeting", m.id, title, facts));
        }
        section.parts.push(meeting_part);
    }
    section.has_records = !members.is_empty() || !section.parts.is_empty();
    section
}

pub fn meeting_kind(lang: Lang, kind: &str) -> &'static str {
    match kind {
        "departmental" => lang.pick("部门例会", "Departmental meeting"),
        "plenary" => lang.pick("全体大会", "Plenary meeting"),
        "communication" => lang.pick("交流会", "Communication meeting"),
        _ => lang.pick("会议", "Meeting"),
    }
}
