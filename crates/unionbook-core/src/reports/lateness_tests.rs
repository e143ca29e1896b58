use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::calendar::SemesterHalf;
use crate::reports::model::{REPORT, REPORT_CADENCE, cadence_id};
use proptest::prelude::*;
use serde_json::json;

fn day(s: &str) -> NaiveDate {
    crate::book::schema::parse_date(s).unwrap()
}

fn setting(cadence: Cadence, grace_days: u32, since: &str) -> CadenceSetting {
    CadenceSetting { unit: RecordId::well_known(3), cadence: Some(cadence), grace_days, since: Some(day(since)) }
}

fn report(cadence: Cadence, period_start: &str, submitted_on: &str) -> Report {
    Report {
        id: SeededEntropy(period_start.len() as u64 + submitted_on.len() as u64).new_id(),
        unit: Some(RecordId::well_known(3)),
        cadence: Some(cadence),
        period_start: Some(day(period_start)),
        semester: None,
        work_done: String::new(),
        problems: String::new(),
        next_steps: String::new(),
        submitted_by: None,
        submitted_on: Some(day(submitted_on)),
    }
}

fn autumn_2026(ends: &str) -> SemesterRecord {
    SemesterRecord {
        id: RecordId::well_known(9),
        term: None,
        semester: Semester::new(2026, SemesterHalf::First).unwrap(),
        starts: day("2026-09-01"),
        ends: day(ends),
    }
}

#[test]
fn weeks_start_on_monday_and_cross_the_new_year() {
    let week = Period::containing(Cadence::Weekly, day("2026-12-01"), &[]);
    assert_eq!((week.start, week.end), (day("2026-11-30"), day("2026-12-06")));
    let week = Period::containing(Cadence::Weekly, day("2027-01-01"), &[]);
    assert_eq!((week.start, week.end), (day("2026-12-28"), day("2027-01-03")));
    assert_eq!(Period::containing(Cadence::Weekly, day("2026-11-29"), &[]).start, day("2026-11-23"));
}

#[test]
fn months_end_on_their_last_day() {
    let feb = Period::containing(Cadence::Monthly, day("2028-02-10"), &[]);
    assert_eq!((feb.start, feb.end), (day("2028-02-01"), day("2028-02-29")));
    assert_eq!(feb.next(&[]).start, day("2028-03-01"));
    assert_eq!(Period::containing(Cadence::Monthly, day("2026-11-30"), &[]).due(3), day("2026-12-03"));
}

#[test]
fn a_semester_is_named_and_closed_by_the_books_record() {
    let book_semester = autumn_2026("2027-01-15");
    let p = Period::containing(Cadence::Semester, day("2026-10-01"), std::slice::from_ref(&book_semester));
    assert_eq!((p.start, p.end), (day("2026-08-01"), day("2027-01-31")));
    assert_eq!(p.semester, Some(book_semester.id));
    assert_eq!(p.due(7), day("2027-01-22"), "due a week after the term ends, not the calendar half");
    let spring = p.next(&[book_semester]);
    assert_eq!((spring.start, spring.semester), (day("2027-02-01"), None));
    assert_eq!(spring.due(0), day("2027-07-31"));
}

#[test]
fn a_period_goes_to_a_form_and_back() {
    let p = Period::containing(Cadence::Monthly, day("2026-11-15"), &[]);
    assert_eq!(p.value(), "monthly:2026-11-01");
    assert_eq!(Period::parse(&p.value(), &[]), Some(p));
    assert_eq!(Period::parse("fortnightly:2026-11-01", &[]), None);
    assert_eq!(Period::parse("monthly:2026-13-01", &[]), None);
}

#[test]
fn periods_run_from_since_to_the_one_holding_today() {
    let list = periods(&setting(Cadence::Monthly, 3, "2026-09-10"), &[], day("2026-12-01"));
    let starts: Vec<_> = list.iter().map(|p| p.start.to_string()).collect();
    assert_eq!(starts, ["2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"]);
    assert!(periods(&setting(Cadence::Monthly, 3, "2027-01-01"), &[], day("2026-12-01")).is_empty());
    let none = CadenceSetting { cadence: None, ..setting(Cadence::Monthly, 3, "2026-09-01") };
    assert!(periods(&none, &[], day("2026-12-01")).is_empty());
}

