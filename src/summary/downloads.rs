//! The summary's outputs on its page: a document language (the app's by default; a union may
//! hand in an English summary from a Chinese app), then Markdown, Word and the A4 print view.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::browser::files::download_bytes;
use crate::locale::Lang;
use crate::summary::draft::{draft, period as find_period};
use crate::summary::{docx, markdown};
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::routes::Route;

#[derive(Clone, Copy)]
enum Format {
    Markdown,
    Word,
}

#[component]
pub fn SummaryDownloads(period: RecordId) -> impl IntoView {
    let app = current_lang();
    let lang = RwSignal::new(app);
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let save = move |format: Format| {
        let lang = lang.get_untracked();
        let Some(summary) = book.read(|b| find_period(b, period, lang).map(|p| draft(b, &p, lang))) else {
            notices.show(app.pick("找不到这个学期或这一届。", "This semester or term is not in the book.").to_owned());
            return;
        };
        let (file, bytes, mime) = match format {
            Format::Markdown => (
                format!("{}.md", summary.file_stem()),
                markdown::render(&summary).into_bytes(),
                "text/markdown;charset=utf-8",
            ),
            Format::Word => (format!("{}.docx", summary.file_stem()), docx::render(&summary), docx::MIME),
        };
        match download_bytes(&file, &bytes, mime) {
            Ok(()) => notices.show(format!("{}{file}", app.pick("已保存：", "Saved: "))),
            Err(reason) => notices.show(format!("{}{reason}", app.pick("未能保存：", "Could not save: "))),
        }
    };
    let print = move || Route::SummaryPrint(period, lang.get()).path();
    view! {
        <section class="card summary-downloads" aria-labelledby="summary-downloads-title">
            <h2 id="summary-downloads-title">{app.pick("导出与打印", "Download and print")}</h2>
            <fieldset class="choices">
                <legend>{app.pick("文档语言", "Language of the document")}</legend>
                {Lang::ALL.into_iter().map(|l| {
                    let id = format!("summary-lang-{}", l.tag());
                    view! {
                        <div class="field checkbox">
                            <input id=id.clone() type="radio" name="summary-lang" prop:checked=move || lang.get() == l
                                on:change=move |_| lang.set(l) />
                            <label for=id lang=l.tag()>{l.pick("中文", "English")}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="actions">
                // File formats keep their Latin names in Chinese text too (lang="zxx": no language).
                <button type="button" class="button" on:click=move |_| save(Format::Markdown)>
                    <span lang="zxx">"Markdown (.md)"</span>
                </button>
                <button type="button" class="button" on:click=move |_| save(Format::Word)>
                    <span lang="zxx">"Word"</span>{app.pick(" 文档 ", " ")}<span lang="zxx">"(.docx)"</span>
                </button>
                <a class="button" href=print>{app.pick("打印版 ", "Print view ")}<span lang="zxx">"(A4)"</span></a>
            </div>
        </section>
    }
}
