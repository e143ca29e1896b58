//! docs/FORMAT.md says what the code does, so that someone who reads only it can write any
//! record the app uses: its test vectors for derived ids are the ids the code derives, and its
//! section on kinds lists every kind the app knows — with its names in both languages, how its
//! ids are made, which fields are one value, and every field with its type — exactly as
//! `kinds.rs` and the areas' schemas declare them. The meanings beside each field are the
//! document's own.
//!
//! When a kind or a field changes, the failure prints the lines FORMAT.md should hold; write
//! the meaning of anything new.

use unionbook_core::book::RecordId;
use unionbook_core::book::format::read_file;
use unionbook_core::book::format::warnings::warnings;
use unionbook_core::book::schema::{FieldType, IdPart, IdRule, KindSchema};
use unionbook_core::kinds::{ALL, schema_of};

fn format_md() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/FORMAT.md")).expect("docs/FORMAT.md")
}

/// The text between a heading line that starts with `heading` and the next heading of the same
/// or a higher level.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text.find(&format!("\n{heading}")).unwrap_or_else(|| panic!("FORMAT.md has no “{heading}”"));
    let level = heading.chars().take_while(|c| *c == '#').count();
    let body = &text[start + 1..];
    let first_line_end = body.find('\n').unwrap_or(body.len());
    let end = body[first_line_end..]
        .match_indices("\n#")
        .find(|(i, _)| {
            let hashes = body[first_line_end + i + 1..].chars().take_while(|c| *c == '#').count();
            hashes <= level
        })
        .map_or(body.len(), |(i, _)| first_line_end + i);
    &body[..end]
}

/// The cells of a Markdown table's rows (header and rule left out).
fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| l.trim().trim_matches('|').split('|').map(|c| c.trim().to_owned()).collect())
        .collect()
}

fn ticked(text: &str) -> String {
    text.trim().trim_matches('`').to_owned()
}

#[test]
fn the_derived_id_test_vectors_are_what_the_code_derives() {
    let text = format_md();
    let vectors = rows(section(&text, "#### Test vectors"));
    assert!(vectors.len() >= 6, "FORMAT.md lists its test vectors in a table");
    for row in vectors {
        let (parts, expected) = row.split_at(row.len() - 1);
        let ids: Vec<RecordId> = parts
            .iter()
            .filter(|c| !c.is_empty() && *c != "—")
            .map(|c| RecordId::parse(&ticked(c)).unwrap_or_else(|| panic!("{c} is not an id")))
            .collect();
        let derived = RecordId::derived_from(&ids).expect("two parts or more");
        assert_eq!(derived.as_str(), ticked(&expected[0]), "{row:?}");
    }
}

/// How FORMAT.md writes a field's type.
fn type_text(t: FieldType) -> String {
    match t {
        FieldType::Text(max) => format!("text ≤ {max}"),
        FieldType::Date => "date".into(),
        FieldType::Bool => "true/false".into(),
        FieldType::Integer(lo, hi) => format!("integer {lo}–{hi}"),
        FieldType::OneDecimal(lo, hi) => format!("number {lo}–{hi}, one decimal"),
        FieldType::Ref => "id".into(),
        FieldType::Refs => "list of ids".into(),
        FieldType::Choice(words) => words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(" "),
    }
}

/// How FORMAT.md says a kind's ids are made.
fn id_text(rule: IdRule) -> String {
    let part = |p: &IdPart| match p {
        IdPart::Field(name) => format!("`{name}`"),
        IdPart::Tag(id) => format!("`{id}`"),
        IdPart::Position(name, _) => format!("the position of `{name}`"),
    };
    match rule {
        IdRule::Random => "random".into(),
        IdRule::Fixed(id) => format!("always `{id}`"),
        IdRule::Derived(recipes) => {
            let recipes: Vec<String> =
                recipes.iter().map(|r| r.iter().map(part).collect::<Vec<_>>().join(" + ")).collect();
            format!("derived from {}", recipes.join("; else "))
        }
    }
}

/// The lines FORMAT.md holds for a kind, with `meaning` for each field's third cell.
fn expected_block(schema: &KindSchema, meaning: &dyn Fn(&str) -> String) -> String {
    let name = |lang| unionbook_core::kinds::kind_name(schema.kind, lang).unwrap_or("…");
    let (en, zh) = (name(unionbook_core::locale::Lang::En), name(unionbook_core::locale::Lang::Zh));
    let mut out = format!("#### `{}`: {en} · {zh}\n\n", schema.kind);
    out.push_str(&format!("Id: {}.", id_text(schema.ids)));
    for group in schema.together {
        let names: Vec<String> = group.iter().map(|f| format!("`{f}`")).collect();
        out.push_str(&format!(" Written together: {}.", names.join(" ")));
    }
    out.push_str("\n\n| field | type | meaning |\n| --- | --- | --- |\n");
    let fields = schema.fields.iter().map(|(name, t)| (name.to_string(), *t));
    let prefixed = schema.prefixed.iter().map(|(prefix, t)| (format!("{prefix}<id>"), *t));
    for (name, t) in fields.chain(prefixed) {
        out.push_str(&format!("| `{name}` | {} | {} |\n", type_text(t), meaning(&name)));
    }
    out
}

#[test]
fn every_kind_and_field_the_app_knows_is_in_format_md_as_the_code_declares_it() {
    let text = format_md();
    let kinds = if text.contains("\n## Kinds and fields") { section(&text, "## Kinds and fields") } else { "" };
    let mut wrong = Vec::new();
    for schema in ALL {
        let heading = format!("#### `{}`", schema.kind);
        let found = kinds.find(&format!("\n{heading}:")).map(|_| section(kinds, &heading));
        let meanings: Vec<Vec<String>> = found.map(rows).unwrap_or_default();
        let meaning = |name: &str| {
            meanings
                .iter()
                .find(|r| ticked(&r[0]) == name)
                .and_then(|r| r.get(2).cloned())
                .unwrap_or_else(|| "…".into())
        };
        let expected = expected_block(schema, &meaning);
        if found.map(str::trim_end) != Some(expected.trim_end()) {
            wrong.push(expected);
        }
    }
    let listed = kinds.matches("\n#### `").count();
    assert!(
        wrong.is_empty(),
        "FORMAT.md should hold these blocks under “## Kinds and fields”:\n\n{}",
        wrong.join("\n")
    );
    assert_eq!(listed, ALL.len(), "FORMAT.md describes a kind the app does not know");
}

/// The example a writer starts from imports as it is, with nothing refused and nothing kept
/// unused: no field a kind lacks, no reference to a record it does not hold.
#[test]
fn the_example_file_is_one_the_app_reads_and_uses_whole() {
    let text = format_md();
    let example = section(&text, "## A file");
    let json = example.split("```json\n").nth(1).and_then(|rest| rest.split("```").next()).expect("a JSON example");
    let file = read_file(json.as_bytes(), &schema_of).unwrap_or_else(|e| panic!("the example is refused: {e:?}"));
    let unused = warnings(&unionbook_core::book::Book::new(), &[&file.book], &schema_of);
    assert!(unused.is_empty(), "the example holds what the app cannot use: {unused:?}");
    assert_eq!(file.book.len(), json.matches("\"kind\"").count());
}
