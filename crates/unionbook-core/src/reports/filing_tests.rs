use super::*;
use crate::activities::partners::is_safe_link;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::FormError;

/// A stand-in for the browser's pinyin over the texts these tests use.
fn initials(text: &str) -> String {
    let table = [
        ('学', 'x'),
        ('期', 'q'),
        ('工', 'g'),
        ('作', 'z'),
        ('计', 'j'),
        ('划', 'h'),
        ('生', 's'),
        ('活', 'h'),
        ('部', 'b'),
        ('实', 's'),
        ('践', 'j'),
    ];
    text.chars().filter_map(|c| table.iter().find(|(k, _)| *k == c).map(|(_, p)| *p)).collect()
}

fn kind_name(kind: &str) -> String {
    if kind == "minutes" { "会议纪要".into() } else { kind.into() }
}

fn words<'a>() -> Words<'a> {
    Words { initials: &initials, kind_name: &kind_name, collate: &|a: &str, b: &str| a.cmp(b) }
}

fn register() -> (Book, RecordId, RecordId) {
    let (mut book, mut clock, mut ids) = (Book::new(), Clock::new(SeededEntropy(1).new_id()), SeededEntropy(6));
    let (life, practice) = (ids.new_id(), ids.new_id());
    book.write(
        life,
        UNIT,
        clock.tick(1),
        [("name_zh".to_owned(), json!("生活部")), ("name_en".to_owned(), json!("Ministry of Life"))],
    );
    book.write(practice, UNIT, clock.tick(1), [("name_zh".to_owned(), json!("实践部"))]);
    for (title, kind, number, date, unit) in [
        ("学期工作计划", "plan", "XSH-2026-01", "2026-09-05", None),
        ("十月例会纪要", "minutes", "", "2026-10-14", Some(life)),
        ("赞助合同", "contract", "SJ-2026-03", "2026-10-20", Some(practice)),
    ] {
        let draft = DocumentDraft {
            title: title.into(),
            kind: kind.into(),
            number: number.into(),
            date: date.into(),
            unit: unit.map(|u: RecordId| u.to_string()).unwrap_or_default(),
            ..DocumentDraft::default()
        };
        book.write(ids.new_id(), FILED_DOCUMENT, clock.tick(2), draft.validate(&book).unwrap());
    }
    (book, life, practice)
}

fn titles(book: &Book, filter: Filter) -> Vec<String> {
    find_documents(book, &filter, &words()).into_iter().map(|d| d.title).collect()
}

#[test]
fn the_register_is_found_by_title_number_unit_kind_and_initials() {
    let (book, life, practice) = register();
    let q = |q: &str| titles(&book, Filter { query: q.into(), ..Filter::default() });
    assert_eq!(q(""), ["赞助合同", "十月例会纪要", "学期工作计划"], "newest first");
    assert_eq!(q("例会"), ["十月例会纪要"]);
    assert_eq!(q("sj-2026"), ["赞助合同"]);
    assert_eq!(q("ministry of life"), ["十月例会纪要"]);
    assert_eq!(q("实践部"), ["赞助合同"]);
    assert_eq!(q("会议纪要"), ["十月例会纪要"]);
    assert_eq!(q("xqgz"), ["学期工作计划"]);
    assert_eq!(q("shb"), ["十月例会纪要"], "the unit's initials");
    assert_eq!(titles(&book, Filter { kind: "plan".into(), ..Filter::default() }), ["学期工作计划"]);
    assert_eq!(titles(&book, Filter { unit: Some(practice), ..Filter::default() }), ["赞助合同"]);
    assert!(titles(&book, Filter { unit: Some(life), kind: "plan".into(), ..Filter::default() }).is_empty());
}

#[test]
fn a_document_needs_a_title_a_kind_and_a_date_and_keeps_any_link_as_typed() {
    let (book, ..) = register();
    let errors = DocumentDraft::default().validate(&book).unwrap_err();
    assert_eq!(
        errors,
        vec![("title", FormError::Required), ("doc_kind", FormError::NotAChoice), ("date", FormError::Required)]
    );
    let draft = DocumentDraft {
        title: "通知".into(),
        kind: "notice".into(),
        date: "2026-11-01".into(),
        link: "javascript:alert(1)".into(),
        ..DocumentDraft::default()
    };
    assert!(draft.validate(&book).unwrap().contains(&("link".into(), json!("javascript:alert(1)"))));
    assert!(!is_safe_link(&draft.link) && is_safe_link("https://example.edu/a.pdf"));
}
