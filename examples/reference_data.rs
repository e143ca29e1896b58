//! Builds the reference data set of PRODUCT.md, writes it as an export file for the browser
//! benchmark, and reports what the book costs on the host: stored size against localStorage's
//! 5 Mi UTF-16 units, chunk sizes, and the time of each step (host times; the browser
//! benchmark in tests/bench measures the real ones).
//!
//!     cargo run --release --example reference_data -- target/bench/reference.json

use std::time::Instant;
use unionbook::book::format::{ExportMeta, Selection, export, read_file};
use unionbook::book::reference::reference_book;
use unionbook::book::store::{KeyValueStore, MemoryStore};
use unionbook::book::{Book, Session};

const QUOTA_UNITS: usize = 5 * 1024 * 1024;

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
    timed("load", || Session::open(&store, device, unionbook::kinds::schema_of).unwrap());
    let id = session.book().live("inspection_score").nth(777).unwrap().0;
    timed("one edit + save", || {
        session.write(1_800_000_000_000, id, "inspection_score", [("score".to_owned(), serde_json::json!(9))]);
        session.save(&mut store).unwrap();
    });

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
    let empty = Session::in_memory(Book::new(), device);
    let plan = timed("plan the merge into an empty book", || empty.plan_import(&incoming.book));
    assert_eq!(plan.report.added.len(), book.len());
    std::fs::create_dir_all(std::path::Path::new(&out).parent().unwrap()).unwrap();
    std::fs::write(&out, text).unwrap();
    println!("wrote {out}");
}
