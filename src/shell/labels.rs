//! Translated names of things the shell shows in many places.

use leptos_i18n::I18nContext;

use crate::calendar::{Semester, SemesterHalf};
use crate::i18n::*;
use crate::locale::Lang;
use crate::shell::areas::Area;

pub fn area_name(i18n: I18nContext<Locale>, area: Area) -> String {
    match area {
        Area::Home => t_string!(i18n, nav.home).to_string(),
        Area::People => t_string!(i18n, nav.people).to_string(),
        Area::Activities => t_string!(i18n, nav.activities).to_string(),
        Area::Attendance => t_string!(i18n, nav.attendance).to_string(),
        Area::Inspections => t_string!(i18n, nav.inspections).to_string(),
        Area::Meetings => t_string!(i18n, nav.meetings).to_string(),
        Area::Reports => t_string!(i18n, nav.reports).to_string(),
        Area::Awards => t_string!(i18n, nav.awards).to_string(),
        Area::Publications => t_string!(i18n, nav.publications).to_string(),
        Area::Money => t_string!(i18n, nav.money).to_string(),
        Area::Summary => t_string!(i18n, nav.summary).to_string(),
        Area::Data => t_string!(i18n, nav.data).to_string(),
        Area::Settings => t_string!(i18n, nav.settings).to_string(),
        Area::More => t_string!(i18n, nav.more).to_string(),
    }
}

pub fn area_description(i18n: I18nContext<Locale>, area: Area) -> String {
    match area {
        Area::Home => t_string!(i18n, area_desc.home).to_string(),
        Area::People => t_string!(i18n, area_desc.people).to_string(),
        Area::Activities => t_string!(i18n, area_desc.activities).to_string(),
        Area::Attendance => t_string!(i18n, area_desc.attendance).to_string(),
        Area::Inspections => t_string!(i18n, area_desc.inspections).to_string(),
        Area::Meetings => t_string!(i18n, area_desc.meetings).to_string(),
        Area::Reports => t_string!(i18n, area_desc.reports).to_string(),
        Area::Awards => t_string!(i18n, area_desc.awards).to_string(),
        Area::Publications => t_string!(i18n, area_desc.publications).to_string(),
        Area::Money => t_string!(i18n, area_desc.money).to_string(),
        Area::Summary => t_string!(i18n, area_desc.summary).to_string(),
        Area::Data => t_string!(i18n, area_desc.data).to_string(),
        Area::Settings => t_string!(i18n, area_desc.settings).to_string(),
        Area::More => t_string!(i18n, area_desc.more).to_string(),
    }
}

pub fn semester_name(i18n: I18nContext<Locale>, semester: Semester) -> String {
    let (from, to) = (semester.start_year, semester.end_year());
    match semester.half {
        SemesterHalf::First => t_string!(i18n, semester.first, from, to).to_string(),
        SemesterHalf::Second => t_string!(i18n, semester.second, from, to).to_string(),
    }
}

pub fn term_name(i18n: I18nContext<Locale>, term: u8) -> String {
    let nth = lang_of(i18n).ordinal(u32::from(term));
    t_string!(i18n, term.label, nth).to_string()
}

/// The language the interface currently shows.
pub fn lang_of(i18n: I18nContext<Locale>) -> Lang {
    match i18n.get_locale() {
        Locale::en => Lang::En,
        Locale::zh => Lang::Zh,
    }
}

pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Zh => Locale::zh,
    }
}
