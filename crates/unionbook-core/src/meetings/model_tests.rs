use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::people::roles::{ROLE, role_fields};
use proptest::prelude::*;

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
        Fixture { book: Book::new(), clock: Clock::new(SeededEntropy(1).new_id()), ids: SeededEntropy(3) }
    }

    fn put(&mut self, kind: &str, fields: Vec<(String, Value)>) -> RecordId {
        let id = self.ids.new_id();
        let at = self.clock.tick(1);
        self.book.write(id, kind, at, fields);
        id
    }

    fn named(&mut self, kind: &str, field: &str, name: &str) -> RecordId {
        self.put(kind, vec![(field.into(), json!(name))])
    }

    fn meeting(&mut self, draft: MeetingDraft) -> RecordId {
        let fields = draft.validate(&self.book).unwrap();
        self.put(MEETING, fields)
    }
}

fn draft(kind: &str, date: &str) -> MeetingDraft {
    MeetingDraft { kind: kind.into(), date: date.into(), ..MeetingDraft::default() }
}

#[test]
fn a_meeting_needs_a_title_or_a_kind_and_a_date() {
    let f = Fixture::new();
    let errors = |d: MeetingDraft| d.validate(&f.book).unwrap_err();
    assert_eq!(
        errors(MeetingDraft::default()),
        vec![("meeting_kind", FormError::Required), ("date", FormError::Required)]
    );
    assert!(draft("departmental", "2026-10-14").validate(&f.book).is_ok());
    let titled =
        MeetingDraft { title: "学生会交流会".into(), date: "2026-11-05".into(), ..MeetingDraft::default() };
    assert!(titled.validate(&f.book).is_ok());
    assert_eq!(errors(draft("party", "2026-10-14")), vec![("meeting_kind", FormError::NotAChoice)]);
    assert_eq!(errors(draft("other", "2026-13-01")), vec![("date", FormError::NotADate)]);
}

#[test]
fn a_start_time_is_hours_and_minutes() {
    let f = Fixture::new();
    let late = MeetingDraft { starts_at: "25:00".into(), ..draft("plenary", "2026-10-14") };
    assert_eq!(late.validate(&f.book).unwrap_err(), vec![("starts_at", FormError::NotATime)]);
}

#[test]
fn units_chair_and_minute_taker_must_be_live_records_of_their_kind() {
    let mut f = Fixture::new();
    let unit = f.named(UNIT, "name_zh", "生活部");
    let member = f.named(MEMBER, "name", "赵一鸣");
    let bad = MeetingDraft {
        units: vec![unit.to_string(), member.to_string()],
        chair: unit.to_string(),
        minute_taker: member.to_string(),
        ..draft("departmental", "2026-10-14")
    };
    assert_eq!(
        bad.validate(&f.book).unwrap_err(),
        vec![("units", FormError::NotAChoice), ("chair", FormError::NotAChoice)]
    );
    let good = MeetingDraft { units: vec![unit.to_string(), unit.to_string()], chair: member.to_string(), ..bad };
    let id = f.meeting(good.clone());
    let m = meeting(&f.book, id).unwrap();
    assert_eq!(m.units, vec![unit]);
    assert_eq!(MeetingDraft::from_meeting(&m), MeetingDraft { units: vec![unit.to_string()], ..good });
}

#[test]
fn meetings_are_listed_newest_first_within_a_semester_and_of_a_kind() {
    let mut f = Fixture::new();
    let october = f.meeting(draft("departmental", "2026-10-14"));
    let november = f.meeting(draft("communication", "2026-11-05"));
    let spring = f.meeting(draft("departmental", "2027-03-10"));
    let ids = |list: Vec<Meeting>| list.into_iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(ids(meetings(&f.book, None, None)), vec![spring, november, october]);
    let autumn = Some((day("2026-09-01"), day("2027-01-31")));
    assert_eq!(ids(meetings(&f.book, autumn, None)), vec![november, october]);
    assert_eq!(ids(meetings(&f.book, autumn, Some("departmental"))), vec![october]);
    let at = f.clock.tick(1);
    f.book.set_deleted(october, true, at);
    assert!(meetings(&f.book, autumn, Some("departmental")).is_empty());
    assert!(meeting(&f.book, october).is_none());
}

#[test]
fn a_units_invitation_brings_its_members_on_the_day_once() {
    let mut f = Fixture::new();
    let life = f.named(UNIT, "name_zh", "生活部");
    let presidium = f.named(UNIT, "name_zh", "主席团");
    let minister = f.named(MEMBER, "name", "赵一鸣");
    let assistant = f.named(MEMBER, "name", "孙雨桐");
    let president = f.named(MEMBER, "name", "林晓东");
    for (m, u) in [(minister, life), (assistant, life), (president, presidium), (president, life)] {
        let fields = role_fields(m, u, "minister", day("2026-09-01"));
        f.put(ROLE, fields);
    }
    let later = f.named(MEMBER, "name", "何雨欣");
    let fields = role_fields(later, life, "assistant", day("2026-12-01"));
    f.put(ROLE, fields);
    let on = day("2026-10-14");
    let mut both = members_of_units(&f.book, &[life, presidium], on);
    both.sort_unstable();
    let mut expected = vec![minister, assistant, president];
    expected.sort_unstable();
    assert_eq!(both, expected);
    let id = f.meeting(draft("departmental", "2026-10-14"));
    let m = meeting(&f.book, id).unwrap();
    let (field, added) = invited_with(&m, &[minister, assistant], true);
    assert_eq!(added, 2);
    let at = f.clock.tick(1);
    f.book.write(id, MEETING, at, [field]);
    let m = meeting(&f.book, id).unwrap();
    let (_, added) = invited_with(&m, &[assistant], true);
    assert_eq!(added, 0);
    let (field, removed) = invited_with(&m, &[minister], false);
    assert_eq!((removed, field.1), (1, json!([assistant.to_string()])));
}

proptest! {
    /// Inviting people and taking them off keeps every person on the list at most once, and
    /// the list is exactly who was last invited and not taken off since.
    #[test]
    fn the_invited_list_holds_each_person_once(steps in prop::collection::vec((prop::collection::vec(0usize..6, 0..4), any::<bool>()), 0..30)) {
        let mut ids = SeededEntropy(9);
        let people: Vec<RecordId> = (0..6).map(|_| ids.new_id()).collect();
        let mut m = Meeting::from_record(ids.new_id(), &Record { kind: MEETING.into(), fields: Default::default() });
        let mut on = std::collections::BTreeSet::new();
        for (chosen, invite) in steps {
            let chosen: Vec<RecordId> = chosen.into_iter().map(|i| people[i]).collect();
            let ((_, value), _) = invited_with(&m, &chosen, invite);
            m.invited = value.as_array().unwrap().iter().filter_map(|v| v.as_str().and_then(RecordId::parse)).collect();
            for p in chosen {
                if invite { on.insert(p); } else { on.remove(&p); }
            }
        }
        let listed: std::collections::BTreeSet<RecordId> = m.invited.iter().copied().collect();
        prop_assert_eq!(listed.len(), m.invited.len());
        prop_assert_eq!(listed, on);
    }
}
