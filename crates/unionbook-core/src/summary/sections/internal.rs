//! Internal construction: the organisation and how it changed, recruitment as its stages,
//! trainings (who trained whom), the meetings and the rules they adopted, and what held the
//! union together (communication meetings, activities for its own members).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::activities::model::Activity;
use crate::attendance::lists::{AttendanceList, overall};
use crate::attendance::marks::counts;
use crate::book::{Book, RecordId};
use crate::locale::Lang;
use crate::meetings::model::{Meeting, meetings};
use crate::people::evaluation::evaluations;
use crate::people::model::{Unit, units as all_units};
use crate::people::recruitment::{Candidate, Stage, candidates, rounds};
use crate::people::roles::{ROLE, Role};
use crate::people::training::{TRAINING, trainings};
use crate::summary::document::{Period, Section, Table};
use crate::summary::figures::{percent as rate, span, within};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{count, date, first_line, name, part, percent, source, union_wide};
use crate::summary::words::{self, list, paragraph, quoted, sentence, some_of};

pub fn internal(book: &Book, period: &Period, held: &[Activity], lang: Lang, appendix: &mut Vec<Table>) -> Section {
    let (from, to) = span(period);
    let mut section = Section::blank(SectionKey::Internal);
    let roles: Vec<Role> = book.live(ROLE).filter_map(|(id, r)| Role::from_record(id, r)).collect();
    organisation(book, period, &roles, lang, &mut section);
    recruitment(book, period, lang, &mut section, appendix);
    training(book, (from, to), &roles, lang, &mut section, appendix);
    let met = meetings(book, Some((from, to)), None);
    rules(&met, lang, &mut section, appendix);
    cohesion(&met, held, lang, &mut section);
    section.has_records = !section.figures.is_empty() || !section.parts.is_empty();
    section
}

fn organisation(book: &Book, period: &Period, roles: &[Role], lang: Lang, section: &mut Section) {
    let (from, to) = span(period);
    let live = |m: &RecordId| book.get(*m).is_some_and(|r| !r.is_deleted());
    let members: BTreeSet<_> = roles.iter().filter(|r| r.overlaps(from, to)).map(|r| r.member).filter(live).collect();
    // Joined: whose first role began in the period; left: who held one in it and none at its end.
    let joined = members
        .iter()
        .filter(|m| roles.iter().filter(|r| r.member == **m).filter_map(|r| r.from).min().is_some_and(|d| from <= d))
        .count();
    let left = members.iter().filter(|m| !roles.iter().any(|r| r.member == **m && r.held_on(to))).count();
    if members.is_empty() {
        return;
    }
    section.figures = vec![
        count(lang.pick("本期成员", "Members in the period"), members.len()),
        count(lang.pick("新加入", "Joined"), joined),
        count(lang.pick("离任", "Left"), left),
    ];
    section.figures.retain(|f| !matches!(f.value, crate::summary::document::Value::Count(0)));
    let units: Vec<Unit> = all_units(book).into_iter().filter(|u| u.active || within(u.founded, (from, to))).collect();
    let named = |kind: &str| -> Vec<String> {
        units.iter().filter(|u| u.unit_kind == kind).map(|u| unit_name(u, lang)).collect()
    };
    let (ministries, associations) = (named("ministry"), named("association"));
    let mut body = Vec::new();
    let structure = match (ministries.is_empty(), associations.is_empty(), lang) {
        (true, true, _) => String::new(),
        (false, true, Lang::Zh) => format!("下设{}{}个部门", all_or_some(&ministries), ministries.len()),
        (true, false, Lang::Zh) => format!("下设{}{}个协会", all_or_some(&associations), associations.len()),
        (false, false, Lang::Zh) => format!(
            "下设{}{}个部门及{}{}个协会",
            all_or_some(&ministries),
            ministries.len(),
            all_or_some(&associations),
            associations.len()
        ),
        (_, _, Lang::En) => {
            let mut kinds = Vec::new();
            if !ministries.is_empty() {
                kinds.push(format!(
                    "{} ({})",
                    words::count(lang, ministries.len(), "", "ministry", "ministries"),
                    list(lang, &ministries)
                ));
            }
            if !associations.is_empty() {
                kinds.push(format!(
                    "{} ({})",
                    words::count(lang, associations.len(), "", "association", "associations"),
                    list(lang, &associations)
                ));
            }
            format!("in {}", list(lang, &kinds))
        }
    };
    body.push(match lang {
        Lang::Zh => sentence(lang, &[format!("本学期，学生会共有成员{}人", members.len()), structure]),
        Lang::En => sentence(
            lang,
            &[format!("this semester the union had {} members {structure}", words::grouped(members.len()))],
        ),
    });
    let changes = match (joined, left, lang) {
        (0, 0, _) => String::new(),
        (j, 0, Lang::Zh) => format!("新加入成员{j}人"),
        (0, l, Lang::Zh) => format!("{l}人离任"),
        (j, l, Lang::Zh) => format!("新加入成员{j}人，{l}人离任"),
        (j, 0, Lang::En) => format!("of them, {} joined this semester", words::english_number(j)),
        (0, l, Lang::En) => format!("of them, {} left during the semester", words::english_number(l)),
        (j, l, Lang::En) => {
            format!("of them, {} joined this semester and {} left", words::english_number(j), words::english_number(l))
        }
    };
    body.push(sentence(lang, &[changes]));
    let founded: Vec<String> =
        units.iter().filter(|u| within(u.founded, (from, to))).map(|u| unit_name(u, lang)).collect();
    if !founded.is_empty() {
        body.push(match lang {
            Lang::Zh => format!("本学期新成立了{}，为同学们提供了新的平台。", list(lang, &founded)),
            Lang::En => format!(
                "The {} {} founded this semester.",
                list(lang, &founded),
                if founded.len() == 1 { "was" } else { "were" }
            ),
        });
    }
    let mut p = part(lang.pick("组织与成员", "The organisation and its members"));
    p.paragraphs.push(paragraph(lang, &body));
    section.parts.push(p);
}

