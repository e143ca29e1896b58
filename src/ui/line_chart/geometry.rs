//! Where a trend chart's marks go. Pure: one slot per point, left to right, its value's height
//! on a scale from zero to `max`; a line through the points that has a value, broken where one
//! has none (a gap is not a zero).

use chrono::NaiveDate;

use crate::locale::Lang;

pub const HEIGHT: u32 = 120;
pub const BAR: u32 = 28;
pub const GAP: u32 = 12;
pub const TOP: u32 = 18;
pub const BOTTOM: u32 = 22;
/// The narrowest chart, so that one point still has room for its labels.
pub const MIN_WIDTH: u32 = 120;

/// One point's place: its slot's left edge and middle, the top of its value (`None` for a
/// gap) and the height of its bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub left: u32,
    pub middle: u32,
    pub top: Option<u32>,
    pub height: u32,
}

impl Slot {
    /// Where the value's text stands: just above the value, or above the axis for a gap.
    pub fn label_y(&self) -> u32 {
        self.top.unwrap_or(HEIGHT - BOTTOM).saturating_sub(4)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub width: u32,
    /// The axis: where a zero stands.
    pub baseline: u32,
    pub slots: Vec<Slot>,
    /// The line's runs, each an SVG `points` list ("x,y x,y"); a gap ends a run.
    pub runs: Vec<String>,
}

/// Lays out values on a scale from zero to `max` (values above it are drawn at it).
pub fn layout(values: &[Option<i64>], max: i64) -> Layout {
    let plot = HEIGHT - TOP - BOTTOM;
    let max = max.max(1);
    let slots: Vec<Slot> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let left = GAP + i as u32 * (BAR + GAP);
            let height = v.map_or(0, |v| (v.clamp(0, max) * i64::from(plot) / max) as u32);
            Slot { left, middle: left + BAR / 2, top: v.map(|_| TOP + plot - height), height }
        })
        .collect();
    let mut runs = Vec::new();
    let mut run: Vec<String> = Vec::new();
    for slot in &slots {
        match slot.top {
            Some(y) => run.push(format!("{},{y}", slot.middle)),
            None if !run.is_empty() => runs.push(std::mem::take(&mut run).join(" ")),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run.join(" "));
    }
    let width = (values.len() as u32 * (BAR + GAP) + GAP).max(MIN_WIDTH);
    Layout { width, baseline: HEIGHT - BOTTOM, slots, runs }
}

/// A day without its year ("9 Nov", "11月9日"), for a point's label: the locale's date, cut.
pub fn short_date(lang: Lang, day: NaiveDate) -> String {
    let full = lang.format_date(day);
    match lang {
        Lang::Zh => full.split_once('年').map(|(_, rest)| rest.to_owned()).unwrap_or(full),
        Lang::En => full.rsplit_once([' ', '\u{a0}']).map(|(rest, _)| rest.to_owned()).unwrap_or(full),
    }
}

#[cfg(test)]
#[path = "geometry_tests.rs"]
mod tests;
