//! IPC commands: unpack, call the desk, return. Errors cross as `DeskError`
//! (`{code, message}`), which the front end acts on by `code`.

use std::path::Path;

use dateline_desk::merge::Resolution;
use dateline_desk::{
    Article, ArticleEdit, ArticleSummary, BatchProgress, BinEntry, BulkPublish, ConflictChoice,
    Desk, DeskError, ImportReport, OutboxConflict, OutboxCounts, OutboxOp, Place, PreviewMeta,
    PublishPlan, PublishRequest, ReaderView, Revision, RevisionDiff, ScheduleTime, SearchQuery,
    SearchResults, SiteEntry, SiteStatus, SourceChanges, StoredImage, StringsFile, StringsFolder,
    Suggestion, SyncHeader, TextConflict, TextEdit, TextState, TranslationRow, TranslationStatus,
    UiLanguages, WorkflowState,
};
use dateline_l10n::EntryForm;
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
    expected: Option<ArticleEdit>,
) -> Result<ArticleSummary> {
    desk.save_article_over(id, &edit, expected.as_ref())
}

/// The preview's HTML, from the same pipeline the site publishes with.
#[tauri::command]
pub async fn render_preview(body: String, paid: bool) -> Rendered {
    dateline_desk::render_preview(&body, paid)
}

/// The line under the preview's headline as the site will print it: its words for the
/// byline and reading time, and the date its readers will see.
#[tauri::command]
pub fn preview_meta(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
    byline: String,
    reading_minutes: u32,
) -> Result<PreviewMeta> {
    desk.preview_meta(id, &locale, &byline, reading_minutes)
}

#[tauri::command]
pub fn ui_languages(desk: State<'_, Desk>) -> Result<UiLanguages> {
    desk.ui_languages()
}

/// The Fluent source of `locales/<locale>/desk.ftl`.
#[tauri::command]
pub fn ui_strings(desk: State<'_, Desk>, locale: String) -> Result<String> {
    desk.ui_strings(&locale)
}

/// The developer setting that offers the pseudo-locales; answers the languages now.
#[tauri::command]
pub fn set_pseudo_locales(desk: State<'_, Desk>, on: bool) -> Result<UiLanguages> {
    desk.set_pseudo_locales(on)
}

/// Where the user left off (view, article, language), to open there again.
#[tauri::command]
pub fn last_place(desk: State<'_, Desk>) -> Result<Option<Place>> {
    desk.last_place()
}

#[tauri::command]
pub fn remember_place(desk: State<'_, Desk>, place: Place) -> Result<()> {
    desk.remember_place(&place)
}

#[tauri::command]
pub fn set_ui_language(desk: State<'_, Desk>, locale: String) -> Result<()> {
    desk.set_ui_language(&locale)
}

#[tauri::command]
pub async fn site_status(desk: State<'_, Desk>) -> Result<SiteStatus> {
    desk.site_status().await
}

/// What the desk knows offline; nothing is fetched.
#[tauri::command]
pub async fn list_sites(desk: State<'_, Desk>) -> Result<Vec<SiteEntry>> {
    desk.sites()
}

/// Checks the token against the site, then keeps it in the OS keyring (only there).
#[tauri::command]
pub async fn add_site(desk: State<'_, Desk>, url: String, token: String) -> Result<SiteEntry> {
    desk.add_site(&url, &token).await
}

/// Asks the site again; a site that does not answer comes back with `problem`.
#[tauri::command]
pub async fn test_site(desk: State<'_, Desk>, url: String) -> Result<SiteEntry> {
    desk.test_site(&url).await
}

/// Refused ("conflict") while operations for the site wait in the outbox.
#[tauri::command]
pub async fn remove_site(desk: State<'_, Desk>, url: String) -> Result<()> {
    desk.remove_site(&url)
}

/// What publishing would send and what stands in its way. `site_url` null: the default
/// site; `locales` null: the default choice.
#[tauri::command(rename_all = "snake_case")]
pub async fn publish_plan(
    desk: State<'_, Desk>,
    id: Uuid,
    site_url: Option<String>,
    locales: Option<Vec<String>>,
) -> Result<PublishPlan> {
    desk.publish_plan(id, site_url.as_deref(), locales.as_deref())
}

