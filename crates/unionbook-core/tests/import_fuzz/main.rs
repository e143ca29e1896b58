//! Import fuzzing: hostile and malformed files through the whole import path — the pre-scan,
//! the reader and every check, migration, then planning and applying the merge into a book —
//! and hostile text through the storage decoder (`storage.rs`), plus the hand-made corpus of
//! tests/corpus (`corpus.rs`).
//!
//! The laws: nothing panics; the work is bounded (each case is small, and what reading takes
//! in memory is a fixed multiple of the file's size); a refused file leaves the book as it
//! was; a file that is accepted, merged twice, changes nothing the second time.
//!
//! The run in the test command is bounded (a fixed seed, a few hundred cases a property);
//! `PROPTEST_CASES=20000 cargo test --release -p unionbook-core --test import_fuzz` runs longer, with new
//! cases each time it is given another `PROPTEST_RNG_SEED`.

mod alloc;
mod corpus;
mod hostile;
mod storage;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngSeed};
use unionbook_core::book::Session;
use unionbook_core::book::format::{Incoming, MAX_FILE_BYTES, Rejection, read_import};
use unionbook_core::kinds::schema_of;

#[global_allocator]
static COUNTING: alloc::Counting = alloc::Counting;

/// The most a read may hold at once, for a file of `bytes`: parsing builds a value tree
/// (a map node for each small object) beside the text, then the checked records.
pub fn memory_bound(bytes: usize) -> usize {
    64 * bytes + (1 << 20)
}

/// Cases per property unless PROPTEST_CASES says otherwise, from a fixed seed unless
/// PROPTEST_RNG_SEED says otherwise.
pub fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(cases);
    let seed = std::env::var("PROPTEST_RNG_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x6675_7a7a);
    Config { cases, rng_seed: RngSeed::Fixed(seed), failure_persistence: None, ..Config::default() }
}

/// Reads and checks a file against the book it is to be merged into, as the Data page does.
fn read(session: &Session, bytes: &[u8]) -> Result<Incoming, Rejection> {
    let book = session.book();
    read_import(bytes, &schema_of, &|id| book.get(id).map(|r| r.kind.clone()), u64::MAX)
}

/// The whole import: read, then plan and apply the merge. Whether the book changed.
fn import(session: &mut Session, bytes: &[u8]) -> Result<bool, Rejection> {
    let incoming = read(session, bytes)?;
    let plan = session.plan_import(&incoming.book);
    Ok(session.apply_import(plan).changes_anything())
}

/// Imports `bytes` into the base book and checks every law; returns whether it was accepted.
fn check_laws(bytes: &[u8]) -> Result<bool, TestCaseError> {
    let mut session = hostile::base_session();
    let before = hostile::export_of(&session);
    let (result, peak) = alloc::peak_of(|| read(&session, bytes));
    prop_assert!(peak <= memory_bound(bytes.len()), "{peak} bytes held reading a file of {}", bytes.len());
    match result {
        Err(rejection) => {
            prop_assert_eq!(hostile::export_of(&session), before, "refused ({:?}), yet the book changed", rejection);
            Ok(false)
        }
        Ok(incoming) => {
            let plan = session.plan_import(&incoming.book);
            session.apply_import(plan);
            let once = hostile::export_of(&session);
            prop_assert_eq!(import(&mut session, bytes), Ok(false), "a second merge of the same file changes nothing");
            prop_assert_eq!(hostile::export_of(&session), once);
            Ok(true)
        }
    }
}

proptest! {
    #![proptest_config(config(300))]

    /// A real export, damaged: read or refused as a whole, by the laws.
    #[test]
    fn a_damaged_export_obeys_the_import_laws(damages in hostile::damage()) {
        let text = hostile::export_of(&hostile::base_session());
        check_laws(&hostile::apply(&text, &damages))?;
    }

    /// Bytes that were never a file.
    #[test]
    fn random_bytes_obey_the_import_laws(bytes in prop::collection::vec(any::<u8>(), 0..2_000)) {
        check_laws(&bytes)?;
    }

    /// Text made of JSON's own punctuation and a few words, which gets further into the parser.
    #[test]
    fn json_shaped_noise_obeys_the_import_laws(
        tokens in prop::collection::vec(prop::sample::select(&[
            "{", "}", "[", "]", ",", ":", "\"format\"", "\"unionbook\"", "\"version\"", "2", "1",
            "\"records\"", "\"id\"", "\"kind\"", "\"fields\"", "\"at\"", "null", "\"\\u0000\"", "1e999",
            "\"\\ud800\"", "-", "\"0000000000000021\"", "\"unit\"",
        ][..]), 0..300),
    ) {
        check_laws(tokens.concat().as_bytes())?;
    }
}

