// The only door to the Rust side. Every Tauri command the front end uses is wrapped
// here with its argument and result types (generated from Rust by ts-rs), so a
// renamed command or a changed type breaks `npm run check`, not the running app.

import { invoke, isTauri } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview, type DragDropEvent } from "@tauri-apps/api/webview";
import { open as openDialog } from "@tauri-apps/plugin-dialog";

import type { Article } from "./bindings/Article";
import type { ArticleEdit } from "./bindings/ArticleEdit";
import type { ArticleSummary } from "./bindings/ArticleSummary";
import type { BatchProgress } from "./bindings/BatchProgress";
import type { BinEntry } from "./bindings/BinEntry";
import type { BulkPublish } from "./bindings/BulkPublish";
import type { ConflictChoice } from "./bindings/ConflictChoice";
import type { DeskError } from "./bindings/DeskError";
import type { DeskErrorCode } from "./bindings/DeskErrorCode";
import type { ImportReport } from "./bindings/ImportReport";
import type { OutboxConflict } from "./bindings/OutboxConflict";
import type { OutboxCounts } from "./bindings/OutboxCounts";
import type { OutboxOp } from "./bindings/OutboxOp";
import type { SourceChanges } from "./bindings/SourceChanges";
import type { PublishPlan } from "./bindings/PublishPlan";
import type { PublishRequest } from "./bindings/PublishRequest";
import type { ReaderView } from "./bindings/ReaderView";
import type { Rendered } from "./bindings/Rendered";
import type { Revision } from "./bindings/Revision";
import type { RevisionDiff } from "./bindings/RevisionDiff";
import type { ScheduleTime } from "./bindings/ScheduleTime";
import type { SearchQuery } from "./bindings/SearchQuery";
import type { SearchResults } from "./bindings/SearchResults";
import type { SiteEntry } from "./bindings/SiteEntry";
import type { SiteStatus } from "./bindings/SiteStatus";
import type { StoredImage } from "./bindings/StoredImage";
import type { StringsFile } from "./bindings/StringsFile";
import type { StringsFolder } from "./bindings/StringsFolder";
import type { EntryForm } from "./bindings/EntryForm";
import type { TextEdit } from "./bindings/TextEdit";
import type { TextState } from "./bindings/TextState";
import type { Suggestion } from "./bindings/Suggestion";
import type { TranslationRow } from "./bindings/TranslationRow";
import type { TranslationStatus } from "./bindings/TranslationStatus";
import type { UiLanguages } from "./bindings/UiLanguages";
import type { WorkflowState } from "./bindings/WorkflowState";

const DESK_ERROR_CODES: ReadonlySet<string> = new Set<DeskErrorCode>([
  "not_found",
  "invalid",
  "storage",
  "keyring",
  "no_site",
  "unauthorized",
  "forbidden",
  "site_rejected",
  "network",
  "conflict",
  "disk_full",
  "read_only",
  "locked",
  "damaged",
] satisfies DeskErrorCode[]);

/** Whether a thrown value is the `DeskError` a command rejects with. */
export function isDeskError(value: unknown): value is DeskError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && DESK_ERROR_CODES.has(v.code) && typeof v.message === "string";
}

/** The stable code of a command's failure, or null for anything else thrown. */
export function codeOf(error: unknown): DeskErrorCode | null {
  return isDeskError(error) ? error.code : null;
}

/**
 * Text to show for a failure, for the `{ $reason }` of a message. The UI decides what
 * to do from `code`; the message is only ever displayed.
 */
export function reasonOf(error: unknown): string {
  if (isDeskError(error)) return error.message;
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return String(error);
}

export const listArticles = (): Promise<ArticleSummary[]> => invoke("list_articles");

export const createArticle = (): Promise<Article> => invoke("create_article");

export const getArticle = (id: string): Promise<Article> => invoke("get_article", { id });

export const saveArticle = (id: string, edit: ArticleEdit): Promise<ArticleSummary> =>
  invoke("save_article", { id, edit });

/** The preview's HTML, from the same pipeline the site publishes with. */
export const renderPreview = (body: string, paid: boolean): Promise<Rendered> =>
  invoke("render_preview", { body, paid });

export const uiLanguages = (): Promise<UiLanguages> => invoke("ui_languages");

/** The Fluent source of `locales/<locale>/desk.ftl`. */
export const uiStrings = (locale: string): Promise<string> => invoke("ui_strings", { locale });

/** The developer setting that offers the pseudo-locales; answers the languages now. */
export const setPseudoLocales = (on: boolean): Promise<UiLanguages> =>
  invoke("set_pseudo_locales", { on });

export const setUiLanguage = (locale: string): Promise<void> =>
  invoke("set_ui_language", { locale });

export const siteStatus = (): Promise<SiteStatus> => invoke("site_status");

/** Puts a publish in the outbox; the answer is the queued operation. */
export const publishArticle = (request: PublishRequest): Promise<OutboxOp> =>
  invoke("publish_article", { request });

