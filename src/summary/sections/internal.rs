use crate::book::Book;
use crate::locale::Lang;
use crate::summary::document::{Period, Section};
use crate::summary::draft::blank;
use crate::summary::model::SectionKey;

pub fn internal(_book: &Book, _period: &Period, _lang: Lang) -> Section {
    blank(SectionKey::Internal)
}
