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
        let _ = writer.write_record(self.headers.iter().map(|c| spreadsheet_cell(c)));
        for row in &self.rows {
            let _ = writer.write_record(row.iter().map(|c| spreadsheet_cell(c)));
        }
        writer.into_inner().unwrap_or_default()
    }
}

/// A cell as written to a CSV: neutralised, and with plain spaces where the screen keeps a date
/// together with non-breaking ones (a spreadsheet's search and date parsing expect spaces).
fn spreadsheet_cell(cell: &str) -> String {
    neutralised(cell).replace('\u{a0}', " ")
}

/// Whether a cell is a figure: an amount, score, percentage, count, time or date, with nothing
/// but digits and the marks figures are written with. Such a cell is drawn unbroken and in
/// tabular digits ("¥11,000.00" never as "¥11,000 / .00"); words may wrap.
pub fn is_figure(cell: &str) -> bool {
    let cell = cell.trim();
    let mark = |c: char| c.is_ascii_digit() || "¥￥$,.%:/-−+×~～ \u{a0}年月日时分秒".contains(c);
    if !cell.chars().any(|c| c.is_ascii_digit()) || cell.chars().count() > 24 {
        return false;
    }
    if cell.chars().all(mark) {
        return true;
    }
    // An English date: "24 Sep 2026", the month the only letters.
    let parts: Vec<&str> = cell.split([' ', '\u{a0}']).collect();
    matches!(parts.as_slice(), [d, m, y] if d.bytes().all(|b| b.is_ascii_digit())
        && m.len() <= 4 && m.bytes().all(|b| b.is_ascii_alphabetic())
        && y.bytes().all(|b| b.is_ascii_digit()))
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
