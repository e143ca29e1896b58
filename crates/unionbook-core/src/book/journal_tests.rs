use super::*;
use crate::book::history::ImportEntry;
use crate::book::id::{Entropy, SeededEntropy};
use crate::book::persist::no_schemas;
use crate::book::session::Session;
use crate::book::store::MemoryStore;
use crate::book::{MergeReport, Stamp};
use serde_json::{Value, json};

fn id(n: u64) -> RecordId {
    SeededEntropy(n).new_id()
}

fn field(name: &str, value: &str) -> [(String, Value); 1] {
    [(name.to_owned(), json!(value))]
}

/// A browser: the store as the page sees it (what the disk has is a copy taken at some moment),
/// and the journal, whose puts replace entries of the same id as IndexedDB's do.
#[derive(Default)]
struct Browser {
    memory: MemoryStore,
    journal: Vec<JournalEntry>,
}

impl Browser {
    fn put(&mut self, entries: Vec<JournalEntry>) {
        for entry in entries {
            self.journal.retain(|e| e.id() != entry.id());
            self.journal.push(entry);
        }
    }

    /// Saves the session, and its writes to the journal.
    fn save(&mut self, session: &mut Session) {
        let mut recording = Recording::new(&mut self.memory);
        session.save(&mut recording).unwrap();
        let entries = recording.entries(session.device());
        self.put(entries);
    }

    /// The browser is killed and started again with `disk` as its store: the journal is
    /// replayed into it, and the journal compacted as the adapter does.
    fn restart(&mut self, disk: MemoryStore) -> Replay {
        self.memory = disk;
        let replay = replay(&mut self.memory, &self.journal, no_schemas);
        self.journal.retain(|e| !replay.delete.contains(&e.id()));
        self.put(replay.put.clone());
        replay
    }

    fn open(&self, writer: RecordId) -> Session {
        Session::open(&self.memory, writer, no_schemas).unwrap()
    }
}

fn names(session: &Session) -> Vec<String> {
    let mut names: Vec<String> = session.book().iter().map(|(_, r)| r.text("name_zh").to_owned()).collect();
    names.sort();
    names
}

#[test]
fn a_save_the_store_lost_comes_back_from_the_journal_once() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    session.write(1_000, id(10), "unit", field("name_zh", "生活部"));
    browser.save(&mut session);
    let disk = browser.memory.clone();
    session.write(2_000, id(11), "unit", field("name_zh", "宣传部"));
    browser.save(&mut session);

    let replay = browser.restart(disk);
    assert!(!replay.restored.is_empty());
    assert_eq!(names(&browser.open(id(1))), ["宣传部", "生活部"]);
    // Replaying again changes nothing: the store has it all now.
    let again = replay_again(&mut browser);
    assert_eq!(again.restored, Vec::<String>::new());
    assert_eq!((again.put.len(), again.delete.len()), (0, 0), "a journal of one entry a key is left as it is");
}

fn replay_again(browser: &mut Browser) -> Replay {
    let memory = browser.memory.clone();
    browser.restart(memory)
}

#[test]
fn the_journal_holds_the_latest_text_of_each_key_once_per_writer() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    for n in 0..5 {
        session.write(1_000 + n, id(10), "unit", field("name_zh", &format!("生活部{n}")));
        browser.save(&mut session);
    }
    let chunks: Vec<&JournalEntry> = browser.journal.iter().filter(|e| !e.is_meta()).collect();
    assert_eq!(chunks.len(), 1, "{chunks:?}");
    assert_eq!(chunks[0].text, browser.memory.get(&chunks[0].key).unwrap());
}

