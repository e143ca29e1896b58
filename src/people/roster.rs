//! Member rosters from spreadsheets: CSV as Chinese Excel writes it (UTF-8 with or without a
//! BOM, or GB18030/GBK; commas or tabs), a step where the user matches columns to fields, and a
//! plan that merges members by student id instead of doubling them.

use serde_json::{Value, json};

use super::model::{GENDERS, MEMBER, member_with_student_id};
use crate::book::{Book, RecordId};

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

/// What a column holds.
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
}

impl Column {
    pub const ALL: [Column; 11] = [
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
    ];

    /// The member field it fills.
    pub fn field(self) -> Option<&'static str> {
        Some(match self {
            Column::Ignore => return None,
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

    pub fn parse(field: &str) -> Column {
        Column::ALL.into_iter().find(|c| c.field() == Some(field)).unwrap_or(Column::Ignore)
    }

    /// A guess from a heading, in Chinese or English.
    pub fn guess(heading: &str) -> Column {
        let h = heading.trim().to_ascii_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
        if has(&["学号", "student id", "student no", "student_id", "id no"]) {
            Column::StudentId
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

/// Why a row is left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    NoName,
}

/// What importing the roster would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterPlan {
    /// New members' fields.
    pub new: Vec<Vec<(String, Value)>>,
    /// Members already in the book (same student id) and the fields the roster fills in.
    pub updates: Vec<(RecordId, Vec<(String, Value)>)>,
    /// Rows of the file (numbered from 2, the heading being 1) that are left out, and why.
    pub skipped: Vec<(usize, Skip)>,
    /// Rows merged into an earlier row of the file with the same student id.
    pub merged_in_file: usize,
}

/// Works out the import. `mapping` gives a column for each heading. Without a name column
/// there is nothing to import: `None`.
pub fn plan(book: &Book, sheet: &Sheet, mapping: &[Column]) -> Option<RosterPlan> {
    let name_at = mapping.iter().position(|c| *c == Column::Name)?;
    let mut plan = RosterPlan::default();
    // Rows by student id (or alone), in file order; a later row fills what earlier ones left.
    let mut people: Vec<(Option<String>, Vec<(String, Value)>)> = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        if row.get(name_at).is_none_or(|n| n.is_empty()) {
            plan.skipped.push((i + 2, Skip::NoName));
            continue;
        }
        let fields = row_fields(row, mapping);
        let sid = fields.iter().find(|(f, _)| f == "student_id").and_then(|(_, v)| v.as_str()).map(str::to_owned);
        match people.iter_mut().find(|(s, _)| sid.is_some() && *s == sid) {
            Some((_, existing)) => {
                plan.merged_in_file += 1;
                for (f, v) in fields {
                    match existing.iter_mut().find(|(ef, _)| *ef == f) {
                        Some(slot) => slot.1 = v,
                        None => existing.push((f, v)),
                    }
                }
            }
            None => people.push((sid, fields)),
        }
    }
    for (sid, fields) in people {
        match sid.as_deref().and_then(|s| member_with_student_id(book, s)) {
            Some(id) => {
                let record = book.get(id).expect("found in the book");
                let changes: Vec<(String, Value)> =
                    fields.into_iter().filter(|(f, v)| record.value(f) != Some(v)).collect();
                if !changes.is_empty() {
                    plan.updates.push((id, changes));
                }
            }
            None => plan.new.push(fields),
        }
    }
    Some(plan)
}

/// The member fields a row fills: only those with a value, so a roster never erases.
fn row_fields(row: &[String], mapping: &[Column]) -> Vec<(String, Value)> {
    let mut fields = Vec::new();
    for (column, cell) in mapping.iter().zip(row) {
        let Some(field) = column.field() else { continue };
        if cell.is_empty() {
            continue;
        }
        let value = match column {
            Column::Year => match cell.chars().filter(char::is_ascii_digit).collect::<String>().parse::<i64>() {
                Ok(y) if (1950..=2100).contains(&y) => json!(y),
                _ => continue,
            },
            Column::Gender => match gender(cell) {
                Some(g) => json!(g),
                None => continue,
            },
            _ => json!(cell.chars().take(if *column == Column::Notes { 2000 } else { 60 }).collect::<String>()),
        };
        fields.push((field.to_owned(), value));
    }
    fields
}

fn gender(cell: &str) -> Option<&'static str> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "女" | "f" | "female" => Some(GENDERS[0]),
        "男" | "m" | "male" => Some(GENDERS[1]),
        "其他" | "other" => Some(GENDERS[2]),
        _ => None,
    }
}

/// The kind of record a roster row becomes.
pub const ROW_KIND: &str = MEMBER;

#[cfg(test)]
#[path = "roster_tests.rs"]
mod tests;