#[test]
fn without_since_the_count_starts_with_todays_semester() {
    let mut s = setting(Cadence::Monthly, 0, "2026-09-01");
    s.since = None;
    assert_eq!(counted_from(&s, &[autumn_2026("2027-01-15")], day("2026-12-01")), day("2026-09-01"));
    assert_eq!(counted_from(&s, &[], day("2026-12-01")), day("2026-08-01"));
    s.since = Some(day("1990-01-01"));
    assert!(periods(&s, &[], day("2026-12-01")).len() <= 122, "a since long ago is cut to ten years");
}

#[test]
fn a_unit_is_late_only_once_the_grace_days_are_over() {
    let s = setting(Cadence::Monthly, 3, "2026-11-01");
    let late =
        |today: &str| standings(&s, &[], &[], day(today)).into_iter().filter(|p| p.standing == Standing::Late).count();
    assert_eq!(late("2026-12-03"), 0);
    assert_eq!(late("2026-12-04"), 1);
}

#[test]
fn a_report_filed_late_counts_as_filed_and_shows_as_late() {
    let s = setting(Cadence::Monthly, 3, "2026-10-01");
    let reports =
        [report(Cadence::Monthly, "2026-10-01", "2026-11-10"), report(Cadence::Monthly, "2026-11-01", "2026-11-30")];
    let list = standings(&s, &reports, &[], day("2026-12-20"));
    assert!(matches!(list[0].standing, Standing::Filed { late: true, .. }));
    assert!(matches!(list[1].standing, Standing::Filed { late: false, .. }));
    assert_eq!(list[2].standing, Standing::Open, "December is not over");
    assert!(filed_late(&reports[0], 3, &[]) && !filed_late(&reports[1], 3, &[]));
    // A weekly report does not stand in for the month.
    let weekly = [report(Cadence::Weekly, "2026-10-05", "2026-10-06")];
    assert_eq!(standings(&s, &weekly, &[], day("2026-12-20"))[0].standing, Standing::Late);
}

#[test]
fn a_form_offers_the_late_period_first_and_a_corrected_reports_own() {
    let s = setting(Cadence::Monthly, 3, "2026-09-01");
    let reports = [report(Cadence::Monthly, "2026-09-01", "2026-09-30")];
    let starts = |list: Vec<Period>| list.into_iter().map(|p| p.start.to_string()).collect::<Vec<_>>();
    let offered = offered_periods(&s, &reports, &[], day("2026-11-02"), None);
    assert_eq!(starts(offered), ["2026-10-01", "2026-11-01", "2026-09-01"]);
    let offered = offered_periods(&s, &reports, &[], day("2026-11-02"), Some(&reports[0]));
    assert_eq!(starts(offered), ["2026-09-01", "2026-10-01", "2026-11-01"]);
}

/// A book with two units reporting monthly from September and their reports.
fn book_with_units() -> (Book, RecordId, RecordId) {
    let (mut book, mut clock, mut ids) = (Book::new(), Clock::new(SeededEntropy(1).new_id()), SeededEntropy(2));
    let (arts, life) = (ids.new_id(), ids.new_id());
    for unit in [arts, life] {
        let fields = vec![
            ("unit".to_owned(), json!(unit.to_string())),
            ("cadence".to_owned(), json!("monthly")),
            ("grace_days".to_owned(), json!(3)),
            ("since".to_owned(), json!("2026-09-01")),
        ];
        book.write(cadence_id(unit), REPORT_CADENCE, clock.tick(1), fields);
    }
    for (unit, month) in [(arts, "09"), (life, "09"), (life, "10")] {
        let fields = vec![
            ("unit".to_owned(), json!(unit.to_string())),
            ("cadence".to_owned(), json!("monthly")),
            ("period_start".to_owned(), json!(format!("2026-{month}-01"))),
            ("submitted_on".to_owned(), json!(format!("2026-{month}-28"))),
        ];
        book.write(ids.new_id(), REPORT, clock.tick(2), fields);
    }
    (book, arts, life)
}