/// Names for "下设A、B、C3个协会" / "A、B等7个部门": all of a short list, the first six of a
/// longer one with 等.
fn all_or_some(names: &[String]) -> String {
    if names.len() <= 6 { names.join("、") } else { format!("{}等", names[..6].join("、")) }
}

fn recruitment(book: &Book, period: &Period, lang: Lang, section: &mut Section, appendix: &mut Vec<Table>) {
    let (from, to) = span(period);
    let chosen: Vec<_> =
        rounds(book).into_iter().filter(|r| r.semester == Some(period.id) || within(r.opened, (from, to))).collect();
    let assessed = evaluations(book, Some((from, to))).len();
    if chosen.is_empty() && assessed == 0 {
        return;
    }
    let mut p = part(lang.pick("招新与考核", "Recruitment and assessment"));
    let mut all: Vec<Candidate> = Vec::new();
    let mut rows = Vec::new();
    for round in chosen.iter().rev() {
        let theirs = candidates(book, round.id);
        let hired = theirs.iter().filter(|c| c.stage == Stage::Hired).count();
        let by = round.unit.map_or_else(|| union_wide(lang).to_owned(), |u| name(book, Some(u), lang));
        rows.push(vec![
            round.title.clone(),
            by.clone(),
            date(lang, round.opened),
            theirs.len().to_string(),
            hired.to_string(),
        ]);
        p.sources.push(source("recruit_round", round.id, round.title.clone(), vec![by]));
        all.extend(theirs);
    }
    let reached = |c: &Candidate, stages: &[Stage]| stages.contains(&c.stage);
    let applied = all.len();
    let interviewed = all
        .iter()
        .filter(|c| reached(c, &[Stage::Interview, Stage::Probation, Stage::Hired]) || c.interview_score.is_some())
        .count();
    let probation = all.iter().filter(|c| reached(c, &[Stage::Probation, Stage::Hired])).count();
    let hired = all.iter().filter(|c| c.stage == Stage::Hired).count();
    let not_hired: Vec<&Candidate> = all.iter().filter(|c| c.stage == Stage::NotHired).collect();
    p.figures = vec![
        count(lang.pick("报名人数", "Applicants"), applied),
        count(lang.pick("进入面试", "Interviewed"), interviewed),
        count(lang.pick("进入试用期", "On probation"), probation),
        count(lang.pick("录用人数", "Hired"), hired),
        count(lang.pick("未录用", "Not hired"), not_hired.len()),
        count(lang.pick("考核评价", "Assessments recorded"), assessed),
    ];
    p.figures.retain(|f| !matches!(f.value, crate::summary::document::Value::Count(0)));
    let mut reasons: Vec<(String, usize)> = Vec::new();
    for c in &not_hired {
        let reason = first_line(&c.reason, 30);
        if reason.is_empty() {
            continue;
        }
        match reasons.iter_mut().find(|(r, _)| *r == reason) {
            Some((_, n)) => *n += 1,
            None => reasons.push((reason, 1)),
        }
    }
    reasons.sort_by(|a, b| b.1.cmp(&a.1));
    let reasons: Vec<String> = reasons.into_iter().take(2).map(|(r, _)| r).collect();
    let organisers: Vec<String> = rows.iter().map(|r| r[1].clone()).collect::<BTreeSet<_>>().into_iter().collect();
    let mut text = Vec::new();
    if applied > 0 {
        text.push(match lang {
            Lang::Zh => {
                let stages = [
                    (interviewed > 0).then(|| format!("{interviewed}人进入面试")),
                    (probation > 0).then(|| format!("{probation}人进入试用期考核")),
                ];
                let stages: Vec<String> = stages.into_iter().flatten().collect();
                sentence(
                    lang,
                    &[
                        format!(
                            "本学期共组织招新{}轮（{}），{applied}名同学报名",
                            chosen.len(),
                            list(lang, &organisers)
                        ),
                        if stages.is_empty() {
                            String::new()
                        } else {
                            format!("经初试、面试层层选拔，{}", stages.join("，"))
                        },
                        if hired > 0 {
                            format!("最终录用{hired}人")
                        } else {
                            "录用结果尚未确定".to_owned()
                        },
                    ],
                )
            }
            Lang::En => {
                let mut clauses = vec![format!(
                    "the union ran {} ({}), to which {} applied",
                    words::count(lang, chosen.len(), "", "recruitment round", "recruitment rounds"),
                    list(lang, &organisers),
                    words::count(lang, applied, "", "student", "students")
                )];
                if interviewed > 0 {
                    clauses.push(format!("{} reached the interview", words::english_number(interviewed)));
                }
                if probation > 0 {
                    clauses.push(format!("{} went on to a probation", words::english_number(probation)));
                }
                clauses.push(if hired > 0 {
                    format!("and {} hired in the end", words::count(lang, hired, "", "was", "were"))
                } else {
                    "and no one has been hired yet".to_owned()
                });
                let last = clauses.pop().unwrap_or_default();
                sentence(lang, &[format!("{} {last}", clauses.join(", "))])
            }
        });
        if !not_hired.is_empty() {
            text.push(match (lang, reasons.is_empty()) {
                (Lang::Zh, true) => format!("另有{}人未被录用。", not_hired.len()),
                (Lang::Zh, false) => format!("另有{}人未被录用，主要原因是{}。", not_hired.len(), reasons.join("；")),
                (Lang::En, true) => format!(
                    "{} not hired.",
                    words::capitalised(&words::count(lang, not_hired.len(), "", "was", "were"))
                ),
                (Lang::En, false) => format!(
                    "{} not hired, mostly because of {}.",
                    words::capitalised(&words::count(lang, not_hired.len(), "", "was", "were")),
                    reasons.join("; ")
                ),
            });
        }
    }
    if assessed > 0 {
        text.push(match lang {
            Lang::Zh => format!("学生会对成员的工作进行了考核，共记录考核评价{assessed}份。"),
            Lang::En => format!(
                "Members' work was assessed, with {} recorded.",
                words::count(lang, assessed, "", "assessment", "assessments")
            ),
        });
    }
    p.paragraphs.push(paragraph(lang, &text));
    section.parts.push(p);
    if !rows.is_empty() {
        appendix.push(Table {
            caption: lang.pick("招新情况", "Recruitment rounds").into(),
            header: vec![
                lang.pick("招新", "Round").into(),
                lang.pick("组织", "Held by").into(),
                lang.pick("开始日期", "Opened").into(),
                lang.pick("报名", "Applied").into(),
                lang.pick("录用", "Hired").into(),
            ],
            rows,
        });
    }
}

