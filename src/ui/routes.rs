//! Every address the app answers, as a type. Pure: parsing a path and writing one back are
//! tested on the host; `router` connects them to the browser's history.

use crate::book::RecordId;
use crate::ui::areas::Area;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    More,
    Settings,
    People,
    NewUnit,
    Unit(RecordId),
    NewMember,
    Member(RecordId),
    Terms,
    Rounds,
    Round(RecordId),
    Candidate(RecordId),
    Evaluations,
    Trainings,
    Training(RecordId),
    Roster,
    Students,
    NewStudent,
    Student(RecordId),
    StudentImport,
    Activities,
    NewActivity,
    Activity(RecordId),
    Series(RecordId),
    Meetings,
    NewMeeting,
    Meeting(RecordId),
    ActionItems,
    Attendance,
    /// The door screen of a list: an activity's, a meeting's or a training's.
    CheckIn(RecordId),
    SelfStudy,
    NewSelfStudy,
    SelfStudyCheck(RecordId),
    Inspections,
    Buildings,
    NewBuilding,
    Building(RecordId),
    Room(RecordId),
    Rubrics,
    NewRubric,
    Rubric(RecordId),
    NewInspectionRound,
    InspectionRound(RecordId),
    /// The corridor screen: scoring a round's rooms one after another.
    ScoreRound(RecordId),
    Appraisals,
    NewAppraisal,
    Appraisal(RecordId),
    Publications,
    NewPeriodical,
    Periodical(RecordId),
    /// A new issue of the periodical.
    NewIssue(RecordId),
    Issue(RecordId),
    Reports,
    NewReport,
    Report(RecordId),
    Filing,
    NewFiledDocument,
    FiledDocument(RecordId),
    Awards,
    NewAward,
    /// A new award for the activity it came from.
    NewAwardFor(RecordId),
    Award(RecordId),
    Selections,
    NewSelection,
    Selection(RecordId),
    Money,
    Ledger,
    Expenses,
    NewExpense,
    Expense(RecordId),
    NewIncome,
    Income(RecordId),
    Sponsorships,
    NewSponsorship,
    Sponsorship(RecordId),
    Budgets,
    NewBudget,
    Budget(RecordId),
    /// An activity's money: its budget against what it cost, its sponsors, the cost per head.
    ActivityMoney(RecordId),
    /// The work summary of the current semester (the page offers the others).
    Summary,
    /// The work summary of a semester or a whole term, by that semester's or term's id.
    SummaryOf(RecordId),
    /// A summary laid out for A4, in the language asked for whatever the app's.
    SummaryPrint(RecordId, crate::locale::Lang),
    Data,
    NotFound,
}

