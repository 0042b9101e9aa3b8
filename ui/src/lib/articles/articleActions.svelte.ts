// What Write's editor does with the open article besides editing it: publish it, move
// it through the workflow, keep a named version, put images in, export it, delete it
// (with an undo), and take files dropped on the window.

import { createContext } from "svelte";

import type { Revision } from "../bindings/Revision";
import type { RevisionDiff } from "../bindings/RevisionDiff";
import type { WorkflowState } from "../bindings/WorkflowState";
import { t } from "../i18n/strings";
import * as ipc from "../ipc";
import type { Outbox } from "../outbox/outbox.svelte";
import type { ArticleList } from "../search/articleList.svelte";
import { classifyPaths } from "../shell/files";
import { UNDO_MS, type Notices } from "../shell/notices.svelte";
import type { Sites } from "../sites/sites.svelte";
import { summaryOf, type OpenArticle, type PublishView } from "./openArticle.svelte";
import { reasonOf } from "../i18n/reasons";

export class ArticleActions {
  readonly #article: OpenArticle;
  readonly #list: ArticleList;
  readonly #notices: Notices;
  readonly #outbox: Outbox;
  readonly #sites: Sites;

  constructor(article: OpenArticle, list: ArticleList, notices: Notices, outbox: Outbox, sites: Sites) {
    this.#article = article;
    this.#list = list;
    this.#notices = notices;
    this.#outbox = outbox;
    this.#sites = sites;
  }

  /** Publishes the article's source now, and says how it went beside the button. */
  async publish(): Promise<void> {
    const open = this.#article.open;
    if (!open) return;
    const { id } = open.article;
    const locale = open.article.source_locale;
    const setView = (view: PublishView) => {
      if (this.#article.id === id) this.#article.publish = { id, view };
    };
    setView({ state: "sending" });
    try {
      // What is published is what is stored: store what is on screen first.
      await this.#article.flushArticle();
    } catch (error) {
      setView({ state: "failed", reason: reasonOf(error) });
      return;
    }
    try {
      const queued = await ipc.publishArticle({
        article_id: id,
        site_url: null,
        locales: null,
        confirm_outdated: false,
        publish_at: null,
      });
      const op = await this.#outbox.untilSettled(queued);
      if (op.state === "done") {
        const url = op.urls[locale] ?? Object.values(op.urls).find((u) => u) ?? null;
        setView({ state: "done", url });
      } else {
        setView({ state: "failed", reason: op.error ? reasonOf(op.error) : op.state });
      }
    } catch (error) {
      setView({ state: "failed", reason: reasonOf(error) });
    }
    // The workflow state (and maybe the site's reachability) has changed.
    this.#list.search.reload(true);
    await this.#sites.refreshStatus();
    await this.#article.refreshState(id);
  }

  /** What is published is what is stored: the editor's screen first, if it shows this article. */
  beforePublish = async (id: string): Promise<boolean> =>
    this.#article.id === id ? this.#article.storeNow() : true;

  async workflow(next: WorkflowState): Promise<void> {
    const article = this.#article;
    if (!article.open || article.workflowBusy) return;
    const id = article.open.article.id;
    article.workflowBusy = true;
    try {
      // The state change records a revision of what is stored: store the screen first.
      if (!(await article.storeNow())) return;
      const summary = await ipc.setWorkflowState(id, next);
      if (article.open?.article.id === id) {
        article.open.article.state = summary.state;
        article.open.article.writer_move = summary.writer_move;
      }
      this.#list.patch(summary);
      article.revisionsVersion++;
    } catch (error) {
      this.#notices.failed("workflow-failed", error);
    } finally {
      article.workflowBusy = false;
    }
  }

  /** The reason the last save failed, for a message about what could not be done. */
  #saveReason(): string {
    const status = this.#article.saveStatus;
    return status.state === "failed" ? reasonOf(status.error) : "";
  }

  /** A named version of the text in the editor, as stored (Ctrl+S); `label` null for none. */
  snapshot = async (label: string | null): Promise<void> => {
    const article = this.#article;
    if (!article.open) return;
    const id = article.open.article.id;
    const locale = article.lang;
    if (!(await article.storeNow())) {
      this.#notices.say(t("snapshot-failed", { reason: this.#saveReason() }), "problem");
      return;
    }
    try {
      await ipc.snapshotRevision(id, locale, label);
      this.#notices.say(t("snapshot-done"));
      article.revisionsVersion++;
    } catch (error) {
      this.#notices.failed("snapshot-failed", error);
    }
  };

