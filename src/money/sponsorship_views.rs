//! Sponsorships' words and the pieces their pages and Money's overview show: the stepper in a
//! sponsorship's words, the promises checklist, the obligations still owed, and a semester's
//! sponsorship beside the previous one's.

use leptos::prelude::*;

use super::labels::shown;
use super::model::{SPONSORSHIP, SponsorStatus};
use super::sponsorships::{Promise, blocking, compare_semesters, mark, obligations_owed, previous_semester, promises};
use crate::book::{Record, RecordId};
use crate::browser::pinyin::collate;
use crate::steps::{Move, values_before};
use crate::ui::book_state::BookState;
use crate::ui::labels::semester_name;
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;
use crate::ui::stepper::{StepWords, Stepper};

pub(super) fn status_name(s: SponsorStatus) -> String {
    match s {
        SponsorStatus::Contacting => tr!(money.sponsor.status.contacting),
        SponsorStatus::Agreed => tr!(money.sponsor.status.agreed),
        SponsorStatus::Signed => tr!(money.sponsor.status.signed),
        SponsorStatus::Received => tr!(money.sponsor.status.received),
        SponsorStatus::Fulfilled => tr!(money.sponsor.status.fulfilled),
        SponsorStatus::Withdrawn => tr!(money.sponsor.status.withdrawn),
    }
}

pub(super) fn promise_name(p: Promise) -> String {
    match p {
        Promise::Logo => tr!(money.sponsor.promise.logo),
        Promise::Booth => tr!(money.sponsor.promise.booth),
        Promise::Mention => tr!(money.sponsor.promise.mention),
        Promise::Other => tr!(money.sponsor.promise.other),
    }
}

fn promise_list(list: &[Promise]) -> String {
    let sep = if current_lang() == crate::locale::Lang::En { ", " } else { "、" };
    list.iter().map(|p| promise_name(*p)).collect::<Vec<_>>().join(sep)
}

/// A sponsorship's own step words; the rest is what every stepper says.
fn words() -> StepWords<SponsorStatus> {
    StepWords {
        name: status_name,
        leave: || tr!(money.sponsor.withdraw),
        restore: |s| tr!(money.sponsor.restore, status = status_name(s)),
        left_on: |date| tr!(money.sponsor.withdrawn_on, date),
    }
}

fn sponsor_of(r: &Record) -> String {
    r.text("sponsor").to_owned()
}

/// "Obligations fulfilled" is refused while a promise is owed, saying which.
fn owed_first(r: &Record, m: Move) -> Option<String> {
    let owed = blocking(r, m);
    (!owed.is_empty()).then(|| tr!(money.sponsor.still_owed, promises = promise_list(&owed)))
}

#[component]
pub(super) fn SponsorStepper(id: RecordId) -> impl IntoView {
    view! { <Stepper id kind=SPONSORSHIP words=words() name=sponsor_of refuse=owed_first /> }
}

/// What was promised, each ticked when done; a tap's notice offers Undo.
#[component]
pub(super) fn PromiseChecklist(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let list = move || book.read(|b| b.get(id).map(promises).unwrap_or_default());
    let tick = move |p: Promise, done: bool| {
        let write = vec![mark(p, done)];
        let undo = book.read(|b| values_before(b.get(id), &write));
        if book.edit(|s, now| s.write(now, id, SPONSORSHIP, write)) == Some(true) {
            let text = if done {
                tr!(money.sponsor.done, promise = promise_name(p))
            } else {
                tr!(money.sponsor.owed_again, promise = promise_name(p))
            };
            notices.show_with_undo(text, UndoAction::Write { record: id, kind: SPONSORSHIP, fields: undo });
        }
    };
    move || {
        let list = list();
        (!list.is_empty()).then(|| {
            view! {
                <fieldset class="card choices" data-testid="promises">
                    <legend>{tr!(money.sponsor.checklist)}</legend>
                    {list.into_iter().map(|(p, done)| {
                        let input = format!("promise-done-{}", p as usize);
                        view! {
                            <div class="field checkbox">
                                <input id=input.clone() type="checkbox" prop:checked=done
                                    on:change=move |ev| tick(p, event_target_checked(&ev)) />
                                <label for=input>{promise_name(p)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
    }
}

/// Sponsor obligations not yet fulfilled, each linking to its sponsorship.
#[component]
pub fn ObligationsOwed() -> impl IntoView {
    let book = expect_context::<BookState>();
    let list = move || book.read(|b| obligations_owed(b, &collate));
    view! {
        <section class="card" aria-labelledby="obligations-heading">
            <h2 id="obligations-heading">{tr!(money.sponsor.obligations)}</h2>
            <ul class="record-list" data-testid="obligations-owed">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(money.sponsor.no_obligations)}</li> }.into_any();
                    }
                    list.into_iter().map(|(s, owed)| view! {
                        <li><a class="record-row" href=Route::Sponsorship(s.id).path()>
                            <span class="record-title">{s.sponsor.clone()}</span>
                            <SampleBadge id=s.id />
                            <span class="record-meta">{status_name(s.status)} " · " {promise_list(&owed)}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
        </section>
    }
}

/// The sponsorship received in the chosen semester beside the one before it: cash, goods by
/// their estimated value, and how many sponsors gave.
#[component]
pub fn SponsorshipComparison(semester: RwSignal<Option<RecordId>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let name = move |id: Option<RecordId>| {
        id.and_then(|id| book.read(|b| crate::people::terms::semester(b, id)))
            .map(|s| semester_name(s.semester))
            .unwrap_or_else(|| tr!(money.sponsor.previous))
    };
    let figures = move || {
        semester.get().map(|this| {
            book.read(|b| {
                let before = previous_semester(b, this);
                (name(Some(this)), name(before), compare_semesters(b, this, before))
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="compare-heading" data-testid="sponsor-compare">
            <h2 id="compare-heading">{tr!(money.sponsor.compare)}</h2>
            {move || match figures() {
                None => view! { <p class="help">{tr!(money.sponsor.choose_semester)}</p> }.into_any(),
                Some((this_name, before_name, (this, before))) => view! {
                    // Its box scrolls on a narrow screen: its figures are never broken.
                    <div class="table-scroll" tabindex="0" role="region" aria-label=tr!(money.sponsor.compare)>
                    <table class="counts">
                        <thead><tr>
                            <td></td>
                            <th scope="col">{this_name}</th>
                            <th scope="col">{before_name}</th>
                        </tr></thead>
                        <tbody>
                            <tr><th scope="row">{tr!(money.budget.cash)}</th>
                                <td class="figure-cell">{this.cash.show(lang)}</td><td class="figure-cell">{before.cash.show(lang)}</td></tr>
                            <tr><th scope="row">{tr!(money.budget.in_kind)}</th>
                                <td class="figure-cell">{this.in_kind.show(lang)}</td><td class="figure-cell">{before.in_kind.show(lang)}</td></tr>
                            <tr><th scope="row">{tr!(money.sponsor.sponsors)}</th>
                                <td class="figure-cell">{this.sponsors}</td><td class="figure-cell">{before.sponsors}</td></tr>
                        </tbody>
                    </table>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// A sponsorship's amount as its row shows it.
pub(super) fn amount_text(s: &super::model::Sponsorship) -> String {
    s.amount.map(shown).unwrap_or_default()
}
