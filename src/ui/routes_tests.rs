use super::*;
use crate::book::{Entropy, SeededEntropy};

/// The work summary (in the core) links each record it draws on by its page's path: every
/// one is a page of the app.
#[test]
fn every_record_a_summary_links_to_is_a_page_of_the_app() {
    use unionbook_core::summary::draft::{draft, periods};
    let mut book = crate::book::Book::new();
    let mut clock = crate::book::Clock::new(SeededEntropy(2).new_id());
    for (id, kind, fields) in crate::sample::sample_records() {
        book.write(id, kind, clock.tick(1_764_000_000_000), fields);
    }
    let mut linked = 0;
    for lang in crate::locale::Lang::ALL {
        for period in periods(&book, lang) {
            let summary = draft(&book, &period, lang);
            for source in summary.sections.iter().flat_map(|s| &s.parts).flat_map(|p| &p.sources) {
                let route = Route::parse(&source.path);
                assert!(!matches!(route, Route::NotFound | Route::Home), "{}", source.path);
                linked += 1;
            }
        }
    }
    assert!(linked > 50, "the sample union's summaries link {linked} records");
}

#[test]
fn every_route_parses_back_from_its_path() {
    let id = SeededEntropy(1).new_id();
    let mut routes = vec![
        Route::Home,
        Route::More,
        Route::Settings,
        Route::Data,
        Route::People,
        Route::NewUnit,
        Route::Unit(id),
        Route::NewMember,
        Route::Member(id),
        Route::Terms,
        Route::Rounds,
        Route::Round(id),
        Route::Candidate(id),
        Route::Evaluations,
        Route::Trainings,
        Route::Training(id),
        Route::Roster,
        Route::Students,
        Route::NewStudent,
        Route::Student(id),
        Route::StudentImport,
        Route::Activities,
        Route::NewActivity,
        Route::Activity(id),
        Route::Series(id),
        Route::Meetings,
        Route::NewMeeting,
        Route::Meeting(id),
        Route::ActionItems,
        Route::Attendance,
        Route::CheckIn(id),
        Route::SelfStudy,
        Route::NewSelfStudy,
        Route::SelfStudyCheck(id),
        Route::Inspections,
        Route::Buildings,
        Route::NewBuilding,
        Route::Building(id),
        Route::Room(id),
        Route::Rubrics,
        Route::NewRubric,
        Route::Rubric(id),
        Route::NewInspectionRound,
        Route::InspectionRound(id),
        Route::ScoreRound(id),
        Route::Appraisals,
        Route::NewAppraisal,
        Route::Appraisal(id),
        Route::Publications,
        Route::NewPeriodical,
        Route::Periodical(id),
        Route::NewIssue(id),
        Route::Issue(id),
        Route::Reports,
        Route::NewReport,
        Route::Report(id),
        Route::Filing,
        Route::NewFiledDocument,
        Route::FiledDocument(id),
        Route::Awards,
        Route::NewAward,
        Route::NewAwardFor(id),
        Route::Award(id),
        Route::Selections,
        Route::NewSelection,
        Route::Selection(id),
        Route::Money,
        Route::Ledger,
        Route::Expenses,
        Route::NewExpense,
        Route::Expense(id),
        Route::NewIncome,
        Route::Income(id),
        Route::Sponsorships,
        Route::NewSponsorship,
        Route::Sponsorship(id),
        Route::Budgets,
        Route::NewBudget,
        Route::Budget(id),
        Route::ActivityMoney(id),
        Route::Summary,
        Route::SummaryOf(id),
        Route::SummaryPrint(id, crate::locale::Lang::Zh),
        Route::SummaryPrint(id, crate::locale::Lang::En),
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
    }
}

#[test]
fn every_area_has_a_route() {
    for area in Area::ALL {
        assert_eq!(Route::parse(area.path()).area(), Some(area), "{area:?}");
    }
}

#[test]
fn unknown_addresses_are_not_found() {
    for path in ["/nope", "/people/units/not-an-id", "/people/x/y", "/settings/more"] {
        assert_eq!(Route::parse(path), Route::NotFound, "{path}");
    }
    assert_eq!(Route::parse("/data#export"), Route::Data);
    assert_eq!(Route::parse("/people/?q=1"), Route::People);
}