/// Most damaged files must still get past the parser, or the fuzzing tests little.
#[test]
fn the_damage_reaches_the_checks_and_the_merge() {
    let text = hostile::export_of(&hostile::base_session());
    let mut runner = proptest::test_runner::TestRunner::new(config(200));
    let (mut accepted, mut invalid) = (0, 0);
    for _ in 0..200 {
        let damages = hostile::damage().new_tree(&mut runner).unwrap().current();
        let bytes = hostile::apply(&text, &damages);
        let mut session = hostile::base_session();
        match import(&mut session, &bytes) {
            Ok(_) => accepted += 1,
            Err(Rejection::Invalid { .. }) => invalid += 1,
            Err(_) => {}
        }
    }
    assert!(accepted >= 10 && invalid >= 40, "accepted {accepted}, refused by the checks {invalid}, of 200");
}

#[test]
fn files_at_the_size_limit_are_read_within_the_memory_bound_and_one_byte_over_is_refused() {
    let text = hostile::export_of(&hostile::base_session());
    let mut padded = text.clone().into_bytes();
    padded.resize(MAX_FILE_BYTES, b' ');
    assert!(matches!(check_laws(&padded), Ok(true)));
    padded.push(b' ');
    let (result, peak) = alloc::peak_of(|| read_import(&padded, &schema_of, &|_| None, u64::MAX).map(|_| ()));
    assert_eq!(result, Err(Rejection::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }));
    assert!(peak < 1024, "refused before reading: {peak} bytes");
}

/// The files the scan lets through that cost the most to read for their size: objects packed
/// as densely as it allows (a map node each, however small), the most values a file may hold
/// (a slot each in a growing list), keys by the thousand, the longest strings; and an envelope
/// pretending to hold such things. Each is read, or refused, within the memory bound.
#[test]
fn the_costliest_files_the_scan_allows_are_read_within_the_memory_bound() {
    use unionbook_core::book::format::envelope;
    use unionbook_core::book::format::scan::MIN_BYTES_PER_OBJECT;
    let file = |body: &str| format!(r#"{{"format":"unionbook","version":2,"records":[{body}0]}}"#);
    let tiny_object = format!("{{\"\":0}},{}", " ".repeat(MIN_BYTES_PER_OBJECT - 7));
    let longest = format!("\"{}\",", "\\ud83d\\ude00".repeat(unionbook_core::book::format::MAX_TEXT_CHARS));
    let shapes = [
        ("tiny objects at the densest", file(&tiny_object.repeat(380_000))),
        ("values at the most", file(&"0,".repeat(unionbook_core::book::format::MAX_VALUES - 10))),
        (
            "keys by the thousand",
            file(&format!("{{{}\"z\":0}},", (0..200_000).map(|i| format!("\"{i}\":0,")).collect::<String>())),
        ),
        ("the longest strings", file(&longest.repeat(100))),
    ];
    for (what, text) in shapes {
        assert!(text.len() <= MAX_FILE_BYTES, "{what}: {} bytes", text.len());
        let (result, peak) =
            alloc::peak_of(|| read_import(text.as_bytes(), &schema_of, &|_| None, u64::MAX).map(|_| ()));
        let ratio = peak as f64 / text.len() as f64;
        eprintln!("{what}: {} bytes, {peak} bytes held ({ratio:.1}×), accepted: {}", text.len(), result.is_ok());
        assert!(peak <= memory_bound(text.len()), "{what}: {peak} bytes held reading {} bytes", text.len());
        let enveloped = text.replacen(r#"{"format":"unionbook","#, r#"{"format":"unionbook-protected","#, 1);
        let (opened, peak) = alloc::peak_of(|| envelope::open(enveloped.as_bytes()).map(|r| r.map(|_| ())));
        assert!(matches!(opened, Some(Err(_))), "{what}: {opened:?}");
        assert!(peak <= memory_bound(enveloped.len()), "{what} as an envelope: {peak} bytes held");
    }
    // An envelope is a few small objects: anything else is refused before it is parsed, however
    // densely packed (an ordinary file could not hold these as densely).
    let packed = format!(r#"{{"format":"unionbook-protected","x":[{}0]}}"#, "{\"\":0},".repeat(600_000));
    let (opened, peak) = alloc::peak_of(|| envelope::open(packed.as_bytes()).map(|r| r.map(|_| ())));
    assert!(matches!(opened, Some(Err(_))), "{opened:?}");
    assert!(peak <= memory_bound(packed.len()), "a packed envelope: {peak} bytes held reading {}", packed.len());
}
