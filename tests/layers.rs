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

#[test]
fn the_core_imports_no_view_and_no_browser() {
    let views = ["crate::ui", "crate::shell", "crate::browser", "leptos", "web_sys", "js_sys"];
    for dir in ["book", "calendar"] {
        assert_eq!(mentions(dir, |_| true, &views), Vec::<String>::new(), "in src/{dir}");
    }
    let pure_files = [
        "forms.rs",
        "table.rs",
        "locale.rs",
        "kinds.rs",
        "field_labels.rs",
        "sample.rs",
        "model.rs",
        "marks.rs",
        "lists.rs",
        "people/everyone.rs",
        "people/students/class_list.rs",
        "activities/drafts.rs",
        "activities/lifecycle.rs",
        "activities/partners.rs",
        "activities/series.rs",
        "attendance/door/arrivals.rs",
        "attendance/door/expected.rs",
        "attendance/self_study/rates.rs",
        "inspections/rubric.rs",
        "reports/lateness.rs",
        "reports/drafts.rs",
        "reports/filing.rs",
        "publications/issues.rs",
        "publications/drafts.rs",
        "awards/awards.rs",
        "awards/award_sample.rs",
        "inspections/places.rs",
        "inspections/corridor.rs",
        "inspections/rubric_drafts.rs",
        "inspections/round_drafts.rs",
        "inspections/results.rs",
        "inspections/trends.rs",
        "inspections/notice.rs",
        "ui/line_chart/geometry.rs",
        "judging_tests.rs",
        "judging.rs",
        "awards/selections.rs",
        "inspections/appraisal.rs",
        "steps.rs",
        "money/amount.rs",
        "money/amount_tests.rs",
        "money/ledger.rs",
        "money/ledger_tests.rs",
        "money/drafts.rs",
        "money/figures.rs",
        "money/budgets.rs",
        "money/sponsorships.rs",
        "money/sample.rs",
        "money/figures_tests.rs",
        "money/sponsorships_tests.rs",
        "summary/model.rs",
        "summary/document.rs",
        "summary/draft.rs",
        "summary/sections/mod.rs",
        "summary/sections/internal.rs",
        "summary/sections/units.rs",
        "summary/sections/regular.rs",
        "summary/sections/money.rs",
        "summary/dashboard.rs",
        "summary/dashboard_tests.rs",
        "summary/compare.rs",
        "summary/compare_tests.rs",
        "ui/bar_chart/geometry.rs",
        "summary/sections/common.rs",
        "summary/sample.rs",
        "summary/figures.rs",
        "summary/markdown.rs",
        "summary/markdown_tests.rs",
        "summary/docx.rs",
        "summary/docx_tests.rs",
        "summary/zip.rs",
        "summary/zip_tests.rs",
    ];
    let is_pure = |path: &str| pure_files.iter().any(|f| path.ends_with(&format!("/{f}")));
    assert_eq!(mentions("", is_pure, &views), Vec::<String>::new());
}
