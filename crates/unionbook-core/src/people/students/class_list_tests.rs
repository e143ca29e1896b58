use serde_json::json;

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::people::roster::{Encoding, detect_encoding, parse_sheet};

/// "姓名,学号,班级,宿舍\r\n张三,2024001,行政管理2401,6-512\r\n" in GBK, as Chinese Excel
/// saves a class list.
const GBK_LIST: &[u8] = b"\xd0\xd5\xc3\xfb,\xd1\xa7\xba\xc5,\xb0\xe0\xbc\xb6,\xcb\xde\xc9\xe1\r\n\
\xd5\xc5\xc8\xfd,2024001,\xd0\xd0\xd5\xfe\xb9\xdc\xc0\xed2401,6-512\r\n";

fn sheet(text: &str) -> Sheet {
    parse_sheet(text).unwrap()
}

fn planned(book: &Book, text: &str) -> ClassListPlan {
    let sheet = sheet(text);
    plan(book, &sheet, &suggest(&sheet.headers)).unwrap()
}

/// 张三 (2024001) in the register with a class and phone.
fn register() -> (Book, RecordId) {
    let mut book = Book::new();
    let zhang = SeededEntropy(4).new_id();
    let fields = [("name", "张三"), ("student_id", "2024001"), ("class", "行政管理 2401"), ("phone", "138")];
    book.write(zhang, STUDENT, Clock::new(zhang).tick(1), fields.map(|(f, v)| (f.to_owned(), json!(v))));
    (book, zhang)
}

#[test]
fn a_gbk_class_list_decoded_as_the_browser_does_is_read() {
    assert_eq!(detect_encoding(GBK_LIST).0, Encoding::Gb18030);
    // The browser's TextDecoder("gb18030") does this in the app; encoding_rs stands in here.
    let (text, _, bad) = encoding_rs::GB18030.decode(GBK_LIST);
    assert!(!bad);
    let plan = planned(&Book::new(), &text);
    assert_eq!(plan.rows.len(), 1);
    let Ok(Outcome::New(fields)) = &plan.rows[0].outcome else { panic!("{plan:?}") };
    assert!(fields.contains(&("class".into(), json!("行政管理2401"))));
    assert!(fields.contains(&("dorm".into(), json!("6-512"))));
}

#[test]
fn a_bom_is_no_part_of_the_first_heading() {
    let text = "\u{feff}学号,姓名\n2024009,王五\n";
    assert_eq!(detect_encoding(text.as_bytes()), (Encoding::Utf8, 3));
    let plan = planned(&Book::new(), text);
    assert_eq!((plan.rows[0].student_id.as_str(), plan.count(Group::New)), ("2024009", 1));
}

#[test]
fn headings_in_either_language_find_their_fields() {
    use Column::*;
    let zh: Vec<String> = [
        "序号",
        "姓名",
        "学号",
        "专业班级",
        "专业",
        "年级",
        "性别",
        "宿舍号",
        "联系电话",
        "邮箱",
        "微信",
        "QQ号",
        "备注",
    ]
    .map(String::from)
    .into();
    assert_eq!(
        suggest(&zh),
        [Ignore, Name, StudentId, Class, Major, Year, Gender, Dorm, Phone, Email, Wechat, Qq, Notes]
    );
    let en: Vec<String> =
        ["Student ID", "Student name", "Class", "Dorm room", "Mobile", "Name"].map(String::from).into();
    assert_eq!(suggest(&en), [StudentId, Name, Class, Dorm, Phone, Ignore]);
}

#[test]
fn without_a_name_or_student_id_column_nothing_is_planned() {
    let s = sheet("姓名,班级\n张三,a\n");
    assert_eq!(plan(&Book::new(), &s, &suggest(&s.headers)), Err(Missing::StudentId));
    let s = sheet("学号,班级\n1,a\n");
    assert_eq!(plan(&Book::new(), &s, &suggest(&s.headers)), Err(Missing::Name));
}

