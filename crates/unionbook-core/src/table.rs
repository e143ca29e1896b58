//! Lists as spreadsheets: every list the app shows can be saved as CSV, UTF-8 with a byte-order
//! mark so that Excel shows Chinese correctly, and no cell of it read as a formula.

/// A list as rows of text under headings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

impl Table {
    /// The CSV file's bytes: a BOM, then the headings and rows, quoted where needed, CRLF line
    /// ends as Excel writes them.
    pub fn to_csv(&self) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(UTF8_BOM.to_vec());
        // Writing to memory cannot fail.
        let _ = writer.write_record(self.headers.iter().map(|c| neutralised(c).into_owned()));
        for row in &self.rows {
            let _ = writer.write_record(row.iter().map(|c| neutralised(c).into_owned()));
        }
        writer.into_inner().unwrap_or_default()
    }
}

/// A cell as a spreadsheet should take it: Excel and WPS run a cell that starts with `=`, `+`,
/// `-` or `@` (or a tab or carriage return before one) as a formula — `=HYPERLINK(…)` typed into
/// a member's note would run on the treasurer's computer. Such a cell gets a leading apostrophe,
/// which both show as text and hide; a plain number such as `-12.50` stays a number.
pub fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) { format!("'{cell}").into() } else { cell.into() }
}

fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
