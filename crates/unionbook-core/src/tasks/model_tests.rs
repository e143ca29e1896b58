use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use proptest::prelude::*;

const PLAIN: Collate<'static> = &|a: &str, b: &str| a.cmp(b);

fn day(s: &str) -> NaiveDate {
    parse_date(s).unwrap()
}

struct Fixture {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture { book: Book::new(), clock: Clock::new(SeededEntropy(1).new_id()), ids: SeededEntropy(2) }
    }

    fn put(&mut self, kind: &str, fields: Vec<(&str, Value)>) -> RecordId {
        let id = self.ids.new_id();
        self.write(id, kind, fields.into_iter().map(|(f, v)| (f.to_owned(), v)).collect());
        id
    }

    fn write(&mut self, id: RecordId, kind: &str, fields: Vec<(String, Value)>) {
        let at = self.clock.tick(1);
        self.book.write(id, kind, at, fields);
    }

    fn task(&mut self, of: RecordId, title: &str, owner: Option<RecordId>, due: Option<&str>) -> RecordId {
        let draft = TaskDraft {
            title: title.into(),
            owner: owner.map(|o| o.to_string()).unwrap_or_default(),
            due: due.unwrap_or_default().into(),
            notes: String::new(),
        };
        let fields = draft.validate(&self.book, of).unwrap();
        let id = self.ids.new_id();
        self.write(id, TASK, fields);
        id
    }

    fn get(&self, id: RecordId) -> Task {
        Task::from_record(id, self.book.get(id).unwrap())
    }

    fn tick(&mut self, id: RecordId, done: bool, today: NaiveDate) -> Tick {
        let t = tick(&self.get(id), done, today);
        self.write(id, TASK, t.write.clone());
        t
    }
}

#[test]
fn a_draft_needs_a_title_and_takes_only_a_live_member_and_a_real_date() {
    let mut f = Fixture::new();
    let member = f.put(MEMBER, vec![("name", json!("李明"))]);
    let gone = f.put(MEMBER, vec![("name", json!("王芳"))]);
    let at = f.clock.tick(1);
    f.book.set_deleted(gone, true, at);
    let unit = f.put("unit", vec![("name_zh", json!("生活部"))]);
    let meeting = f.put("meeting", vec![("title", json!("部门例会"))]);
    let errors = |d: TaskDraft| d.validate(&f.book, meeting).unwrap_err();
    assert_eq!(errors(TaskDraft::default()), vec![("title", forms::FormError::Required)]);
    let bad = |owner: RecordId, due: &str| TaskDraft {
        title: "订会议室".into(),
        owner: owner.to_string(),
        due: due.into(),
        notes: String::new(),
    };
    assert_eq!(
        errors(bad(gone, "2026-02-30")),
        vec![("owner", forms::FormError::NotAChoice), ("due", forms::FormError::NotADate)]
    );
    assert_eq!(errors(bad(unit, "2026-10-20")), vec![("owner", forms::FormError::NotAChoice)]);
    let fields = bad(member, "2026-10-20").validate(&f.book, meeting).unwrap();
    assert!(fields.contains(&("of".into(), json!(meeting.to_string()))));
    // A checklist item may have no owner and no due day.
    let plain = TaskDraft { title: "借音响".into(), ..TaskDraft::default() };
    assert!(plain.validate(&f.book, meeting).is_ok());
}

#[test]
fn open_is_not_done_and_overdue_is_open_and_due_before_today() {
    let mut f = Fixture::new();
    let meeting = f.put("meeting", vec![]);
    let today = day("2026-12-01");
    let past = f.task(meeting, "a", None, Some("2026-11-30"));
    let due_today = f.task(meeting, "b", None, Some("2026-12-01"));
    let undated = f.task(meeting, "c", None, None);
    assert!(f.get(past).is_overdue(today));
    assert!(!f.get(due_today).is_overdue(today));
    assert!(!f.get(undated).is_overdue(today));
    f.tick(past, true, today);
    let done = f.get(past);
    assert!(!done.is_open() && !done.is_overdue(today));
    assert_eq!(done.done_on, Some(today));
}

#[test]
fn ticking_done_and_its_undo_write_done_and_its_day_back() {
    let mut f = Fixture::new();
    let meeting = f.put("meeting", vec![]);
    let id = f.task(meeting, "写简报", None, Some("2026-10-30"));
    let before = f.get(id);
    let t = f.tick(id, true, day("2026-11-02"));
    assert_eq!(t.write, vec![("done".into(), json!(true)), ("done_on".into(), json!("2026-11-02"))]);
    f.write(id, TASK, t.undo);
    assert_eq!(f.get(id), before);
    // Opened again, a task loses its done day; the undo gives it back.
    f.tick(id, true, day("2026-11-02"));
    let done = f.get(id);
    let t = f.tick(id, false, day("2026-11-05"));
    assert_eq!(f.get(id).done_on, None);
    f.write(id, TASK, t.undo);
    assert_eq!(f.get(id), done);
}

