//! The wasm entry point: claims this tab's writer lane, then mounts the app on `<body>`.
//! Everything else lives in the library.
fn main() {
    // Not leptos::task::spawn_local: its executor starts with the mount.
    wasm_bindgen_futures::spawn_local(async {
        let lane = unionbook::browser::writer_lane::claim_lane().await;
        leptos::mount::mount_to_body(move || leptos::view! { <unionbook::App lane /> });
    });
}
