// The desk as a whole: every service made once and provided to the components below
// App through context, the view shown and switching between views (a moment to store
// what is on screen), start-up, the window's shortcuts, closing and dropped files.

import { getCurrentWindow } from "@tauri-apps/api/window";
import { isTauri } from "@tauri-apps/api/core";
import { createContext } from "svelte";

import { Bin, provideBin } from "../articles/bin.svelte";
import { ArticleActions, provideArticleActions } from "../articles/articleActions.svelte";
import { OpenArticle, provideOpenArticle } from "../articles/openArticle.svelte";
import { provideTextConflicts, TextConflicts } from "../conflicts/conflicts.svelte";
import { Languages, provideLanguages } from "../i18n/languages.svelte";
import * as ipc from "../ipc";
import { Outbox, provideOutbox } from "../outbox/outbox.svelte";
import { PublishDesk, providePublishDesk } from "../publishing/publishDesk.svelte";
import { ArticleList, provideArticleList } from "../search/articleList.svelte";
import { provideSites, Sites, SITE_STATUS_EVERY_MS } from "../sites/sites.svelte";
import { provideStringsDesk, StringsDesk } from "../strings/stringsDesk.svelte";
import { provideTranslationDesk, TranslationDesk } from "../translate/translationDesk.svelte";
import { ChangeGatherer, touches, type Changed } from "./changes";
import { Notices, provideNotices } from "./notices.svelte";
import { matches, SHORTCUTS } from "./shortcuts";
import { provideSync, SyncService } from "./sync.svelte";

/** The desk's top-level workspaces, in the order of their tabs (and of Ctrl+1 to 4). */
export type View = "write" | "translate" | "publish" | "settings";
export const VIEWS: readonly View[] = ["write", "translate", "publish", "settings"];

export class Desk {
  ready = $state(false);
  view = $state<View>("write");
  /** Files are being dragged over the window. */
  dropping = $state(false);

  readonly notices = new Notices();
  readonly languages = new Languages();
  readonly sites = new Sites(this.languages);
  readonly outbox = new Outbox(this.notices);
  readonly sync = new SyncService();
  readonly list = new ArticleList(this.notices);
  readonly article = new OpenArticle(this.notices, this.list, this.sites);
  readonly actions = new ArticleActions(this.article, this.list, this.notices, this.outbox, this.sites);
  readonly translations = new TranslationDesk(this.sites, this.list);
  readonly strings = new StringsDesk();
  readonly bin = new Bin(this.notices, this.list, this.article);
  readonly publishing = new PublishDesk(this.sites, this.article, this.actions);
  readonly conflicts = new TextConflicts();
  /** The desk's announcements of changed articles, a moment's worth at a time. */
  readonly #changes = new ChangeGatherer(150, (changed) => this.#articlesChanged(changed));

  constructor() {
    // Something was published or withdrawn: the list's states and the open article's.
    this.outbox.onDone = async () => {
      this.list.search.reload(true);
      const id = this.article.id;
      if (id) await this.article.refreshState(id);
    };
  }