impl Route {
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let record = |s: &str, make: fn(RecordId) -> Route| RecordId::parse(s).map_or(Route::NotFound, make);
        match segments.as_slice() {
            [] => Route::Home,
            ["more"] => Route::More,
            ["settings"] => Route::Settings,
            ["data"] => Route::Data,
            ["attendance"] => Route::Attendance,
            ["attendance", "check-in", id] => record(id, Route::CheckIn),
            ["attendance", "self-study"] => Route::SelfStudy,
            ["attendance", "self-study", "new"] => Route::NewSelfStudy,
            ["attendance", "self-study", id] => record(id, Route::SelfStudyCheck),
            ["activities"] => Route::Activities,
            ["activities", "new"] => Route::NewActivity,
            ["activities", "series", id] => record(id, Route::Series),
            ["activities", id] => record(id, Route::Activity),
            ["inspections"] => Route::Inspections,
            ["inspections", "buildings"] => Route::Buildings,
            ["inspections", "buildings", "new"] => Route::NewBuilding,
            ["inspections", "buildings", id] => record(id, Route::Building),
            ["inspections", "rooms", id] => record(id, Route::Room),
            ["inspections", "rubrics"] => Route::Rubrics,
            ["inspections", "rubrics", "new"] => Route::NewRubric,
            ["inspections", "rubrics", id] => record(id, Route::Rubric),
            ["inspections", "rounds", "new"] => Route::NewInspectionRound,
            ["inspections", "rounds", id] => record(id, Route::InspectionRound),
            ["inspections", "rounds", id, "score"] => record(id, Route::ScoreRound),
            ["inspections", "appraisals"] => Route::Appraisals,
            ["inspections", "appraisals", "new"] => Route::NewAppraisal,
            ["inspections", "appraisals", id] => record(id, Route::Appraisal),
            ["publications"] => Route::Publications,
            ["publications", "new"] => Route::NewPeriodical,
            ["publications", "issues", id] => record(id, Route::Issue),
            ["publications", id] => record(id, Route::Periodical),
            ["publications", id, "new-issue"] => record(id, Route::NewIssue),
            ["reports"] => Route::Reports,
            ["reports", "new"] => Route::NewReport,
            ["reports", "filing"] => Route::Filing,
            ["reports", "filing", "new"] => Route::NewFiledDocument,
            ["reports", "filing", id] => record(id, Route::FiledDocument),
            ["reports", id] => record(id, Route::Report),
            ["awards"] => Route::Awards,
            ["awards", "new"] => Route::NewAward,
            ["awards", "new", id] => record(id, Route::NewAwardFor),
            ["awards", "selections"] => Route::Selections,
            ["awards", "selections", "new"] => Route::NewSelection,
            ["awards", "selections", id] => record(id, Route::Selection),
            ["awards", id] => record(id, Route::Award),
            ["money"] => Route::Money,
            ["money", "ledger"] => Route::Ledger,
            ["money", "expenses"] => Route::Expenses,
            ["money", "expenses", "new"] => Route::NewExpense,
            ["money", "expenses", id] => record(id, Route::Expense),
            ["money", "income", "new"] => Route::NewIncome,
            ["money", "income", id] => record(id, Route::Income),
            ["money", "sponsorships"] => Route::Sponsorships,
            ["money", "sponsorships", "new"] => Route::NewSponsorship,
            ["money", "sponsorships", id] => record(id, Route::Sponsorship),
            ["money", "budgets"] => Route::Budgets,
            ["money", "budgets", "new"] => Route::NewBudget,
            ["money", "budgets", id] => record(id, Route::Budget),
            ["money", "activities", id] => record(id, Route::ActivityMoney),
            ["summary"] => Route::Summary,
            ["summary", id] => record(id, Route::SummaryOf),
            ["summary", id, "print", tag] => {
                let lang = crate::locale::Lang::ALL.into_iter().find(|l| l.tag() == *tag);
                match (RecordId::parse(id), lang) {
                    (Some(id), Some(lang)) => Route::SummaryPrint(id, lang),
                    _ => Route::NotFound,
                }
            }
            ["meetings"] => Route::Meetings,
            ["meetings", "new"] => Route::NewMeeting,
            ["meetings", "action-items"] => Route::ActionItems,
            ["meetings", id] => record(id, Route::Meeting),
            ["people", "students"] => Route::Students,
            ["people", "students", "new"] => Route::NewStudent,
            ["people", "students", "import"] => Route::StudentImport,
            ["people", "students", id] => record(id, Route::Student),
            ["people"] => Route::People,
            ["people", "new-unit"] => Route::NewUnit,
            ["people", "units", id] => record(id, Route::Unit),
            ["people", "new-member"] => Route::NewMember,
            ["people", "members", id] => record(id, Route::Member),
            ["people", "terms"] => Route::Terms,
            ["people", "recruitment"] => Route::Rounds,
            ["people", "recruitment", id] => record(id, Route::Round),
            ["people", "candidates", id] => record(id, Route::Candidate),
            ["people", "evaluations"] => Route::Evaluations,
            ["people", "trainings"] => Route::Trainings,
            ["people", "trainings", id] => record(id, Route::Training),
            ["people", "import"] => Route::Roster,
            _ => Route::NotFound,
        }
    }

    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::More => "/more".into(),
            Route::Settings => "/settings".into(),
            Route::Data => "/data".into(),
            Route::Attendance => "/attendance".into(),
            Route::People => "/people".into(),
            Route::NewUnit => "/people/new-unit".into(),
            Route::Unit(id) => format!("/people/units/{id}"),
            Route::NewMember => "/people/new-member".into(),
            Route::Member(id) => format!("/people/members/{id}"),
            Route::Terms => "/people/terms".into(),
            Route::Rounds => "/people/recruitment".into(),
            Route::Round(id) => format!("/people/recruitment/{id}"),
            Route::Candidate(id) => format!("/people/candidates/{id}"),
            Route::Evaluations => "/people/evaluations".into(),
            Route::Trainings => "/people/trainings".into(),
            Route::Training(id) => format!("/people/trainings/{id}"),
            Route::Roster => "/people/import".into(),
            Route::Students => "/people/students".into(),
            Route::NewStudent => "/people/students/new".into(),
            Route::Student(id) => format!("/people/students/{id}"),
            Route::StudentImport => "/people/students/import".into(),
            Route::Activities => "/activities".into(),
            Route::NewActivity => "/activities/new".into(),
            Route::Activity(id) => format!("/activities/{id}"),
            Route::Series(id) => format!("/activities/series/{id}"),
            Route::Inspections => "/inspections".into(),
            Route::Buildings => "/inspections/buildings".into(),
            Route::NewBuilding => "/inspections/buildings/new".into(),
            Route::Building(id) => format!("/inspections/buildings/{id}"),
            Route::Room(id) => format!("/inspections/rooms/{id}"),
            Route::Rubrics => "/inspections/rubrics".into(),
            Route::NewRubric => "/inspections/rubrics/new".into(),
            Route::Rubric(id) => format!("/inspections/rubrics/{id}"),
            Route::NewInspectionRound => "/inspections/rounds/new".into(),
            Route::InspectionRound(id) => format!("/inspections/rounds/{id}"),
            Route::ScoreRound(id) => format!("/inspections/rounds/{id}/score"),
            Route::Appraisals => "/inspections/appraisals".into(),
            Route::NewAppraisal => "/inspections/appraisals/new".into(),
            Route::Appraisal(id) => format!("/inspections/appraisals/{id}"),
            Route::Publications => "/publications".into(),
            Route::NewPeriodical => "/publications/new".into(),
            Route::Periodical(id) => format!("/publications/{id}"),
            Route::NewIssue(id) => format!("/publications/{id}/new-issue"),
            Route::Issue(id) => format!("/publications/issues/{id}"),
            Route::Reports => "/reports".into(),
            Route::NewReport => "/reports/new".into(),
            Route::Report(id) => format!("/reports/{id}"),
            Route::Filing => "/reports/filing".into(),
            Route::NewFiledDocument => "/reports/filing/new".into(),
            Route::FiledDocument(id) => format!("/reports/filing/{id}"),
            Route::Awards => "/awards".into(),
            Route::NewAward => "/awards/new".into(),
            Route::NewAwardFor(id) => format!("/awards/new/{id}"),
            Route::Award(id) => format!("/awards/{id}"),
            Route::Selections => "/awards/selections".into(),
            Route::NewSelection => "/awards/selections/new".into(),
            Route::Selection(id) => format!("/awards/selections/{id}"),
            Route::Money => "/money".into(),
            Route::Ledger => "/money/ledger".into(),
            Route::Expenses => "/money/expenses".into(),
            Route::NewExpense => "/money/expenses/new".into(),
            Route::Expense(id) => format!("/money/expenses/{id}"),
            Route::NewIncome => "/money/income/new".into(),
            Route::Income(id) => format!("/money/income/{id}"),
            Route::Sponsorships => "/money/sponsorships".into(),
            Route::NewSponsorship => "/money/sponsorships/new".into(),
            Route::Sponsorship(id) => format!("/money/sponsorships/{id}"),
            Route::Budgets => "/money/budgets".into(),
            Route::NewBudget => "/money/budgets/new".into(),
            Route::Budget(id) => format!("/money/budgets/{id}"),
            Route::ActivityMoney(id) => format!("/money/activities/{id}"),
            Route::Summary => "/summary".into(),
            Route::SummaryOf(id) => format!("/summary/{id}"),
            Route::SummaryPrint(id, lang) => format!("/summary/{id}/print/{}", lang.tag()),
            Route::Meetings => "/meetings".into(),
            Route::NewMeeting => "/meetings/new".into(),
            Route::Meeting(id) => format!("/meetings/{id}"),
            Route::ActionItems => "/meetings/action-items".into(),
            Route::CheckIn(id) => format!("/attendance/check-in/{id}"),
            Route::SelfStudy => "/attendance/self-study".into(),
            Route::NewSelfStudy => "/attendance/self-study/new".into(),
            Route::SelfStudyCheck(id) => format!("/attendance/self-study/{id}"),
            Route::NotFound => "/404".into(),
        }
    }

    /// The area the navigation marks as current.
    pub fn area(&self) -> Option<Area> {
        match self {
            Route::Home => Some(Area::Home),
            Route::More => Some(Area::More),
            Route::Settings => Some(Area::Settings),
            Route::Data => Some(Area::Data),
            Route::Attendance
            | Route::CheckIn(_)
            | Route::SelfStudy
            | Route::NewSelfStudy
            | Route::SelfStudyCheck(_) => Some(Area::Attendance),
            Route::Activities | Route::NewActivity | Route::Activity(_) | Route::Series(_) => Some(Area::Activities),
            Route::Meetings | Route::NewMeeting | Route::Meeting(_) | Route::ActionItems => Some(Area::Meetings),
            Route::Inspections
            | Route::Buildings
            | Route::NewBuilding
            | Route::Building(_)
            | Route::Room(_)
            | Route::Rubrics
            | Route::NewRubric
            | Route::Rubric(_)
            | Route::NewInspectionRound
            | Route::InspectionRound(_)
            | Route::ScoreRound(_)
            | Route::Appraisals
            | Route::NewAppraisal
            | Route::Appraisal(_) => Some(Area::Inspections),
            Route::Publications
            | Route::NewPeriodical
            | Route::Periodical(_)
            | Route::NewIssue(_)
            | Route::Issue(_) => Some(Area::Publications),
            Route::Reports
            | Route::NewReport
            | Route::Report(_)
            | Route::Filing
            | Route::NewFiledDocument
            | Route::FiledDocument(_) => Some(Area::Reports),
            Route::Awards
            | Route::NewAward
            | Route::NewAwardFor(_)
            | Route::Award(_)
            | Route::Selections
            | Route::NewSelection
            | Route::Selection(_) => Some(Area::Awards),
            Route::Money
            | Route::Ledger
            | Route::Expenses
            | Route::NewExpense
            | Route::Expense(_)
            | Route::NewIncome
            | Route::Income(_)
            | Route::Sponsorships
            | Route::NewSponsorship
            | Route::Sponsorship(_)
            | Route::Budgets
            | Route::NewBudget
            | Route::Budget(_)
            | Route::ActivityMoney(_) => Some(Area::Money),
            Route::Summary | Route::SummaryOf(_) | Route::SummaryPrint(..) => Some(Area::Summary),
            Route::People
            | Route::NewUnit
            | Route::Unit(_)
            | Route::NewMember
            | Route::Member(_)
            | Route::Terms
            | Route::Rounds
            | Route::Round(_)
            | Route::Candidate(_)
            | Route::Evaluations
            | Route::Trainings
            | Route::Training(_)
            | Route::Roster
            | Route::Students
            | Route::NewStudent
            | Route::Student(_)
            | Route::StudentImport => Some(Area::People),
            Route::NotFound => None,
        }
    }
}

#[cfg(test)]
#[path = "routes_tests.rs"]
mod tests;
