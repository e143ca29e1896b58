//! The parts of Unionbook, one per route, as PRODUCT.md lists them.

/// A part of the app with its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    Home,
    People,
    Activities,
    Attendance,
    Inspections,
    Meetings,
    Reports,
    Awards,
    Publications,
    Money,
    Summary,
    Data,
    Settings,
    More,
}

impl Area {
    /// Every area, in the order menus list them.
    pub const ALL: [Area; 14] = [
        Area::Home,
        Area::People,
        Area::Activities,
        Area::Attendance,
        Area::Inspections,
        Area::Meetings,
        Area::Reports,
        Area::Awards,
        Area::Publications,
        Area::Money,
        Area::Summary,
        Area::Data,
        Area::Settings,
        Area::More,
    ];

    /// The areas a phone's bottom bar holds; the rest are one tap away under "More".
    /// Only areas that are built, and those used most: activities are opened more than
    /// anything else, a list is ticked at the door (Attendance), a person is looked up
    /// (People); files are exchanged from Data, under More.
    pub const BOTTOM_BAR: [Area; 5] = [Area::Home, Area::Activities, Area::Attendance, Area::People, Area::More];

    pub fn path(self) -> &'static str {
        match self {
            Area::Home => "/",
            Area::People => "/people",
            Area::Activities => "/activities",
            Area::Attendance => "/attendance",
            Area::Inspections => "/inspections",
            Area::Meetings => "/meetings",
            Area::Reports => "/reports",
            Area::Awards => "/awards",
            Area::Publications => "/publications",
            Area::Money => "/money",
            Area::Summary => "/summary",
            Area::Data => "/data",
            Area::Settings => "/settings",
            Area::More => "/more",
        }
    }

    /// The areas that hold records, as listed on the home page and under "More".
    pub fn record_areas() -> impl Iterator<Item = Area> {
        Area::ALL.into_iter().filter(|a| !matches!(a, Area::Home | Area::More))
    }
}

#[cfg(test)]
#[path = "areas_tests.rs"]
mod tests;
