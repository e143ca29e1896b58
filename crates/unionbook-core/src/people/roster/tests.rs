use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::json;

use super::*;
use crate::book::{Book, Clock, Entropy, RecordId, SeededEntropy, Session};
use crate::people::model::UNIT;
use crate::people::roles::{ROLE, current_roles, role_fields};

/// "姓名,学号,班级\n张三,2024001,人力2401\n" in GBK, as Chinese Excel saves it.
const GBK_ROSTER: &[u8] =
    b"\xd0\xd5\xc3\xfb,\xd1\xa7\xba\xc5,\xb0\xe0\xbc\xb6\r\n\xd5\xc5\xc8\xfd,2024001,\xc8\xcb\xc1\xa62401\r\n";

#[test]
fn each_encoding_is_recognised() {
    assert_eq!(detect_encoding("\u{feff}姓名,学号".as_bytes()), (Encoding::Utf8, 3));
    assert_eq!(detect_encoding("姓名,学号".as_bytes()), (Encoding::Utf8, 0));
    assert_eq!(detect_encoding(GBK_ROSTER), (Encoding::Gb18030, 0));
    assert_eq!(detect_encoding(b"name,id\nLi,1"), (Encoding::Utf8, 0));
}

#[test]
fn gbk_bytes_decoded_as_the_browser_does_give_the_roster() {
    // The browser's TextDecoder("gb18030") does this in the app; encoding_rs stands in here.
    let (text, _, bad) = encoding_rs::GB18030.decode(GBK_ROSTER);
    assert!(!bad);
    let sheet = parse_sheet(&text).unwrap();
    assert_eq!(sheet.headers, ["姓名", "学号", "班级"]);
    assert_eq!(sheet.rows, [["张三", "2024001", "人力2401"]]);
}

#[test]
fn commas_or_tabs_with_or_without_a_bom() {
    for text in ["\u{feff}姓名,学号\n张三,1\n", "姓名\t学号\r\n张三\t1\r\n", "\n姓名, 学号 \n 张三 ,1\n\n"]
    {
        let sheet = parse_sheet(text).unwrap();
        assert_eq!(sheet.headers, ["姓名", "学号"], "{text:?}");
        assert_eq!(sheet.rows, [["张三", "1"]], "{text:?}");
    }
    // Quoted cells keep their commas; short rows are padded.
    let sheet = parse_sheet("姓名,备注,电话\n\"王, 芳\",\"说\"\"好\"\"\"\n").unwrap();
    assert_eq!(sheet.rows, [["王, 芳", "说\"好\"", ""]]);
}

#[test]
fn a_bad_file_gets_a_clear_reason() {
    assert_eq!(parse_sheet(""), Err(SheetError::Empty));
    assert_eq!(parse_sheet("  \n\n"), Err(SheetError::Empty));
    assert_eq!(parse_sheet("姓名,学号\n"), Err(SheetError::NoRows));
    let big: String =
        std::iter::once("姓名\n".to_owned()).chain((0..MAX_ROWS + 5).map(|i| format!("p{i}\n"))).collect();
    assert_eq!(parse_sheet(&big), Err(SheetError::TooManyRows(MAX_ROWS)));
    // An unclosed quote runs to the end of the file; the row it swallows is still one cell.
    assert!(parse_sheet("姓名\n\"张三\n").is_ok());
}

