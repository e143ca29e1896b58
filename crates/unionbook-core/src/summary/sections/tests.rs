//! The rules a handed-in summary keeps, each against the sample union with records added that
//! would break it: no zero presented as an achievement, no comparison against a semester
//! without records of that kind, no ASCII comma between Chinese characters, every winner
//! named, long enumerations summarised in the text and complete in the appendix.

use serde_json::{Value, json};

use crate::book::{Book, Clock, Entropy, RecordId, SeededEntropy};
use crate::locale::Lang;
use crate::summary::document::{Summary, Value as Shown};
use crate::summary::draft::{draft, periods};
use crate::summary::markdown::render;
use crate::summary::words::is_cjk;

struct Union {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
}

fn fields(list: &[(&str, Value)]) -> Vec<(String, Value)> {
    list.iter().map(|(f, v)| ((*f).to_owned(), v.clone())).collect()
}

impl Union {
    fn sample() -> Union {
        let mut u = Union { book: Book::new(), clock: Clock::new(SeededEntropy(1).new_id()), ids: SeededEntropy(77) };
        for (id, kind, fields) in crate::sample::sample_records() {
            u.book.write(id, kind, u.clock.tick(1), fields);
        }
        u
    }

    fn put(&mut self, kind: &str, list: &[(&str, Value)]) -> RecordId {
        let id = self.ids.new_id();
        self.book.write(id, kind, self.clock.tick(1), fields(list));
        id
    }

    fn semester(&self) -> RecordId {
        periods(&self.book, Lang::Zh).into_iter().find(|p| !p.is_term).unwrap().id
    }

    fn summary(&self, lang: Lang) -> Summary {
        let p = periods(&self.book, lang).into_iter().find(|p| !p.is_term).unwrap();
        draft(&self.book, &p, lang)
    }

    fn member(&self, name: &str) -> RecordId {
        self.book.live("member").find(|(_, r)| r.text("name") == name).map(|(id, _)| id).expect(name)
    }
}

/// Every sentence the summary wrote from the records (not the officers' text).
fn prose(s: &Summary) -> String {
    let mut out = s.opening.clone();
    for section in &s.sections {
        out.extend(section.paragraphs.iter().cloned());
        out.extend(section.parts.iter().flat_map(|p| p.paragraphs.iter().cloned()));
    }
    out.join("\n")
}

/// "0项", "0人次": a zero count with its measure word, in Chinese prose.
fn zero_counts(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            chars[i] == '0' && (i == 0 || !chars[i - 1].is_ascii_digit() && !matches!(chars[i - 1], '.' | ','))
        })
        .filter(|&i| chars.get(i + 1).is_some_and(|c| "项人次场名份期笔间轮家".contains(*c)))
        .map(|i| chars[i.saturating_sub(8)..(i + 3).min(chars.len())].iter().collect())
        .collect()
}

#[test]
fn a_zero_is_never_presented_as_an_achievement() {
    let mut u = Union::sample();
    let semester = u.semester().to_string();
    // Things that came to nothing: a round nobody was hired from, a training nobody was invited
    // to, an activity held with no count, a meeting without decisions, an appraisal undecided.
    let round = u.put(
        "recruit_round",
        &[("semester", json!(semester)), ("title", json!("冬季招新")), ("opened", json!("2026-12-01"))],
    );
    u.put("candidate", &[("round", json!(round.to_string())), ("name", json!("甲")), ("stage", json!("not_hired"))]);
    u.put("training", &[("topic", json!("无人培训")), ("date", json!("2026-12-02"))]);
    u.put("meeting", &[("meeting_kind", json!("plenary")), ("date", json!("2026-12-03"))]);
    u.put(
        "activity",
        &[
            ("title", json!("无人数的活动")),
            ("status", json!("held")),
            ("date", json!("2026-12-04")),
            ("held_on", json!("2026-12-04")),
        ],
    );
    for lang in Lang::ALL {
        let s = u.summary(lang);
        let zeros: Vec<_> = s
            .sections
            .iter()
            .flat_map(|sec| sec.figures.iter().chain(sec.parts.iter().flat_map(|p| p.figures.iter())))
            .filter(|f| matches!(f.value, Shown::Count(0)))
            .map(|f| f.label.clone())
            .collect();
        assert!(zeros.is_empty(), "zero figures: {zeros:?}");
        let text = prose(&s);
        assert_eq!(zero_counts(&text), Vec::<String>::new(), "{text}");
        for nothing in
            [" no activities", " no members", " no meetings", " no trainings", " no awards", " no participants", " 0 "]
        {
            assert!(!text.contains(nothing), "{nothing:?} in {text}");
        }
    }
    let zh = prose(&u.summary(Lang::Zh));
    assert!(zh.contains("另有1人未被录用"), "{zh}");
}

