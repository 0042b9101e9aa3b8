//! Tests of what `build.rs` makes from the commands (`build/ipc.rs`, built here as the
//! build script builds it).

#[path = "../build/ipc.rs"]
mod ipc;

use std::path::Path;

const BINDINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/bindings");

fn commands() -> Vec<ipc::Command> {
    ipc::read(include_str!("commands.rs")).unwrap()
}

#[test]
fn every_command_of_commands_rs_is_registered_permitted_and_callable() {
    let commands = commands();
    let declared = include_str!("commands.rs")
        .matches("#[tauri::command")
        .count();
    assert_eq!(commands.len(), declared);
    let handler = ipc::handler(&commands);
    let permissions = ipc::permission_set(&commands);
    let typescript = ipc::typescript(&commands, Path::new(BINDINGS)).unwrap();
    for c in &commands {
        assert!(
            handler.contains(&format!("crate::commands::{},", c.name))
                || handler.contains(&format!("crate::commands::{}]", c.name)),
            "{}",
            c.name
        );
        assert!(permissions.contains(&format!("\"allow-{}\"", c.name.replace('_', "-"))));
        assert!(
            typescript.contains(&format!("invoke(\"{}\"", c.name)),
            "{}",
            c.name
        );
    }
    // What the app and the front end use is what is generated now.
    assert_eq!(
        std::fs::read_to_string(Path::new(BINDINGS).join("commands.ts")).unwrap(),
        typescript
    );
}

#[test]
fn arguments_cross_with_the_names_tauri_expects() {
    let ts = ipc::typescript(&commands(), Path::new(BINDINGS)).unwrap();
    // Without rename_all, Tauri wants camelCase keys; with snake_case, the Rust names.
    assert!(ts.contains(
        "invoke(\"save_string\", { root, locale, file, id, entry, content_hash: contentHash })"
    ));
    assert!(ts.contains("export const getArticle = (id: string): Promise<Article> =>"));
    assert!(ts.contains(
        "invoke(\"store_image_bytes\", { file_name: fileName, bytes: Array.from(bytes) })"
    ));
    assert!(ts.contains("(id: string, siteUrl: string | null, locales: string[] | null)"));
    assert!(ts.contains("export const removeSite = (url: string): Promise<void> =>"));
}

#[test]
fn a_type_without_a_binding_is_refused_by_name() {
    let source =
        "#[tauri::command]\npub fn secret(desk: State<'_, Desk>) -> Result<Unbound> { todo!() }";
    let err = ipc::typescript(&ipc::read(source).unwrap(), Path::new(BINDINGS)).unwrap_err();
    assert!(err.contains("Unbound crosses IPC"), "{err}");
}
