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
    Data,
    /// An area whose pages are not built yet.
    NotBuilt(Area),
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
            [one] => Area::ALL
                .into_iter()
                .find(|a| !a.is_built() && a.path() == format!("/{one}"))
                .map_or(Route::NotFound, Route::NotBuilt),
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
            Route::Meetings => "/meetings".into(),
            Route::NewMeeting => "/meetings/new".into(),
            Route::Meeting(id) => format!("/meetings/{id}"),
            Route::ActionItems => "/meetings/action-items".into(),
            Route::CheckIn(id) => format!("/attendance/check-in/{id}"),
            Route::SelfStudy => "/attendance/self-study".into(),
            Route::NewSelfStudy => "/attendance/self-study/new".into(),
            Route::SelfStudyCheck(id) => format!("/attendance/self-study/{id}"),
            Route::NotBuilt(area) => area.path().into(),
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
            Route::NotBuilt(area) => Some(*area),
            Route::NotFound => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::{Entropy, SeededEntropy};

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
        ];
        routes.extend(Area::ALL.into_iter().filter(|a| !a.is_built()).map(Route::NotBuilt));
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
}