#[test]
fn a_comparison_appears_only_against_a_semester_with_records_of_that_kind() {
    let mut u = Union::sample();
    // The semester before, on record but empty.
    let before = u.put(
        "semester",
        &[
            ("start_year", json!(2025)),
            ("half", json!("second")),
            ("starts", json!("2026-02-20")),
            ("ends", json!("2026-07-10")),
        ],
    );
    let s = u.summary(Lang::Zh);
    assert!(s.appendix.iter().all(|t| !t.caption.contains("上学期")), "no comparison table");
    assert!(!prose(&s).contains("上学期"), "{}", prose(&s));
    // With activities held before (and nothing else), only those figures are compared.
    u.put(
        "activity",
        &[
            ("title", json!("春季讲座")),
            ("status", json!("held")),
            ("date", json!("2026-04-10")),
            ("held_on", json!("2026-04-10")),
            ("counted", json!(50)),
        ],
    );
    let s = u.summary(Lang::En);
    let table = s.appendix.iter().find(|t| t.caption.contains("previous semester")).expect("a comparison");
    let labels: Vec<&str> = table.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(labels, ["Activities held", "Participants"]);
    assert!(!prose(&s).contains("Last semester"), "no sponsorship was on record before");
    let _ = before;
}

#[test]
fn no_ascii_comma_sits_between_chinese_characters() {
    let mut u = Union::sample();
    u.put(
        "sponsorship",
        &[
            ("sponsor", json!("华为,腾讯联合体")),
            ("form", json!("cash")),
            ("amount", json!(10_000)),
            ("status", json!("received")),
            ("received_on", json!("2026-11-20")),
        ],
    );
    u.put(
        "activity",
        &[
            ("title", json!("辩论赛")),
            ("status", json!("held")),
            ("date", json!("2026-11-21")),
            ("held_on", json!("2026-11-21")),
            ("outcome", json!("效果好,反响大; 共 3 场")),
        ],
    );
    let md = render(&u.summary(Lang::Zh));
    let chars: Vec<char> = md.chars().filter(|c| *c != ' ').collect();
    for w in chars.windows(3) {
        assert!(!(is_cjk(w[0]) && matches!(w[1], ',' | ';' | ':') && is_cjk(w[2])), "{}", w.iter().collect::<String>());
    }
    assert!(md.contains("华为，腾讯联合体") && md.contains("效果好，反响大；共 3 场"), "{md}");
}

#[test]
fn every_winner_is_named() {
    let mut u = Union::sample();
    let names = ["许志远", "林晓东"].map(|n| u.member(n).to_string());
    u.put(
        "award",
        &[
            ("title", json!("明日之星")),
            ("level", json!("department")),
            ("date", json!("2026-12-10")),
            ("recipient", json!("people")),
            ("people", json!(names)),
        ],
    );
    for lang in Lang::ALL {
        let text = prose(&u.summary(lang));
        for name in ["许志远", "林晓东"] {
            assert!(text.contains(name), "{name} named in {text}");
        }
        assert!(text.contains("明日之星"));
    }
}

#[test]
fn long_lists_are_summarised_in_the_text_and_complete_in_the_appendix() {
    let u = Union::sample();
    let s = u.summary(Lang::Zh);
    let partners = s.appendix.iter().find(|t| t.caption.ends_with("合作单位")).expect("the partners' table");
    assert_eq!(partners.rows.len(), 30, "every enterprise at the fair");
    let text = prose(&s);
    assert!(text.contains("30家单位参与，包括"), "{text}");
    let named = partners.rows.iter().filter(|r| text.contains(r[1].as_str())).count();
    assert!(named <= 3, "the text names a few ({named}), the appendix all");
    // Every meeting is in the appendix; the text counts them by kind.
    let meetings = s.appendix.iter().find(|t| t.caption.ends_with("会议一览")).unwrap();
    assert_eq!(meetings.rows.len(), crate::meetings::model::meetings(&u.book, None, None).len());
    assert!(text.contains("部门例会1次、内部交流会1次"), "{text}");
}
