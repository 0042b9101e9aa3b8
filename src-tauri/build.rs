//! The Tauri config lives at the repository root (see DESIGN.md). The IPC commands are
//! declared once, as the `#[tauri::command]` functions of `src/commands.rs`
//! (`build/ipc.rs` says what is made from them): each one is a permission that a
//! capability must grant, so nothing is callable from the web view unless
//! `capabilities/` says so.

#[path = "build/ipc.rs"]
mod ipc;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src/commands.rs");
    println!("cargo:rerun-if-changed=build/ipc.rs");
    let source = std::fs::read_to_string("src/commands.rs").expect("src/commands.rs");
    let commands = ipc::read(&source).unwrap_or_else(|e| panic!("{e}"));

    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    write_if_changed(
        &Path::new(&out).join("ipc_handler.rs"),
        &ipc::handler(&commands),
    );
    write_if_changed(
        Path::new("permissions/desk-commands.toml"),
        &ipc::permission_set(&commands),
    );
    let bindings = Path::new("../ui/src/lib/bindings");
    let typescript = ipc::typescript(&commands, bindings).unwrap_or_else(|e| panic!("{e}"));
    write_if_changed(&bindings.join("commands.ts"), &typescript);

    // The manifest keeps the names for as long as the build runs.
    let names: Vec<&'static str> = commands
        .into_iter()
        .map(|c| &*Box::leak(c.name.into_boxed_str()))
        .collect();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .config_path("../tauri.conf.json")
            .app_manifest(tauri_build::AppManifest::new().commands(names.leak())),
    )
    .expect("tauri-build failed");
}

/// Writes only when different, so an unchanged file keeps its time and nothing that
/// watches it (cargo, Vite) starts over.
fn write_if_changed(path: &Path, content: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(content) {
        std::fs::write(path, content).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
