//! The views a selection and the culture appraisal share (both are `crate::judging`): a list of
//! chosen people or rooms with removal, a judge's ballot (scores typed with one decimal, or
//! vote toggles), and the tally with the winners it proposes and the ones the union confirmed.

use leptos::prelude::*;
use serde_json::{Value, json};

use crate::book::RecordId;
use crate::forms::FormError;
use crate::judging::{self, Proposal, Standing};
use crate::ui::book_state::BookState;
use crate::ui::form::SelectField;
use crate::ui::labels::form_error;
use crate::ui::notice::{Notices, UndoAction, use_notices};
use crate::ui::pickers::member_options;

/// Chosen entries (nominees, judges, rooms), each with a button that takes it off.
#[component]
pub fn Chosen(
    items: Signal<Vec<(RecordId, String)>>,
    #[prop(into)] empty: String,
    on_remove: Callback<RecordId>,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <ul class="record-list chosen" data-testid=testid>
            {move || {
                let list = items.get();
                if list.is_empty() {
                    return view! { <li class="help">{empty.clone()}</li> }.into_any();
                }
                list.into_iter().map(|(id, name)| {
                    let label = tr!(attendance.remove, name = name.clone());
                    view! {
                        <li class="chosen-row">
                            <span>{name}</span>
                            <button type="button" class="button remove-person" aria-label=label.clone() title=label
                                on:click=move |_| on_remove.run(id)>"✕"</button>
                        </li>
                    }
                }).collect_view().into_any()
            }}
        </ul>
    }
}

