use std::io::{Cursor, Read};

use proptest::prelude::*;

use super::*;

#[test]
fn crc32_gives_the_known_answers() {
    // The check value of CRC-32/ISO-HDLC, and two more from zlib's crc32.
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    assert_eq!(crc32(b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
}

#[test]
fn an_archive_reads_back_with_its_names_and_contents() {
    let entries = vec![("[Content_Types].xml", b"<a/>".to_vec()), ("word/文档.xml", "中文".as_bytes().to_vec())];
    let bytes = stored(&entries);
    let mut archive = ::zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    assert_eq!(archive.len(), 2);
    for (name, data) in &entries {
        let mut file = archive.by_name(name).expect("the entry");
        let mut read = Vec::new();
        file.read_to_end(&mut read).expect("readable");
        assert_eq!(&read, data);
    }
}

#[test]
fn an_empty_archive_is_only_the_end_record() {
    let bytes = stored(&[]);
    assert_eq!(bytes.len(), 22);
    assert_eq!(::zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip").len(), 0);
}

proptest! {
    #[test]
    fn any_entries_read_back(entries in prop::collection::vec(("[a-z/]{1,12}\\.x", prop::collection::vec(any::<u8>(), 0..300)), 0..6)) {
        let mut seen = std::collections::HashSet::new();
        let entries: Vec<(String, Vec<u8>)> = entries.into_iter().filter(|(n, _)| seen.insert(n.clone())).collect();
        let borrowed: Vec<(&str, Vec<u8>)> = entries.iter().map(|(n, d)| (n.as_str(), d.clone())).collect();
        let mut archive = ::zip::ZipArchive::new(Cursor::new(stored(&borrowed))).expect("a zip");
        prop_assert_eq!(archive.len(), entries.len());
        for (name, data) in &entries {
            let mut read = Vec::new();
            archive.by_name(name).expect("the entry").read_to_end(&mut read).expect("crc matches");
            prop_assert_eq!(&read, data);
        }
    }
}
