//! Judging: entries judged by several judges, by scores or by votes — the Star of Tomorrow's
//! nominees, the culture appraisal's rooms. Pure.
//!
//! A scored entry's result is the mean of the scores it was given, kept exact as a sum and a
//! count (compared by cross-multiplying, never as floats), so two entries whose means are
//! equal are tied however the division would round. A tie at the last place is reported for
//! the union to decide, never broken by the order entries happen to be in.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::book::{Record, RecordId};
use crate::forms::{self, FieldErrors, FormError, Tenths};

/// What one judge gave: `(entry, tenths)` for scores, `(entry, 1)` for each vote.
#[derive(Clone, Debug, PartialEq)]
pub struct Marks {
    pub judge: RecordId,
    pub marks: Vec<(RecordId, i64)>,
}

/// An entry's result as an exact fraction: a mean of scores (sum, count), or votes (n, 1).
/// `den == 0` means nothing was given yet, which is below any result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    pub entry: RecordId,
    pub num: i64,
    pub den: i64,
    /// How many scores or votes the entry was given.
    pub given: usize,
    /// 1 + the number of entries strictly better.
    pub rank: usize,
}

impl Standing {
    /// Whether the entry was given anything (only those can win).
    pub fn placed(&self) -> bool {
        self.den > 0
    }

    /// Strictly better than `other`.
    pub fn beats(&self, other: &Standing) -> bool {
        compare(self, other) == std::cmp::Ordering::Greater
    }

    /// The mean to one decimal, rounded half up, for showing only (ranking uses the fraction).
    pub fn shown(&self) -> Option<Tenths> {
        (self.den > 0).then(|| Tenths((2 * self.num + self.den) / (2 * self.den)))
    }
}

fn compare(a: &Standing, b: &Standing) -> std::cmp::Ordering {
    match (a.den > 0, b.den > 0) {
        (true, true) => (i128::from(a.num) * i128::from(b.den)).cmp(&(i128::from(b.num) * i128::from(a.den))),
        (x, y) => x.cmp(&y),
    }
}

/// How results are made of the marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// The mean of the scores given.
    Scores,
    /// The number of votes.
    Votes,
}

