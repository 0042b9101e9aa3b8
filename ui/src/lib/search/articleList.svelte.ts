// The Write view's article list: the search (its words, filters, sort and pages, in
// search.ts) as reactive state, the list's own problem, and importing Markdown into it.

import { createContext } from "svelte";

import type { ArticleSummary } from "../bindings/ArticleSummary";
import type { ImportReport } from "../bindings/ImportReport";
import { t } from "../i18n/strings";
import * as ipc from "../ipc";
import type { Notices } from "../shell/notices.svelte";
import { ArticleSearch, EMPTY_VIEW, type SearchParams, type SearchView } from "./search";
import { reasonOf } from "../i18n/reasons";

/**
 * How long a report of an import that went through stays up. One with failures stays
 * until dismissed: its list of files is there to be read and acted on.
 */
export const IMPORT_OK_MS = 10_000;

export class ArticleList {
  view = $state<SearchView>({ ...EMPTY_VIEW });
  readonly search: ArticleSearch;
  params: SearchParams;
  // A failure as data, worded when shown, so it follows the interface language.
  problem = $state<{ message: string; reason: string } | null>(null);
  importing = $state(false);
  importReport = $state<ImportReport | null>(null);

  readonly #notices: Notices;
  #reportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(notices: Notices) {
    this.#notices = notices;
    this.search = new ArticleSearch({
      run: (query) => ipc.searchArticles(query),
      onChange: (view) => {
        this.view = view;
        this.params = this.search.params;
        if (view.error !== null) notices.noteTrouble(view.error);
      },
    });
    this.params = $state(this.search.params);
  }

  readonly hasMore = $derived(this.view.hits.length < this.view.total);

  /** What to say above the list: opening or creating failed, or the search did. */
  readonly problemText = $derived(
    this.problem
      ? t(this.problem.message, { reason: this.problem.reason })
      : this.view.error !== null
        ? t("search-failed", { reason: reasonOf(this.view.error) })
        : null,
  );

  patch(summary: ArticleSummary): void {
    this.search.patch(summary);
  }

  prepend(summary: ArticleSummary): void {
    this.search.prepend(summary);
  }

  // ---- import ----------------------------------------------------------------------

  async runImport(paths: string[]): Promise<void> {
    if (paths.length === 0 || this.importing) return;
    this.importing = true;
    try {
      this.showReport(await ipc.importMarkdown(paths));
      this.search.reload(true);
    } catch (error) {
      this.#notices.failed("import-failed", error);
    } finally {
      this.importing = false;
    }
  }

  /** Shows what an import did; a clean one goes away by itself, as a toast does. */
  showReport(report: ImportReport): void {
    clearTimeout(this.#reportTimer);
    this.importReport = report;
    if (report.failed.length === 0) {
      this.#reportTimer = setTimeout(() => (this.importReport = null), IMPORT_OK_MS);
    }
  }

  dismissReport(): void {
    clearTimeout(this.#reportTimer);
    this.importReport = null;
  }

  async importFiles(): Promise<void> {
    try {
      const paths = await ipc.chooseFiles({
        title: t("import-dialog-files-title"),
        filterName: t("import-filter-name"),
        extensions: ipc.MARKDOWN_EXTENSIONS,
        multiple: true,
      });
      await this.runImport(paths);
    } catch (error) {
      this.#notices.failed("import-failed", error);
    }
  }

  async importFolder(): Promise<void> {
    try {
      const dir = await ipc.chooseFolder(t("import-dialog-folder-title"));
      if (dir !== null) await this.runImport([dir]);
    } catch (error) {
      this.#notices.failed("import-failed", error);
    }
  }

  dispose(): void {
    clearTimeout(this.#reportTimer);
    this.search.dispose();
  }
}

export const [useArticleList, provideArticleList] = createContext<ArticleList>();