fn training(
    book: &Book,
    range: (NaiveDate, NaiveDate),
    roles: &[Role],
    lang: Lang,
    section: &mut Section,
    appendix: &mut Vec<Table>,
) {
    let held = trainings(book, Some(range));
    if held.is_empty() {
        return;
    }
    let mut p = part(lang.pick("培训", "Trainings"));
    let mut lists = Vec::new();
    let mut rows = Vec::new();
    let mut given = Vec::new();
    for t in &held {
        let record = book.get(t.id);
        let expected = record.map(AttendanceList::expected).unwrap_or_default();
        let list = AttendanceList { id: t.id, kind: TRAINING.into(), date: t.date, counts: counts(record, &expected) };
        let trainer = t.trainer.map(|m| trainer_name(book, m, t.date, roles, lang));
        let attended = format!("{}/{}", list.attended(), list.expected_count());
        rows.push(vec![date(lang, t.date), t.topic.clone(), trainer.clone().unwrap_or_default(), attended.clone()]);
        p.sources.push(source(TRAINING, t.id, t.topic.clone(), vec![date(lang, t.date)]));
        given.push(match (trainer, lang) {
            (Some(who), Lang::Zh) => format!("{who}主讲{}", quoted(lang, &t.topic)),
            (Some(who), Lang::En) => format!("{} given by {who}", quoted(lang, &t.topic)),
            (None, _) => quoted(lang, &t.topic),
        });
        lists.push(list);
    }
    let (attended, expected) = overall(&lists);
    p.figures = vec![count(lang.pick("培训场次", "Trainings held"), held.len())];
    if expected > 0 {
        p.figures.push(percent(lang.pick("培训出席率", "Training attendance"), attended, expected));
    }
    let attendance = rate(attended, expected).map(|r| match lang {
        Lang::Zh => format!("培训出席率{r}%"),
        Lang::En => format!("with {r}% of those invited attending"),
    });
    let text = match lang {
        Lang::Zh => sentence(
            lang,
            &[
                format!("为提高成员的工作能力，学生会组织了{}场培训：{}", held.len(), some_of(lang, &given, 4)),
                attendance.unwrap_or_default(),
            ],
        ),
        Lang::En => sentence(
            lang,
            &[
                format!(
                    "to build its members' skills, the union held {}: {}",
                    words::count(lang, held.len(), "", "training", "trainings"),
                    some_of(lang, &given, 4)
                ),
                attendance.unwrap_or_default(),
            ],
        ),
    };
    p.paragraphs.push(text);
    section.parts.push(p);
    appendix.push(Table {
        caption: lang.pick("培训", "Trainings").into(),
        header: vec![
            lang.pick("日期", "Date").into(),
            lang.pick("主题", "Topic").into(),
            lang.pick("主讲", "Trainer").into(),
            lang.pick("出席/应到", "Attended / invited").into(),
        ],
        rows,
    });
}

