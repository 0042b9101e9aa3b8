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

export class ArticleList {
  view = $state<SearchView>({ ...EMPTY_VIEW });
  readonly search: ArticleSearch;
  params: SearchParams;
  // A failure as data, worded when shown, so it follows the interface language.
  problem = $state<{ message: string; reason: string } | null>(null);
  importing = $state(false);
  importReport = $state<ImportReport | null>(null);

  readonly #notices: Notices;

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
      this.importReport = await ipc.importMarkdown(paths);
      this.search.reload(true);
    } catch (error) {
      this.#notices.failed("import-failed", error);
    } finally {
      this.importing = false;
    }
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
    this.search.dispose();
  }
}

export const [useArticleList, provideArticleList] = createContext<ArticleList>();
