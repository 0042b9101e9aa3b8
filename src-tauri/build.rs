//! The Tauri config lives at the repository root (see DESIGN.md). The app manifest
//! lists our IPC commands so each one is a permission that a capability must grant:
//! nothing is callable from the web view unless `capabilities/` says so.

const COMMANDS: &[&str] = &[
    "list_articles",
    "create_article",
    "get_article",
    "save_article",
    "render_preview",
    "ui_languages",
    "ui_strings",
    "set_ui_language",
    "site_status",
    "publish_article",
    "search_articles",
    "set_workflow_state",
    "delete_article",
    "undelete_article",
    "bin",
    "delete_forever",
    "snapshot_revision",
    "list_revisions",
    "diff_revisions",
    "restore_revision",
    "import_markdown",
    "export_article",
    "store_image",
    "store_image_bytes",
    "list_sites",
    "add_site",
    "test_site",
    "remove_site",
    "publish_plan",
    "unpublish_article",
    "publish_many",
    "batch_progress",
    "reader_views",
    "schedule_time",
    "list_outbox",
    "outbox_counts",
    "retry_op",
    "cancel_op",
    "outbox_conflict",
    "resolve_conflict",
    "article_texts",
    "get_text",
    "add_translation",
    "save_translation",
    "set_translation_status",
    "source_changes",
    "translation_suggestions",
    "translation_overview",
    "set_pseudo_locales",
    "strings_folder",
    "compose_string",
    "string_form",
    "open_strings",
    "save_string",
    "open_site_strings",
    "save_site_string",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .config_path("../tauri.conf.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