#[test]
fn the_open_items_are_overdue_first_then_by_due_day_undated_last_with_their_parent() {
    let mut f = Fixture::new();
    let owner = f.put(MEMBER, vec![("name", json!("李明"))]);
    let other = f.put(MEMBER, vec![("name", json!("王芳"))]);
    let meeting = f.put(
        "meeting",
        vec![("meeting_kind", json!("departmental")), ("date", json!("2026-10-14")), ("title", json!(""))],
    );
    let activity = f.put("activity", vec![("title", json!("读书节")), ("date", json!("2026-11-20"))]);
    let later = f.task(activity, "海报", Some(owner), Some("2026-12-10"));
    let undated = f.task(meeting, "总结", Some(owner), None);
    let overdue = f.task(meeting, "订会议室", Some(owner), Some("2026-10-20"));
    let others = f.task(activity, "借场地", Some(other), Some("2026-11-01"));
    let done = f.task(meeting, "发通知", Some(owner), Some("2026-10-15"));
    f.tick(done, true, day("2026-10-15"));
    let items = open_action_items(&f.book, PLAIN);
    let order: Vec<RecordId> = items.iter().map(|i| i.task.id).collect();
    assert_eq!(order, vec![overdue, others, later, undated]);
    let parent = items[0].parent.as_ref().unwrap();
    assert_eq!((parent.kind.as_str(), parent.meeting_kind.as_str()), ("meeting", "departmental"));
    assert_eq!(parent.date, Some(day("2026-10-14")));
    assert_eq!(items[2].parent.as_ref().unwrap().title, "读书节");
    let mine: Vec<RecordId> = open_tasks_of(&f.book, owner, PLAIN).iter().map(|t| t.id).collect();
    assert_eq!(mine, vec![overdue, later, undated]);
    // The record's own list: open ones first, then the done ones.
    let listed: Vec<RecordId> = tasks_of(&f.book, meeting, PLAIN).iter().map(|t| t.id).collect();
    assert_eq!(listed, vec![overdue, undated, done]);
}

#[test]
fn tasks_of_a_deleted_meeting_leave_the_open_lists_and_a_deleted_task_every_list() {
    let mut f = Fixture::new();
    let owner = f.put(MEMBER, vec![("name", json!("李明"))]);
    let meeting = f.put("meeting", vec![("title", json!("例会"))]);
    let kept = f.put("meeting", vec![("title", json!("交流会"))]);
    f.task(meeting, "a", Some(owner), None);
    let gone = f.task(kept, "b", Some(owner), None);
    let at = f.clock.tick(1);
    f.book.set_deleted(meeting, true, at);
    assert_eq!(open_action_items(&f.book, PLAIN).len(), 1);
    assert_eq!(open_tasks_of(&f.book, owner, PLAIN).len(), 1);
    let at = f.clock.tick(1);
    f.book.set_deleted(gone, true, at);
    assert!(open_action_items(&f.book, PLAIN).is_empty() && tasks_of(&f.book, kept, PLAIN).is_empty());
}

#[test]
fn a_task_reads_back_as_its_draft() {
    let mut f = Fixture::new();
    let owner = f.put(MEMBER, vec![("name", json!("李明"))]);
    let meeting = f.put("meeting", vec![]);
    let id = f.task(meeting, "订会议室", Some(owner), Some("2026-10-20"));
    let draft = TaskDraft::from_task(&f.get(id));
    assert_eq!((draft.owner, draft.due), (owner.to_string(), "2026-10-20".to_owned()));
}

proptest! {
    /// Whatever ticks and unticks (and undos of them) happen in whatever order, the open list
    /// is exactly the tasks not done and the overdue ones exactly those open and past due.
    #[test]
    fn the_open_list_is_exactly_the_tasks_not_done(
        dues in prop::collection::vec(prop::option::of(0u32..40), 1..8),
        steps in prop::collection::vec((0usize..8, any::<bool>(), any::<bool>()), 0..40),
    ) {
        let mut f = Fixture::new();
        let meeting = f.put("meeting", vec![]);
        let start = day("2026-11-10");
        let today = day("2026-11-30");
        let ids: Vec<RecordId> = dues
            .iter()
            .map(|d| {
                let due = d.map(|n| (start + chrono::Days::new(u64::from(n))).to_string());
                f.task(meeting, "t", None, due.as_deref())
            })
            .collect();
        let mut done = vec![false; ids.len()];
        for (i, to, undo) in steps {
            let i = i % ids.len();
            let t = f.tick(ids[i], to, today);
            if undo {
                f.write(ids[i], TASK, t.undo);
            } else {
                done[i] = to;
            }
        }
        let open: std::collections::BTreeSet<RecordId> = open_action_items(&f.book, PLAIN).iter().map(|a| a.task.id).collect();
        let expected: std::collections::BTreeSet<RecordId> = ids.iter().zip(&done).filter(|(_, d)| !**d).map(|(id, _)| *id).collect();
        prop_assert_eq!(&open, &expected);
        for (id, d) in ids.iter().zip(&done) {
            let task = f.get(*id);
            prop_assert_eq!(task.done, *d);
            prop_assert_eq!(task.done_on.is_some(), *d);
            let past_due = task.due.is_some_and(|due| due < today);
            prop_assert_eq!(task.is_overdue(today), !*d && past_due);
        }
        let items = open_action_items(&f.book, PLAIN);
        let first_not_overdue = items.iter().position(|a| !a.task.is_overdue(today)).unwrap_or(items.len());
        prop_assert!(items[first_not_overdue..].iter().all(|a| !a.task.is_overdue(today)));
    }
}
