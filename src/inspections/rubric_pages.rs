//! The rubrics: the list, and one rubric with its items, deductions, veto items and bands, and
//! the rounds that were scored with each of its versions.

use leptos::prelude::*;

use super::model::{RUBRIC, inspection_rounds};
use super::rubric::Rubric;
use super::rubric_drafts::{BandDraft, ItemDraft, Problems, RubricDraft, rubric_fields};
use crate::book::{Entropy, RecordId};
use crate::browser::environment::BrowserEntropy;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{DeleteButton, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

const RUBRICS: &str = "/inspections/rubrics";

#[component]
pub fn RubricsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let list = move || {
        let mut list: Vec<(RecordId, Rubric)> =
            book.read(|b| b.live(RUBRIC).map(|(id, r)| (id, Rubric::from_record(r))).collect());
        list.sort_by(|a, b| collate(&a.1.name, &b.1.name));
        list
    };
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{tr!(inspections.rubrics)}</h1>
            <p><a href="/inspections">{tr!(inspections.back)}</a></p>
            <ul class="record-list" data-testid="rubrics">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(inspections.rubrics_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(id, r)| view! {
                        <li><a class="record-row" href=format!("{RUBRICS}/{id}")>
                            <span class="record-title">{r.name.clone()}</span>
                            <SampleBadge id=id />
                            <span class="record-meta">{tr!(inspections.version, version = r.version)}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <p><a class="button primary" href=format!("{RUBRICS}/new")>{tr!(inspections.rubric_new)}</a></p>
        </section>
    }
}

/// One item row of the form; its key is the item's for good.
#[derive(Clone, Copy)]
struct ItemRow {
    key: RecordId,
    section: RwSignal<String>,
    label: RwSignal<String>,
    points: RwSignal<String>,
    deduction: RwSignal<String>,
    veto: RwSignal<bool>,
}

impl ItemRow {
    fn new(d: ItemDraft) -> ItemRow {
        ItemRow {
            key: d.key,
            section: RwSignal::new(d.section),
            label: RwSignal::new(d.label),
            points: RwSignal::new(d.points),
            deduction: RwSignal::new(d.deduction),
            veto: RwSignal::new(d.veto),
        }
    }

    fn draft(&self) -> ItemDraft {
        ItemDraft {
            key: self.key,
            section: self.section.get_untracked(),
            label: self.label.get_untracked(),
            points: self.points.get_untracked(),
            deduction: self.deduction.get_untracked(),
            veto: self.veto.get_untracked(),
        }
    }
}

#[derive(Clone, Copy)]
struct BandRow {
    n: usize,
    name: RwSignal<String>,
    min: RwSignal<String>,
}

/// A text input of one row, its error under it (rows are many, so their ids are made).
#[component]
fn RowField(
    id: String,
    label: String,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    #[prop(optional)] mode: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" inputmode=mode
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            <p class="field-error" id=error_id>{move || error.get()}</p>
        </div>
    }
}

fn new_key() -> RecordId {
    BrowserEntropy.new_id()
}

