use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::people::everyone::{everyone, of_class};

fn person(id: RecordId, name: &str) -> Person {
    Person {
        id,
        member: None,
        student: Some(id),
        name: name.into(),
        student_id: String::new(),
        class: String::new(),
        dorm: String::new(),
    }
}

#[test]
fn inviting_adds_only_the_new_people_and_its_undo_puts_the_list_back() {
    let mut ids = SeededEntropy(5);
    let (list, a, b) = (ids.new_id(), ids.new_id(), ids.new_id());
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    book.write(list, "activity", clock.tick(1), [invited_field(&[a])]);
    assert_eq!(invite(&book, list, &[a]), None);
    let (change, undo) = invite(&book, list, &[a, b, b]).unwrap();
    book.write(list, "activity", clock.tick(2), change.writes[0].fields.clone());
    assert_eq!(invited(book.get(list).unwrap()), vec![a, b]);
    book.write(list, "activity", clock.tick(3), undo.writes[0].fields.clone());
    assert_eq!(invited(book.get(list).unwrap()), vec![a]);
}

#[test]
fn typed_names_find_known_people_and_make_new_students_for_the_rest() {
    let mut ids = SeededEntropy(6);
    let (list, zhang, li1, li2) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    let people = vec![person(zhang, "张三"), person(li1, "李四"), person(li2, "李四")];
    assert_eq!(
        read_names(&people, "张三\n 王五 ，李四、张三\n\n王五"),
        (vec![zhang], vec!["王五".to_owned(), "李四".to_owned()]),
        "a name two people share is not guessed"
    );
    let mut book = Book::new();
    book.write(list, "meeting", Clock::new(ids.new_id()).tick(1), [("title".to_owned(), json!("例会"))]);
    let mut fresh = SeededEntropy(60);
    let (change, undo) = invite_names(&book, list, &people, "张三、王五", "student", &mut || fresh.new_id()).unwrap();
    assert_eq!(change.writes.len(), 2);
    assert_eq!(change.writes[0].kind, "student");
    assert_eq!(change.writes[0].fields, vec![("name".to_owned(), json!("王五"))]);
    assert_eq!(undo.delete, vec![change.writes[0].record]);
    assert_eq!(change.writes[1].fields, vec![invited_field(&[zhang, change.writes[0].record])]);
}

#[test]
fn a_class_and_a_saved_list_invite_their_people_and_the_list_saves_under_a_name() {
    let mut ids = SeededEntropy(8);
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    let list = ids.new_id();
    book.write(list, "activity", clock.tick(1), [("title".to_owned(), json!("讲座"))]);
    for (name, class) in [("甲", "2301"), ("乙", "2301"), ("丙", "2302")] {
        let fields = [("name", name), ("class", class)].map(|(f, v)| (f.to_owned(), json!(v)));
        book.write(ids.new_id(), "student", clock.tick(1), fields);
    }
    assert_eq!(save_as_list(&book, list, "讲座名单"), Err(ListNameError::Empty));
    let class = of_class(&everyone(&book), "2301");
    let (change, _) = invite(&book, list, &class).unwrap();
    book.write(list, "activity", clock.tick(2), change.writes[0].fields.clone());
    assert_eq!(save_as_list(&book, list, " "), Err(ListNameError::Required));
    assert_eq!(save_as_list(&book, list, &"长".repeat(61)), Err(ListNameError::TooLong));
    let saved = ids.new_id();
    book.write(saved, PEOPLE_LIST, clock.tick(3), save_as_list(&book, list, "讲座名单").unwrap());
    let lists = people_lists(&book);
    assert_eq!(lists.len(), 1);
    assert_eq!((lists[0].name.as_str(), lists[0].people.len()), ("讲座名单", 2));
    let other = ids.new_id();
    book.write(other, "meeting", clock.tick(4), [("title".to_owned(), json!("例会"))]);
    let (change, _) = invite(&book, other, &lists[0].people).unwrap();
    book.write(other, "meeting", clock.tick(5), change.writes[0].fields.clone());
    assert_eq!(invited(book.get(other).unwrap()).len(), 2);
}
