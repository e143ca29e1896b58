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
    Attendance,
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
            Route::Attendance => Some(Area::Attendance),
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
            | Route::Roster => Some(Area::People),
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
            Route::Attendance,
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
