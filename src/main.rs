//! The wasm entry point: mounts the app on `<body>`. Everything else lives in the library.
fn main() {
    leptos::mount::mount_to_body(unionbook::App);
}