#[test]
fn two_tabs_entries_of_one_chunk_join_and_fold_into_one() {
    let mut browser = Browser::default();
    let record = id(10);
    let mut first = browser.open(id(1));
    first.write(1_000, record, "member", field("name", "张三"));
    browser.save(&mut first);
    let disk = browser.memory.clone();
    let mut second = browser.open(id(1).writer_lane(1));
    second.write(2_000, record, "member", field("phone", "138"));
    browser.save(&mut second);
    first.write(3_000, record, "member", field("email", "z@example.cn"));
    browser.save(&mut first);
    assert_eq!(browser.journal.iter().filter(|e| e.key.starts_with("ub1/r/")).count(), 2);

    let replay = browser.restart(disk);
    assert_eq!(replay.put.len(), 1);
    assert_eq!(replay.put[0].lane, JOINED_LANE);
    assert_eq!(replay.delete.len(), 2);
    let book = browser.open(id(1));
    let member = book.book().get(record).unwrap();
    assert_eq!((member.text("name"), member.text("phone"), member.text("email")), ("张三", "138", "z@example.cn"));

    // What was folded still brings everything back to a store that lost it all.
    browser.restart(MemoryStore::new());
    let member = browser.open(id(1)).book().get(record).unwrap().clone();
    assert_eq!((member.text("name"), member.text("phone")), ("张三", "138"));
}

/// A book with one unit saved, and an import of another unit applied and saved.
fn imported(browser: &mut Browser) -> Session {
    let mut session = browser.open(id(1));
    session.write(1_000, id(10), "unit", field("name_zh", "生活部"));
    browser.save(&mut session);
    let mut theirs = Session::in_memory(Book::new(), id(2));
    theirs.write(2_000, id(11), "unit", field("name_zh", "外联部"));
    session.apply_import(session.plan_import(theirs.book()));
    browser.save(&mut session);
    session
}

#[test]
fn an_undone_import_the_store_lost_stays_undone_and_edits_before_it_stay() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    session.write(500, id(12), "unit", field("name_zh", "学习部"));
    browser.save(&mut session);
    let disk = browser.memory.clone();
    drop(session);
    let mut session = imported(&mut browser);
    let stored_with_the_import = persist::stored_epoch(&browser.memory).unwrap();
    assert!(session.undo_import(id(50)));
    browser.save(&mut session);
    session.write(3_000, id(13), "unit", field("name_zh", "体育部"));
    browser.save(&mut session);

    // The disk still has the book from before the edits, the import and its undo.
    browser.restart(disk.clone());
    assert_eq!(names(&browser.open(id(1))), ["体育部", "学习部", "生活部"]);
    assert_eq!(persist::stored_epoch(&browser.memory).unwrap(), Some(id(50)));

    // The disk had the import but not its undo.
    let mut browser = Browser::default();
    let mut session = imported(&mut browser);
    let with_import = browser.memory.clone();
    assert_eq!(persist::stored_epoch(&with_import).unwrap(), stored_with_the_import);
    session.undo_import(id(50));
    browser.save(&mut session);
    browser.restart(with_import);
    assert_eq!(names(&browser.open(id(1))), ["生活部"]);
}

#[test]
fn entries_of_an_epoch_the_store_has_left_are_dropped_not_replayed() {
    let mut browser = Browser::default();
    let mut session = imported(&mut browser);
    session.undo_import(id(50));
    browser.save(&mut session);
    // The disk has everything: the import's entries of the old epoch must not bring it back.
    let replay = replay_again(&mut browser);
    assert_eq!(replay.restored, Vec::<String>::new());
    assert_eq!(names(&browser.open(id(1))), ["生活部"]);
    assert!(browser.journal.iter().filter(|e| !e.is_meta()).all(|e| e.epoch == Some(id(50))), "{:?}", browser.journal);
    // Nor after a restart whose disk lost it all.
    browser.restart(MemoryStore::new());
    assert_eq!(names(&browser.open(id(1))), ["生活部"]);
}

#[test]
fn a_start_over_the_store_lost_is_done_again_and_the_new_book_kept() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    session.write(1_000, id(10), "unit", field("name_zh", "生活部"));
    session.write(1_000, id(11), "member", field("name", "张三"));
    browser.save(&mut session);
    let disk = browser.memory.clone();

    let mut recording = Recording::new(&mut browser.memory);
    let mut fresh = Session::start_over(&mut recording, id(1), id(60), no_schemas).unwrap();
    let entries = recording.entries(id(1));
    browser.put(entries);
    fresh.write(5_000, id(12), "unit", field("name_zh", "新的部"));
    browser.save(&mut fresh);

    browser.restart(disk);
    assert_eq!(names(&browser.open(id(1))), ["新的部"]);
    assert_eq!(persist::stored_epoch(&browser.memory).unwrap(), Some(id(60)));
}

