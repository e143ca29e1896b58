//! A summary as a Word file (.docx), written by hand: six small XML parts in a stored zip.
//! A library for this measured 247 KB gzip; these parts add a few kilobytes. The styles carry
//! what Chinese text needs (an East Asian font and `w:eastAsia="zh-CN"`, or Word shows it in a
//! Latin font), headings are Word's own "heading 1/2" with outline levels (the navigation pane
//! lists them), and figures and tables are real tables that fit an A4 page.

use std::fmt::Write;

use crate::locale::Lang;
use crate::summary::document::Summary;
use crate::summary::outline::{Block, blocks};
use crate::summary::zip;

pub const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// A4 in twentieths of a point, and the print view's margins (18 mm, 16 mm).
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
const MARGIN_TB: u32 = 1021;
const MARGIN_LR: u32 = 907;

pub fn render(summary: &Summary) -> Vec<u8> {
    let parts: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", ROOT_RELS.as_bytes().to_vec()),
        ("docProps/core.xml", core(summary).into_bytes()),
        ("word/document.xml", document(summary).into_bytes()),
        ("word/styles.xml", STYLES.as_bytes().to_vec()),
        ("word/footer1.xml", footer(summary.lang).into_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes().to_vec()),
    ];
    zip::stored(&parts)
}

/// Text as XML character data or an attribute value: markup escaped, and the characters XML
/// 1.0 forbids (most control characters, U+FFFE, U+FFFF) dropped, since one of them makes
/// Word refuse the whole file. A line break becomes a space: paragraphs are split before.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\r' | '\t' => out.push(' '),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn core(summary: &Summary) -> String {
    let language = summary.lang.pick("zh-CN", "en-US");
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{language}</dc:language></cp:coreProperties>",
        escape(&summary.title)
    )
}

fn document(summary: &Summary) -> String {
    let mut d = Doc(String::new());
    for block in blocks(summary) {
        match block {
            Block::Title(t) => d.para(Some("Title"), t),
            Block::Subtitle(t) => d.para(Some("Subtitle"), &t),
            Block::Heading(level, t) => d.para(Some(&format!("Heading{}", level.clamp(1, 3))), t),
            Block::Paragraph(t) => d.para(Some("BodyText"), t),
            Block::StandIn(t) => d.para(Some("StandIn"), t),
            Block::Plan(n, t) => d.para(Some("Plan"), &format!("{n}. {t}")),
            Block::Table(t) => {
                if !t.caption.trim().is_empty() {
                    d.para(Some("Caption"), &t.caption);
                }
                d.table(&t.header, &t.rows);
            }
        }
    }
    format!(
        "{XML_HEAD}<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{}<w:sectPr>\
         <w:footerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>\
         <w:pgMar w:top=\"{MARGIN_TB}\" w:right=\"{MARGIN_LR}\" w:bottom=\"{MARGIN_TB}\" w:left=\"{MARGIN_LR}\" \
         w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/></w:sectPr></w:body></w:document>",
        d.0
    )
}

/// The footer: the page number, centred ("— 3 —" as Chinese documents print it; "3" in
/// English), a field Word and LibreOffice fill in.
fn footer(lang: Lang) -> String {
    let (before, after) = match lang {
        Lang::Zh => ("— ", " —"),
        Lang::En => ("", ""),
    };
    format!(
        "{XML_HEAD}<w:ftr xmlns:w=\"{W}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>\
         <w:r><w:t xml:space=\"preserve\">{before}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
         <w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
         <w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
         <w:r><w:t xml:space=\"preserve\">{after}</w:t></w:r></w:p></w:ftr>"
    )
}

struct Doc(String);

impl Doc {
    fn para(&mut self, style: Option<&str>, text: &str) {
        self.0.push_str("<w:p>");
        if let Some(style) = style {
            let _ = write!(self.0, "<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
        }
        self.run(text, false);
        self.0.push_str("</w:p>");
    }

    fn run(&mut self, text: &str, bold: bool) {
        let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
        let _ = write!(self.0, "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(text));
    }

    /// A table as wide as the text, its columns sharing it equally (widths in fiftieths of a
    /// percent, so it fits the page whatever the margins), its header repeated on each page.
    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let columns = header.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
        let (pct, twips) = (5000 / columns, (PAGE_W - 2 * MARGIN_LR) as usize / columns);
        self.0.push_str(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"SummaryTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
             <w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0020\" w:firstRow=\"1\"/></w:tblPr><w:tblGrid>",
        );
        for _ in 0..columns {
            let _ = write!(self.0, "<w:gridCol w:w=\"{twips}\"/>");
        }
        self.0.push_str("</w:tblGrid>");
        for (i, row) in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)).enumerate() {
            self.0.push_str("<w:tr>");
            if i == 0 {
                self.0.push_str("<w:trPr><w:tblHeader/></w:trPr>");
            }
            for c in 0..columns {
                let _ = write!(self.0, "<w:tc><w:tcPr><w:tcW w:w=\"{pct}\" w:type=\"pct\"/></w:tcPr><w:p>");
                self.run(row.get(c).map_or("", String::as_str), i == 0);
                self.0.push_str("</w:p></w:tc>");
            }
            self.0.push_str("</w:tr>");
        }
        // Two tables with nothing between them would merge into one in Word.
        self.0.push_str("</w:tbl><w:p/>");
    }
}

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "</Types>"
);

const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "</Relationships>"
);

const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>",
    "</Relationships>"
);

/// Body text in Calibri and 宋体 (SimSun); the title and headings in Microsoft YaHei, as
/// Chinese documents usually set them. Style names are Word's built-in ones ("heading 1"), so
/// Word treats them as its own headings.
const STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:docDefaults><w:rPrDefault><w:rPr>",
    "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>",
    "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>",
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>",
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>",
    "<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>",
    "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>",
    "<w:pPr><w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>",
    "<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Microsoft YaHei\"/><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"11\"/><w:qFormat/>",
    "<w:pPr><w:spacing w:after=\"360\"/><w:jc w:val=\"center\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>",
    "<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Microsoft YaHei\"/><w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/></w:pPr>",
    "<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Microsoft YaHei\"/><w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"160\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/></w:pPr>",
    "<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Microsoft YaHei\"/><w:b/><w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"440\"/><w:jc w:val=\"both\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Plan\"><w:name w:val=\"Plan\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"440\" w:hanging=\"440\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
    "<w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"35\"/><w:unhideWhenUsed/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"20\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"StandIn\"><w:name w:val=\"Stand-in\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:rPr><w:i/><w:color w:val=\"595959\"/></w:rPr></w:style>",
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>",
    "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>",
    "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
    "<w:style w:type=\"table\" w:styleId=\"SummaryTable\"><w:name w:val=\"Summary Table\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>",
    "<w:pPr><w:spacing w:after=\"0\"/></w:pPr>",
    "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>",
    "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>",
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>",
    "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>",
    "</w:style></w:styles>"
);

#[cfg(test)]
#[path = "docx_tests.rs"]
mod tests;
