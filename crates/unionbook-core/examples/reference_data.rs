//! Builds the reference data set of PRODUCT.md, writes it as an export file for the browser
//! benchmark, and reports what the book costs on the host: stored size against localStorage's
//! 5 Mi UTF-16 units, chunk sizes, and the time of each step (host times; the browser
//! benchmark in tests/bench measures the real ones).
//!
//!     cargo run --release --example reference_data -- target/bench/reference.json

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use unionbook_core::attendance::door::model::{Door, Tap, tap};
use unionbook_core::attendance::marks::Mark;
use unionbook_core::book::format::{ExportMeta, Selection, export, read_file};
use unionbook_core::book::store::{KeyValueStore, MemoryStore};
use unionbook_core::book::{Book, Entropy, SeededEntropy, Session};
use unionbook_core::inspections::corridor::{Touch, Where, tap as score_tap};
use unionbook_core::inspections::model::{ROOM_SCORE, inspection_rounds, room_score_id};
use unionbook_core::inspections::results::round_results;
use unionbook_core::inspections::rubric::Rubric;
use unionbook_core::inspections::trends::{building_trend, latest_semester, semester_rounds};
use unionbook_core::money::ledger::{Filter, ledger, movements, owed_back, sums_by_unit};
use unionbook_core::people::everyone::{PeopleIndex, everyone};
use unionbook_core::reference::reference_book;

const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// Counts the heap in use and its peak, to report what reading a file costs in memory.
struct Counting;
static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and reports the most heap it used above what was in use before (host, 64-bit:
/// wasm32's pointers are half as wide, so the browser needs somewhat less).
fn peak_heap<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    println!("{what:<40} {:>9.1} MB peak heap", (PEAK.load(Ordering::Relaxed) - base) as f64 / 1_048_576.0);
    out
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!("{what:<40} {:>9.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    out
}

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/bench/reference.json".into());
    let (book, device) = timed("generate", reference_book);
    println!("records                                  {:>9}", book.len());

    let mut store = MemoryStore::new();
    let mut session = Session::in_memory(book.clone(), device);
    timed("save everything", || session.save(&mut store).unwrap());
    let used = store.used_units();
    let chunks: Vec<usize> =
        store.keys().unwrap().iter().map(|k| store.get(k).unwrap().unwrap().encode_utf16().count()).collect();
    println!(
        "stored                                   {:>9} units = {:.1}% of 5 Mi; {} chunks, largest {} units",
        used,
        used as f64 * 100.0 / QUOTA_UNITS as f64,
        chunks.len(),
        chunks.iter().max().unwrap()
    );
    timed("load", || Session::open(&store, device, unionbook_core::kinds::schema_of).unwrap());
    let (id, field) = {
        let (id, record) = session.book().live("room_score").nth(777).unwrap();
        (id, record.fields.keys().find(|k| k.starts_with("score:")).unwrap().clone())
    };
    timed("one edit + save", || {
        session.write(1_800_000_000_000, id, "room_score", [(field, serde_json::json!(9))]);
        session.save(&mut store).unwrap();
    });

    door_figures(&mut session, &mut store, &out);
    inspection_figures(&mut session, &mut store);
    money_figures(session.book());

    let meta = ExportMeta {
        exported_at: "2026-11-25T09:00:00Z".into(),
        device,
        officer: "李华".into(),
        union: "政治与公共管理系学生会".into(),
        selection: Selection::All,
    };
    let text = timed("export", || export(&book, &meta));
    println!("export file                              {:>9} bytes", text.len());
    let incoming = timed("read and validate the export", || read_file(text.as_bytes(), &|_| None).unwrap());
    drop(peak_heap("  reading it", || read_file(text.as_bytes(), &|_| None).unwrap()));
    // The worst a file the limits let through can cost: as many tiny records as allowed,
    // within the 32 MiB size limit.
    let tiny = r#"{"id":"0000000000000021","kind":"u","at":"1.0.0000000000000009","fields":{"a":0}},"#;
    let count = (unionbook_core::book::format::MAX_FILE_BYTES - 200) / tiny.len();
    let worst = format!(
        r#"{{"format":"unionbook","version":2,"exported_at":"2026-11-25T09:00:00Z","exported_by":{{"device":"0000000000000009","officer":""}},"selection":{{"what":"all"}},"records":[{}0]}}"#,
        tiny.repeat(count)
    );
    println!("worst-case file                          {:>9} bytes, {count} records", worst.len());
    let refused = peak_heap("  reading it (refused or not)", || read_file(worst.as_bytes(), &|_| None).err());
    let refused = match refused {
        Some(unionbook_core::book::format::Rejection::Invalid { total, .. }) => {
            format!("refused after parsing: {total} problems")
        }
        other => format!("{other:?}"),
    };
    println!("  {refused}");
    // The largest file the scan lets through to the parser.
    let allowed = unionbook_core::book::format::MAX_RECORDS;
    let biggest = worst.replacen(&tiny.repeat(count), &tiny.repeat(allowed), 1);
    println!("largest file parsed                      {:>9} bytes, {allowed} records", biggest.len());
    drop(peak_heap("  reading it", || read_file(biggest.as_bytes(), &|_| None).err()));
    let empty = Session::in_memory(Book::new(), device);
    let plan = timed("plan the merge into an empty book", || empty.plan_import(&incoming.book));
    assert_eq!(plan.report.added.len(), book.len());
    std::fs::create_dir_all(std::path::Path::new(&out).parent().unwrap()).unwrap();
    std::fs::write(&out, text).unwrap();
    println!("wrote {out}");
}