/** Every change of an outbox operation, as the sender makes it. */
export const onOutbox = (handler: (op: OutboxOp) => void): Promise<() => void> =>
  listen<OutboxOp>("outbox", (event) => handler(event.payload));

/** The open operations and the most recent settled ones, newest first. */
export const listOutbox = (): Promise<OutboxOp[]> => invoke("list_outbox");

export const outboxCounts = (): Promise<OutboxCounts> => invoke("outbox_counts");

/** Sends a queued or failed operation now; refused ("conflict") for any other. */
export const retryOp = (id: number): Promise<OutboxOp> => invoke("retry_op", { id });

/** Refused ("conflict") once the operation may have reached the site. */
export const cancelOp = (id: number): Promise<OutboxOp> => invoke("cancel_op", { id });

export const outboxConflict = (id: number): Promise<OutboxConflict> =>
  invoke("outbox_conflict", { id });

export const resolveConflict = (id: number, choice: ConflictChoice): Promise<OutboxOp> =>
  invoke("resolve_conflict", { id, choice });

// ---- sites ---------------------------------------------------------------------------

/** What the desk knows offline; nothing is fetched. */
export const listSites = (): Promise<SiteEntry[]> => invoke("list_sites");

/** Checks the token against the site, then keeps it in the OS keyring (only there). */
export const addSite = (url: string, token: string): Promise<SiteEntry> =>
  invoke("add_site", { url, token });

/** Asks the site again; a site that does not answer comes back with `problem`. */
export const testSite = (url: string): Promise<SiteEntry> => invoke("test_site", { url });

/** Refused ("conflict") while operations for the site wait in the outbox. */
export const removeSite = (url: string): Promise<void> => invoke("remove_site", { url });

// ---- publishing ----------------------------------------------------------------------

/** `siteUrl` null: the default site; `locales` null: the default choice. */
export const publishPlan = (
  id: string,
  siteUrl: string | null,
  locales: string[] | null,
): Promise<PublishPlan> => invoke("publish_plan", { id, site_url: siteUrl, locales });

export const unpublishArticle = (id: string, siteUrl: string | null): Promise<OutboxOp> =>
  invoke("unpublish_article", { id, site_url: siteUrl });

export const publishMany = (ids: string[], siteUrl: string | null): Promise<BulkPublish> =>
  invoke("publish_many", { ids, site_url: siteUrl });

export const batchProgress = (batch: string): Promise<BatchProgress> =>
  invoke("batch_progress", { batch });

/** What each kind of reader receives of the `locale` text. */
export const readerViews = (id: string, siteUrl: string | null, locale: string): Promise<ReaderView[]> =>
  invoke("reader_views", { id, site_url: siteUrl, locale });

/** `local` is `YYYY-MM-DDTHH:MM` in `zone` (IANA); the answer has both wall clocks. */
export const scheduleTime = (local: string, zone: string, siteUrl: string | null): Promise<ScheduleTime> =>
  invoke("schedule_time", { local, zone, site_url: siteUrl });

// ---- translations --------------------------------------------------------------------

export const articleTexts = (id: string): Promise<TextState[]> => invoke("article_texts", { id });

export const getText = (id: string, locale: string): Promise<TextEdit> =>
  invoke("get_text", { id, locale });

export const addTranslation = (id: string, locale: string): Promise<TextState[]> =>
  invoke("add_translation", { id, locale });

export const saveTranslation = (id: string, locale: string, text: TextEdit): Promise<void> =>
  invoke("save_translation", { id, locale, text });

/** What changed in the source since the translation into `locale` was marked done. */
export const sourceChanges = (id: string, locale: string): Promise<SourceChanges> =>
  invoke("source_changes", { id, locale });

export const setTranslationStatus = (
  id: string,
  locale: string,
  status: TranslationStatus,
): Promise<TextState[]> => invoke("set_translation_status", { id, locale, status });

/** Earlier translations of paragraphs like `paragraph`, best first (at most five). */
export const translationSuggestions = (
  paragraph: string,
  sourceLocale: string,
  targetLocale: string,
  exclude: string | null,
): Promise<Suggestion[]> =>
  invoke("translation_suggestions", { paragraph, source_locale: sourceLocale, target_locale: targetLocale, exclude });

/** Every article with its translations' states and progress: the translators' dashboard. */
export const translationOverview = (): Promise<TranslationRow[]> => invoke("translation_overview");

// ---- search, workflow, deletion ----------------------------------------------------

/** Empty `text` lists by the filters alone. */
export const searchArticles = (query: SearchQuery): Promise<SearchResults> =>
  invoke("search_articles", { query });

/** Writers may move draft <-> in_review only; anything else fails with "forbidden". */
export const setWorkflowState = (id: string, state: WorkflowState): Promise<ArticleSummary> =>
  invoke("set_workflow_state", { id, state });

/** Soft: the article leaves the list and search, and `undeleteArticle` brings it back. */
export const deleteArticle = (id: string): Promise<null> => invoke("delete_article", { id });