/// A trainer as the text names them: a former head is said to be one ("往届学习部部长张三").
fn trainer_name(book: &Book, member: RecordId, on: Option<NaiveDate>, roles: &[Role], lang: Lang) -> String {
    let who = name(book, Some(member), lang);
    let Some(day) = on else { return who };
    let theirs: Vec<&Role> = roles.iter().filter(|r| r.member == member).collect();
    if theirs.iter().any(|r| r.held_on(day)) {
        return who;
    }
    let former = theirs.iter().filter(|r| r.to.is_some_and(|t| t < day)).max_by_key(|r| r.to);
    match former {
        Some(r) => {
            let unit = r.unit.map(|u| name(book, Some(u), lang)).unwrap_or_default();
            let position = position_name(&r.position, lang);
            match lang {
                Lang::Zh => format!("往届{unit}{position}{who}"),
                Lang::En if unit.is_empty() => format!("{who}, a former {position}"),
                Lang::En => format!("{who}, a former {position} of the {unit}"),
            }
        }
        None => who,
    }
}

fn position_name(position: &str, lang: Lang) -> &'static str {
    match position {
        "president" => lang.pick("主席", "president"),
        "vice_president" => lang.pick("副主席", "vice-president"),
        "minister" => lang.pick("部长", "head"),
        "vice_minister" => lang.pick("副部长", "deputy head"),
        "association_head" => lang.pick("会长", "president"),
        "assistant" => lang.pick("干事", "assistant"),
        _ => lang.pick("成员", "member"),
    }
}