/// The door's two figures on the host (one tap recorded and saved; the search narrowing
/// everyone as a name is typed), and what the browser benchmark taps and types, beside the
/// export: `<out>.door.json`.
fn door_figures(session: &mut Session, store: &mut MemoryStore, out: &str) {
    let list = session.book().live("activity").next().unwrap().0;
    let people = everyone(session.book());
    let writer = session.device();
    let log = SeededEntropy(99).new_id();
    timed("one check-in tap + save", || {
        let door = Door::at(session.book(), list, writer, log, "李华").unwrap();
        let Tap::Marked { change, .. } = tap(session.book(), &door, people[0].id, 1_800_000_000_000, Mark::Present)
        else {
            panic!("a first tap marks")
        };
        for w in change.writes {
            session.write(1_800_000_000_000, w.record, &w.kind, w.fields);
        }
        session.save(store).unwrap();
    });
    // Initials stand in for pinyin on the host (the browser asks Intl.Collator).
    let index = timed("door search index", || PeopleIndex::new(people.clone(), &|n: &str| n.chars().take(3).collect()));
    let name: String = people[1].name.clone();
    let prefixes: Vec<String> = (1..=name.chars().count()).map(|n| name.chars().take(n).collect()).collect();
    for q in &prefixes {
        timed(&format!("  search {q:?}"), || index.find(q, 8, &|a, b| a.name.cmp(&b.name)).len());
    }
    let taps: Vec<&str> = people.iter().skip(2).take(20).map(|p| p.student_id.as_str()).collect();
    let door = serde_json::json!({ "list": list.to_string(), "type": name, "taps": taps });
    std::fs::create_dir_all(std::path::Path::new(out).parent().unwrap()).unwrap();
    std::fs::write(format!("{out}.door.json"), door.to_string()).unwrap();
}

/// The inspections' figures on the host: one score tap recorded and saved, the latest round's
/// ranking, and one building's trend over the semester's rounds.
fn inspection_figures(session: &mut Session, store: &mut MemoryStore) {
    let rounds = inspection_rounds(session.book());
    let round = rounds[0].clone();
    let room = round.covered_rooms(session.book())[0].id;
    let item = Rubric::from_copy(&round.rubric_copy).items[0].key;
    timed("one score tap + save", || {
        let id = room_score_id(round.id, room);
        let at = Where { round: round.id, room, inspector: None };
        let tapped = score_tap(session.book().get(id), &Touch::Fault { item, veto: false }, at);
        session.write(1_800_000_000_000, id, ROOM_SCORE, tapped.fields);
        session.save(store).unwrap();
    });
    let book = session.book();
    let results = timed("a round's ranking", || round_results(book, &round, &|a: &str, b: &str| a.cmp(b)));
    println!("  rooms ranked                           {:>9}", results.rooms.len());
    let semester = latest_semester(&rounds, |_| true).unwrap();
    let building = results.buildings[0].building.id;
    let trend = timed("a building's trend over the semester", || {
        building_trend(book, building, &semester_rounds(&rounds, semester))
    });
    println!("  rounds in the trend                    {:>9}", trend.len());
}

/// Money's figures on the host: the ledger of every movement with its running balance, the
/// sums per unit, and what members are owed back.
fn money_figures(book: &Book) {
    let list = timed("money movements in date order", || movements(book));
    let whole = timed("the ledger with its running balance", || ledger(&list, Filter::default()));
    println!("  ledger lines                           {:>9}", whole.lines.len());
    let units: Vec<_> = book.live("unit").map(|(id, _)| id).collect();
    timed("sums per unit", || sums_by_unit(&list, None, &units).len());
    let owed = timed("members owed money back", || owed_back(book));
    println!("  members owed                           {:>9}", owed.len());
}
