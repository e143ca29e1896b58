//! One activity: what it is, its steps, who came, its partners and publicity, its checklist
//! and the form of its facts; a new activity is the form alone.

use leptos::prelude::*;

use super::attendance::Participants;
use super::facts_form::FactsForm;
use super::labels::{StatusBadge, activity_span, category_name, edition_name, scope_name, unit_names};
use super::partners::Partners;
use super::publicity::PublicityList;
use super::stepper::Stepper;
use crate::activities::model::activity;
use crate::activities::series::{editions, neighbours, series};
use crate::book::RecordId;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{RecordMissing, name_of};
use crate::ui::sample_badge::SampleBadge;

/// `/activities/new` and `/activities/:id`. `awards` and `checklist`: the awards it brought and
/// its tasks (the Awards and Tasks areas' parts, put here by the shell).
#[component]
pub fn ActivityPage(
    id: Option<RecordId>,
    #[prop(optional, into)] awards: ViewFn,
    #[prop(optional, into)] checklist: ViewFn,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Activities />
            <section class="page">
                <h1>{tr!(activities.new)}</h1>
                <p><a href="/activities">{tr!(activities.back_to_list)}</a></p>
                <FactsForm existing=None />
            </section>
        }
        .into_any();
    };
    let Some(first) = book.read(|b| activity(b, id)) else {
        return view! { <RecordMissing back="/activities" /> }.into_any();
    };
    let current = move || book.read(|b| activity(b, id));
    view! {
        <PageTitle area=Area::Activities />
        <section class="page">
            <h1>{move || current().map(|a| a.title).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p><a href="/activities">{tr!(activities.back_to_list)}</a></p>
            {move || current().map(|a| {
                let (units, leads) = book.read(|b| (unit_names(b, &a), a.leads.iter().map(|m| name_of(b, Some(*m))).collect::<Vec<_>>().join("、")));
                view! {
                    <dl class="facts">
                        <div><dt>{tr!(activities.status_label)}</dt><dd data-testid="status"><StatusBadge status=a.status() /></dd></div>
                        <div><dt>{tr!(activities.date)}</dt><dd data-testid="when">{activity_span(&a)} {(!a.starts_at.is_empty()).then(|| format!(" {}", a.starts_at))}</dd></div>
                        <div><dt>{tr!(activities.units)}</dt><dd>{units}</dd></div>
                        <div><dt>{tr!(activities.category)}</dt><dd>{category_name(&a.category)}</dd></div>
                        <div><dt>{tr!(activities.scope)}</dt><dd>{scope_name(&a.scope)}</dd></div>
                        <div><dt>{tr!(activities.venue)}</dt><dd>{a.venue.clone()}</dd></div>
                        <div><dt>{tr!(activities.leads)}</dt><dd>{leads}</dd></div>
                    </dl>
                }
            })}
            <SeriesLinks id />
            <p><a class="button" data-testid="activity-money" href=crate::ui::routes::Route::ActivityMoney(id).path()>{tr!(nav.money)}</a></p>
            <Stepper id />
            <Participants id />
            <FactsForm existing=Some(first) />
            <Partners id />
            <PublicityList id />
            {awards.run()}
            {checklist.run()}
        </section>
    }
    .into_any()
}

/// Which edition of which series it is, with the editions before and after it.
#[component]
fn SeriesLinks(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let links = move || {
        book.read(|b| {
            let a = activity(b, id)?;
            let s = series(b, a.series?)?;
            let list = editions(b, s.id);
            let name = |x: &crate::activities::model::Activity| {
                x.edition.map(|n| edition_name(&s, n)).unwrap_or_else(|| x.title.clone())
            };
            let (before, after) = neighbours(&list, id);
            let english = crate::ui::language::current_lang() == crate::locale::Lang::En;
            Some((
                a.edition.map(|n| edition_name(&s, n)),
                s.id,
                s.name(english).to_owned(),
                before.map(|x| (x.id, name(x))),
                after.map(|x| (x.id, name(x))),
            ))
        })
    };
    move || {
        links().map(|(this, series, series_name, before, after)| {
            view! {
                <nav class="card series-links" aria-label=tr!(activities.series)>
                    {this.map(|t| view! { <p class="record-title" data-testid="edition-name">{t}</p> })}
                    <ul class="record-list">
                        {before.map(|(b, n)| view! { <li><a class="record-row" href=format!("/activities/{b}")>{tr!(activities.previous_edition, name = n)}</a></li> })}
                        {after.map(|(a, n)| view! { <li><a class="record-row" href=format!("/activities/{a}")>{tr!(activities.following_edition, name = n)}</a></li> })}
                        <li><a class="record-row" href=format!("/activities/series/{series}")>{tr!(activities.all_editions, name = series_name)}</a></li>
                    </ul>
                </nav>
            }
        })
    }
}