/// The judges: the chosen ones with removal, and members to add.
#[component]
pub fn Judges(
    judges: Signal<Vec<(RecordId, String)>>,
    on_add: Callback<RecordId>,
    on_remove: Callback<RecordId>,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let judge = RwSignal::new(String::new());
    let choices = Signal::derive(move || {
        let chosen = judges.get();
        book.read(|b| member_options(b, tr!(activities.choose)))
            .into_iter()
            .filter(|(v, _)| !chosen.iter().any(|(j, _)| j.to_string() == *v))
            .collect::<Vec<_>>()
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(person) = RecordId::parse(&judge.get_untracked()) {
            on_add.run(person);
            judge.set(String::new());
        }
    };
    view! {
        <Chosen items=judges empty=tr!(selections.no_judges) on_remove testid="judges" />
        <form data-no-draft class="form" on:submit=add novalidate>
            <SelectField id="add-judge" label=Signal::derive(|| tr!(selections.add_judge)) value=judge options=choices />
            <div class="actions"><button type="submit" class="button">{tr!(training.invite_button)}</button></div>
        </form>
    }
}

/// "Still to judge: …", naming each judge with what they have left (for scores).
pub fn waiting_text(waiting: &[(RecordId, usize)], name: &dyn Fn(RecordId) -> String, votes: bool) -> Option<String> {
    let list: Vec<String> = waiting
        .iter()
        .map(|(j, left)| if votes { name(*j) } else { tr!(selections.left, name = name(*j), count = *left) })
        .collect();
    (!list.is_empty()).then(|| tr!(selections.waiting, names = list.join(&tr!(door.list_separator))))
}

/// Where a judge's marks go: a sheet of `kind` with fields `<prefix><entry>`, one per judge of
/// `parent` (`id(parent, judge)`, starting with `fields(parent, judge)`).
#[derive(Clone, Copy)]
pub struct SheetOf {
    pub parent: RecordId,
    pub kind: &'static str,
    pub prefix: &'static str,
    pub max: i64,
    pub id: fn(RecordId, RecordId) -> RecordId,
    pub fields: fn(RecordId, RecordId) -> Vec<(String, Value)>,
}

impl SheetOf {
    /// A write of `fields` on the judge's sheet, making it if there is none yet.
    fn write(self, book: BookState, judge: RecordId, fields: Vec<(String, Value)>) -> bool {
        let id = (self.id)(self.parent, judge);
        let held = book.read(|b| b.get(id).map(|r| r.is_deleted()));
        let mut all = if held.is_some() { Vec::new() } else { (self.fields)(self.parent, judge) };
        all.extend(fields);
        // A sheet deleted on another phone comes back when its judge scores again.
        let restore = held == Some(true);
        book.edit(|s, now| (restore && s.set_deleted(now, id, false)) | s.write(now, id, self.kind, all)) == Some(true)
    }
}

/// One judge's ballot, entered by the officer: the judge is chosen first, then each entry is
/// given a score (saved together, errors on their fields) or a vote (saved at each tap).
#[component]
pub fn Ballot(
    sheet: SheetOf,
    judges: Signal<Vec<(RecordId, String)>>,
    entries: Signal<Vec<(RecordId, String)>>,
    votes: bool,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let judge = RwSignal::new(String::new());
    let options = Signal::derive(move || {
        let mut list = vec![(String::new(), tr!(activities.choose))];
        list.extend(judges.get().into_iter().map(|(id, name)| (id.to_string(), name)));
        list
    });
    let held = move |judge: RecordId| book.read(|b| b.get((sheet.id)(sheet.parent, judge)).cloned());
    // Choosing the same judge again must not redraw the form over what was typed.
    let chosen = Memo::new(move |_| RecordId::parse(&judge.get()));
    let form = move || {
        let judge = chosen.get()?;
        let name = judges.with(|j| j.iter().find(|(id, _)| *id == judge).map(|(_, n)| n.clone()))?;
        Some(if votes {
            view! { <Votes sheet judge entries /> }.into_any()
        } else {
            let held = untrack(|| held(judge));
            let typed: Vec<(RecordId, String, RwSignal<String>)> = entries
                .get()
                .into_iter()
                .map(|(e, label)| (e, label, RwSignal::new(judging::score_text(held.as_ref(), sheet.prefix, e))))
                .collect();
            view! { <Scores sheet judge name typed /> }.into_any()
        })
    };
    view! {
        <div class="ballot">
            <SelectField id="ballot-judge" label=Signal::derive(|| tr!(selections.whose)) value=judge options />
            {form}
        </div>
    }
}

#[component]
fn Scores(
    sheet: SheetOf,
    judge: RecordId,
    name: String,
    typed: Vec<(RecordId, String, RwSignal<String>)>,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let errors: RwSignal<Vec<(RecordId, FormError)>> = RwSignal::new(Vec::new());
    let values: Vec<(RecordId, RwSignal<String>)> = typed.iter().map(|(e, _, v)| (*e, *v)).collect();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now: Vec<(RecordId, String)> = values.iter().map(|(e, v)| (*e, v.get_untracked())).collect();
        let held = book.read(|b| b.get((sheet.id)(sheet.parent, judge)).cloned());
        match judging::sheet_changes(held.as_ref(), sheet.prefix, &now, sheet.max) {
            Err(problems) => errors.set(problems),
            Ok((changed, before)) => {
                errors.set(Vec::new());
                if changed.is_empty() || sheet.write(book, judge, changed) {
                    let record = (sheet.id)(sheet.parent, judge);
                    let undo = UndoAction::Write { record, kind: sheet.kind, fields: before };
                    notices.show_with_undo(tr!(selections.ballot_saved, name = name.clone()), undo);
                }
            }
        }
    };
    let help = tr!(selections.out_of, max = sheet.max);
    view! {
        <form data-no-draft class="form scores" on:submit=save novalidate>
            {typed.into_iter().map(|(entry, label, value)| {
                let id = format!("score-{entry}");
                let error_id = format!("{id}-error");
                let described = format!("{id}-help {error_id}");
                let error = move || errors.with(|e| e.iter().find(|(x, _)| *x == entry).map(|(_, p)| form_error(p.clone())));
                view! {
                    <div class="field">
                        <label for=id.clone()>{label}</label>
                        <input id=id.clone() type="text" inputmode="decimal" autocomplete="off"
                            aria-invalid=move || error().is_some().then_some("true")
                            aria-describedby=described
                            prop:value=move || value.get()
                            on:input=move |ev| value.set(event_target_value(&ev)) />
                        <p class="help" id=format!("{id}-help")>{help.clone()}</p>
                        <p class="field-error" id=error_id>{error}</p>
                    </div>
                }
            }).collect_view()}
            <div class="actions"><button type="submit" class="button primary">{tr!(selections.save_ballot)}</button></div>
        </form>
    }
}

#[component]
fn Votes(sheet: SheetOf, judge: RecordId, entries: Signal<Vec<(RecordId, String)>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let voted = move |entry: RecordId| {
        book.read(|b| {
            b.get((sheet.id)(sheet.parent, judge)).is_some_and(|r| r.flag(&format!("{}{entry}", sheet.prefix)))
        })
    };
    let toggle = move |entry: RecordId| {
        let on = voted(entry);
        let field = format!("{}{entry}", sheet.prefix);
        if sheet.write(book, judge, vec![(field.clone(), json!(!on))]) {
            let record = (sheet.id)(sheet.parent, judge);
            let undo = UndoAction::Write { record, kind: sheet.kind, fields: vec![(field, json!(on))] };
            notices.show_with_undo(tr!(selections.vote_saved), undo);
        }
    };
    view! {
        <ul class="record-list votes">
            {move || entries.get().into_iter().map(|(entry, label)| view! {
                <li><button type="button" class="button vote" aria-pressed=move || if voted(entry) { "true" } else { "false" }
                    on:click=move |_| toggle(entry)>{label}</button></li>
            }).collect_view()}
        </ul>
    }
}

