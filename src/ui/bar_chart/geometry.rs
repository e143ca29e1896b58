//! Where a bar chart's bars go. Pure: one row per thing counted, its label above and a bar per
//! series below it, each as long as its value on one scale from zero to the largest value of
//! the chart (so rows compare at a glance); the value's text just after its bar. Horizontal,
//! so that long names (a ministry's, a category's) keep a whole line on a phone.

/// The drawing's width: it is scaled to the width it is given, and a phone has about this.
pub const WIDTH: u32 = 320;
/// Room kept after the longest bar for its value's text ("¥12,345.00").
pub const VALUE_ROOM: u32 = 96;
pub const LABEL: u32 = 16;
pub const BAR: u32 = 14;
pub const BAR_GAP: u32 = 3;
pub const ROW_GAP: u32 = 10;
/// The shortest bar a value above zero gets, so that it is seen.
pub const MIN_BAR: u32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BarSlot {
    pub y: u32,
    pub width: u32,
    /// Where the value's text starts, and its baseline.
    pub text_x: u32,
    pub text_y: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowSlot {
    /// The label's baseline.
    pub label_y: u32,
    pub bars: Vec<BarSlot>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub height: u32,
    pub rows: Vec<RowSlot>,
}

/// Lays out `rows`, each a value per series (a missing value counts as zero, a value below zero
/// is drawn as zero: a bar chart has no negative side).
pub fn layout(rows: &[Vec<i64>], series: usize) -> Layout {
    let series = series.max(1);
    let max = rows.iter().flatten().copied().max().unwrap_or(0).max(1);
    let plot = i64::from(WIDTH - VALUE_ROOM);
    let row_height = LABEL + series as u32 * (BAR + BAR_GAP) + ROW_GAP;
    let slots = rows
        .iter()
        .enumerate()
        .map(|(i, values)| {
            let top = i as u32 * row_height;
            let bars = (0..series)
                .map(|s| {
                    let v = values.get(s).copied().unwrap_or(0).clamp(0, max);
                    // Wide enough that no value of a record overflows on its way to the scale.
                    let width = match (i128::from(v) * i128::from(plot) / i128::from(max)) as u32 {
                        0 if v > 0 => MIN_BAR,
                        w => w,
                    };
                    let y = top + LABEL + s as u32 * (BAR + BAR_GAP);
                    BarSlot { y, width, text_x: width + 4, text_y: y + BAR - 3 }
                })
                .collect();
            RowSlot { label_y: top + LABEL - 4, bars }
        })
        .collect();
    Layout { height: (rows.len() as u32 * row_height).max(LABEL), rows: slots }
}

#[cfg(test)]
#[path = "geometry_tests.rs"]
mod tests;