  /**
   * Articles changed, in whichever view: each view shows what is stored now. The shown
   * view reloads at once; a hidden one when it is shown next.
   */
  #articlesChanged(changed: Changed): void {
    this.list.search.reload(true);
    this.conflicts.changed();
    this.publishing.articlesChanged(changed, this.view === "publish");
    const id = this.article.id;
    if (touches(changed, id)) void this.article.refreshState(id!);
    if (touches(changed, this.translations.open?.id ?? null)) void this.translations.articleChanged();
  }

  /** Makes the services reachable from every component below the caller. */
  provide(): void {
    provideDesk(this);
    provideNotices(this.notices);
    provideLanguages(this.languages);
    provideSites(this.sites);
    provideOutbox(this.outbox);
    provideSync(this.sync);
    provideArticleList(this.list);
    provideOpenArticle(this.article);
    provideArticleActions(this.actions);
    provideTranslationDesk(this.translations);
    provideStringsDesk(this.strings);
    provideBin(this.bin);
    providePublishDesk(this.publishing);
    provideTextConflicts(this.conflicts);
  }

  async switchView(next: View): Promise<void> {
    const view = this.view;
    if (next === view) return;
    // Leaving the editor is a moment to store what is on screen.
    if (view === "write") await this.article.storeNow();
    if (view === "translate") await this.translations.leave();
    this.view = next;
    // The Translate workspace may have changed the translation the editor shows, also
    // when the way back passes through another view (and publishing sets slugs): an
    // edit here must start from what is stored, not save the old text over it.
    if (next === "write") await this.article.reloadShownTranslation();
    if (next === "publish") {
      // What Translate or Write changed meanwhile (a translation done, a tier, an edit).
      this.#changes.flush();
      this.publishing.shown();
      void this.sites.loadList();
    }
  }

  toggleOutbox(): void {
    this.outbox.toggle();
    this.bin.close();
  }

  openBin(): void {
    this.outbox.isOpen = false;
    this.bin.open();
  }

  onKeydown = (event: KeyboardEvent): void => {
    const viewIndex = VIEWS.findIndex((_, i) => matches(event, `Mod-${i + 1}`));
    if (viewIndex >= 0) {
      event.preventDefault();
      void this.switchView(VIEWS[viewIndex]!);
      return;
    }
    const article = this.article;
    if (matches(event, SHORTCUTS.snapshot)) {
      // Habit from every other editor: Ctrl/Cmd+S keeps this version, and never opens a
      // dialog of the WebView's. Only Write's article: the other views save their own.
      event.preventDefault();
      if (this.view === "write") void this.actions.snapshot(null);
    } else if (matches(event, SHORTCUTS.focus)) {
      event.preventDefault();
      if (article.open) article.focusMode = !article.focusMode;
    } else if (event.key === "Escape" && !event.defaultPrevented) {
      if (article.focusMode) {
        article.focusMode = false;
      } else if (this.outbox.isOpen) {
        this.outbox.isOpen = false;
      } else if (this.bin.isOpen) {
        this.bin.close();
      } else if (article.revisionsOpen) {
        article.revisionsOpen = false;
      }
    }
  };

  #onDrop(event: ipc.DragDropEvent): void {
    if (event.type === "enter" || event.type === "over") {
      this.dropping = true;
      return;
    }
    this.dropping = false;
    if (event.type !== "drop") return;
    // The webview reports physical pixels; the page works in CSS pixels.
    const scale = window.devicePixelRatio || 1;
    this.actions.dropped(event.paths, event.position.x / scale, event.position.y / scale);
  }

  /** Loads the strings, then everything else; resolves with the function that stops it all. */
  start(): () => void {
    let stopped = false;
    const unlisteners: (() => void)[] = [];
    const keep = (what: string) => (promise: Promise<() => void>) =>
      promise
        .then((unlisten) => {
          if (stopped) unlisten();
          else unlisteners.push(unlisten);
        })
        .catch((error: unknown) => console.error(`${what} failed:`, error));

    void (async () => {
      await this.languages.start();
      this.ready = true;
      this.list.search.reload();
      void this.outbox.load();
      void this.sync.load();
      // The sites' tiers and sections first: the article reopened shows its own.
      await this.sites.loadList();
      await this.#reopen();
      if (!stopped) unlisteners.push($effect.root(() => this.#rememberPlace()));
      await this.sites.refreshStatus();
    })();

    const timer = setInterval(() => void this.sites.refreshStatus(), SITE_STATUS_EVERY_MS);
    keep("onDragDropEvent")(ipc.onFileDrop((event) => this.#onDrop(event)));
    keep("listening to the outbox")(this.outbox.listen());
    keep("listening to the sync")(this.sync.listen());
    if (isTauri()) keep("listening to article changes")(ipc.onArticleChanged((id) => this.#changes.add(id)));
    if (isTauri()) keep("onCloseRequested")(this.#onCloseRequested());

    return () => {
      stopped = true;
      clearInterval(timer);
      for (const unlisten of unlisteners) unlisten();
      this.#changes.dispose();
      this.notices.dispose();
      this.outbox.dispose();
      this.list.dispose();
      this.article.dispose();
      this.translations.dispose();
      this.strings.dispose();
    };
  }

  /** Opens where the user left off: the article, its language, the workspace. */
  async #reopen(): Promise<void> {
    try {
      const place = await ipc.lastPlace();
      if (place === null) return;
      if (place.article_id !== null) {
        await this.article.select(place.article_id);
        if (place.locale !== null) await this.article.showText(place.locale);
      }
      if ((VIEWS as readonly string[]).includes(place.view)) await this.switchView(place.view as View);
    } catch (error) {
      // Starting where it always starts is no failure.
      console.error("reopening the last place failed:", error);
    }
  }

  /** Keeps where the user is (an effect: it follows the view, the article, the language). */
  #rememberPlace(): void {
    $effect(() => {
      const place = {
        view: this.view,
        article_id: this.article.id,
        locale: this.article.translation?.locale ?? null,
      };
      ipc.rememberPlace(place).catch((error: unknown) => console.error("remember_place failed:", error));
    });
  }

  #onCloseRequested(): Promise<() => void> {
    let refusedClose = false;
    return getCurrentWindow().onCloseRequested(async (event) => {
      this.article.flushTyping();
      // The Translate workspace's unsaved typing, whatever the editor holds.
      if (!(await this.translations.leave()) && !refusedClose) {
        refusedClose = true;
        event.preventDefault();
        return;
      }
      try {
        await this.article.flushForClose();
      } catch {
        // Keep the window once, so the user sees "Not saved" and can copy their
        // text; asking to close again closes.
        if (!refusedClose) {
          refusedClose = true;
          event.preventDefault();
        }
      }
    });
  }
}

export const [useDesk, provideDesk] = createContext<Desk>();
