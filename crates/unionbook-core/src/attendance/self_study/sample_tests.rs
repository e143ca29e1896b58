use crate::attendance::self_study::model::checks;
use crate::attendance::self_study::rates::{by_class, repeat_absentees};
use crate::book::{Book, Clock, Entropy, SeededEntropy};
use crate::people::everyone::{everyone, of_class};
use crate::sample::sample_records;

#[test]
fn the_sample_week_has_both_classes_a_repeat_absentee_and_marks_people_as_lists_do() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(5).new_id());
    for (id, kind, fields) in sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let list = checks(&book, None);
    assert_eq!(list.len(), 10);
    let people = everyone(&book);
    for c in &list {
        let class = of_class(&people, &c.class);
        assert_eq!(c.expected, class.len(), "{}", c.class);
        assert!(c.exceptions.iter().all(|(p, _)| class.contains(p)), "marked under the id lists use");
    }
    let rates = by_class(&list, &|a, b| a.cmp(b));
    assert_eq!(rates.len(), 2);
    let repeat = repeat_absentees(&list, 3, &|a, b| a.cmp(&b));
    assert_eq!(repeat.len(), 1);
    assert_eq!(repeat[0].dates.len(), 3);
}
