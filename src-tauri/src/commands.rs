//! IPC commands: unpack, call the desk, return. Errors cross as `DeskError`
//! (`{code, message}`), which the front end acts on by `code`.

use dateline_desk::{
    Article, ArticleEdit, ArticleSummary, Desk, DeskError, SiteStatus, UiLanguages,
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
