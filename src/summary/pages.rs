//! The work summary on the page: a period chosen, its draft drawn section by section from the
//! records (each source a link), and beside each section the officers' own text.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::browser::environment;
use crate::summary::document::{Part, Section, Summary};
use crate::summary::draft::{current_period, draft, period, periods};
use crate::summary::goals_editor::{GoalStatusPicker, PlansEditor};
use crate::summary::layout_editor::SectionLayout;
use crate::summary::model::SectionKey;
use crate::summary::note_editor::NoteEditor;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::table_view::FigureTable;

/// The Summary area's pages, by route.
#[component]
pub fn SummaryPages(route: Route) -> impl IntoView {
    super::link_style();
    match route {
        Route::SummaryOf(id) => view! { <SummaryPage chosen=Some(id) /> }.into_any(),
        Route::SummaryPrint(id, lang) => view! { <crate::summary::print_page::PrintPage period=id lang /> }.into_any(),
        _ => view! { <SummaryPage chosen=None /> }.into_any(),
    }
}

/// The summary of the chosen period, else of the current semester.
#[component]
fn SummaryPage(chosen: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let today = environment::today();
    let shown = Memo::new(move |_| {
        book.read(|b| match chosen {
            Some(id) => period(b, id, lang),
            None => current_period(b, today, lang),
        })
    });
    let summary = Memo::new(move |_| shown.get().map(|p| book.read(|b| draft(b, &p, lang))));
    let choices = Memo::new(move |_| book.read(|b| periods(b, lang)));
    let on_choose = move |ev: leptos::ev::Event| {
        if let Some(id) = RecordId::parse(&event_target_value(&ev)) {
            navigate(&Route::SummaryOf(id).path());
        }
    };
    view! {
        <PageTitle area=Area::Summary />
        <section class="page summary-page">
            <h1>{lang.pick("工作总结", "Work summary")}</h1>
            {move || match shown.get() {
                None if chosen.is_some() => view! {
                    <p>{lang.pick("找不到这个学期或这一届。", "This semester or term is not in the book.")}</p>
                    <p><a href="/summary">{lang.pick("回到工作总结", "Back to the work summary")}</a></p>
                }.into_any(),
                None => view! {
                    <p>{lang.pick("先在“人员”中添加届次和学期，总结就会按学期生成。", "Add a term and its semesters under People first: the summary is drafted per semester.")}</p>
                    <p><a class="button primary" href="/people/terms">{lang.pick("添加学期", "Add a semester")}</a></p>
                }.into_any(),
                Some(p) => {
                    let id = p.id;
                    view! {
                        <div class="field">
                            <label for="summary-period">{lang.pick("总结的学期或届次", "Semester or term summarised")}</label>
                            <select id="summary-period" on:change=on_choose>
                                {move || choices.get().into_iter().map(|c| {
                                    let selected = c.id == id;
                                    view! { <option value=c.id.to_string() selected=selected>{c.name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <p class="lead">{lang.pick(
                            "正文由本学期的记录自动写成，完整的数据列在附录；每部分下面的文字由你们撰写，重新生成不会覆盖。",
                            "The text is written from this period's records, with every list in full in the appendix; the text under each section is yours, and redrawing never overwrites it.",
                        )}</p>
                        <crate::summary::downloads::SummaryDownloads period=id />
                        // Drafted with the summary (one computation), not apart from it.
                        {move || summary.with(|s| s.as_ref().and_then(|s| s.comparison.clone())).map(|t| {
                            let table = crate::table::Table { headers: t.header, rows: t.rows };
                            view! { <FigureTable caption=t.caption table testid="comparison" /> }
                        })}
                        <h2 class="summary-title">{move || summary.with(|s| s.as_ref().map(|s| s.title.clone()))}</h2>
                        // In the summary's order, as the officers arranged it; keyed, so a move
                        // carries each section's editors (and what is typed in them) along.
                        <For
                            each=move || summary.with(|s| s.as_ref().map(|s| s.sections.iter().map(|x| x.key).collect::<Vec<_>>()).unwrap_or_default())
                            key=|k| *k
                            let:key
                        >
                            <SectionView period=id key summary />
                        </For>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// A section: its heading, paragraphs and records redrawn whenever the book changes, its
/// editors drawn once, so what an officer is typing in one section survives a save in another
/// (or the section's move). Last semester's plans show only when there were some.
#[component]
fn SectionView(period: RecordId, key: SectionKey, summary: Memo<Option<Summary>>) -> impl IntoView {
    let lang = current_lang();
    let section = move || summary.with(|s| s.as_ref().and_then(|s| s.section(key).cloned()));
    let shown = summary.with_untracked(|s| s.as_ref().and_then(|s| s.section(key)).cloned());
    let Some(first) = shown else { return ().into_any() };
    let heading = first.title.clone();
    let draws_on_records = !matches!(key, SectionKey::Shortcomings | SectionKey::Plans);
    let heading_id = format!("section-{}", key.word());
    let labelled_by = heading_id.clone();
    let suggestions = Signal::derive(move || section().map(|s| s.suggestions).unwrap_or_default());
    view! {
        {move || section().and_then(|s| s.chapter_heading).map(|c| view! { <h2 class="summary-chapter">{c}</h2> })}
        <section class="card summary-section" class:summary-hidden=move || section().is_some_and(|s| s.hidden) aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || section().map(|s| s.title).unwrap_or_default()}</h2>
            <SectionLayout period key summary />
            {move || section().map(|section| view! {
                {(draws_on_records && !section.has_records)
                    .then(|| view! { <p class="summary-empty">{Section::nothing_recorded(lang)}</p> })}
                {section.paragraphs.iter().map(|p| view! { <p class="summary-prose">{p.clone()}</p> }).collect_view()}
                {section.parts.into_iter().map(|p| view! { <PartView part=p /> }).collect_view()}
                {(key == SectionKey::Goals && !section.goals.is_empty()).then(|| view! {
                    <ol class="summary-goals">
                        {section.goals.iter().cloned().map(|g| view! {
                            <li><span class="summary-goal-text">{g.text.clone()}</span><GoalStatusPicker goal=g /></li>
                        }).collect_view()}
                    </ol>
                })}
            })}
            {(key == SectionKey::Plans).then(|| {
                let goals = Signal::derive(move || section().map(|s| s.goals).unwrap_or_default());
                view! { <PlansEditor period goals /> }
            })}
            <NoteEditor period section=key title=heading suggestions />
        </section>
    }
    .into_any()
}

/// A part: its heading, its paragraphs, and the records it draws on folded under them (each a
/// link to its page).
#[component]
fn PartView(part: Part) -> impl IntoView {
    let lang = current_lang();
    let count = part.sources.len();
    view! {
        <h3>{part.title.clone()}</h3>
        <div class="summary-part">
            {part.paragraphs.iter().map(|p| view! { <p class="summary-prose">{p.clone()}</p> }).collect_view()}
            {(count > 0).then(|| view! {
                <details class="summary-records">
                    <summary>{match lang {
                        crate::locale::Lang::Zh => format!("依据的记录（{count}条）"),
                        crate::locale::Lang::En => format!("The records this draws on ({count})"),
                    }}</summary>
                    <ul class="summary-sources">
                        {part.sources.into_iter().map(|s| view! {
                            <li>
                                <a href=s.path.clone()>{s.title.clone()}</a>
                                {(!s.facts.is_empty()).then(|| view! { <span class="summary-facts">{format!(" — {}", s.facts)}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
        </div>
    }
}