/// One line of the tally.
#[derive(Clone, Debug, PartialEq)]
pub struct TallyRow {
    pub id: RecordId,
    pub name: String,
    pub rank: usize,
    pub result: String,
    pub placed: bool,
    pub proposed: bool,
    pub tied: bool,
    pub winner: bool,
}

/// The tally's lines and its ties in words.
pub fn tally_rows(
    ranked: &[Standing],
    proposal: &Proposal,
    confirmed: &[RecordId],
    name: &dyn Fn(RecordId) -> String,
    votes: bool,
) -> (Vec<TallyRow>, Vec<String>) {
    let rows = ranked
        .iter()
        .map(|s| TallyRow {
            id: s.entry,
            name: name(s.entry),
            rank: s.rank,
            result: match (votes, s.shown()) {
                (true, _) if s.given == 1 => tr!(selections.votes_one, count = s.given),
                (true, _) => tr!(selections.votes, count = s.given),
                (false, Some(mean)) if s.given == 1 => {
                    format!("{mean} · {}", tr!(selections.scores_given_one, count = s.given))
                }
                (false, Some(mean)) => format!("{mean} · {}", tr!(selections.scores_given, count = s.given)),
                (false, None) => tr!(selections.not_scored),
            },
            placed: s.placed(),
            proposed: proposal.winners.contains(&s.entry),
            tied: proposal.is_tied(s.entry),
            winner: confirmed.contains(&s.entry),
        })
        .collect();
    let ties = proposal
        .ties
        .iter()
        .map(|t| {
            let names: Vec<String> = t.entries.iter().map(|e| name(*e)).collect();
            tr!(selections.tie, names = names.join(&tr!(door.list_separator)), places = t.places)
        })
        .collect();
    (rows, ties)
}

/// The tally: entries best first with their rank and result, the proposed winners, a tie at
/// the cut in plain words, and the winners the union confirms (one tap each, or the proposal
/// at once; both can be undone by the page's callbacks).
#[component]
pub fn Tally(
    rows: Signal<Vec<TallyRow>>,
    ties: Signal<Vec<String>>,
    waiting: Signal<Option<String>>,
    on_toggle: Callback<RecordId>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    view! {
        <p class="help" data-testid="waiting">{move || waiting.get()}</p>
        <ol class="record-list tally" data-testid="tally">
            {move || rows.get().into_iter().map(|row| {
                let id = row.id;
                let badge = if row.proposed { Some(tr!(selections.proposed)) } else { None };
                view! {
                    <li class="tally-row" class:tied=row.tied>
                        <span class="tally-rank">{row.placed.then(|| row.rank.to_string())}</span>
                        <span class="tally-who">
                            <span class="record-title">{row.name.clone()}</span>
                            <span class="record-meta">{row.result.clone()}</span>
                        </span>
                        {badge.map(|b| view! { <span class="badge">{b}</span> })}
                        <button type="button" class="button winner" aria-pressed=if row.winner { "true" } else { "false" }
                            on:click=move |_| on_toggle.run(id)>
                            {tr!(selections.winner)} <span class="visually-hidden">{row.name.clone()}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ol>
        {move || ties.get().into_iter().map(|t| view! { <p class="status tie" role="status">{t}</p> }).collect_view()}
        <div class="actions">
            <button type="button" class="button primary" on:click=move |_| on_confirm.run(())>{tr!(selections.confirm)}</button>
        </div>
    }
}

/// Writes a list field (`winners`, `awarded`) with an undo that puts the list back.
pub fn write_list(
    book: BookState,
    notices: Notices,
    record: RecordId,
    kind: &'static str,
    field: &str,
    was: &[RecordId],
    now: Value,
) {
    let fields = vec![(field.to_owned(), now)];
    if book.edit(|s, at| s.write(at, record, kind, fields)) == Some(true) {
        let undo = UndoAction::Write { record, kind, fields: vec![(field.to_owned(), judging::refs_value(was))] };
        notices.show_with_undo(tr!(selections.winners_saved), undo);
    }
}
