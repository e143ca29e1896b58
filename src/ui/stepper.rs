//! The stepper of any record with dated steps (`crate::steps`): every step with its day, the
//! next step (on a day that starts as today and can be changed), one step back, leaving the
//! path and coming back to it. Each move's notice offers Undo. The area gives the words and
//! any rule of its own that refuses a move.

use leptos::prelude::*;
use serde_json::Value;

use crate::book::schema::parse_date;
use crate::book::{Record, RecordId};
use crate::browser::environment::today;
use crate::steps::{Move, MoveError, MoveKind, Step, Steps, values_before};
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};

/// What a stepper says that is the area's own: its steps' names and the step off the path.
/// The rest ("Mark as {step}", the day, the help) is the same for every record with steps,
/// and is said in the words the Activities stepper first had (`activities.*` keys).
#[derive(Clone, Copy)]
pub struct StepWords<S: 'static> {
    pub name: fn(S) -> String,
    /// The button that takes it off the path (cancel, withdraw).
    pub leave: fn() -> String,
    /// Back on the path, at this step.
    pub restore: fn(S) -> String,
    /// "Cancelled on {date}", the date as words.
    pub left_on: fn(String) -> String,
}

#[component]
pub fn Stepper<S: Step>(
    id: RecordId,
    kind: &'static str,
    words: StepWords<S>,
    /// The record's name, for the notice.
    name: fn(&Record) -> String,
    /// A rule of the area's own that refuses a move, in words (shown above the buttons).
    #[prop(optional)]
    refuse: Option<fn(&Record, Move) -> Option<String>>,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let steps = move || book.read(|b| b.get(id).map(Steps::<S>::from_record));
    let day = RwSignal::new(today().to_string());
    // A wrong day is said on the day's field; a move that no longer follows, above the buttons.
    let problem = RwSignal::new(None::<String>);
    let day_problem = RwSignal::new(None::<String>);
    let move_error = move |e: MoveError| match e {
        MoveError::BeforePrevious(d) => tr!(activities.before_previous, date = current_lang().format_date(d)),
        MoveError::NotFromHere => tr!(activities.not_from_here),
    };
    let make = move |kind_of: MoveKind<S>| {
        let Some(now) = steps() else { return };
        let on = parse_date(&day.get_untracked());
        let m = match kind_of {
            MoveKind::Forward(_) => on.map(Move::Forward),
            MoveKind::Cancel => on.map(Move::Cancel),
            MoveKind::Back(_) => Some(Move::Back),
            MoveKind::Restore => Some(Move::Restore),
        };
        let Some(m) = m else {
            day_problem.set(Some(crate::ui::labels::form_error(crate::forms::FormError::NotADate)));
            return;
        };
        let writes: Vec<(String, Value)> = match now.step(m) {
            Ok(w) => w,
            Err(e @ MoveError::BeforePrevious(_)) => return day_problem.set(Some(move_error(e))),
            Err(e) => return problem.set(Some(move_error(e))),
        };
        if let Some(why) = refuse.and_then(|refuse| book.read(|b| b.get(id).and_then(|r| refuse(r, m)))) {
            return problem.set(Some(why));
        }
        let undo = book.read(|b| values_before(b.get(id), &writes));
        if book.edit(|s, t| s.write(t, id, kind, writes)) == Some(true) {
            problem.set(None);
            day_problem.set(None);
            let record_name = book.read(|b| b.get(id).map(name)).unwrap_or_default();
            let at = steps().map(|s| (words.name)(s.status)).unwrap_or_default();
            notices.show_with_undo(
                tr!(activities.moved, name = record_name, status = at),
                UndoAction::Write { record: id, kind, fields: undo },
            );
        }
    };
    let day_error = Signal::derive(move || day_problem.get());
    view! {
        <section class="card" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{tr!(activities.steps)}</h2>
            {move || steps().map(|l| {
                let reached = l.step_reached();
                view! {
                    <ol class="steps" data-testid="steps">
                        {S::PATH.iter().copied().map(|s| {
                            let current = s == l.status;
                            let done = s <= reached;
                            view! {
                                <li class="step" data-step=s.word() data-done=done.then_some("true")
                                    aria-current=current.then_some("step")>
                                    <span class="step-name">{(words.name)(s)}</span>
                                    <span class="step-day">{l.date(s).map(|d| lang.format_date(d)).unwrap_or_else(|| tr!(activities.not_yet))}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    {(l.status == S::OFF).then(|| view! {
                        <p class="notice" data-testid="cancelled">
                            {(words.left_on)(l.date(S::OFF).map(|d| lang.format_date(d)).unwrap_or_default())}
                        </p>
                    })}
                }
            })}
            <p class="form-problems" role="alert">{move || problem.get()}</p>
            {move || {
                let now = steps();
                let moves = now.map(|l| l.moves()).unwrap_or_default();
                let dated = moves.iter().any(|m| matches!(m, MoveKind::Forward(_) | MoveKind::Cancel));
                let reached = now.map(|l| l.step_reached()).unwrap_or_default();
                view! {
                    {dated.then(|| view! {
                        <TextField id="step-day" label=Signal::derive(|| tr!(activities.step_day)) value=day error=day_error input_type="date" />
                    })}
                    <div class="actions">
                        {moves.into_iter().map(|m| {
                            let (label, class) = match m {
                                MoveKind::Forward(s) => (tr!(activities.forward, status = (words.name)(s)), "button primary"),
                                MoveKind::Back(s) => (tr!(activities.back, status = (words.name)(s)), "button"),
                                MoveKind::Cancel => ((words.leave)(), "button danger"),
                                MoveKind::Restore => ((words.restore)(reached), "button primary"),
                            };
                            view! { <button type="button" class=class on:click=move |_| make(m)>{label}</button> }
                        }).collect_view()}
                    </div>
                }
            }}
            <p class="help">{tr!(activities.back_help)}</p>
        </section>
    }
}
