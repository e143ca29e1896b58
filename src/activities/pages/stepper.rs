//! The status stepper: every step with its day, the next step (on a day that starts as today
//! and can be changed), one step back, cancelling and restoring. Each move's notice offers Undo.

use leptos::prelude::*;

use super::labels::status_name;
use crate::activities::lifecycle::{Lifecycle, Move, MoveError, MoveKind, Status, values_before};
use crate::activities::model::{ACTIVITY, activity};
use crate::book::RecordId;
use crate::book::schema::parse_date;
use crate::browser::environment::today;
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};

fn move_error(e: MoveError) -> String {
    match e {
        MoveError::BeforePrevious(day) => tr!(activities.before_previous, date = current_lang().format_date(day)),
        MoveError::NotFromHere => tr!(activities.not_from_here),
    }
}

#[component]
pub fn Stepper(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let lifecycle = move || book.read(|b| b.get(id).map(Lifecycle::from_record));
    let day = RwSignal::new(today().to_string());
    // A wrong day is said on the day's field; a move that no longer follows, above the buttons.
    let problem = RwSignal::new(None::<String>);
    let day_problem = RwSignal::new(None::<String>);
    let make = move |kind: MoveKind| {
        let Some(now) = lifecycle() else { return };
        let on = parse_date(&day.get_untracked());
        let m = match kind {
            MoveKind::Forward(_) => on.map(Move::Forward),
            MoveKind::Cancel => on.map(Move::Cancel),
            MoveKind::Back(_) => Some(Move::Back),
            MoveKind::Restore => Some(Move::Restore),
        };
        let Some(m) = m else {
            day_problem.set(Some(crate::ui::labels::form_error(crate::forms::FormError::NotADate)));
            return;
        };
        let writes = match now.step(m) {
            Ok(w) => w,
            Err(e @ MoveError::BeforePrevious(_)) => return day_problem.set(Some(move_error(e))),
            Err(e) => return problem.set(Some(move_error(e))),
        };
        let undo = book.read(|b| values_before(b.get(id), &writes));
        if book.edit(|s, t| s.write(t, id, ACTIVITY, writes)) == Some(true) {
            problem.set(None);
            day_problem.set(None);
            let (name, status) =
                book.read(|b| activity(b, id)).map(|a| (a.status(), a.title)).map(|(s, t)| (t, s)).unwrap_or_default();
            let text = tr!(activities.moved, name, status = status_name(status));
            notices.show_with_undo(text, UndoAction::Write { record: id, kind: ACTIVITY, fields: undo });
        }
    };
    let day_error = Signal::derive(move || day_problem.get());
    view! {
        <section class="card" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{tr!(activities.steps)}</h2>
            {move || lifecycle().map(|l| {
                let reached = l.step_reached();
                view! {
                    <ol class="steps" data-testid="steps">
                        {Status::PATH.into_iter().map(|s| {
                            let current = s == l.status;
                            let done = s <= reached;
                            view! {
                                <li class="step" data-step=s.word() data-done=done.then_some("true")
                                    aria-current=current.then_some("step")>
                                    <span class="step-name">{status_name(s)}</span>
                                    <span class="step-day">{l.date(s).map(|d| lang.format_date(d)).unwrap_or_else(|| tr!(activities.not_yet))}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    {(l.status == Status::Cancelled).then(|| view! {
                        <p class="notice" data-testid="cancelled">
                            {tr!(activities.cancelled_on, date = l.date(Status::Cancelled).map(|d| lang.format_date(d)).unwrap_or_default())}
                        </p>
                    })}
                }
            })}
            <p class="form-problems" role="alert">{move || problem.get()}</p>
            {move || {
                let moves = lifecycle().map(|l| l.moves()).unwrap_or_default();
                let dated = moves.iter().any(|m| matches!(m, MoveKind::Forward(_) | MoveKind::Cancel));
                view! {
                    {dated.then(|| view! {
                        <TextField id="step-day" label=Signal::derive(|| tr!(activities.step_day)) value=day error=day_error input_type="date" />
                    })}
                    <div class="actions">
                        {moves.into_iter().map(|m| {
                            let (label, class) = match m {
                                MoveKind::Forward(s) => (tr!(activities.forward, status = status_name(s)), "button primary"),
                                MoveKind::Back(s) => (tr!(activities.back, status = status_name(s)), "button"),
                                MoveKind::Cancel => (tr!(activities.cancel), "button danger"),
                                MoveKind::Restore => (tr!(activities.restore, status = status_name(lifecycle().map(|l| l.step_reached()).unwrap_or(Status::Planned))), "button primary"),
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
