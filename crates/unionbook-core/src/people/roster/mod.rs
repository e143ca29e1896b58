//! Member rosters from spreadsheets: CSV as Chinese Excel writes it (UTF-8 with or without a
//! BOM, or GB18030/GBK; commas or tabs), a step where the user matches columns to fields, and a
//! plan (`roster::plan`) that merges members by student id instead of doubling them and gives
//! them their roles.

use super::model::{GENDERS, MEMBER};

/// Rows a roster may have: a department's students over four years, with room.
pub const MAX_ROWS: usize = 5_000;

/// How the file's bytes are to be read as text. GB18030 (a superset of GBK) is decoded by the
/// browser's `TextDecoder`, so no encoding tables ship in the wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
}

/// The encoding of a CSV file, and how many bytes of byte-order mark to skip.
pub fn detect_encoding(bytes: &[u8]) -> (Encoding, usize) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        (Encoding::Utf8, 3)
    } else if std::str::from_utf8(bytes).is_ok() {
        (Encoding::Utf8, 0)
    } else {
        (Encoding::Gb18030, 0)
    }
}

/// Why a file is not a roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    Empty,
    /// Only a heading row, no people.
    NoRows,
    TooManyRows(usize),
    /// The CSV itself is broken at this line.
    Malformed {
        line: u64,
    },
}

/// A spreadsheet: its heading row, and the rows under it (trimmed, padded to the headings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn parse_sheet(text: &str) -> Result<Sheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().find(|l| !l.trim().is_empty()).ok_or(SheetError::Empty)?;
    let delimiter = if first_line.matches('\t').count() > first_line.matches(',').count() { b'\t' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Malformed { line: e.position().map_or(0, |p| p.line()) })?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        records.push(record.iter().map(str::to_owned).collect::<Vec<String>>());
        if records.len() > MAX_ROWS + 1 {
            return Err(SheetError::TooManyRows(MAX_ROWS));
        }
    }
    let mut rows = records.into_iter();
    let headers = rows.next().ok_or(SheetError::Empty)?;
    let width = headers.len();
    let rows: Vec<Vec<String>> = rows
        .map(|mut r| {
            r.resize(width.max(r.len()), String::new());
            r
        })
        .collect();
    if rows.is_empty() {
        return Err(SheetError::NoRows);
    }
    Ok(Sheet { headers, rows })
}

/// What a column holds: a member's field, or the unit and position of a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Ignore,
    Name,
    StudentId,
    ClassMajor,
    Year,
    Gender,
    Phone,
    Email,
    Wechat,
    Qq,
    Notes,
    Unit,
    Position,
}

impl Column {
    pub const ALL: [Column; 13] = [
        Column::Ignore,
        Column::Name,
        Column::StudentId,
        Column::ClassMajor,
        Column::Year,
        Column::Gender,
        Column::Phone,
        Column::Email,
        Column::Wechat,
        Column::Qq,
        Column::Notes,
        Column::Unit,
        Column::Position,
    ];