#[test]
fn headings_are_matched_to_fields_in_either_language() {
    let headers: Vec<String> = [
        "序号",
        "姓名",
        "学号",
        "专业班级",
        "性别",
        "手机号码",
        "E-mail",
        "微信",
        "QQ",
        "备注",
        "Name",
        "所在部门",
        "职务",
    ]
    .map(String::from)
    .into();
    use Column::*;
    assert_eq!(
        suggest(&headers),
        [Ignore, Name, StudentId, ClassMajor, Gender, Phone, Email, Wechat, Qq, Notes, Ignore, Unit, Position]
    );
    let english: Vec<String> =
        ["Name", "Department name", "Job title", "Ministry", "Position"].map(String::from).into();
    assert_eq!(suggest(&english), [Name, Unit, Position, Ignore, Ignore]);
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// A book with the units 生活部 and "Study Ministry" (学习部), and 张三 (2024001), who is
/// already a minister of 生活部.
struct Union {
    book: Book,
    clock: Clock,
    life: RecordId,
    study: RecordId,
    zhang: RecordId,
}

fn union() -> Union {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(2);
    let (life, study, zhang) = (ids.new_id(), ids.new_id(), ids.new_id());
    book.write(life, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
    book.write(
        study,
        UNIT,
        clock.tick(1),
        [("name_zh".into(), json!("学习部")), ("name_en".into(), json!("Study Ministry"))],
    );
    book.write(
        zhang,
        MEMBER,
        clock.tick(1),
        [("name".into(), json!("张三")), ("student_id".into(), json!("2024001")), ("phone".into(), json!("138"))],
    );
    let since = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    book.write(ids.new_id(), ROLE, clock.tick(1), role_fields(zhang, life, "minister", since));
    Union { book, clock, life, study, zhang }
}

fn planned(book: &Book, csv: &str, declined: &[&str]) -> RosterPlan {
    let sheet = parse_sheet(csv).unwrap();
    let declined: BTreeSet<String> = declined.iter().map(|d| unit_key(d)).collect();
    plan(book, &sheet, &suggest(&sheet.headers), today(), &declined).unwrap()
}

fn entry<'a>(plan: &'a RosterPlan, name: &str) -> &'a Entry {
    plan.entries.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name} in {plan:#?}"))
}

#[test]
fn a_roster_merges_by_student_id_instead_of_doubling() {
    let Union { mut book, clock, zhang, .. } = union();
    let csv = "姓名,学号,性别,入学年份,电话\n张三,2024001,男,2024,\n李四,2024002,女,2024级,139\n李四,2024002,,,13900000000\n,2024003,,,\n王五,,,,\n";
    let plan = planned(&book, csv, &[]);

    // 张三 is already a member: the roster adds gender and year, and keeps the phone it lacks.
    let updated: Vec<&Entry> = plan.group(Group::Updated).collect();
    assert_eq!(updated.len(), 1);
    assert_eq!(updated[0].rows, [2]);
    let Ok(Person::Known { id, changes }) = &updated[0].person else { panic!("{updated:?}") };
    assert_eq!(*id, zhang);
    let change = |field: &str, becomes| Change { field: field.into(), was: None, becomes };
    assert_eq!(changes, &vec![change("gender", json!("male")), change("year", json!(2024))]);
    // 李四 twice in the file is one member, with the later phone; 王五 has no student id.
    assert_eq!(plan.count(Group::New), 2);
    assert_eq!(plan.merged_in_file, 1);
    let li = entry(&plan, "李四");
    assert_eq!(li.rows, [3, 4]);
    let Ok(Person::New(fields)) = &li.person else { panic!("{li:?}") };
    assert!(fields.contains(&("phone".to_owned(), json!("13900000000"))));
    assert!(fields.contains(&("year".to_owned(), json!(2024))));
    let refused: Vec<&Entry> = plan.group(Group::Refused).collect();
    assert_eq!(refused.len(), 1);
    assert_eq!((refused[0].rows.as_slice(), refused[0].person.clone()), (&[5][..], Err(Refusal::NoName)));

    // Importing the same roster again changes nothing: every row is listed as unchanged.
    let mut session = Session::in_memory(std::mem::take(&mut book), clock.device());
    let mut ids = SeededEntropy(10);
    let applied = apply(&mut session, 5, &plan, today(), &mut || ids.new_id());
    assert_eq!(applied, Applied { new: 2, updated: 1, roles: 0, units: 0 });
    let again = planned(session.book(), csv, &[]);
    assert_eq!(again.count(Group::Updated), 0);
    let unchanged: Vec<&str> = again.group(Group::Unchanged).map(|e| e.name.as_str()).collect();
    assert_eq!(unchanged, ["张三", "李四"]);
    assert_eq!(again.count(Group::New), 1, "only 王五, who has no student id to be recognised by");
}