/// The entries, best first, with competition ranks (1, 2, 2, 4); equal entries keep the order
/// `entries` gives (the caller's pinyin order). Marks for entries not listed are ignored.
pub fn rank(entries: &[RecordId], sheets: &[Marks], method: Method) -> Vec<Standing> {
    let mut sums: BTreeMap<RecordId, (i64, usize)> = entries.iter().map(|e| (*e, (0, 0))).collect();
    for sheet in sheets {
        for (entry, mark) in &sheet.marks {
            if let Some((sum, n)) = sums.get_mut(entry) {
                *sum = sum.saturating_add(*mark);
                *n += 1;
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut list: Vec<Standing> = entries
        .iter()
        .filter(|e| seen.insert(**e))
        .map(|e| {
            let (sum, given) = sums[e];
            let den = match method {
                Method::Scores => given as i64,
                Method::Votes => i64::from(given > 0),
            };
            Standing { entry: *e, num: sum, den, given, rank: 0 }
        })
        .collect();
    list.sort_by(|a, b| compare(b, a));
    for i in 0..list.len() {
        list[i].rank = if i > 0 && compare(&list[i - 1], &list[i]).is_eq() { list[i - 1].rank } else { i + 1 };
    }
    list
}

/// Entries equal at a cut, more than the places left: the union chooses `places` of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tie {
    pub entries: Vec<RecordId>,
    pub places: usize,
}

/// What a tally proposes: the clear winners, and the ties at a cut.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proposal {
    pub winners: Vec<RecordId>,
    pub ties: Vec<Tie>,
}

impl Proposal {
    pub fn is_tied(&self, entry: RecordId) -> bool {
        self.ties.iter().any(|t| t.entries.contains(&entry))
    }
}

impl Proposal {
    /// The winners to confirm: the clear ones, and those the union already chose out of a tie.
    pub fn confirmed(&self, chosen: &[RecordId]) -> Vec<RecordId> {
        let mut list = self.winners.clone();
        list.extend(chosen.iter().filter(|c| self.is_tied(**c) && !self.winners.contains(c)));
        list
    }
}

/// Runs of equal standings, in order.
fn runs(list: &[Standing]) -> Vec<&[Standing]> {
    list.chunk_by(|a, b| compare(a, b).is_eq()).collect()
}

/// The winners of `ranked` (from `rank`): at most `places` in all (`None`: no overall number)
/// and at most `quotas[g]` of each group `g` (a building's quota), the quotas applied first.
/// Entries given nothing never win.
pub fn winners<G: Ord + Copy>(
    ranked: &[Standing],
    places: Option<usize>,
    group_of: &dyn Fn(RecordId) -> Option<G>,
    quotas: &BTreeMap<G, usize>,
) -> Proposal {
    let placed: Vec<Standing> = ranked.iter().copied().filter(Standing::placed).collect();
    // The quotas: within each group, the entries inside its cut, and the tie at it.
    let mut out_of_quota = std::collections::BTreeSet::new();
    let mut group_ties: Vec<Tie> = Vec::new();
    for (group, quota) in quotas {
        let mine: Vec<Standing> = placed.iter().copied().filter(|s| group_of(s.entry) == Some(*group)).collect();
        let mut left = *quota;
        for run in runs(&mine) {
            if run.len() <= left {
                left -= run.len();
            } else {
                if left > 0 {
                    group_ties.push(Tie { entries: run.iter().map(|s| s.entry).collect(), places: left });
                } else {
                    out_of_quota.extend(run.iter().map(|s| s.entry));
                }
                left = 0;
            }
        }
    }
    // The overall number, over what the quotas left; a group's tie needs only its places.
    let eligible: Vec<Standing> = placed.into_iter().filter(|s| !out_of_quota.contains(&s.entry)).collect();
    let mut left = places.unwrap_or(usize::MAX);
    let mut proposal = Proposal::default();
    for run in runs(&eligible) {
        if left == 0 {
            break;
        }
        let in_run = |t: &&Tie| t.entries.first().is_some_and(|e| run.iter().any(|s| s.entry == *e));
        let ties: Vec<Tie> = group_ties.iter().filter(in_run).cloned().collect();
        let clear: Vec<RecordId> =
            run.iter().map(|s| s.entry).filter(|e| !ties.iter().any(|t| t.entries.contains(e))).collect();
        let needed = clear.len() + ties.iter().map(|t| t.places).sum::<usize>();
        if needed <= left {
            left -= needed;
            proposal.winners.extend(clear);
            proposal.ties.extend(ties);
        } else {
            // The group ties still bind whoever the union picks at the overall cut.
            proposal.ties.push(Tie { entries: run.iter().map(|s| s.entry).collect(), places: left });
            proposal.ties.extend(ties);
            left = 0;
        }
    }
    proposal
}

/// The judges who have not given every entry a mark yet, with how many they have left; for a
/// vote, the judges who have not voted at all.
pub fn waiting_for(
    judges: &[RecordId],
    entries: &[RecordId],
    sheets: &[Marks],
    method: Method,
) -> Vec<(RecordId, usize)> {
    judges
        .iter()
        .filter_map(|judge| {
            let marks = sheets.iter().find(|s| s.judge == *judge).map(|s| &s.marks[..]).unwrap_or(&[]);
            let left = match method {
                Method::Scores => entries.iter().filter(|e| !marks.iter().any(|(m, _)| m == *e)).count(),
                Method::Votes => usize::from(marks.is_empty()),
            };
            (left > 0).then_some((*judge, left))
        })
        .collect()
}

/// A score as typed for an entry, as the field `<prefix><entry>` to write (`null` clears it):
/// at most one decimal, from 0 to `max`.
pub fn score_field(prefix: &str, entry: RecordId, typed: &str, max: i64) -> Result<(String, Value), FormError> {
    let mut e = FieldErrors::new();
    let score = forms::decimal(&mut e, "score", typed, 0, max, false);
    match e.pop() {
        Some((_, problem)) => Err(problem),
        None => Ok((format!("{prefix}{entry}"), score.map_or(Value::Null, Tenths::value))),
    }
}

/// A judge's scores as typed (entry, text) against what their sheet holds: the fields that
/// changed with the values they held before (for an undo), or each entry's problem.
#[allow(clippy::type_complexity)]
pub fn sheet_changes(
    held: Option<&Record>,
    prefix: &str,
    typed: &[(RecordId, String)],
    max: i64,
) -> Result<(Vec<(String, Value)>, Vec<(String, Value)>), Vec<(RecordId, FormError)>> {
    let mut changed = Vec::new();
    let mut before = Vec::new();
    let mut problems = Vec::new();
    for (entry, text) in typed {
        match score_field(prefix, *entry, text, max) {
            Err(problem) => problems.push((*entry, problem)),
            Ok((name, value)) => {
                let was = held.and_then(|r| r.value(&name)).cloned().unwrap_or(Value::Null);
                if was != value {
                    before.push((name.clone(), was));
                    changed.push((name, value));
                }
            }
        }
    }
    if problems.is_empty() { Ok((changed, before)) } else { Err(problems) }
}

/// A held score as the text its field shows.
pub fn score_text(held: Option<&Record>, prefix: &str, entry: RecordId) -> String {
    held.and_then(|r| r.value(&format!("{prefix}{entry}")))
        .and_then(Tenths::of)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// A list-of-references field with `id` added (`on`) or taken out, keeping the others' order.
pub fn refs_with(list: &[RecordId], id: RecordId, on: bool) -> Value {
    let mut ids: Vec<String> = list.iter().filter(|r| **r != id).map(RecordId::to_string).collect();
    if on {
        ids.push(id.to_string());
    }
    json!(ids)
}

/// A list of references as a field value.
pub fn refs_value(list: &[RecordId]) -> Value {
    json!(list.iter().map(RecordId::to_string).collect::<Vec<_>>())
}

#[cfg(test)]
#[path = "judging_tests.rs"]
mod tests;
