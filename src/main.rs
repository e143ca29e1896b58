//! The wasm entry point: claims this tab's writer lane, then mounts the app on `<body>` in
//! place of the static page index.html painted meanwhile.
//! Everything else lives in the library.
fn main() {
    // Not leptos::task::spawn_local: its executor starts with the mount.
    wasm_bindgen_futures::spawn_local(async {
        let lane = unionbook::browser::writer_lane::claim_lane().await;
        // The page index.html painted while this module loaded gives way to the app.
        if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
            boot.remove();
        }
        leptos::mount::mount_to_body(move || leptos::view! { <unionbook::App lane /> });
    });
}