#[test]
fn positions_are_read_in_either_language() {
    // Every name the app itself shows for a position, in both languages, reads back as it.
    for locale in [include_str!("../../../../../locales/en.json"), include_str!("../../../../../locales/zh.json")] {
        let names: serde_json::Value = serde_json::from_str(locale).unwrap();
        for position in crate::people::model::POSITIONS {
            let shown = names["people"]["position"][position].as_str().unwrap();
            assert_eq!(position_of(shown), Some(*position), "{shown}");
            assert_eq!(position_of(&format!(" {} ", shown.to_uppercase())), Some(*position), "{shown}");
        }
    }
    assert_eq!(position_of("生活部副部长"), Some("vice_minister"));
    assert_eq!(position_of("学生会主席"), Some("president"));
    assert_eq!(position_of("办公室主任"), Some("minister"));
    assert_eq!(position_of("Deputy  Minister"), Some("vice_minister"));
    assert_eq!(position_of("副会长"), None, "a vice head of an association is not its head");
    assert_eq!(position_of("组长"), None);
    assert_eq!(position_of(""), None);
}

#[test]
fn units_and_positions_give_roles_and_missing_units_are_offered() {
    let Union { book, life, study, .. } = union();
    let csv = "姓名,学号,部门,职务\n\
               李四,2024002, 生活部 ,干事\n\
               王芳,2024003,study ministry,Vice-minister\n\
               赵六,2024004,体育部,部长\n\
               钱七,2024005,体育部,\n\
               孙八,2024006,生活部,组长\n\
               周九,2024007,,部长\n";
    let plan = planned(&book, csv, &[]);
    let role = |name: &str| entry(&plan, name).roles.clone();
    let held = |unit, position| PlannedRole { unit, position, already_held: false };
    // Units are found by their Chinese or English name, trimmed, Latin in either case.
    assert_eq!(role("李四"), [held(UnitRef::Known(life), "assistant")]);
    assert_eq!(role("王芳"), [held(UnitRef::Known(study), "vice_minister")]);
    // 体育部 is not in the book: offered once, and the roles wait for it.
    assert_eq!(plan.missing_units, ["体育部"]);
    assert_eq!(role("赵六"), [held(UnitRef::ToCreate("体育部".into()), "minister")]);
    // No position: a plain member of the unit. An unknown one: the same, and the row says so.
    assert_eq!(role("钱七"), [held(UnitRef::ToCreate("体育部".into()), FALLBACK_POSITION)]);
    assert!(entry(&plan, "钱七").notes.is_empty());
    assert_eq!(role("孙八"), [held(UnitRef::Known(life), FALLBACK_POSITION)]);
    assert_eq!(entry(&plan, "孙八").notes, [Note::UnknownPosition("组长".into())]);
    // A position with no unit is no role.
    assert!(role("周九").is_empty());
    assert_eq!(entry(&plan, "周九").notes, [Note::PositionWithoutUnit("部长".into())]);
    assert_eq!(plan.count(Group::New), 6);

    // Declined: 体育部 is still listed (to be ticked again), and its rows say they get no role.
    let declined = planned(&book, csv, &["体育部"]);
    assert_eq!(declined.missing_units, ["体育部"]);
    let zhao = entry(&declined, "赵六");
    assert!(zhao.roles.is_empty());
    assert_eq!(zhao.notes, [Note::UnitNotCreated("体育部".into())]);
    assert_eq!(zhao.group(), Group::New, "the member is imported all the same");
}

