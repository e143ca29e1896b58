//! One small line icon per area, drawn inline so no icon font or request is needed.

use leptos::prelude::*;

use crate::ui::areas::Area;

/// The drawing of each icon on a 24×24 grid, stroked in the text colour.
fn drawing(area: Area) -> &'static str {
    match area {
        Area::Home => "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10",
        Area::People => {
            "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a6 6 0 0 1 12 0v1M16 3.5a4 4 0 0 1 0 7.5M18 14.5a6 6 0 0 1 4 5.5v1"
        }
        Area::Activities => "M4 5h16v16H4zM4 10h16M9 3v4M15 3v4M8 14h3v3H8z",
        Area::Attendance => "M9 4h6v3H9zM6 5H5v16h14V5h-1M8 14l3 3 5-6",
        Area::Inspections => "M3 21h18M5 21V8l7-5 7 5v13M9 21v-6h6v6M9 10h.01M15 10h.01",
        Area::Meetings => "M4 5h16v11H9l-5 4zM8 9h8M8 12h5",
        Area::Reports => "M3 7h7l2 2h9v11H3zM3 7V4h6l2 3",
        Area::Awards => "M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6-4.5-4.2 6.1-.7z",
        Area::Publications => "M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z",
        Area::Money => "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8.5 7.5 12 12l3.5-4.5M8 12h8M8 15h8M12 12v6",
        Area::Summary => "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 15h7M9 18h4",
        Area::Data => {
            "M12 3c4.4 0 8 1.3 8 3s-3.6 3-8 3-8-1.3-8-3 3.6-3 8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3"
        }
        Area::Settings => {
            "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1 7 17M17 7l2.1-2.1"
        }
        Area::More => "M5 12h.01M12 12h.01M19 12h.01",
    }
}

/// An area's icon. Decorative: the link or button it sits in carries the name.
#[component]
pub fn Icon(area: Area) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=drawing(area) />
        </svg>
    }
}
