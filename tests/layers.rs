//! The layers of ARCHITECTURE.md, checked on the source: a `use` that points upwards fails
//! here rather than in a review.

use std::fs;
use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push((path.display().to_string(), fs::read_to_string(&path).expect("readable")));
        }
    }
    found
}

/// The places under `dir` (files, or files of one name) that mention any of `forbidden`.
fn mentions(dir: &str, only: impl Fn(&str) -> bool, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    sources(&root)
        .into_iter()
        .filter(|(path, _)| only(path))
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, line)| !line.trim_start().starts_with("//"))
                .filter(|(_, line)| forbidden.iter().any(|f| line.contains(f)))
                .map(|(n, line)| format!("{path}:{}: {}", n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

const AREAS: [&str; 16] = [
    "crate::people",
    "crate::data",
    "crate::attendance::page",
    "crate::attendance::door",
    "crate::attendance::self_study",
    "crate::activities",
    "crate::meetings",
    "crate::tasks",
    "crate::shell",
    "crate::people::students",
    "crate::inspections",
    "crate::publications",
    "crate::reports",
    "crate::awards",
    "crate::money",
    "crate::summary",
];

#[test]
fn the_shared_ui_imports_no_area_and_not_the_shell() {
    assert_eq!(mentions("ui", |_| true, &AREAS), Vec::<String>::new());
}

#[test]
fn only_the_entry_point_imports_the_shell() {
    let outside_shell = |path: &str| !path.contains("/src/shell/");
    assert_eq!(mentions("", outside_shell, &["crate::shell", "unionbook::shell"]), Vec::<String>::new());
}
