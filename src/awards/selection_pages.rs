//! Selections: the list, a new selection, and one selection with its nominees, judges,
//! ballots, tally and winners.

use leptos::prelude::*;

use super::model::{BALLOT, SELECTION};
use super::selections::{
    SCORE, Selection, SelectionDraft, VOTE, ballot_fields, ballot_id, selection, selections, tally, waiting_for,
};
use crate::book::{Book, RecordId};
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::judging::{Method, refs_value, refs_with};
use crate::people::everyone::{PeopleIndex, everyone};
use crate::pinyin::initials;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::judging_view::{Ballot, Chosen, Judges, SheetOf, Tally, tally_rows, waiting_text, write_list};
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::unit_options;
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

fn method_name(m: Method) -> String {
    match m {
        Method::Scores => tr!(selections.methods.scores),
        Method::Votes => tr!(selections.methods.votes),
    }
}

/// Names of records for lists, in pinyin order.
pub(crate) fn named(book: &Book, ids: &[RecordId]) -> Vec<(RecordId, String)> {
    let mut list: Vec<(RecordId, String)> = ids.iter().map(|id| (*id, name_of(book, Some(*id)))).collect();
    list.sort_by(|a, b| collate(&a.1, &b.1));
    list
}

#[component]
pub fn SelectionsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let list = move || book.read(selections);
    let table = move || Table {
        headers: vec![
            tr!(activities.title),
            tr!(meetings.date),
            tr!(selections.method),
            tr!(selections.places),
            tr!(selections.winner),
        ],
        rows: list()
            .into_iter()
            .map(|s| {
                let winners = book.read(|b| named(b, &s.winners)).into_iter().map(|(_, n)| n).collect::<Vec<_>>();
                vec![
                    s.title,
                    s.date.map(|d| d.to_string()).unwrap_or_default(),
                    method_name(s.method),
                    s.places.to_string(),
                    winners.join(", "),
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{tr!(selections.title)}</h1>
            <p class="lead">{tr!(selections.intro)}</p>
            <p><a class="button primary" href="/awards/selections/new">{tr!(selections.new)}</a></p>
            <ul class="record-list" data-testid="selections">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(selections.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|s| view! {
                        <li><a class="record-row" href=format!("/awards/selections/{}", s.id)>
                            <span class="record-title">{s.title.clone()}</span>
                            <SampleBadge id=s.id />
                            <span class="record-meta">
                                {s.date.map(|d| lang.format_date(d)).unwrap_or_default()}
                                " · " {tr!(selections.nominees)} " " {s.nominees.len()}
                            </span>
                            <span class="badge">{if s.decided() { tr!(selections.decided) } else { tr!(selections.judging) }}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(selections.file) table /></div>
        </section>
    }
}

#[component]
fn SelectionForm(existing: Option<Selection>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing.as_ref().map(SelectionDraft::from_selection).unwrap_or_else(|| SelectionDraft::new(today()));
    let editing = existing.as_ref().map(|s| s.id);
    let form = open_form(book, SELECTION, editing, book.read(|b| draft.validate(b)).ok());
    let title = RwSignal::new(draft.title);
    let unit = RwSignal::new(draft.unit);
    let date = RwSignal::new(draft.date);
    let criteria = RwSignal::new(draft.criteria);
    let method = RwSignal::new(draft.method);
    let max_score = RwSignal::new(draft.max_score);
    let places = RwSignal::new(draft.places);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = SelectionDraft {
            title: title.get_untracked(),
            unit: unit.get_untracked(),
            date: date.get_untracked(),
            criteria: criteria.get_untracked(),
            method: method.get_untracked(),
            max_score: max_score.get_untracked(),
            places: places.get_untracked(),
            note: note.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(people.saved, name = draft.title.trim()));
            if editing.is_none() {
                navigate(&format!("/awards/selections/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let units = book.read(|b| unit_options(b, tr!(activities.choose)));
    let methods = vec![
        ("scores".to_owned(), tr!(selections.methods.scores)),
        ("votes".to_owned(), tr!(selections.methods.votes)),
    ];
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(selections.edit) } else { tr!(selections.new) }}</h2>
            <FormProblems errors />
            <TextField id="selection-title" label=Signal::derive(|| tr!(activities.title)) value=title error=err("title") />
            <SelectField id="selection-unit" label=Signal::derive(|| tr!(activities.units)) value=unit options=units error=err("unit") />
            <TextField id="selection-date" label=Signal::derive(|| tr!(meetings.date)) value=date error=err("date") input_type="date" />
            <TextArea id="selection-criteria" label=Signal::derive(|| tr!(eval.criteria)) value=criteria error=err("criteria") />
            <SelectField id="selection-method" label=Signal::derive(|| tr!(selections.method)) value=method options=methods error=err("method") />
            <Show when=move || method.get() == "scores">
                <TextField id="selection-max" label=Signal::derive(|| tr!(selections.max_score)) value=max_score error=err("max_score") input_mode="numeric" />
            </Show>
            <TextField id="selection-places" label=Signal::derive(|| tr!(selections.places)) value=places error=err("places") input_mode="numeric" />
            <TextArea id="selection-note" label=Signal::derive(|| tr!(activities.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=Signal::derive(move || title.get()) back="/awards/selections" /> })}
            </div>
        </form>
    }
}

/// A selection (`None`: a new one).
#[component]
pub fn SelectionPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Awards />
            <section class="page">
                <h1>{tr!(selections.new)}</h1>
                <p><a href="/awards/selections">{tr!(selections.back)}</a></p>
                <SelectionForm existing=None />
            </section>
        }
        .into_any();
    };
    let current = move || book.read(|b| selection(b, id));
    let Some(first) = current() else {
        return view! { <RecordMissing back="/awards/selections" /> }.into_any();
    };
    // The judging is drawn again only when the way it is judged changes.
    let how = Memo::new(move |_| current().map(|s| (s.method, s.max_score)));
    let lang = current_lang();
    let meta = move || {
        let s = current()?;
        let unit = book.read(|b| name_of(b, s.unit));
        let mut parts: Vec<String> = [unit, s.date.map(|d| lang.format_date(d)).unwrap_or_default()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        parts.push(method_name(s.method));
        parts.push(format!("{} {}", tr!(selections.places), s.places));
        Some(parts.join(" · "))
    };
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{move || current().map(|s| s.title).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p><a href="/awards/selections">{tr!(selections.back)}</a></p>
            <p class="record-meta">{meta}</p>
            <p class="criteria">{move || current().map(|s| s.criteria).unwrap_or_default()}</p>
            {move || how.get().map(|(method, max)| view! { <Judged id method max /> })}
            <SelectionForm existing=Some(first) />
        </section>
    }
    .into_any()
}

/// The nominees, judges, ballots and tally of selection `id`.
#[component]
fn Judged(id: RecordId, method: Method, max: i64) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let current = move || book.read(|b| selection(b, id));
    let nominees: Signal<Vec<(RecordId, String)>> =
        Memo::new(move |_| book.read(|b| named(b, &current().map(|s| s.nominees).unwrap_or_default()))).into();
    let judges: Signal<Vec<(RecordId, String)>> =
        Memo::new(move |_| book.read(|b| named(b, &current().map(|s| s.judges).unwrap_or_default()))).into();
    // Takes someone off a list field, with an undo that puts the list back.
    let take_off = move |field: &'static str, person: RecordId| {
        let Some(s) = current() else { return };
        let list = if field == "judges" { s.judges } else { s.nominees };
        let fields = vec![(field.to_owned(), refs_with(&list, person, false))];
        if book.edit(|st, now| st.write(now, id, SELECTION, fields)) == Some(true) {
            let undo =
                UndoAction::Write { record: id, kind: SELECTION, fields: vec![(field.to_owned(), refs_value(&list))] };
            notices.show_with_undo(tr!(training.removed, name = book.read(|b| name_of(b, Some(person)))), undo);
        }
    };
    let add = move |field: &'static str, person: RecordId| {
        let Some(s) = current() else { return };
        let list = if field == "judges" { s.judges } else { s.nominees };
        let fields = vec![(field.to_owned(), refs_with(&list, person, true))];
        book.edit(|st, now| st.write(now, id, SELECTION, fields));
    };
    // The search over the register and the members, built once when the page opens.
    let index = StoredValue::new(book.read(|b| {
        let mut letters = std::collections::HashMap::new();
        let mut of = |name: &str| -> String {
            name.chars().map(|c| letters.entry(c).or_insert_with(|| initials(&c.to_string())).clone()).collect()
        };
        let people = everyone(b);
        let keys: std::collections::HashMap<String, String> =
            people.iter().map(|p| (p.name.clone(), of(&p.name))).collect();
        PeopleIndex::new(people, &|n| keys.get(n).cloned().unwrap_or_default())
    }));
    let query = RwSignal::new(String::new());
    let found = move || {
        let taken = current().map(|s| s.nominees).unwrap_or_default();
        let q = query.get();
        index.with_value(|i| {
            i.find(&q, 8, &|a, b| collate(&a.name, &b.name))
                .into_iter()
                .filter(|p| !taken.contains(&p.id))
                .map(|p| (p.id, p.name.clone(), p.class.clone()))
                .collect::<Vec<_>>()
        })
    };
    let sheet = SheetOf {
        parent: id,
        kind: BALLOT,
        prefix: if method == Method::Votes { VOTE } else { SCORE },
        max,
        id: ballot_id,
        fields: ballot_fields,
    };
    let standing = Memo::new(move |_| {
        let s = current()?;
        let order: Vec<RecordId> = nominees.get().iter().map(|(n, _)| *n).collect();
        let (ranked, proposal) = book.read(|b| tally(b, &s, &order));
        let waiting = book.read(|b| waiting_for(b, &s));
        Some((s, ranked, proposal, waiting))
    });
    let tallied = Memo::new(move |_| {
        standing
            .get()
            .map(|(s, ranked, proposal, _)| {
                book.read(|b| {
                    tally_rows(&ranked, &proposal, &s.winners, &|e| name_of(b, Some(e)), method == Method::Votes)
                })
            })
            .unwrap_or_default()
    });
    let rows = Signal::derive(move || tallied.get().0);
    let ties = Signal::derive(move || tallied.get().1);
    let waiting = Signal::derive(move || {
        let (_, _, _, waiting) = standing.get()?;
        book.read(|b| waiting_text(&waiting, &|j| name_of(b, Some(j)), method == Method::Votes))
    });
    let on_toggle = Callback::new(move |entry: RecordId| {
        let Some(s) = current() else { return };
        let on = !s.winners.contains(&entry);
        write_list(book, notices, id, SELECTION, "winners", &s.winners, refs_with(&s.winners, entry, on));
    });
    let on_confirm = Callback::new(move |()| {
        let Some((s, _, proposal, _)) = standing.get_untracked() else { return };
        write_list(book, notices, id, SELECTION, "winners", &s.winners, refs_value(&proposal.confirmed(&s.winners)));
    });
    view! {
        <section class="card" aria-labelledby="nominees-heading">
            <h2 id="nominees-heading">{tr!(selections.nominees)}</h2>
            <Chosen items=nominees empty=tr!(selections.no_nominees) on_remove=Callback::new(move |p| take_off("nominees", p)) testid="nominees" />
            <div class="field">
                <label for="nominee-search">{tr!(door.search)}</label>
                <input id="nominee-search" type="search" autocomplete="off" prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev)) />
            </div>
            <ul class="record-list found" aria-label=tr!(door.results)>
                {move || found().into_iter().map(|(person, name, class)| view! {
                    <li><button type="button" class="button add-person" on:click=move |_| { add("nominees", person); query.set(String::new()); }>
                        {tr!(selections.add, name = name.clone())} {(!class.is_empty()).then(|| format!(" · {class}"))}
                    </button></li>
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="judges-heading">
            <h2 id="judges-heading">{tr!(selections.judges)}</h2>
            <Judges judges on_add=Callback::new(move |p| add("judges", p)) on_remove=Callback::new(move |p| take_off("judges", p)) />
            <Ballot sheet judges entries=nominees votes=method == Method::Votes />
        </section>
        <section class="card" aria-labelledby="tally-heading">
            <h2 id="tally-heading">{tr!(selections.tally)}</h2>
            <Tally rows ties waiting on_toggle on_confirm />
        </section>
    }
}
