//! The two languages of the interface, chosen without touching the browser: detection from a
//! list of language tags, and dates written the way each language writes them.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A language the whole interface is translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh")]
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag, as used in `<html lang>` and in settings.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The language's own name for itself: a language menu must be readable by someone who does
    /// not read the language currently shown.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文（简体）",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The first language of the user's preference list that the app speaks; Chinese when none
    /// matches, because most officers read Chinese.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::Zh)
    }

    /// An ordinal as the term names write it: `6th` in "the 6th Student Union", `六` in 第六届.
    pub fn ordinal(self, n: u32) -> String {
        match self {
            Lang::En => {
                let suffix = match (n % 10, n % 100) {
                    (_, 11..=13) => "th",
                    (1, _) => "st",
                    (2, _) => "nd",
                    (3, _) => "rd",
                    _ => "th",
                };
                format!("{n}{suffix}")
            }
            Lang::Zh => chinese_numeral(n),
        }
    }

    /// The one of two texts that is in this language. The summary's pages and documents keep
    /// their words beside their code like this, so they load with the summary's chunk instead
    /// of growing the first load's string table (and a document can be in either language
    /// whatever the app's).
    pub fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// A date in the form usual for the language: `2026年11月25日`, `25 Nov 2026`.
    pub fn format_date(self, date: NaiveDate) -> String {
        match self {
            Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
            // Non-breaking spaces: a date is read as one figure, never split across lines (a
            // phone's narrow column, a printed table). Spreadsheets get plain spaces (table.rs).
            Lang::En => {
                format!("{}\u{a0}{}\u{a0}{}", date.day(), month_abbreviation(date), date.year())
            }
        }
    }
}

/// Chinese numerals as used in ordinals such as 第二十一届; digits beyond 999.
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| DIGITS[d as usize];
    match n {
        0..=9 => digit(n).to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { digit(n % 10) }),
        20..=99 => format!("{}十{}", digit(n / 10), if n % 10 == 0 { "" } else { digit(n % 10) }),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", digit(rest)),
                10..=19 => format!("一{}", chinese_numeral(rest)),
                _ => chinese_numeral(rest),
            };
            format!("{}百{}", digit(n / 100), tail)
        }
        _ => n.to_string(),
    }
}

/// A month as English abbreviates it: "Nov".
pub fn month_abbreviation(date: NaiveDate) -> &'static str {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    MONTHS[date.month0() as usize]
}

/// A time of day as a clock shows it, "18:42". Written by hand rather than with chrono's
/// `format`, whose formatting machinery (8 KB of wasm) would otherwise be compiled once for
/// each crate that calls it.
pub fn clock_time(at: impl chrono::Timelike) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

impl Lang {
    /// A date and time: `2026年11月25日 09:05`, `25 Nov 2026 09:05`.
    pub fn format_datetime(self, at: chrono::NaiveDateTime) -> String {
        format!("{} {}", self.format_date(at.date()), clock_time(at))
    }
}

/// `numerator / denominator` with one decimal, rounded: `tenths(308, 1000)` is "0.3". Integer
/// arithmetic, so the wasm needs no float formatting.
pub fn one_decimal(numerator: u64, denominator: u64) -> String {
    let tenths = (numerator * 10 + denominator / 2) / denominator.max(1);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
#[path = "locale_tests.rs"]
mod tests;
