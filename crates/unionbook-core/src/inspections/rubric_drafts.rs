//! The rubric form as typed: its items and bands as rows of text, their checks (each error on
//! its row and field), and the fields a save writes, `version` going up only when what scores
//! a room changed. Pure.

use serde_json::{Value, json};

use super::model::MAX_POINTS;
use super::rubric::{Band, Rubric, RubricItem};
use crate::book::RecordId;
use crate::forms::{self, FieldErrors, FormError, Tenths};

/// One item row; `key` is given when the row is made and never changes.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemDraft {
    pub key: RecordId,
    pub section: String,
    pub label: String,
    pub points: String,
    pub deduction: String,
    pub veto: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct BandDraft {
    pub name: String,
    pub min: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RubricDraft {
    pub name: String,
    pub note: String,
    pub items: Vec<ItemDraft>,
    pub bands: Vec<BandDraft>,
}

/// What is wrong with the form: its own fields, and each item's and band's by row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems {
    pub fields: FieldErrors,
    pub items: Vec<(usize, &'static str, FormError)>,
    pub bands: Vec<(usize, &'static str, FormError)>,
}

impl Problems {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.items.is_empty() && self.bands.is_empty()
    }

    pub fn count(&self) -> usize {
        self.fields.len() + self.items.len() + self.bands.len()
    }
}

impl ItemDraft {
    pub fn new(key: RecordId, section: &str) -> ItemDraft {
        ItemDraft {
            key,
            section: section.to_owned(),
            label: String::new(),
            points: String::new(),
            deduction: String::new(),
            veto: false,
        }
    }

    /// A row nobody filled in, left out rather than refused.
    fn is_blank(&self) -> bool {
        self.label.trim().is_empty() && self.points.trim().is_empty() && self.deduction.trim().is_empty()
    }
}

impl RubricDraft {
    pub fn from_rubric(r: &Rubric, note: &str) -> RubricDraft {
        RubricDraft {
            name: r.name.clone(),
            note: note.to_owned(),
            items: r
                .items
                .iter()
                .map(|i| ItemDraft {
                    key: i.key,
                    section: i.section.clone(),
                    label: i.label.clone(),
                    points: if i.veto { String::new() } else { i.points.to_string() },
                    deduction: if i.veto { String::new() } else { i.deduction.to_string() },
                    veto: i.veto,
                })
                .collect(),
            bands: r.bands.iter().map(|b| BandDraft { name: b.name.clone(), min: b.min.to_string() }).collect(),
        }
    }

    /// The rubric the form describes, or every problem with it.
    pub fn check(&self) -> Result<(Rubric, String), Problems> {
        let mut p = Problems::default();
        let name = forms::required(&mut p.fields, "name", &self.name, 80);
        let note = forms::optional(&mut p.fields, "note", &self.note, 1_000);
        let mut items = Vec::new();
        for (row, item) in self.items.iter().enumerate().filter(|(_, i)| !i.is_blank() || i.veto) {
            let mut e = FieldErrors::new();
            let label = forms::required(&mut e, "label", &item.label, 80);
            let section = forms::optional(&mut e, "section", &item.section, 40);
            let (points, deduction) = if item.veto {
                (Tenths(0), Tenths(0))
            } else {
                let points = forms::decimal(&mut e, "points", &item.points, 0, MAX_POINTS, true);
                let deduction = forms::decimal(&mut e, "deduction", &item.deduction, 0, MAX_POINTS, false);
                (points.unwrap_or(Tenths(0)), deduction.unwrap_or(Tenths(0)))
            };
            p.items.extend(e.into_iter().map(|(f, err)| (row, f, err)));
            items.push(RubricItem { key: item.key, section, label, points, deduction, veto: item.veto });
        }
        if items.is_empty() {
            p.fields.push(("items", FormError::Required));
        }
        let mut bands: Vec<Band> = Vec::new();
        for (row, band) in self.bands.iter().enumerate() {
            if band.name.trim().is_empty() && band.min.trim().is_empty() {
                continue;
            }
            let mut e = FieldErrors::new();
            let name = forms::required(&mut e, "name", &band.name, 20);
            let min = forms::decimal(&mut e, "min", &band.min, 0, MAX_POINTS, true);
            if !name.is_empty() && bands.iter().any(|b| b.name == name) {
                e.push(("name", FormError::Taken));
            }
            if let Some(min) = min {
                if bands.iter().any(|b| b.min == min) {
                    e.push(("min", FormError::Taken));
                }
                bands.push(Band { name, min });
            }
            p.bands.extend(e.into_iter().map(|(f, err)| (row, f, err)));
        }
        if !p.is_empty() {
            return Err(p);
        }
        let mut rubric = Rubric { name, version: 1, items, bands };
        rubric.bands.sort_by(|a, b| b.min.cmp(&a.min));
        Ok((rubric, note))
    }

    /// The fields a save writes, over the rubric as it was (`None` for a new one).
    pub fn validate(&self, previous: Option<&Rubric>) -> Result<Vec<(String, Value)>, Problems> {
        let (rubric, note) = self.check()?;
        Ok(rubric_fields(&rubric, &note, previous))
    }
}

/// A rubric's fields; its version is the previous one's, or one more when anything that
/// scores a room (name, items, bands) is different.
pub fn rubric_fields(rubric: &Rubric, note: &str, previous: Option<&Rubric>) -> Vec<(String, Value)> {
    let version = match previous {
        None => 1,
        Some(p) if same_scoring(p, rubric) => p.version,
        Some(p) => p.version + 1,
    };
    vec![
        ("name".into(), json!(rubric.name)),
        ("version".into(), json!(version)),
        ("items".into(), json!(rubric.items_text())),
        ("bands".into(), json!(rubric.bands_text())),
        ("note".into(), json!(note)),
    ]
}

fn same_scoring(a: &Rubric, b: &Rubric) -> bool {
    a.name == b.name && a.items == b.items && a.bands == b.bands
}

/// The threshold a new round starts with: the least total of the second-lowest band (合格's 80
/// when the bands are 优秀 90, 合格 80, 不合格 0).
pub fn default_threshold(rubric: &Rubric) -> Option<Tenths> {
    let n = rubric.bands.len();
    (n >= 2).then(|| rubric.bands[n - 2].min)
}

#[cfg(test)]
#[path = "rubric_drafts_tests.rs"]
mod tests;
