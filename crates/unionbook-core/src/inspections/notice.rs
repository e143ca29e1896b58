//! A round's notice for a chat group, as plain text: the figures, the buildings' ranking, the
//! best rooms, the rooms to fix and by when, the rooms to check again. Pure: every word comes
//! from labels the view translates, so the text is all in the reader's language.

use super::results::{RoundResults, ScoredRoom};

/// The words of a notice, translated by the view (figures already in them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NoticeLabels {
    /// The round's title and date.
    pub heading: String,
    /// "Rooms scored: 285 of 300".
    pub summary: String,
    pub buildings: String,
    pub best: String,
    /// "To fix by 25 Sep 2025", or without a date when the round has none.
    pub to_fix: String,
    pub rechecks: String,
    /// Said of a vetoed room, with `ITEMS` where the veto items found go ("一票否决：{items}").
    pub vetoed: String,
    /// Between those items ("、" or ", ").
    pub separator: String,
}

/// Where a notice's words for a vetoed room take the items that vetoed it.
pub const ITEMS: &str = "{items}";

/// The best rooms listed at most.
pub const BEST_SHOWN: usize = 10;
/// Rooms ranked this high or better are the best, unless they are to be fixed.
pub const BEST_RANK: usize = 3;

/// The notice text; sections with nothing in them are left out.
pub fn notice(results: &RoundResults, threshold: Option<i64>, labels: &NoticeLabels) -> String {
    let bands = &results.rubric.bands;
    let mut summary = vec![labels.summary.clone()];
    summary.extend(results.band_counts().iter().zip(bands).map(|(n, b)| format!("{} {n}", b.name)));
    let mut sections = vec![format!("{}\n{}", labels.heading, summary.join(" · "))];
    let buildings: Vec<String> =
        results.buildings.iter().map(|b| format!("{}. {} {}", b.rank, b.building.name, b.mean())).collect();
    section(&mut sections, &labels.buildings, buildings);
    let fix = results.to_fix(threshold);
    let best: Vec<&ScoredRoom> =
        results.rooms.iter().filter(|r| r.rank <= BEST_RANK && !fix.iter().any(|f| f.room.id == r.room.id)).collect();
    let mut lines: Vec<String> =
        best.iter().take(BEST_SHOWN).map(|r| format!("{}. {} {}", r.rank, r.label(), r.total)).collect();
    if best.len() > BEST_SHOWN {
        lines.push("…".to_owned());
    }
    section(&mut sections, &labels.best, lines);
    let band_name = |r: &ScoredRoom| r.band.map(|b| bands[b].name.clone()).unwrap_or_default();
    let fix = fix
        .into_iter()
        .map(|r| {
            let why = if r.vetoed {
                labels.vetoed.replace(ITEMS, &r.vetoed_by.join(&labels.separator))
            } else {
                band_name(r)
            };
            format!("{} {} {why}", r.label(), r.total).trim_end().to_owned()
        })
        .collect();
    section(&mut sections, &labels.to_fix, fix);
    let again = results.rechecks().into_iter().map(ScoredRoom::label).collect();
    section(&mut sections, &labels.rechecks, again);
    sections.join("\n\n")
}

fn section(sections: &mut Vec<String>, heading: &str, lines: Vec<String>) {
    if !lines.is_empty() {
        sections.push(format!("{heading}\n{}", lines.join("\n")));
    }
}