  // ---- revisions -------------------------------------------------------------------

  /** The revisions of the article's text in `locale`, newest first. */
  history(id: string, locale: string): Promise<Revision[]> {
    return ipc.listRevisions(id, locale);
  }

  diff(id: string, from: number, to: number): Promise<RevisionDiff> {
    return ipc.diffRevisions(id, from, to);
  }

  /**
   * Makes `revision` the article's text in `locale` again and shows it; false if what is
   * on screen could not be stored first (a restore must not replace unsaved words). The
   * desk refuses a revision of another locale.
   */
  async restoreRevision(id: string, locale: string, revision: number): Promise<boolean> {
    if (!(await this.#article.storeNow())) return false;
    const article = await ipc.restoreRevision(id, locale, revision);
    if (locale === article.source_locale) this.#article.show(article);
    else await this.#article.showText(locale, true);
    this.#list.patch(summaryOf(article));
    this.#notices.say(t("restore-done"));
    return true;
  }

  // ---- images ------------------------------------------------------------------------

  /** Stores images one after the other and puts their Markdown in at `pos` (or the cursor). */
  async #addImages(store: (() => Promise<{ markdown: string }>)[], pos?: number): Promise<void> {
    const id = this.#article.id;
    if (id === null) {
      this.#notices.say(t("image-no-article"), "problem");
      return;
    }
    const markdown: string[] = [];
    for (const one of store) {
      try {
        markdown.push((await one()).markdown);
      } catch (error) {
        this.#notices.failed("image-failed", error);
      }
    }
    if (markdown.length > 0 && this.#article.id === id) this.#article.editor?.insertIntoBody(markdown.join("\n\n"), pos);
  }

  chooseImages = async (): Promise<void> => {
    try {
      const paths = await ipc.chooseFiles({
        title: t("image-dialog-title"),
        filterName: t("image-filter-name"),
        extensions: ipc.IMAGE_EXTENSIONS,
        multiple: true,
      });
      await this.#addImages(paths.map((path) => () => ipc.storeImage(path)));
    } catch (error) {
      this.#notices.failed("image-failed", error);
    }
  };

  pasteImages = (files: File[], pos: number): void => {
    void this.#addImages(
      files.map((file) => async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        return ipc.storeImageBytes(file.name || "image.png", bytes);
      }),
      pos,
    );
  };

  /** Files dropped at (x, y) in CSS pixels: images go into the body, Markdown is imported. */
  dropped(paths: string[], x: number, y: number): void {
    const { images, imports } = classifyPaths(paths);
    if (images.length > 0) {
      const pos = this.#article.editor?.bodyPosAt(x, y) ?? undefined;
      void this.#addImages(
        images.map((path) => () => ipc.storeImage(path)),
        pos,
      );
    }
    if (imports.length > 0) void this.#list.runImport(imports);
  }

  // ---- export, delete and undo -------------------------------------------------------

  exportOpen = async (): Promise<void> => {
    const id = this.#article.id;
    if (id === null) return;
    try {
      // Export what is on screen, if it can be stored; a database in trouble still
      // exports what it holds.
      await this.#article.storeNow();
      const dir = await ipc.chooseFolder(t("export-dialog-title"));
      if (dir === null) return;
      const written = await ipc.exportArticle(id, dir);
      this.#notices.say(t("export-done", { count: written.length, dir }));
    } catch (error) {
      this.#notices.failed("export-failed", error);
    }
  };

  deleteOpen = async (): Promise<void> => {
    const open = this.#article.open;
    if (!open) return;
    const id = open.article.id;
    const title = open.edit.title;
    if (!(await this.#article.storeNow())) {
      this.#notices.say(t("delete-failed", { reason: this.#saveReason() }), "problem");
      return;
    }
    try {
      await ipc.deleteArticle(id);
    } catch (error) {
      this.#notices.failed("delete-failed", error);
      return;
    }
    this.#list.search.remove(id);
    if (this.#article.id === id) this.#article.close();
    this.#notices.show({ kind: "deleted", id, title }, UNDO_MS);
  };

  async undoDelete(id: string): Promise<void> {
    this.#notices.dismiss();
    try {
      const summary = await ipc.undeleteArticle(id);
      this.#list.prepend(summary);
      await this.#article.select(id);
    } catch (error) {
      this.#notices.failed("undelete-failed", error);
    }
  }
}

export const [useArticleActions, provideArticleActions] = createContext<ArticleActions>();