#[test]
fn applying_creates_the_units_members_and_roles_from_the_import_date() {
    let Union { book, clock, life, .. } = union();
    let csv = "姓名,学号,部门,职务\n李四,2024002,生活部,干事\n赵六,2024004,体育部,部长\n钱七,2024005,体育部,副部长\n";
    let plan = planned(&book, csv, &[]);
    let mut session = Session::in_memory(book, clock.device());
    let mut ids = SeededEntropy(20);
    let applied = apply(&mut session, 9, &plan, today(), &mut || ids.new_id());
    assert_eq!(applied, Applied { new: 3, updated: 0, roles: 3, units: 1 });

    let book = session.book();
    let sports = crate::people::model::units(book).into_iter().find(|u| u.name_zh == "体育部").expect("created");
    assert!(sports.active);
    assert_eq!(sports.unit_kind, "ministry");
    let member = |sid| crate::people::model::member_with_student_id(book, sid).unwrap();
    let now = |sid| {
        current_roles(book, member(sid), today())
            .into_iter()
            .map(|r| (r.unit, r.position, r.from, r.to))
            .collect::<Vec<_>>()
    };
    assert_eq!(now("2024002"), [(Some(life), "assistant".into(), Some(today()), None)]);
    assert_eq!(now("2024004"), [(Some(sports.id), "minister".into(), Some(today()), None)]);
    assert_eq!(now("2024005"), [(Some(sports.id), "vice_minister".into(), Some(today()), None)]);

    // Declined units are not created, and their rows' members come without a role.
    let Union { book, clock, .. } = union();
    let declined = planned(&book, "姓名,学号,部门\n赵六,2024004,体育部\n", &["体育部"]);
    let mut session = Session::in_memory(book, clock.device());
    let applied = apply(&mut session, 9, &declined, today(), &mut || ids.new_id());
    assert_eq!(applied, Applied { new: 1, updated: 0, roles: 0, units: 0 });
    assert!(crate::people::model::units(session.book()).iter().all(|u| u.name_zh != "体育部"));
}

#[test]
fn a_role_held_already_is_unchanged_not_doubled() {
    let Union { book, clock, zhang, life, .. } = union();
    // 张三 is minister of 生活部 since September; the roster says so too, twice.
    let csv = "姓名,学号,部门,职务\n张三,2024001,生活部,部长\n张三,2024001,生活部,部长\n李四,2024002,生活部,干事\n";
    let plan = planned(&book, csv, &[]);
    let zhang_entry = entry(&plan, "张三");
    assert_eq!(
        zhang_entry.roles,
        [PlannedRole { unit: UnitRef::Known(life), position: "minister", already_held: true }]
    );
    assert_eq!(zhang_entry.group(), Group::Unchanged);
    assert_eq!(zhang_entry.rows, [2, 3]);
    assert_eq!(plan.count(Group::Unchanged), 1);

    let mut session = Session::in_memory(book, clock.device());
    let mut ids = SeededEntropy(30);
    apply(&mut session, 9, &plan, today(), &mut || ids.new_id());
    assert_eq!(current_roles(session.book(), zhang, today()).len(), 1);
    // A new position in a unit where they hold another is a change, shown as an update.
    let promoted = planned(session.book(), "姓名,学号,部门,职务\n张三,2024001,学习部,部长\n", &[]);
    assert_eq!(entry(&promoted, "张三").group(), Group::Updated);

    // Applying a plan made before another tab added the same role does not double it either.
    let stale = planned(session.book(), "姓名,学号,部门,职务\n李四,2024002,学习部,干事\n", &[]);
    let li = crate::people::model::member_with_student_id(session.book(), "2024002").unwrap();
    let study = crate::people::model::units(session.book()).into_iter().find(|u| u.name_zh == "学习部").unwrap().id;
    session.write(10, ids.new_id(), ROLE, role_fields(li, study, "assistant", today()));
    let applied = apply(&mut session, 11, &stale, today(), &mut || ids.new_id());
    assert_eq!(applied.roles, 0);
    assert_eq!(current_roles(session.book(), li, today()).len(), 2);
}

#[test]
fn cells_too_long_for_their_field_refuse_the_row_and_odd_cells_are_reported() {
    let long_id = "2".repeat(21);
    let csv = format!("姓名,学号,性别,年级\n李四,{long_id},男,2024\n王芳,2024003,不详,大二\n");
    let plan = planned(&Book::new(), &csv, &[]);
    assert_eq!(entry(&plan, "李四").person, Err(Refusal::TooLong { field: "student_id", max: 20 }));
    let wang = entry(&plan, "王芳");
    assert_eq!(wang.group(), Group::New);
    assert_eq!(
        wang.notes,
        [
            Note::NotUnderstood { field: "gender", cell: "不详".into() },
            Note::NotUnderstood { field: "year", cell: "大二".into() },
        ]
    );
}

#[test]
fn without_a_name_column_there_is_nothing_to_import() {
    let sheet = parse_sheet("学号,电话\n1,2\n").unwrap();
    assert_eq!(plan(&Book::new(), &sheet, &suggest(&sheet.headers), today(), &BTreeSet::new()), None);
}
