//! Translated names of things the shell shows in many places.

use crate::calendar::{Semester, SemesterHalf};
use crate::i18n::*;
use crate::locale::Lang;
use crate::shell::areas::Area;
use crate::shell::language::current_lang;

pub fn area_name(area: Area) -> String {
    match area {
        Area::Home => tr!(nav.home),
        Area::People => tr!(nav.people),
        Area::Activities => tr!(nav.activities),
        Area::Attendance => tr!(nav.attendance),
        Area::Inspections => tr!(nav.inspections),
        Area::Meetings => tr!(nav.meetings),
        Area::Reports => tr!(nav.reports),
        Area::Awards => tr!(nav.awards),
        Area::Publications => tr!(nav.publications),
        Area::Money => tr!(nav.money),
        Area::Summary => tr!(nav.summary),
        Area::Data => tr!(nav.data),
        Area::Settings => tr!(nav.settings),
        Area::More => tr!(nav.more),
    }
}

pub fn area_description(area: Area) -> String {
    match area {
        Area::Home => tr!(area_desc.home),
        Area::People => tr!(area_desc.people),
        Area::Activities => tr!(area_desc.activities),
        Area::Attendance => tr!(area_desc.attendance),
        Area::Inspections => tr!(area_desc.inspections),
        Area::Meetings => tr!(area_desc.meetings),
        Area::Reports => tr!(area_desc.reports),
        Area::Awards => tr!(area_desc.awards),
        Area::Publications => tr!(area_desc.publications),
        Area::Money => tr!(area_desc.money),
        Area::Summary => tr!(area_desc.summary),
        Area::Data => tr!(area_desc.data),
        Area::Settings => tr!(area_desc.settings),
        Area::More => tr!(area_desc.more),
    }
}

pub fn semester_name(semester: Semester) -> String {
    let (from, to) = (semester.start_year, semester.end_year());
    match semester.half {
        SemesterHalf::First => tr!(semester.first, from, to),
        SemesterHalf::Second => tr!(semester.second, from, to),
    }
}

pub fn term_name(term: u8) -> String {
    let nth = current_lang().ordinal(u32::from(term));
    tr!(term.label, nth)
}

pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Zh => Locale::zh,
    }
}

/// The current term and semester, from Settings and the book: "The 6th Student Union" and
/// "First semester of 2026–2027".
pub fn current_term_and_semester(
    book: &crate::book::Book,
    chosen: Option<crate::book::RecordId>,
) -> (Option<String>, Option<String>) {
    use crate::people::terms::{semester, semester_of, terms};
    // The semester chosen in Settings, else the one whose dates hold today.
    let current =
        chosen.and_then(|id| semester(book, id)).or_else(|| semester_of(book, crate::browser::environment::today()));
    let Some(sem) = current else { return (None, None) };
    let term = terms(book).into_iter().find(|t| Some(t.id) == sem.term).map(|t| term_name(t.number));
    (term, Some(semester_name(sem.semester)))
}
