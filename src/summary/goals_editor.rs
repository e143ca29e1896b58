//! The plans of a summary, each a goal record the next semester tracks: written, corrected and
//! deleted (with undo) in the Plans section; their status set where they are tracked.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::forms::FieldErrors;
use crate::summary::document::GoalLine;
use crate::summary::model::{GOAL, GoalStatus, checked_goal, next_goal_number};
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pieces::{RemoveButton, field_error, open_form, save_form};

/// The plans written in the summary of `period`, with a form to add or correct one.
#[component]
pub fn PlansEditor(period: RecordId, goals: Signal<Vec<GoalLine>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let text = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    // Which goal the form corrects (none: it adds one), and what it opened with.
    let editing = RwSignal::new(None::<GoalLine>);
    let form = open_form(book, GOAL, None, None);
    let open = move |goal: Option<GoalLine>| {
        let shown = goal.as_ref().and_then(|g| checked_goal(period, g.number, &g.text).ok());
        form.set_value(open_form(book, GOAL, goal.as_ref().map(|g| g.id), shown).get_value());
        text.set(goal.as_ref().map(|g| g.text.clone()).unwrap_or_default());
        editing.set(goal);
        errors.set(Vec::new());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number =
            editing.get_untracked().map(|g| g.number).unwrap_or_else(|| book.read(|b| next_goal_number(b, period)));
        let adding = editing.get_untracked().is_none();
        if save_form(book, errors, form, checked_goal(period, number, &text.get_untracked())).is_some() {
            notices.show(lang.pick("计划已保存。", "The plan is saved.").to_owned());
            if adding {
                open(None);
            }
        }
    };
    view! {
        <ol class="summary-goals">
            <For each=move || goals.get() key=|g| (g.id, g.text.clone(), g.number) let:goal>
                {
                    let g = goal.clone();
                    view! {
                        <li>
                            <span class="summary-goal-text">{goal.text.clone()}</span>
                            <span class="actions">
                                <button type="button" class="button" on:click=move |_| open(Some(g.clone()))>
                                    {lang.pick("修改", "Edit")}
                                </button>
                                <RemoveButton id=goal.id name=goal.text.clone() />
                            </span>
                        </li>
                    }
                }
            </For>
        </ol>
        <form class="summary-goal-form" on:submit=save novalidate>
            <TextField
                id="goal-text"
                label=Signal::derive(move || {
                    if editing.with(Option::is_some) {
                        lang.pick("修改这项计划", "Correct this plan").to_owned()
                    } else {
                        lang.pick("新增一项下学期计划", "A plan for next semester").to_owned()
                    }
                })
                value=text
                error=field_error(errors, "text")
            />
            <div class="actions">
                <button type="submit" class="button primary">
                    {move || if editing.with(Option::is_some) { lang.pick("保存计划", "Save the plan") } else { lang.pick("添加计划", "Add the plan") }}
                </button>
                {move || editing.with(Option::is_some).then(|| view! {
                    <button type="button" class="button" on:click=move |_| open(None)>{lang.pick("取消", "Cancel")}</button>
                })}
            </div>
        </form>
    }
}

/// A goal's status, set with one tap where it is tracked; the notice offers to undo it.
#[component]
pub fn GoalStatusPicker(goal: GoalLine) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let choose = move |status: GoalStatus| {
        let before = goal.status;
        if status == before {
            return;
        }
        let write = |s: GoalStatus| vec![("status".to_owned(), serde_json::Value::String(s.word().to_owned()))];
        if book.edit(|s, now| s.write(now, goal.id, GOAL, write(status))).is_some() {
            let undo = UndoAction::Write { record: goal.id, kind: GOAL, fields: write(before) };
            notices.show_with_undo(format!("{}{}", lang.pick("已标记为", "Marked "), status.name(lang)), undo);
        }
    };
    let label = format!("{}{}", lang.pick("进展：", "Progress: "), goal.text);
    view! {
        <div class="goal-status" role="group" aria-label=label>
            {GoalStatus::ALL
                .into_iter()
                .map(|s| {
                    let pressed = (s == goal.status).to_string();
                    view! {
                        <button type="button" class="button chip" aria-pressed=pressed on:click=move |_| choose(s)>
                            {s.name(lang)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