#[test]
fn a_known_student_gets_only_the_fields_the_list_changes() {
    let (book, zhang) = register();
    // The same class, a new dorm, an empty phone cell (kept, never erased).
    let plan = planned(&book, "姓名,学号,班级,宿舍,电话\n张三,2024001,行政管理 2401,6-512,\n");
    let row = &plan.rows[0];
    assert_eq!(row.group(), Group::Updated);
    let Ok(Outcome::Known { id, changes }) = &row.outcome else { panic!("{row:?}") };
    assert_eq!(*id, zhang);
    assert_eq!(changes, &[Change { field: "dorm".into(), was: None, becomes: json!("6-512") }]);

    let mut session = Session::in_memory(book, SeededEntropy(5).new_id());
    let mut ids = SeededEntropy(6);
    let applied = apply(&mut session, 10_000, &plan, &mut || ids.new_id());
    assert_eq!((applied.new, applied.updated), (0, 1));
    assert_eq!(applied.before, [(zhang, vec![("dorm".to_owned(), Value::Null)])]);
    let record = session.book().get(zhang).unwrap();
    assert_eq!(record.text("dorm"), "6-512");
    assert_eq!(record.text("phone"), "138");
    // The unchanged fields were not written again: their stamps are the first write's.
    assert_eq!(record.fields["class"].at, record.fields["name"].at);
    assert_ne!(record.fields["dorm"].at, record.fields["name"].at);
    // The same list again changes nothing.
    let again = planned(session.book(), "姓名,学号,班级,宿舍\n张三,2024001,行政管理 2401,6-512\n");
    assert_eq!(again.count(Group::Unchanged), 1);
}

#[test]
fn duplicates_within_the_file_are_refused_naming_the_first_row() {
    let (book, _) = register();
    let plan = planned(&book, "姓名,学号\n王五,2024005\n赵六,2024006\n王五,2024005\n张三,2024001\n张三,2024001\n");
    let groups: Vec<Group> = plan.rows.iter().map(Row::group).collect();
    use Group::*;
    assert_eq!(groups, [New, New, Refused, Unchanged, Refused]);
    assert_eq!(plan.rows[2].outcome, Err(Refusal::SameIdAs(2)));
    assert_eq!(plan.rows[4].outcome, Err(Refusal::SameIdAs(5)));
    let mut session = Session::in_memory(book, SeededEntropy(5).new_id());
    let mut ids = SeededEntropy(6);
    let applied = apply(&mut session, 10_000, &plan, &mut || ids.new_id());
    assert_eq!((applied.new, applied.updated, applied.created.len()), (2, 0, 2));
    assert_eq!(session.book().live(STUDENT).count(), 3);
}

#[test]
fn rows_without_a_name_or_student_id_or_with_too_long_a_cell_are_refused() {
    let long = "x".repeat(31);
    let text = format!(
        "姓名,学号,宿舍,年级,性别\n,2024007,,,\n王五,,,,\n赵六,2024008,{long},,\n钱七,2024009,,2024级,机器人\n"
    );
    let plan = planned(&Book::new(), &text);
    let outcomes: Vec<_> = plan.rows.iter().map(|r| r.outcome.clone().err()).collect();
    assert_eq!(
        outcomes,
        [Some(Refusal::NoName), Some(Refusal::NoStudentId), Some(Refusal::TooLong { field: "dorm", max: 30 }), None]
    );
    // A gender not understood is left out and said; the year is read from "2024级".
    let last = &plan.rows[3];
    assert_eq!(last.not_understood, [("gender", "机器人".to_owned())]);
    let Ok(Outcome::New(fields)) = &last.outcome else { panic!() };
    assert!(fields.contains(&("year".into(), json!(2024))));
    assert_eq!(plan.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 3, 4, 5]);
}

proptest::proptest! {
    /// Whatever a list holds (repeated ids, empty cells, the register's own students), importing
    /// it a second time changes nothing, and no field the register had is erased.
    #[test]
    fn importing_a_list_twice_changes_nothing_the_second_time(
        rows in proptest::collection::vec((0..5u8, 0..4u8, 0..3u8), 1..12)
    ) {
        let names = ["张三", "李四", "王五", ""];
        let dorms = ["", "6-512", "3-201"];
        let mut text = String::from("姓名,学号,宿舍\n");
        for (id, name, dorm) in &rows {
            text.push_str(&format!("{},202400{id},{}\n", names[*name as usize], dorms[*dorm as usize]));
        }
        let (book, zhang) = register();
        let mut session = Session::in_memory(book, SeededEntropy(5).new_id());
        let mut ids = SeededEntropy(6);
        let first = planned(session.book(), &text);
        apply(&mut session, 10_000, &first, &mut || ids.new_id());
        let again = planned(session.book(), &text);
        proptest::prop_assert_eq!(again.count(Group::New) + again.count(Group::Updated), 0);
        proptest::prop_assert_eq!(again.count(Group::Refused), first.count(Group::Refused));
        let zhang = session.book().get(zhang).unwrap();
        proptest::prop_assert_eq!(zhang.text("phone"), "138");
        proptest::prop_assert!(!zhang.text("class").is_empty());
    }
}
