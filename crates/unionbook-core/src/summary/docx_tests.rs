use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use roxmltree::{Document, Node};

use super::*;
use crate::summary::markdown::tests::{HOSTILE, fixture, sample_summaries};
use crate::summary::outline::{Block, blocks};

const WNS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The package's parts, by name.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = ::zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("an entry");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("UTF-8 with a matching CRC");
            (file.name().to_owned(), text)
        })
        .collect()
}

fn w<'a>(node: Node<'a, 'a>, name: &str) -> impl Iterator<Item = Node<'a, 'a>> {
    let name = name.to_owned();
    node.descendants().filter(move |n| n.tag_name().namespace() == Some(WNS) && n.tag_name().name() == name)
}

fn attr<'a>(node: Node<'a, 'a>, name: &str) -> Option<&'a str> {
    node.attribute((WNS, name))
}

fn text(node: Node) -> String {
    w(node, "t").filter_map(|t| t.text()).collect()
}

/// The document's paragraphs outside tables, as (style, text).
fn paragraphs(doc: &Document) -> Vec<(String, String)> {
    w(doc.root(), "p")
        .filter(|p| !p.ancestors().any(|a| a.tag_name().name() == "tbl"))
        .map(|p| {
            let style = w(p, "pStyle").next().and_then(|s| attr(s, "val")).unwrap_or("").to_owned();
            (style, text(p))
        })
        .collect()
}

/// Every table's rows of cell texts.
fn tables(doc: &Document) -> Vec<Vec<Vec<String>>> {
    w(doc.root(), "tbl").map(|t| w(t, "tr").map(|r| w(r, "tc").map(text).collect()).collect()).collect()
}

/// What XML keeps of a text: its forbidden characters dropped, line breaks as spaces.
fn kept(s: &str) -> String {
    s.chars()
        .map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c })
        .filter(|c| !matches!(c, '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}'))
        .collect()
}