fn rules(met: &[Meeting], lang: Lang, section: &mut Section, appendix: &mut Vec<Table>) {
    if met.is_empty() {
        return;
    }
    let mut p = part(lang.pick("会议与制度建设", "Meetings and the rules adopted"));
    let decided: Vec<&Meeting> = met.iter().filter(|m| !m.decisions.trim().is_empty()).collect();
    p.figures = vec![count(lang.pick("召开会议", "Meetings held"), met.len())];
    if !decided.is_empty() {
        p.figures.push(count(lang.pick("形成决议的会议", "Meetings that adopted decisions"), decided.len()));
    }
    let by_kind: Vec<String> = ["plenary", "departmental", "communication", "other"]
        .into_iter()
        .filter_map(|kind| {
            let n = met.iter().filter(|m| m.kind == kind || (kind == "other" && !is_known_kind(&m.kind))).count();
            let named = meeting_kind(lang, kind);
            (n > 0).then(|| match lang {
                Lang::Zh => format!("{named}{n}次"),
                Lang::En => words::count(lang, n, "", &named.to_lowercase(), &format!("{}s", named.to_lowercase())),
            })
        })
        .collect();
    let decisions: Vec<String> = decided
        .iter()
        .map(|m| quoted(lang, first_line(&m.decisions, 40).trim_end_matches(['。', '.', '；', ';'])))
        .collect();
    let mut text = vec![match lang {
        Lang::Zh => format!("本学期共召开{}，加强了对各部门活动策划、实施和总结的指导与监督。", by_kind.join("、")),
        Lang::En => format!(
            "The union held {}, through which it guided and followed up the ministries' planning, running and reviewing of their work.",
            list(lang, &by_kind)
        ),
    }];
    if !decisions.is_empty() {
        text.push(match lang {
            Lang::Zh => {
                format!("会议共形成决议{}项，包括{}，使工作更加规范。", decided.len(), some_of(lang, &decisions, 3))
            }
            Lang::En => format!(
                "{} adopted decisions, among them {}.",
                words::capitalised(&words::count(lang, decided.len(), "", "meeting", "meetings")),
                some_of(lang, &decisions, 3)
            ),
        });
    }
    p.paragraphs.push(paragraph(lang, &text));
    for m in met {
        p.sources.push(source("meeting", m.id, meeting_title(m, lang), vec![date(lang, m.date)]));
    }
    section.parts.push(p);
    appendix.push(Table {
        caption: lang.pick("会议一览", "Meetings").into(),
        header: vec![
            lang.pick("日期", "Date").into(),
            lang.pick("会议", "Meeting").into(),
            lang.pick("类型", "Kind").into(),
            lang.pick("决议", "Decisions").into(),
        ],
        rows: met
            .iter()
            .map(|m| {
                vec![
                    date(lang, m.date),
                    meeting_title(m, lang),
                    meeting_kind(lang, &m.kind).to_owned(),
                    first_line(&m.decisions, 60),
                ]
            })
            .collect(),
    });
}

fn is_known_kind(kind: &str) -> bool {
    ["plenary", "departmental", "communication"].contains(&kind)
}

fn meeting_title(m: &Meeting, lang: Lang) -> String {
    if m.title.is_empty() { meeting_kind(lang, &m.kind).to_owned() } else { m.title.clone() }
}

/// Communication meetings and the activities the union held for its own members.
fn cohesion(met: &[Meeting], held: &[Activity], lang: Lang, section: &mut Section) {
    let talks = met.iter().filter(|m| m.kind == "communication").count();
    let own: Vec<String> = held
        .iter()
        .filter(|a| a.scope == "internal" || a.category == "internal")
        .map(|a| quoted(lang, &a.title))
        .collect();
    if talks == 0 && own.is_empty() {
        return;
    }
    let mut p = part(lang.pick("交流与凝聚力", "Communication and cohesion"));
    let mut did = Vec::new();
    if talks > 0 {
        did.push(match lang {
            Lang::Zh => format!("召开内部交流会{talks}次"),
            Lang::En => {
                format!("held {}", words::count(lang, talks, "", "communication meeting", "communication meetings"))
            }
        });
    }
    if !own.is_empty() {
        did.push(match lang {
            Lang::Zh => format!("组织了{}等面向全体成员的活动", some_of(lang, &own, 3)),
            Lang::En => format!("organised {} for its members", some_of(lang, &own, 3)),
        });
    }
    p.paragraphs.push(match lang {
        Lang::Zh => format!(
            "本着“沟通与协作”的理念，学生会{}，为成员之间、部门之间的交流搭建了平台，增强了组织的凝聚力。",
            did.join("，并")
        ),
        Lang::En => format!(
            "To bring its members and ministries closer, the union {}, giving everyone a place to get to know each other.",
            did.join(" and ")
        ),
    });
    section.parts.push(p);
}

pub fn unit_name(u: &Unit, lang: Lang) -> String {
    if lang == Lang::En && !u.name_en.is_empty() { u.name_en.clone() } else { u.name_zh.clone() }
}

pub fn meeting_kind(lang: Lang, kind: &str) -> &'static str {
    match kind {
        "departmental" => lang.pick("部门例会", "Departmental meeting"),
        "plenary" => lang.pick("全体大会", "Plenary meeting"),
        "communication" => lang.pick("内部交流会", "Communication meeting"),
        _ => lang.pick("其他会议", "Other meeting"),
    }
}
