//! Lists as spreadsheets: every list the app shows can be saved as CSV, UTF-8 with a byte-order
//! mark so that Excel shows Chinese correctly.

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
        let _ = writer.write_record(&self.headers);
        for row in &self.rows {
            let _ = writer.write_record(row);
        }
        writer.into_inner().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
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
}