#[test]
fn the_first_save_of_a_phone_comes_back_though_the_store_never_had_an_epoch() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    session.write(1_000, id(10), "unit", field("name_zh", "生活部"));
    browser.save(&mut session);
    browser.restart(MemoryStore::new());
    assert_eq!(names(&browser.open(id(1))), ["生活部"]);
}

#[test]
fn the_import_history_the_store_lost_comes_back() {
    let mut browser = Browser::default();
    let at = Stamp { wall_ms: 7, counter: 0, device: id(1) };
    let mut history = ImportHistory::default();
    history.push(ImportEntry::new(at, vec![], &MergeReport::default()));
    let mut recording = Recording::new(&mut browser.memory);
    history.save(&mut recording).unwrap();
    let entries = recording.entries(id(1));
    browser.put(entries);

    let replay = browser.restart(MemoryStore::new());
    assert_eq!(replay.restored, [HISTORY_KEY]);
    assert_eq!(ImportHistory::load(&browser.memory), history);
}

#[test]
fn an_entry_that_cannot_be_read_is_kept_and_the_others_are_replayed() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    session.write(1_000, id(10), "unit", field("name_zh", "生活部"));
    session.write(1_000, id(11), "member", field("name", "张三"));
    browser.save(&mut session);
    let unit_key = ChunkKey::of("unit", id(10)).storage_key();
    let damaged = browser.journal.iter_mut().find(|e| e.key == unit_key).unwrap();
    damaged.text = Some("2damaged".into());

    let replay = browser.restart(MemoryStore::new());
    assert_eq!(replay.unreadable, 1);
    assert_eq!(names(&browser.open(id(1))), [""]);
    assert!(browser.journal.iter().any(|e| e.text.as_deref() == Some("2damaged")));
}

#[test]
fn a_stored_chunk_that_cannot_be_read_is_never_written_over() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    session.write(1_000, id(10), "unit", field("name_zh", "生活部"));
    browser.save(&mut session);
    let mut disk = browser.memory.clone();
    let key = ChunkKey::of("unit", id(10)).storage_key();
    disk.set(&key, "2damaged").unwrap();
    let replay = browser.restart(disk);
    assert_eq!(replay.restored, Vec::<String>::new());
    assert_eq!(browser.memory.get(&key).unwrap().as_deref(), Some("2damaged"));
}

#[test]
fn a_store_that_refuses_the_replay_leaves_the_journal_as_it_is() {
    let mut browser = Browser::default();
    let mut session = browser.open(id(1));
    session.write(1_000, id(10), "unit", field("name_zh", "生活部"));
    session.write(1_000, id(11), "member", field("name", "张三"));
    browser.save(&mut session);
    let journal = browser.journal.clone();
    let replay = browser.restart(MemoryStore::with_quota(10));
    assert_eq!(replay.failed, Some(StoreError::QuotaExceeded));
    assert_eq!((replay.put.len(), replay.delete.len()), (0, 0));
    assert_eq!(browser.journal, journal);
}

#[test]
fn entries_read_back_are_checked() {
    let entry = JournalEntry {
        key: "ub1/r/unit/3".into(),
        lane: id(1).to_string(),
        epoch: Some(id(2)),
        replaces: None,
        text: Some("2…".into()),
    };
    assert_eq!(JournalEntry::from_stored(&entry.to_stored()), Some(entry.clone()));
    // A text may hold anything, new lines too; a removal has none.
    let odd = JournalEntry { text: Some("a\nb\n".into()), ..entry.clone() };
    assert_eq!(JournalEntry::from_stored(&odd.to_stored()), Some(odd));
    let removed = JournalEntry { text: None, epoch: None, ..entry.clone() };
    assert_eq!(JournalEntry::from_stored(&removed.to_stored()), Some(removed));
    let stored = entry.to_stored();
    for damaged in [
        "".to_owned(),
        stored.replacen("j1", "j9", 1),
        stored.replace(&id(2).to_string(), "not an id"),
        stored.replace("\n+", "\n*"),
        stored.replace("ub1/r/unit/3", ""),
        "j1\nub1/r/unit/3\nlane".to_owned(),
    ] {
        assert_eq!(JournalEntry::from_stored(&damaged), None, "{damaged:?}");
    }
}
