use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};

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
    let headers: Vec<String> =
        ["序号", "姓名", "学号", "专业班级", "性别", "手机号码", "E-mail", "微信", "QQ", "备注", "Name"]
            .map(String::from)
            .into();
    use Column::*;
    assert_eq!(
        suggest(&headers),
        [Ignore, Name, StudentId, ClassMajor, Gender, Phone, Email, Wechat, Qq, Notes, Ignore]
    );
}

#[test]
fn a_roster_merges_by_student_id_instead_of_doubling() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let existing = SeededEntropy(2).new_id();
    book.write(
        existing,
        MEMBER,
        clock.tick(1),
        [("name".into(), json!("张三")), ("student_id".into(), json!("2024001")), ("phone".into(), json!("138"))],
    );
    let sheet = parse_sheet("姓名,学号,性别,入学年份,电话\n张三,2024001,男,2024,\n李四,2024002,女,2024级,139\n李四,2024002,,,13900000000\n,2024003,,,\n王五,,,,\n").unwrap();
    let mapping = suggest(&sheet.headers);
    let plan = plan(&book, &sheet, &mapping).unwrap();

    // 张三 is already a member: the roster adds gender and year, and keeps the phone it lacks.
    assert_eq!(plan.updates.len(), 1);
    let (id, changes) = &plan.updates[0];
    assert_eq!(*id, existing);
    assert_eq!(changes, &vec![("gender".to_owned(), json!("male")), ("year".to_owned(), json!(2024))]);
    // 李四 twice in the file is one member, with the later phone; 王五 has no student id.
    assert_eq!(plan.new.len(), 2);
    assert_eq!(plan.merged_in_file, 1);
    assert!(plan.new[0].contains(&("phone".to_owned(), json!("13900000000"))));
    assert!(plan.new[0].contains(&("year".to_owned(), json!(2024))));
    assert_eq!(plan.skipped, [(5, Skip::NoName)]);

    // Importing the same roster again finds nothing to change.
    for (i, fields) in plan.new.iter().enumerate() {
        book.write(SeededEntropy(10 + i as u64).new_id(), MEMBER, clock.tick(2), fields.clone());
    }
    for (id, fields) in &plan.updates {
        book.write(*id, MEMBER, clock.tick(2), fields.clone());
    }
    let again = super::plan(&book, &sheet, &mapping).unwrap();
    assert!(again.updates.is_empty());
    assert_eq!(again.new.len(), 1, "only 王五, who has no student id to be recognised by");
}

#[test]
fn without_a_name_column_there_is_nothing_to_import() {
    let sheet = parse_sheet("学号,电话\n1,2\n").unwrap();
    assert_eq!(plan(&Book::new(), &sheet, &suggest(&sheet.headers)), None);
}
