//! The Reports area: each unit's regular reports at its cadence, who is late, and the filing
//! register.

pub use unionbook_core::reports::*;

mod cadence_view;
mod document_page;
mod filing_pages;
mod labels;
mod pages;
mod report_page;

pub use document_page::FiledDocumentPage;
pub use filing_pages::FilingPage;
pub use pages::ReportsPage;
pub use report_page::ReportPage;
