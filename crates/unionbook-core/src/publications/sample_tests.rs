use crate::book::{Book, Clock, Entropy, SeededEntropy};
use crate::publications::issues::{IssueStatus, articles_of, issues_of, periodicals};
use crate::sample::sample_records;

#[test]
fn the_window_of_life_has_an_issue_published_with_its_articles_and_the_journal_one_in_editing() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    for (id, kind, fields) in sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let list = periodicals(&book, &|a, b| a.cmp(b));
    let window = list.iter().find(|p| p.title == "生活之窗").expect("the Window of Life");
    let published: Vec<_> = issues_of(&book, window.id)
        .into_iter()
        .filter(|i| {
            i.status == IssueStatus::Published
                && i.published_on.is_some_and(|d| d >= chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap())
        })
        .collect();
    let latest = published.last().expect("an issue published in the semester");
    assert!((3..=4).contains(&articles_of(&book, latest.id).len()));
    assert!(latest.safe_link().is_some());
    let journal = list.iter().find(|p| p.title == "学刊").expect("the Journal");
    assert_eq!(issues_of(&book, journal.id).last().map(|i| i.status), Some(IssueStatus::Editing));
}