#[test]
fn the_late_units_are_listed_longest_late_first_with_their_periods() {
    let (book, arts, life) = book_with_units();
    let late = late_units(&book, &[life, arts], day("2026-12-04"));
    assert_eq!(late.iter().map(|l| l.unit).collect::<Vec<_>>(), [arts, life]);
    let months = |l: &LateUnit| l.periods.iter().map(|(p, due)| (p.start.month(), due.to_string())).collect::<Vec<_>>();
    assert_eq!(months(&late[0]), [(10, "2026-11-03".to_owned()), (11, "2026-12-03".to_owned())]);
    assert_eq!(months(&late[1]), [(11, "2026-12-03".to_owned())]);
    assert!(late_units(&book, &[life], day("2026-11-03")).is_empty());
}

#[test]
fn a_units_reports_in_a_date_range_oldest_first() {
    let (book, arts, life) = book_with_units();
    let list = reports_of_unit(&book, life, day("2026-09-01"), day("2026-10-31"));
    assert_eq!(list.iter().map(|r| r.period_start.unwrap().month()).collect::<Vec<_>>(), [9, 10]);
    assert_eq!(reports_of_unit(&book, life, day("2026-10-01"), day("2026-12-31")).len(), 1);
    assert_eq!(reports_of_unit(&book, life, day("2026-09-30"), day("2026-10-01")).len(), 2, "periods that overlap");
    let autumn = report(Cadence::Semester, "2026-08-01", "2027-01-20");
    assert_eq!(span(&autumn), Some((day("2026-08-01"), day("2027-01-31"))), "within a term starting in September");
    let by_unit = reports_by_unit(&book, &[arts, life, RecordId::well_known(5)], None);
    assert_eq!(by_unit.len(), 2);
    assert_eq!(by_unit[1].1[0].period_start, Some(day("2026-10-01")), "newest first");
}

fn any_cadence() -> impl Strategy<Value = Cadence> {
    prop_oneof![Just(Cadence::Weekly), Just(Cadence::Monthly), Just(Cadence::Semester)]
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (0u64..4_000).prop_map(|n| day("2024-01-01") + Days::new(n))
}

proptest! {
    #[test]
    fn periods_tile_time_without_gaps_or_overlaps(cadence in any_cadence(), a in any_day(), b in any_day()) {
        let (since, today) = (a.min(b), a.max(b));
        let s = CadenceSetting { cadence: Some(cadence), since: Some(since), ..setting(cadence, 0, "2026-01-01") };
        let book_semester = [autumn_2026("2027-01-15")];
        let list = periods(&s, &book_semester, today);
        prop_assert!(list.first().unwrap().contains(since.max(today - Days::new(LOOK_BACK_DAYS))));
        prop_assert!(list.last().unwrap().contains(today));
        for p in &list {
            prop_assert!(p.start <= p.end);
            prop_assert_eq!(&Period::containing(cadence, p.end, &book_semester), p);
        }
        for pair in list.windows(2) {
            prop_assert_eq!(pair[0].end + Days::new(1), pair[1].start);
        }
    }

    #[test]
    fn a_period_is_late_iff_past_due_and_without_a_report(
        cadence in any_cadence(),
        grace in 0u32..30,
        since in any_day(),
        ahead in 0u64..400,
        filed in proptest::collection::vec((0u64..400, 0u64..60), 0..6),
    ) {
        let today = since + Days::new(ahead);
        let s = CadenceSetting { cadence: Some(cadence), grace_days: grace, since: Some(since), ..setting(cadence, 0, "2026-01-01") };
        let reports: Vec<Report> = filed
            .iter()
            .map(|(at, after)| {
                let start = since + Days::new(*at);
                report(cadence, &start.to_string(), &(start + Days::new(*after)).to_string())
            })
            .collect();
        for s in standings(&s, &reports, &[], today) {
            let has_report = reports.iter().any(|r| s.period.is_of(r));
            prop_assert_eq!(s.standing == Standing::Late, today > s.due && !has_report);
            prop_assert_eq!(matches!(s.standing, Standing::Filed { .. }), has_report);
        }
    }
}
