use super::*;

#[test]
fn chinese_commas_and_quotes_survive_with_a_bom() {
    let table = Table {
        headers: vec!["姓名".into(), "备注".into()],
        rows: vec![vec!["张三".into(), "负责\"海报\", 宣传".into()]],
    };
    let bytes = table.to_csv();
    assert!(bytes.starts_with(UTF8_BOM));
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert_eq!(text, "姓名,备注\r\n张三,\"负责\"\"海报\"\", 宣传\"\r\n");
}

#[test]
fn cells_that_start_like_a_formula_are_text_and_numbers_stay_numbers() {
    let hostile = ["=1+1", "+86 138 0000 0000", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")"];
    for cell in hostile {
        assert_eq!(neutralised(cell), format!("'{cell}"), "{cell:?}");
    }
    for cell in ["-12.50", "-3", "1234.50", "张三", "", "2026-11-07", "a=b", "'already"] {
        assert_eq!(neutralised(cell), cell, "{cell:?}");
    }
    let table = Table { headers: vec!["=h".into(), "余额".into()], rows: vec![vec!["=1+1".into(), "-5.00".into()]] };
    let text = String::from_utf8(table.to_csv()[3..].to_vec()).unwrap();
    assert_eq!(text, "'=h,余额\r\n'=1+1,-5.00\r\n");
}

#[test]
fn figures_are_told_from_words() {
    let figures = [
        "¥11,000.00",
        "98.8",
        "97%",
        "-12.50",
        "2026年12月15日",
        "24\u{a0}Sep\u{a0}2026",
        "24 Sep 2026",
        "10 / 12",
        "19:30",
        "3",
        "2025-2026",
    ];
    for cell in figures {
        assert!(is_figure(cell), "{cell:?} is a figure");
    }
    let words =
        ["东区3号楼 303", "不合格 · Vetoed: 违规电器", "第3周", "", "—", "Room 5", "12 people", "2026年12月15日截止"];
    for cell in words {
        assert!(!is_figure(cell), "{cell:?} is words");
    }
}

#[test]
fn a_spreadsheet_gets_plain_spaces_where_the_screen_keeps_a_date_together() {
    let table = Table {
        headers: vec!["日期".into()],
        rows: vec![vec![crate::locale::Lang::En.format_date(chrono::NaiveDate::from_ymd_opt(2026, 9, 24).unwrap())]],
    };
    assert_eq!(String::from_utf8(table.to_csv()[3..].to_vec()).unwrap(), "日期\r\n24 Sep 2026\r\n");
}

proptest::proptest! {
    /// Whatever a cell holds, the written cell never starts a formula, and only a leading
    /// apostrophe is ever added.
    #[test]
    fn no_written_cell_starts_a_formula(cell in "\\PC{0,12}") {
        let out = neutralised(&cell);
        let safe = !out.starts_with(['=', '+', '@', '\t', '\r']) && (!out.starts_with('-') || is_plain_number(&out));
        proptest::prop_assert!(safe, "{:?} -> {:?}", cell, out);
        let quoted = format!("'{}", cell);
        proptest::prop_assert!(out == cell || out == quoted);
    }
}