#[component]
pub fn RubricPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let stored = book.read(|b| {
        id.map(|id| {
            b.get(id)
                .filter(|r| r.kind == RUBRIC && !r.is_deleted())
                .map(|r| (Rubric::from_record(r), r.text("note").to_owned()))
        })
    });
    let (previous, note_was) = match stored {
        Some(None) => return view! { <RecordMissing back=RUBRICS /> }.into_any(),
        Some(Some((r, note))) => (Some(r), note),
        None => (None, String::new()),
    };
    let draft = previous.as_ref().map_or_else(
        || RubricDraft {
            items: vec![ItemDraft::new(new_key(), "")],
            bands: vec![BandDraft::default(), BandDraft::default()],
            ..RubricDraft::default()
        },
        |r| RubricDraft::from_rubric(r, &note_was),
    );
    let shown = previous.as_ref().map(|r| rubric_fields(r, &note_was, Some(r)));
    let form = open_form(book, RUBRIC, id, shown);
    let previous = StoredValue::new(previous);
    let name = RwSignal::new(draft.name);
    let note = RwSignal::new(draft.note);
    let items = RwSignal::new(draft.items.into_iter().map(ItemRow::new).collect::<Vec<_>>());
    let next_band = StoredValue::new(draft.bands.len());
    let bands = RwSignal::new(
        draft
            .bands
            .into_iter()
            .enumerate()
            .map(|(n, b)| BandRow { n, name: RwSignal::new(b.name), min: RwSignal::new(b.min) })
            .collect::<Vec<_>>(),
    );
    let errors = RwSignal::new(FieldErrors::new());
    let problems = RwSignal::new(Problems::default());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = RubricDraft {
            name: name.get_untracked(),
            note: note.get_untracked(),
            items: items.get_untracked().iter().map(ItemRow::draft).collect(),
            bands: bands
                .get_untracked()
                .iter()
                .map(|b| BandDraft { name: b.name.get_untracked(), min: b.min.get_untracked() })
                .collect(),
        };
        let checked = previous.with_value(|p| draft.validate(p.as_ref()));
        match checked {
            Err(p) => {
                errors.set(p.fields.clone());
                problems.set(p);
            }
            Ok(fields) => {
                problems.set(Problems::default());
                if let Some(saved) = save_form(book, errors, form, Ok(fields)) {
                    notices.show(tr!(people.saved, name = draft.name.trim()));
                    if id.is_none() {
                        navigate(&format!("{RUBRICS}/{saved}"));
                    } else {
                        previous.set_value(book.read(|b| b.get(saved).map(Rubric::from_record)));
                    }
                }
            }
        }
    };
    let item_error = move |key: RecordId, field: &'static str| {
        Signal::derive(move || {
            let row = items.with(|v| v.iter().position(|r| r.key == key))?;
            problems.with(|p| {
                p.items
                    .iter()
                    .find(|(r, f, _)| *r == row && *f == field)
                    .map(|(_, _, e)| crate::ui::labels::form_error(e.clone()))
            })
        })
    };
    let band_error = move |n: usize, field: &'static str| {
        Signal::derive(move || {
            let row = bands.with(|v| v.iter().position(|r| r.n == n))?;
            problems.with(|p| {
                p.bands
                    .iter()
                    .find(|(r, f, _)| *r == row && *f == field)
                    .map(|(_, _, e)| crate::ui::labels::form_error(e.clone()))
            })
        })
    };
    let add_item = move |_| {
        let section = items.with_untracked(|v| v.last().map(|r| r.section.get_untracked()).unwrap_or_default());
        items.update(|v| v.push(ItemRow::new(ItemDraft::new(new_key(), &section))));
    };
    let add_band = move |_| {
        let n = next_band.get_value();
        next_band.set_value(n + 1);
        bands.update(|v| v.push(BandRow { n, name: RwSignal::new(String::new()), min: RwSignal::new(String::new()) }));
    };
    let version = move || id.and_then(|id| book.read(|b| b.get(id).map(|r| Rubric::from_record(r).version)));
    let heading =
        move || name.with(|n| if n.trim().is_empty() { tr!(inspections.rubric_new) } else { n.trim().to_owned() });
    let err = move |field: &'static str| field_error(errors, field);
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{heading()}</h1>
            <SampleBadge id=id />
            <p><a href=RUBRICS>{tr!(inspections.rubrics)}</a></p>
            {move || version().map(|v| view! { <p class="lead" data-testid="rubric-version">{tr!(inspections.version, version = v)}</p> })}
            <form class="form card" on:submit=save novalidate>
                <p class="form-problems" role="alert">
                    {move || (problems.with(|p| !p.is_empty()) || !errors.with(Vec::is_empty))
                        .then(|| { let n = problems.with(Problems::count).max(errors.with(Vec::len)); if n == 1 { tr!(form.fix_problems_one, count = n) } else { tr!(form.fix_problems, count = n) } })}
                </p>
                <TextField id="rubric-name" label=Signal::derive(|| tr!(inspections.rubric)) value=name error=err("name") />
                <fieldset class="rubric-rows">
                    <legend>{tr!(inspections.items)}</legend>
                    <p class="field-error">{move || field_error(errors, "items").get()}</p>
                    <For each=move || items.get() key=|r| r.key let:row>
                        {
                            let key = row.key;
                            let p = format!("item-{key}");
                            let remove_name = move || tr!(form.delete_named, name = row.label.get());
                            view! {
                                <div class="rubric-row" data-testid="rubric-item">
                                    <RowField id=format!("{p}-section") label=tr!(inspections.section) value=row.section error=item_error(key, "section") />
                                    <RowField id=format!("{p}-label") label=tr!(inspections.item) value=row.label error=item_error(key, "label") />
                                    <div class="field checkbox">
                                        <input id=format!("{p}-veto") type="checkbox" prop:checked=move || row.veto.get()
                                            on:change=move |ev| row.veto.set(event_target_checked(&ev)) />
                                        <label for=format!("{p}-veto")>{tr!(inspections.veto)}</label>
                                    </div>
                                    <Show when=move || !row.veto.get()>
                                        <RowField id=format!("{p}-points") label=tr!(inspections.points) value=row.points error=item_error(key, "points") mode="decimal" />
                                        <RowField id=format!("{p}-deduction") label=tr!(inspections.deduction) value=row.deduction error=item_error(key, "deduction") mode="decimal" />
                                    </Show>
                                    <button type="button" class="button" aria-label=remove_name
                                        on:click=move |_| items.update(|v| v.retain(|r| r.key != key))>{tr!(form.delete)}</button>
                                </div>
                            }
                        }
                    </For>
                    <button type="button" class="button" on:click=add_item>{tr!(inspections.add_item)}</button>
                </fieldset>
                <fieldset class="rubric-rows">
                    <legend>{tr!(inspections.bands)}</legend>
                    <For each=move || bands.get() key=|b| b.n let:band>
                        {
                            let n = band.n;
                            let remove_name = move || tr!(form.delete_named, name = band.name.get());
                            view! {
                                <div class="rubric-row band-row" data-testid="rubric-band">
                                    <RowField id=format!("band-{n}-name") label=tr!(inspections.band) value=band.name error=band_error(n, "name") />
                                    <RowField id=format!("band-{n}-min") label=tr!(inspections.band_min) value=band.min error=band_error(n, "min") mode="decimal" />
                                    <button type="button" class="button" aria-label=remove_name
                                        on:click=move |_| bands.update(|v| v.retain(|b| b.n != n))>{tr!(form.delete)}</button>
                                </div>
                            }
                        }
                    </For>
                    <button type="button" class="button" on:click=add_band>{tr!(inspections.add_band)}</button>
                </fieldset>
                <TextArea id="rubric-note" label=Signal::derive(|| tr!(people.member_form.notes)) value=note error=err("note") />
                <div class="actions">
                    <button type="submit" class="button primary">{tr!(form.save)}</button>
                    {id.map(|id| view! { <DeleteButton id name=move || name.get() back=RUBRICS /> })}
                </div>
            </form>
            {id.map(|id| view! { <RoundsOfRubric id /> })}
        </section>
    }
    .into_any()
}

/// The rounds scored with a rubric, and the version each was scored with.
#[component]
fn RoundsOfRubric(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let rounds = move || {
        book.read(|b| {
            inspection_rounds(b)
                .into_iter()
                .filter(|r| r.rubric == Some(id))
                .map(|r| (r.id, r.title.clone(), r.date, Rubric::from_copy(&r.rubric_copy).version))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="rubric-rounds">
            <h2 id="rubric-rounds">{tr!(inspections.used_by)}</h2>
            <ul class="record-list" data-testid="rubric-rounds">
                {move || {
                    let list = rounds();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(inspections.used_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(round, title, date, version)| view! {
                        <li><a class="record-row" href=format!("/inspections/rounds/{round}")>
                            <span class="record-title">{title}</span>
                            <span class="record-meta">
                                {date.map(|d| lang.format_date(d)).unwrap_or_default()} " · " {tr!(inspections.version, version)}
                            </span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
        </section>
    }
}
