//! IPC commands: unpack, call the desk, return. Errors cross as `DeskError`
//! (`{code, message}`), which the front end acts on by `code`.

use std::path::Path;

use dateline_desk::{
    Article, ArticleEdit, ArticleSummary, Desk, DeskError, ImportReport, Revision, RevisionDiff,
    SearchQuery, SearchResults, SiteStatus, StoredImage, UiLanguages, WorkflowState,
};
use dateline_protocol::PublishedArticle;
use dateline_render::Rendered;
use tauri::State;
use uuid::Uuid;

type Result<T> = std::result::Result<T, DeskError>;

#[tauri::command]
pub fn list_articles(desk: State<'_, Desk>) -> Result<Vec<ArticleSummary>> {
    desk.list_articles()
}

#[tauri::command]
pub fn create_article(desk: State<'_, Desk>) -> Result<Article> {
    desk.create_article()
}

#[tauri::command]
pub fn get_article(desk: State<'_, Desk>, id: Uuid) -> Result<Article> {
    desk.article(id)
}

// Saving and rendering run on every pause in typing: async, so they run off the main
// thread and a long body never stalls the window.
#[tauri::command]
pub async fn save_article(
    desk: State<'_, Desk>,
    id: Uuid,
    edit: ArticleEdit,
) -> Result<ArticleSummary> {
    desk.save_article(id, &edit)
}

#[tauri::command]
pub async fn render_preview(body: String, paid: bool) -> Rendered {
    dateline_desk::render_preview(&body, paid)
}

#[tauri::command]
pub fn ui_languages(desk: State<'_, Desk>) -> Result<UiLanguages> {
    desk.ui_languages()
}

#[tauri::command]
pub fn ui_strings(desk: State<'_, Desk>, locale: String) -> Result<&'static str> {
    desk.ui_strings(&locale)
}

#[tauri::command]
pub fn set_ui_language(desk: State<'_, Desk>, locale: String) -> Result<()> {
    desk.set_ui_language(&locale)
}

#[tauri::command]
pub async fn site_status(desk: State<'_, Desk>) -> Result<SiteStatus> {
    desk.site_status().await
}

#[tauri::command]
pub async fn publish_article(desk: State<'_, Desk>, id: Uuid) -> Result<PublishedArticle> {
    desk.publish(id).await
}

#[tauri::command]
pub async fn search_articles(desk: State<'_, Desk>, query: SearchQuery) -> Result<SearchResults> {
    desk.search_articles(&query)
}

#[tauri::command]
pub async fn set_workflow_state(
    desk: State<'_, Desk>,
    id: Uuid,
    state: WorkflowState,
) -> Result<ArticleSummary> {
    desk.set_workflow_state(id, state)
}

#[tauri::command]
pub async fn delete_article(desk: State<'_, Desk>, id: Uuid) -> Result<()> {
    desk.delete_article(id)
}

#[tauri::command]
pub async fn undelete_article(desk: State<'_, Desk>, id: Uuid) -> Result<ArticleSummary> {
    desk.undelete_article(id)
}

#[tauri::command]
pub async fn snapshot_revision(
    desk: State<'_, Desk>,
    id: Uuid,
    label: Option<String>,
) -> Result<Revision> {
    desk.snapshot_revision(id, label.as_deref())
}

#[tauri::command]
pub async fn list_revisions(desk: State<'_, Desk>, id: Uuid) -> Result<Vec<Revision>> {
    desk.list_revisions(id)
}

#[tauri::command]
pub async fn diff_revisions(
    desk: State<'_, Desk>,
    id: Uuid,
    from: i64,
    to: i64,
) -> Result<RevisionDiff> {
    desk.diff_revisions(id, from, to)
}

#[tauri::command]
pub async fn restore_revision(desk: State<'_, Desk>, id: Uuid, revision: i64) -> Result<Article> {
    desk.restore_revision(id, revision)
}

#[tauri::command]
pub async fn import_markdown(desk: State<'_, Desk>, paths: Vec<String>) -> Result<ImportReport> {
    desk.import_markdown(&paths)
}

#[tauri::command]
pub async fn export_article(desk: State<'_, Desk>, id: Uuid, dir: String) -> Result<Vec<String>> {
    desk.export_article(id, Path::new(&dir))
}

#[tauri::command]
pub async fn store_image(desk: State<'_, Desk>, path: String) -> Result<StoredImage> {
    desk.store_image(Path::new(&path))
}

// The contract spells this command's arguments in snake_case (`file_name`).
#[tauri::command(rename_all = "snake_case")]
pub async fn store_image_bytes(
    desk: State<'_, Desk>,
    file_name: String,
    bytes: Vec<u8>,
) -> Result<StoredImage> {
    desk.store_image_bytes(&file_name, &bytes)
}
