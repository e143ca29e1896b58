//! The hand-made hostile files of tests/corpus: each is accepted, or refused with the reason
//! its row in tests/corpus/README.md names and a problem the user can find (a line and column,
//! or a record and field). Every file has a row and every row a file.

use std::path::Path;

use unionbook_core::book::format::Rejection;

use super::{check_laws, hostile};

/// What a refusal is called in the README's table.
fn name_of(rejection: &Rejection) -> &'static str {
    match rejection {
        Rejection::TooLarge { .. } => "TooLarge",
        Rejection::NotText => "NotText",
        Rejection::Truncated { .. } => "Truncated",
        Rejection::NotJson { .. } => "NotJson",
        Rejection::TooDeep => "TooDeep",
        Rejection::ValueTooLong { .. } => "ValueTooLong",
        Rejection::TooManyValues { .. } => "TooManyValues",
        Rejection::NotUnionbook => "NotUnionbook",
        Rejection::NewerVersion { .. } => "NewerVersion",
        Rejection::Invalid { .. } => "Invalid",
        Rejection::AheadOfClock { .. } => "AheadOfClock",
    }
}

/// Whether the refusal says where: a position in the text, or for each problem its record or
/// its top-level key. The refusals about the file as a whole need no place.
fn is_located(rejection: &Rejection) -> bool {
    match rejection {
        Rejection::Truncated { line, column }
        | Rejection::NotJson { line, column }
        | Rejection::ValueTooLong { line, column }
        | Rejection::TooManyValues { line, column } => *line >= 1 && *column >= 1,
        Rejection::Invalid { problems, .. } => {
            !problems.is_empty() && problems.iter().all(|p| p.location.record.is_some() || p.location.field.is_some())
        }
        _ => true,
    }
}

#[test]
fn every_file_of_the_corpus_is_accepted_or_refused_as_its_row_says() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    // Rows: | `file` | expected | why |
    let rows: Vec<(String, String)> = readme
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let file = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((file.to_owned(), cells.get(2)?.to_string()))
        })
        .collect();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "README.md")
        .collect();
    files.sort();
    let mut listed: Vec<String> = rows.iter().map(|(f, _)| f.clone()).collect();
    listed.sort();
    assert_eq!(files, listed, "every corpus file has a row in tests/corpus/README.md, and every row a file");
    let mut wrong = Vec::new();
    for (file, expected) in &rows {
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let outcome = match super::read(&hostile::base_session(), &bytes) {
            Ok(_) => "accepted".to_owned(),
            Err(r) if !is_located(&r) => format!("{} without a place: {r:?}", name_of(&r)),
            Err(r) => name_of(&r).to_owned(),
        };
        if &outcome != expected || file.starts_with("accept") != (outcome == "accepted") {
            wrong.push(format!("{file}: expected {expected}, got {outcome}"));
        }
        assert!(check_laws(&bytes).is_ok(), "{file} breaks a law of the import");
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