/// Puts a publish in the outbox; the answer is the queued operation.
#[tauri::command]
pub async fn publish_article(desk: State<'_, Desk>, request: PublishRequest) -> Result<OutboxOp> {
    desk.publish(&request)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn unpublish_article(
    desk: State<'_, Desk>,
    id: Uuid,
    site_url: Option<String>,
) -> Result<OutboxOp> {
    desk.unpublish(id, site_url.as_deref())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn publish_many(
    desk: State<'_, Desk>,
    ids: Vec<Uuid>,
    site_url: Option<String>,
) -> Result<BulkPublish> {
    desk.publish_many(&ids, site_url.as_deref())
}

#[tauri::command]
pub async fn batch_progress(desk: State<'_, Desk>, batch: String) -> Result<BatchProgress> {
    desk.batch_progress(&batch)
}

/// What each kind of reader receives of the `locale` text.
#[tauri::command(rename_all = "snake_case")]
pub async fn reader_views(
    desk: State<'_, Desk>,
    id: Uuid,
    site_url: Option<String>,
    locale: String,
) -> Result<Vec<ReaderView>> {
    desk.reader_views(id, site_url.as_deref(), &locale)
}

/// `local` is `YYYY-MM-DDTHH:MM` in `zone` (IANA); the answer has both wall clocks.
#[tauri::command(rename_all = "snake_case")]
pub async fn schedule_time(
    desk: State<'_, Desk>,
    local: String,
    zone: String,
    site_url: Option<String>,
) -> Result<ScheduleTime> {
    desk.schedule_time(&local, &zone, site_url.as_deref())
}

/// The open operations and the most recent settled ones, newest first.
#[tauri::command]
pub async fn list_outbox(desk: State<'_, Desk>) -> Result<Vec<OutboxOp>> {
    desk.outbox(50)
}

#[tauri::command]
pub async fn outbox_counts(desk: State<'_, Desk>) -> Result<OutboxCounts> {
    desk.outbox_counts()
}

/// Sends a queued or failed operation now; refused ("conflict") for any other.
#[tauri::command]
pub async fn retry_op(desk: State<'_, Desk>, id: i64) -> Result<OutboxOp> {
    desk.retry_op(id)
}

/// Refused ("conflict") once the operation may have reached the site.
#[tauri::command]
pub async fn cancel_op(desk: State<'_, Desk>, id: i64) -> Result<OutboxOp> {
    desk.cancel_op(id)
}

#[tauri::command]
pub async fn outbox_conflict(desk: State<'_, Desk>, id: i64) -> Result<OutboxConflict> {
    desk.outbox_conflict(id)
}

#[tauri::command]
pub async fn resolve_conflict(
    desk: State<'_, Desk>,
    id: i64,
    choice: ConflictChoice,
) -> Result<OutboxOp> {
    desk.resolve_conflict(id, choice)
}

#[tauri::command]
pub async fn article_texts(desk: State<'_, Desk>, id: Uuid) -> Result<Vec<TextState>> {
    desk.texts(id)
}

#[tauri::command]
pub async fn get_text(desk: State<'_, Desk>, id: Uuid, locale: String) -> Result<TextEdit> {
    desk.text(id, &locale)
}

#[tauri::command]
pub async fn add_translation(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
) -> Result<Vec<TextState>> {
    desk.add_translation(id, &locale)
}

#[tauri::command]
pub async fn save_translation(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
    text: TextEdit,
    expected: Option<TextEdit>,
) -> Result<()> {
    desk.save_translation_over(id, &locale, &text, expected.as_ref())
}

#[tauri::command]
pub async fn set_translation_status(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
    status: TranslationStatus,
) -> Result<Vec<TextState>> {
    desk.set_translation_status(id, &locale, status)
}

/// Empty `text` lists by the filters alone.
#[tauri::command]
pub async fn search_articles(desk: State<'_, Desk>, query: SearchQuery) -> Result<SearchResults> {
    desk.search_articles(&query)
}

/// Writers may move draft <-> in_review only; anything else fails with "forbidden".
#[tauri::command]
pub async fn set_workflow_state(
    desk: State<'_, Desk>,
    id: Uuid,
    state: WorkflowState,
) -> Result<ArticleSummary> {
    desk.set_workflow_state(id, state)
}

/// Soft: the article leaves the list and search, and `undelete_article` brings it back.
#[tauri::command]
pub async fn delete_article(desk: State<'_, Desk>, id: Uuid) -> Result<()> {
    desk.delete_article(id)
}

#[tauri::command]
pub async fn undelete_article(desk: State<'_, Desk>, id: Uuid) -> Result<ArticleSummary> {
    desk.undelete_article(id)
}

/// The bin, most recently deleted first.
#[tauri::command]
pub async fn bin(desk: State<'_, Desk>) -> Result<Vec<BinEntry>> {
    desk.bin()
}

/// Deletes an article in the bin for good (refused while a site shows it).
#[tauri::command]
pub async fn delete_forever(desk: State<'_, Desk>, id: Uuid) -> Result<()> {
    desk.delete_forever(id)
}

/// A named snapshot of the stored text in `locale` (Ctrl+S).
#[tauri::command]
pub async fn snapshot_revision(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
    label: Option<String>,
) -> Result<Revision> {
    desk.snapshot_revision(id, &locale, label.as_deref())
}

/// The revisions of the article's text in `locale`, newest first.
#[tauri::command]
pub async fn list_revisions(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
) -> Result<Vec<Revision>> {
    desk.list_revisions(id, &locale)
}

/// A word-level diff of two revisions of one text of the article.
#[tauri::command]
pub async fn diff_revisions(
    desk: State<'_, Desk>,
    id: Uuid,
    from: i64,
    to: i64,
) -> Result<RevisionDiff> {
    desk.diff_revisions(id, from, to)
}

/// The `locale` text becomes the revision's (itself recorded as a new revision); a
/// revision of another locale is refused.
#[tauri::command]
pub async fn restore_revision(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
    revision: i64,
) -> Result<Article> {
    desk.restore_revision(id, &locale, revision)
}

/// Files or folders (read recursively for *.md); every file is tried.
#[tauri::command]
pub async fn import_markdown(desk: State<'_, Desk>, paths: Vec<String>) -> Result<ImportReport> {
    desk.import_markdown(&paths)
}

/// Writes `<slug>.<locale>.md` per locale (and the images used); returns the paths.
#[tauri::command]
pub async fn export_article(desk: State<'_, Desk>, id: Uuid, dir: String) -> Result<Vec<String>> {
    desk.export_article(id, Path::new(&dir))
}

#[tauri::command]
pub async fn store_image(desk: State<'_, Desk>, path: String) -> Result<StoredImage> {
    desk.store_image(Path::new(&path))
}

// The contract spells this command's arguments in snake_case (`file_name`).
/// For a pasted image, which has no path.
#[tauri::command(rename_all = "snake_case")]
pub async fn store_image_bytes(
    desk: State<'_, Desk>,
    file_name: String,
    bytes: Vec<u8>,
) -> Result<StoredImage> {
    desk.store_image_bytes(&file_name, &bytes)
}

/// What changed in the source since the translation into `locale` was marked done.
#[tauri::command]
pub async fn source_changes(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
) -> Result<SourceChanges> {
    desk.source_changes(id, &locale)
}

/// Earlier translations of paragraphs like `paragraph`, best first (at most five).
#[tauri::command(rename_all = "snake_case")]
pub async fn translation_suggestions(
    desk: State<'_, Desk>,
    paragraph: String,
    source_locale: String,
    target_locale: String,
    exclude: Option<Uuid>,
) -> Result<Vec<Suggestion>> {
    desk.suggestions(&paragraph, &source_locale, &target_locale, exclude, 5)
}

/// Every article with its translations' states and progress: the translators' dashboard.
#[tauri::command]
pub async fn translation_overview(desk: State<'_, Desk>) -> Result<Vec<TranslationRow>> {
    desk.translation_overview()
}

/// What a folder laid out like `locales/` holds (chosen in a dialog).
#[tauri::command]
pub async fn strings_folder(root: String) -> Result<StringsFolder> {
    dateline_desk::strings_folder(Path::new(&root))
}

/// A message filled in as a form, as Fluent source, or what is wrong with it.
#[tauri::command]
pub fn compose_string(form: EntryForm) -> Result<String> {
    dateline_desk::compose_string(&form)
}

/// A message's Fluent source as a form (raw FTL mode back to fields).
#[tauri::command]
pub fn string_form(
    id: String,
    reference: Option<String>,
    translation: String,
    locale: String,
) -> EntryForm {
    dateline_l10n::entry_form(&id, reference.as_deref(), Some(&translation), &locale)
}

/// Interface strings in a folder laid out like `locales/` (chosen in a dialog).
#[tauri::command]
pub async fn open_strings(root: String, locale: String, file: String) -> Result<StringsFile> {
    dateline_desk::open_strings(Path::new(&root), &locale, &file)
}

/// Refused ("conflict") when the file changed since `content_hash` was read.
#[tauri::command(rename_all = "snake_case")]
pub async fn save_string(
    root: String,
    locale: String,
    file: String,
    id: String,
    entry: String,
    content_hash: String,
) -> Result<StringsFile> {
    dateline_desk::save_string(Path::new(&root), &locale, &file, &id, &entry, &content_hash)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn open_site_strings(
    desk: State<'_, Desk>,
    site_url: String,
    locale: String,
) -> Result<StringsFile> {
    desk.open_site_strings(&site_url, &locale).await
}

/// Refused ("conflict") when the site's strings are newer than `version`.
#[tauri::command(rename_all = "snake_case")]
pub async fn save_site_string(
    desk: State<'_, Desk>,
    site_url: String,
    locale: String,
    id: String,
    entry: String,
    version: u64,
) -> Result<StringsFile> {
    desk.save_site_string(&site_url, &locale, &id, &entry, version)
        .await
}

/// The header's sync state now.
#[tauri::command]
pub async fn sync_header(desk: State<'_, Desk>) -> Result<SyncHeader> {
    desk.sync_header()
}

/// "Sync now": the background sync runs a round at once.
#[tauri::command]
pub async fn sync_now(desk: State<'_, Desk>) -> Result<()> {
    desk.sync_now();
    Ok(())
}

#[tauri::command]
pub async fn text_conflicts(desk: State<'_, Desk>, id: Uuid) -> Result<Vec<TextConflict>> {
    desk.text_conflicts(id)
}

#[tauri::command]
pub async fn resolve_text_conflict(
    desk: State<'_, Desk>,
    id: Uuid,
    locale: String,
    theirs: String,
    choices: Vec<Resolution>,
) -> Result<()> {
    desk.resolve_text_conflict(id, &locale, &theirs, &choices)?;
    desk.sync_now();
    Ok(())
}
