//! Style sheets that come with a chunk: a page loaded lazily links its own CSS the first time
//! it is drawn, so the first load carries only the shell's. The file is the app's own (the CSP
//! allows `'self'` style sheets) and the service worker precaches it with the build.

/// Links the style sheet at `href` into the document once; later calls do nothing.
pub fn link_once(href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let selector = format!("link[href=\"{href}\"]");
    if document.query_selector(&selector).ok().flatten().is_some() {
        return;
    }
    let (Ok(link), Some(head)) = (document.create_element("link"), document.query_selector("head").ok().flatten())
    else {
        return;
    };
    let linked = link.set_attribute("rel", "stylesheet").and_then(|()| link.set_attribute("href", href));
    if linked.is_ok() {
        let _ = head.append_child(&link);
    }
}
