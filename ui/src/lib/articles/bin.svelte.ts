// The bin: deleted articles, each restorable or deletable for good, in a drawer opened
// from the foot of the article list. Each opening starts afresh from what the desk says.

import { createContext } from "svelte";

import type { BinEntry } from "../bindings/BinEntry";
import * as ipc from "../ipc";
import type { ArticleList } from "../search/articleList.svelte";
import type { Notices } from "../shell/notices.svelte";
import type { OpenArticle } from "./openArticle.svelte";
import { reasonOf } from "../i18n/reasons";

export class Bin {
  isOpen = $state(false);
  /** Null until loaded. */
  entries = $state<BinEntry[] | null>(null);
  problem = $state<string | null>(null);
  /** Refusals and failures of restoring or deleting, by article. */
  refusals = $state<Record<string, string>>({});

  readonly #notices: Notices;
  readonly #list: ArticleList;
  readonly #article: OpenArticle;

  constructor(notices: Notices, list: ArticleList, article: OpenArticle) {
    this.#notices = notices;
    this.#list = list;
    this.#article = article;
  }

  open(): void {
    this.entries = null;
    this.problem = null;
    this.refusals = {};
    this.isOpen = true;
    void this.load();
  }

  close(): void {
    this.isOpen = false;
  }

  async load(): Promise<void> {
    try {
      this.entries = await ipc.bin();
      this.problem = null;
    } catch (error) {
      this.problem = reasonOf(error);
    }
  }

  #refuse(id: string, error: unknown): void {
    this.refusals = { ...this.refusals, [id]: reasonOf(error) };
  }

  /** Brings the article back, into the list and the editor. */
  async restore(entry: BinEntry): Promise<void> {
    try {
      const summary = await ipc.undeleteArticle(entry.article.id);
      // Its undo toast has nothing left to undo.
      const toast = this.#notices.toast;
      if (toast?.kind === "deleted" && toast.id === summary.id) this.#notices.dismiss();
      this.#list.prepend(summary);
      void this.#article.select(summary.id);
      await this.load();
    } catch (error) {
      this.#refuse(entry.article.id, error);
    }
  }

  async deleteForever(entry: BinEntry): Promise<void> {
    try {
      await ipc.deleteForever(entry.article.id);
      await this.load();
    } catch (error) {
      this.#refuse(entry.article.id, error);
    }
  }
}

export const [useBin, provideBin] = createContext<Bin>();
