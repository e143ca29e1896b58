//! An issue's articles in order, each with its authors (from the book, or typed) and pages:
//! edited in the form below the list, deleted with Undo; and the list as CSV.

use leptos::prelude::*;

use super::drafts::ArticleDraft;
use super::issues::{Article, articles_of, next_order};
use super::model::ARTICLE;
use crate::book::{Book, RecordId};
use crate::forms::FieldErrors;
use crate::table::Table;
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::notice::use_notices;
use crate::ui::people_picker::PeoplePicker;
use crate::ui::pieces::{Correcting, CsvButton, FormProblems, RemoveButton, field_error, name_of, save_form};
use crate::ui::sample_badge::SampleBadge;

/// Everyone who wrote it: those from the book, then those typed.
fn authors(book: &Book, a: &Article) -> String {
    let mut names: Vec<String> = a.authors.iter().map(|p| name_of(book, Some(*p))).collect();
    names.extend((!a.authors_typed.trim().is_empty()).then(|| a.authors_typed.trim().to_owned()));
    names.join("、")
}

#[component]
pub fn Articles(issue: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let correcting = Correcting::new();
    let list =
        move || book.read(|b| articles_of(b, issue).into_iter().map(|a| (authors(b, &a), a)).collect::<Vec<_>>());
    let table = move || Table {
        headers: vec![tr!(publications.article_title), tr!(publications.authors), tr!(publications.pages)],
        rows: list().into_iter().map(|(who, a)| vec![a.title, who, a.pages]).collect(),
    };
    view! {
        <section class="card" aria-labelledby="articles-heading">
            <h2 id="articles-heading">{tr!(publications.articles)}</h2>
            <ol class="record-list" data-testid="articles">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(publications.articles_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(who, a)| {
                        let id = a.id;
                        let meta = [who, a.pages.clone()].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" · ");
                        view! {
                            <li class="record-row">
                                <span class="record-title">{a.title.clone()}</span>
                                <SampleBadge id=id />
                                <span class="record-meta">{meta}</span>
                                <button type="button" class="button" aria-label=tr!(activities.edit_named, name = a.title.clone())
                                    on:click=move |_| correcting.editing.set(Some(id))>{tr!(form.edit)}</button>
                                <RemoveButton id name=a.title.clone() />
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ol>
            <div class="actions"><CsvButton name=tr!(publications.articles_file) table /></div>
            <ArticleForm issue correcting />
        </section>
    }
}

#[component]
fn ArticleForm(issue: RecordId, correcting: Correcting) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let title = RwSignal::new(String::new());
    let authors = RwSignal::new(Vec::<String>::new());
    let authors_typed = RwSignal::new(String::new());
    let pages = RwSignal::new(String::new());
    // A corrected article keeps its place; a new one goes after the others.
    let order = StoredValue::new(None::<i64>);
    let errors = RwSignal::new(FieldErrors::new());
    let show = move |d: ArticleDraft| {
        title.set(d.title);
        authors.set(d.authors);
        authors_typed.set(d.authors_typed);
        pages.set(d.pages);
        errors.set(FieldErrors::new());
    };
    Effect::new(move |_| {
        let Some(aid) = correcting.editing.get() else { return };
        let Some(a) = book.read_session(|s| s.book().get(aid).map(|r| Article::from_record(aid, r))) else { return };
        let draft = ArticleDraft::from_article(&a);
        let place = a.order.unwrap_or(0);
        order.set_value(Some(place));
        let shown = book.read_session(|s| draft.validate(s.book(), issue, place).ok());
        show(draft);
        correcting.opened_as(book, ARTICLE, aid, shown, "article-title");
    });
    let done = move || {
        correcting.close();
        order.set_value(None);
        show(ArticleDraft::default());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ArticleDraft {
            title: title.get_untracked(),
            authors: authors.get_untracked(),
            authors_typed: authors_typed.get_untracked(),
            pages: pages.get_untracked(),
        };
        let checked = book.read(|b| {
            let place = order.get_value().unwrap_or_else(|| next_order(&articles_of(b, issue)));
            draft.validate(b, issue, place)
        });
        if save_form(book, errors, correcting.form(book, ARTICLE), checked).is_some() {
            notices.show(tr!(activities.saved, name = draft.title.trim()));
            done();
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let is_open = move || correcting.is_open();
    view! {
        <form class="form" on:submit=save novalidate aria-labelledby="article-form-heading">
            <h3 id="article-form-heading">{move || if is_open() { tr!(publications.edit_article) } else { tr!(publications.new_article) }}</h3>
            <FormProblems errors />
            <TextField id="article-title" label=label(|| tr!(publications.article_title)) value=title error=err("title") required=true autocomplete="off" />
            <PeoplePicker id="article-authors" legend=tr!(publications.authors) chosen=authors error=err("authors") />
            <TextField id="article-authors-typed" label=label(|| tr!(publications.authors_typed)) value=authors_typed error=err("authors_typed") />
            <TextField id="article-pages" label=label(|| tr!(publications.pages)) value=pages error=err("pages") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{move || if is_open() { tr!(form.save) } else { tr!(publications.new_article) }}</button>
                {move || is_open().then(|| view! { <button type="button" class="button" on:click=move |_| done()>{tr!(form.cancel)}</button> })}
            </div>
        </form>
    }
}