export const undeleteArticle = (id: string): Promise<ArticleSummary> =>
  invoke("undelete_article", { id });

// ---- revisions -----------------------------------------------------------------------

/** A named snapshot of the stored text (Ctrl+S). */
export const snapshotRevision = (id: string, label: string | null): Promise<Revision> =>
  invoke("snapshot_revision", { id, label });

/** Newest first. */
export const listRevisions = (id: string): Promise<Revision[]> => invoke("list_revisions", { id });

/** Word-level. */
export const diffRevisions = (id: string, from: number, to: number): Promise<RevisionDiff> =>
  invoke("diff_revisions", { id, from, to });

/** The text becomes the revision's (itself recorded as a new revision). */
export const restoreRevision = (id: string, revision: number): Promise<Article> =>
  invoke("restore_revision", { id, revision });

// ---- files ---------------------------------------------------------------------------

/** Files or folders (read recursively for *.md); every file is tried. */
export const importMarkdown = (paths: string[]): Promise<ImportReport> =>
  invoke("import_markdown", { paths });

/** Writes `<slug>.<locale>.md` per locale (and the images used); returns the paths. */
export const exportArticle = (id: string, dir: string): Promise<string[]> =>
  invoke("export_article", { id, dir });

export const storeImage = (path: string): Promise<StoredImage> => invoke("store_image", { path });

/** For a pasted image, which has no path. */
export const storeImageBytes = (fileName: string, bytes: Uint8Array): Promise<StoredImage> =>
  invoke("store_image_bytes", { file_name: fileName, bytes: Array.from(bytes) });

// ---- the shell's dialogs and drops ---------------------------------------------------

/** Image file types the desk stores (the Rust side has the last word). */
export const IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "webp", "avif"] as const;
export const MARKDOWN_EXTENSIONS = ["md", "markdown"] as const;

const pathsOf = (chosen: string | string[] | null): string[] =>
  chosen === null ? [] : Array.isArray(chosen) ? chosen : [chosen];

/** The OS's file dialog; no choice is an empty list. `filterName` names the filter. */
export async function chooseFiles(options: {
  title: string;
  filterName: string;
  extensions: readonly string[];
  multiple: boolean;
}): Promise<string[]> {
  return pathsOf(
    await openDialog({
      title: options.title,
      multiple: options.multiple,
      directory: false,
      filters: [{ name: options.filterName, extensions: [...options.extensions] }],
    }),
  );
}

/** The OS's folder dialog; null when cancelled. */
export async function chooseFolder(title: string): Promise<string | null> {
  return pathsOf(await openDialog({ title, directory: true, multiple: false }))[0] ?? null;
}

export type { DragDropEvent };

/**
 * Files dragged onto the window, with paths (the webview's own drag and drop, which
 * HTML drop events do not get). Resolves with the function that stops listening;
 * outside Tauri there is nothing to listen to.
 */
export async function onFileDrop(handler: (event: DragDropEvent) => void): Promise<() => void> {
  if (!isTauri()) return () => {};
  return getCurrentWebview().onDragDropEvent((event) => handler(event.payload));
}

// ---- interface strings (Fluent) ------------------------------------------------------

/** The reference's files and the locales of a folder laid out like `locales/`. */
export const stringsFolder = (root: string): Promise<StringsFolder> => invoke("strings_folder", { root });

export const openStrings = (root: string, locale: string, file: string): Promise<StringsFile> =>
  invoke("open_strings", { root, locale, file });

/** Refused ("conflict") when the file changed since `contentHash` was read. */
export const saveString = (
  root: string,
  locale: string,
  file: string,
  id: string,
  entry: string,
  contentHash: string,
): Promise<StringsFile> => invoke("save_string", { root, locale, file, id, entry, content_hash: contentHash });

export const openSiteStrings = (siteUrl: string, locale: string): Promise<StringsFile> =>
  invoke("open_site_strings", { site_url: siteUrl, locale });

/** Refused ("conflict") when the site's strings are newer than `version`. */
export const saveSiteString = (
  siteUrl: string,
  locale: string,
  id: string,
  entry: string,
  version: number,
): Promise<StringsFile> => invoke("save_site_string", { site_url: siteUrl, locale, id, entry, version });

/** A message filled in as a form, as Fluent source; refused ("invalid") naming the field. */
export const composeString = (form: EntryForm): Promise<string> => invoke("compose_string", { form });

/** Fluent source back into a form. */
export const stringForm = (
  id: string,
  reference: string | null,
  translation: string,
  locale: string,
): Promise<EntryForm> => invoke("string_form", { id, reference, translation, locale });

// ---- the bin -------------------------------------------------------------------------

/** Deleted articles, most recently deleted first. */
export const bin = (): Promise<BinEntry[]> => invoke("bin");

/** Deletes an article in the bin for good; refused ("conflict") while a site shows it. */
export const deleteForever = (id: string): Promise<void> => invoke("delete_forever", { id });
