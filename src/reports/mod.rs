//! The Reports area: each unit's regular reports at its cadence, who is late, and the filing
//! register.

mod cadence_view;
mod document_page;
pub mod drafts;
pub mod filing;
mod filing_pages;
mod labels;
pub mod lateness;
pub mod model;
mod pages;
mod report_page;
pub mod sample;

pub use filing_pages::{FiledDocumentPage, FilingPage};
pub use pages::ReportsPage;
pub use report_page::ReportPage;