    /// The column's name in the mapping's choices (a member field's name, or the role's
    /// "unit" and "position").
    pub fn key(self) -> Option<&'static str> {
        match self {
            Column::Unit => Some("unit"),
            Column::Position => Some("position"),
            other => other.member_field(),
        }
    }

    /// The member field it fills; the unit and position fill a role instead.
    pub fn member_field(self) -> Option<&'static str> {
        Some(match self {
            Column::Ignore | Column::Unit | Column::Position => return None,
            Column::Name => "name",
            Column::StudentId => "student_id",
            Column::ClassMajor => "class_major",
            Column::Year => "year",
            Column::Gender => "gender",
            Column::Phone => "phone",
            Column::Email => "email",
            Column::Wechat => "wechat",
            Column::Qq => "qq",
            Column::Notes => "notes",
        })
    }

    pub fn parse(key: &str) -> Column {
        Column::ALL.into_iter().find(|c| c.key() == Some(key)).unwrap_or(Column::Ignore)
    }

    /// A guess from a heading, in Chinese or English.
    pub fn guess(heading: &str) -> Column {
        let h = heading.trim().to_ascii_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
        // Before the name: "Department name" is a unit, "职务名称" a position.
        if has(&["学号", "student id", "student no", "student_id", "id no"]) {
            Column::StudentId
        } else if has(&["职务", "职位", "岗位", "position", "title", "role"]) {
            Column::Position
        } else if has(&["部门", "所在部", "单位", "社团", "department", "dept", "ministry", "unit"]) {
            Column::Unit
        } else if has(&["姓名", "名字", "name"]) {
            Column::Name
        } else if has(&["班级", "专业", "class", "major"]) {
            Column::ClassMajor
        } else if has(&["年级", "入学", "year", "grade"]) {
            Column::Year
        } else if has(&["性别", "gender", "sex"]) {
            Column::Gender
        } else if has(&["电话", "手机", "phone", "mobile", "tel"]) {
            Column::Phone
        } else if has(&["邮箱", "e-mail", "email", "mail"]) {
            Column::Email
        } else if has(&["微信", "wechat", "weixin"]) {
            Column::Wechat
        } else if h == "qq" || has(&["qq号"]) {
            Column::Qq
        } else if has(&["备注", "note", "remark"]) {
            Column::Notes
        } else {
            Column::Ignore
        }
    }
}

/// Guesses a column for each heading; a field is guessed for one column at most.
pub fn suggest(headers: &[String]) -> Vec<Column> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| {
            let guess = Column::guess(h);
            if guess == Column::Ignore || taken.contains(&guess) {
                Column::Ignore
            } else {
                taken.push(guess);
                guess
            }
        })
        .collect()
}

// What a cell says: a position, a unit's name, a gender.

/// The position of a role whose row names a unit but no position this app knows: a plain
/// member of that unit, which the officer can change on the member's page.
pub const FALLBACK_POSITION: &str = "member";

/// What rosters write for each position (compared in lower case, hyphens as spaces): the app's
/// own names in both languages first, then the other usual words.
pub const POSITION_WORDS: &[(&str, &[&str])] = &[
    ("president", &["主席", "president", "chair", "chairman", "chairwoman", "chairperson"]),
    ("vice_president", &["副主席", "vice president", "vice chair", "vice chairman", "deputy chair"]),
    ("minister", &["部长", "主任", "minister", "director", "head of department", "department head"]),
    ("vice_minister", &["副部长", "副主任", "vice minister", "deputy minister", "deputy director"]),
    ("association_head", &["会长", "社长", "association head", "club head", "society head"]),
    ("assistant", &["干事", "部员", "assistant", "staff"]),
    ("member", &["成员", "会员", "社员", "member"]),
];

/// The position a cell names, if it names one. Chinese titles often carry their unit (生活部部长,
/// 学生会主席), so a Chinese title also matches by its ending — but not after 副: 副会长 is not 会长.
pub fn position_of(cell: &str) -> Option<&'static str> {
    let said = cell.trim().to_lowercase().replace(['-', '_'], " ");
    let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
    let every_word = POSITION_WORDS.iter().flat_map(|(p, words)| words.iter().map(move |w| (*p, *w)));
    if let Some((position, _)) = every_word.clone().find(|(_, w)| *w == said) {
        return Some(position);
    }
    every_word
        .filter(|(_, w)| !w.is_ascii())
        .filter(|(_, w)| said.strip_suffix(w).is_some_and(|before| !before.ends_with('副')))
        .max_by_key(|(_, w)| w.len())
        .map(|(position, _)| position)
}

/// How unit names are compared: trimmed, Latin letters in either case.
pub fn unit_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The gender a cell names, in either language.
pub(super) fn gender(cell: &str) -> Option<&'static str> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "女" | "f" | "female" => Some(GENDERS[0]),
        "男" | "m" | "male" => Some(GENDERS[1]),
        "其他" | "other" => Some(GENDERS[2]),
        _ => None,
    }
}

/// The kind of record a roster row becomes.
pub const ROW_KIND: &str = MEMBER;

// What importing would do, row by row, and doing it: beside this file, which reads the file
// and its cells.
mod apply;
mod plan;
pub use apply::{Applied, apply};
pub use plan::*;

#[cfg(test)]
mod tests;