fn check_package(summary: &Summary) {
    let bytes = render(summary);
    assert!(bytes.starts_with(b"PK\x03\x04"));
    let parts = parts(&bytes);
    let names: Vec<&str> = parts.keys().map(String::as_str).collect();
    for name in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/_rels/document.xml.rels",
        "word/footer1.xml",
        "docProps/core.xml",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    for (name, xml) in &parts {
        Document::parse(xml).unwrap_or_else(|e| panic!("{name} is XML: {e}"));
    }
    // Every part has a content type: its own, or its extension's.
    let types = Document::parse(&parts["[Content_Types].xml"]).unwrap();
    let overrides: Vec<&str> = types.descendants().filter_map(|n| n.attribute("PartName")).collect();
    let defaults: Vec<&str> = types.descendants().filter_map(|n| n.attribute("Extension")).collect();
    for name in parts.keys().filter(|n| *n != "[Content_Types].xml") {
        let extension = name.rsplit('.').next().unwrap();
        assert!(overrides.contains(&format!("/{name}").as_str()) || defaults.contains(&extension), "{name} has a type");
    }
    assert!(overrides.contains(&"/word/document.xml") && overrides.contains(&"/word/styles.xml"));
    // Every relationship points at a part that is there.
    for (rels, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
        let rels = Document::parse(&parts[rels]).unwrap();
        for target in rels.descendants().filter_map(|n| n.attribute("Target")) {
            assert!(parts.contains_key(&format!("{base}{target}")), "{target} is in the package");
        }
    }

    let doc = Document::parse(&parts["word/document.xml"]).unwrap();
    let paras = paragraphs(&doc);
    // Every block of the outline, in order: headings in Word's heading styles at their levels,
    // paragraphs, plans, captions; the tables hold the appendix's rows.
    let mut expected = Vec::new();
    let mut expected_tables = Vec::new();
    for block in blocks(summary) {
        match block {
            Block::Title(t) => expected.push(("Title".to_owned(), kept(t))),
            Block::Subtitle(t) => expected.push(("Subtitle".to_owned(), kept(&t))),
            Block::Heading(level, t) => expected.push((format!("Heading{level}"), kept(t))),
            Block::Paragraph(t) => expected.push(("BodyText".to_owned(), kept(t))),
            Block::StandIn(t) => expected.push(("StandIn".to_owned(), kept(t))),
            Block::Plan(n, t) => expected.push(("Plan".to_owned(), kept(&format!("{n}. {t}")))),
            Block::Table(t) => {
                if !t.caption.trim().is_empty() {
                    expected.push(("Caption".to_owned(), kept(&t.caption)));
                }
                expected.push((String::new(), String::new()));
                let columns = t.header.len().max(t.rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
                let pad = |row: &Vec<String>| {
                    (0..columns).map(|i| row.get(i).map(|c| kept(c)).unwrap_or_default()).collect::<Vec<_>>()
                };
                expected_tables.push(std::iter::once(&t.header).chain(&t.rows).map(pad).collect::<Vec<_>>());
            }
        }
    }
    assert_eq!(paras, expected);
    assert_eq!(tables(&doc), expected_tables);
    // The footer numbers the pages.
    let footer = Document::parse(&parts["word/footer1.xml"]).unwrap();
    assert!(w(footer.root(), "instrText").any(|t| t.text().is_some_and(|x| x.trim() == "PAGE")));
    assert_eq!(w(doc.root(), "footerReference").count(), 1);
    // Each table's first row repeats on every page, and the table is as wide as the text.
    for table in w(doc.root(), "tbl") {
        let first = w(table, "tr").next().unwrap();
        assert_eq!(w(first, "tblHeader").count(), 1);
        let width = w(table, "tblW").next().unwrap();
        assert_eq!((attr(width, "w"), attr(width, "type")), (Some("5000"), Some("pct")));
    }
    let size = w(doc.root(), "pgSz").next().expect("a page size");
    assert_eq!((attr(size, "w"), attr(size, "h")), (Some("11906"), Some("16838")));
}

#[test]
fn the_package_is_well_formed_and_holds_every_block_of_the_outline() {
    for lang in Lang::ALL {
        check_package(&fixture(lang));
    }
}

#[test]
fn the_sample_summaries_are_well_formed_packages() {
    for summary in sample_summaries() {
        check_package(&summary);
    }
}

#[test]
fn the_styles_set_chinese_fonts_and_real_headings() {
    let parts = parts(&render(&fixture(Lang::Zh)));
    let styles = Document::parse(&parts["word/styles.xml"]).unwrap();
    let fonts: Vec<&str> = w(styles.root(), "rFonts").filter_map(|f| attr(f, "eastAsia")).collect();
    assert!(fonts.contains(&"宋体") && fonts.contains(&"Microsoft YaHei"), "{fonts:?}");
    assert!(w(styles.root(), "lang").any(|l| attr(l, "eastAsia") == Some("zh-CN") && attr(l, "val") == Some("en-US")));
    for (id, name, level) in
        [("Heading1", "heading 1", "0"), ("Heading2", "heading 2", "1"), ("Heading3", "heading 3", "2")]
    {
        let style = w(styles.root(), "style").find(|s| attr(*s, "styleId") == Some(id)).expect(id);
        assert_eq!(w(style, "name").next().and_then(|n| attr(n, "val")), Some(name));
        assert_eq!(w(style, "outlineLvl").next().and_then(|n| attr(n, "val")), Some(level));
    }
    let table = w(styles.root(), "style").find(|s| attr(*s, "styleId") == Some("SummaryTable")).unwrap();
    assert_eq!(w(table, "insideH").count(), 1);
    let core = Document::parse(&parts["docProps/core.xml"]).unwrap();
    assert!(
        core.descendants()
            .any(|n| n.tag_name().name() == "title" && n.text() == Some(fixture(Lang::Zh).title.as_str()))
    );
}

#[test]
fn hostile_text_stays_text() {
    let summary = fixture(Lang::En);
    let parts = parts(&render(&summary));
    let doc = Document::parse(&parts["word/document.xml"]).unwrap();
    let paras = paragraphs(&doc);
    for hostile in HOSTILE {
        assert!(paras.iter().any(|(_, t)| t == &kept(hostile)), "{hostile:?} is one paragraph's text");
    }
    assert!(paras.iter().any(|(_, t)| t.chars().count() == 20_000));
    // "<w:p>" typed in a note made no paragraph of its own: one per block (a table's is the
    // empty one after it).
    assert_eq!(paras.len(), blocks(&summary).len() + summary.appendix.iter().filter(|t| !t.caption.is_empty()).count());
}

#[test]
fn escape_drops_what_xml_forbids_and_escapes_markup() {
    assert_eq!(escape("a\u{0}\u{8}\u{B}\u{FFFE}\u{FFFF}b"), "ab");
    assert_eq!(escape("<w:p>]]>&\"'"), "&lt;w:p&gt;]]&gt;&amp;&quot;&apos;");
    assert_eq!(escape("中文\n😀"), "中文 😀");
}

/// Writes the sample union's summaries (.docx and .md) to `$SUMMARY_OUT` (default the temp
/// folder) to open by hand in Word or LibreOffice: `cargo test --lib write_the_sample -- --ignored`.
#[test]
#[ignore]
fn write_the_sample_summaries_for_a_look() {
    let dir = std::env::var("SUMMARY_OUT").map(std::path::PathBuf::from).unwrap_or_else(|_| std::env::temp_dir());
    for (i, summary) in sample_summaries().iter().enumerate() {
        let stem = dir.join(format!("summary-{i}-{}", summary.lang.tag()));
        std::fs::write(stem.with_extension("docx"), render(summary)).unwrap();
        std::fs::write(stem.with_extension("md"), crate::summary::markdown::render(summary)).unwrap();
        println!("{}", stem.display());
    }
}
