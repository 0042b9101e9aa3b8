// The article open in Write's editor: as loaded and as edited, its autosave (one
// second after the last key, at once on blur, switching and closing), its preview,
// and the translation its locale tabs may show in the editor instead of the source.
// What the editor does with it (publish, delete, images…) is in articleActions.ts.

import { createContext, tick } from "svelte";

import type { Article } from "../bindings/Article";
import type { ArticleEdit } from "../bindings/ArticleEdit";
import type { ArticleSummary } from "../bindings/ArticleSummary";
import type { PreviewMeta } from "../bindings/PreviewMeta";
import type { Rendered } from "../bindings/Rendered";
import type { SourceChanges } from "../bindings/SourceChanges";
import type { TextState } from "../bindings/TextState";
import type { TranslationStatus } from "../bindings/TranslationStatus";
import type { MetadataPatch } from "../editor/MetadataPanel.svelte";
import { BodyFeed, PreviewScheduler, type PreviewRequest } from "../editor/typing";
import { textDirection } from "../i18n/i18n.svelte";
import { t } from "../i18n/strings";
import * as ipc from "../ipc";
import type { ArticleList } from "../search/articleList.svelte";
import type { Notices } from "../shell/notices.svelte";
import { SaveRetry } from "../shell/trouble";
import type { Sites } from "../sites/sites.svelte";
import { TranslationDraft } from "../translate/translationDraft.svelte";
import { addableLocales, sameWords } from "../translate/translations";
import { Autosaver, type SaveStatus } from "./autosave";
import { latest } from "./latest";
import { slugForTitle } from "./slug";
import { reasonOf } from "../i18n/reasons";

interface MetaRequest {
  id: string;
  locale: string;
  byline: string;
  minutes: number;
}

/** The tier anyone may read; every other tier holds something back. */
export const PUBLIC_TIER = "public";
const METADATA_OPEN_KEY = "dateline.metadata-open";

/** Where the publishing of the open article stands; the reason is already worded. */
export type PublishView =
  | { state: "idle" }
  | { state: "sending" }
  | { state: "done"; url: string | null }
  | { state: "failed"; reason: string };

/** What the desk asks of the editor component that shows the open article. */
export interface EditorHandle {
  focusTitle(): void;
  /** Puts Markdown into the body, at `pos` or at the cursor. */
  insertIntoBody(markdown: string, pos?: number): void;
  /** The body's position under a point of the window, if the point is over the body. */
  bodyPosAt(x: number, y: number): number | null;
}

/** The article in the editor: as loaded, and as being edited. */
interface Open {
  article: Article;
  edit: ArticleEdit;
}

export const summaryOf = (article: Article): ArticleSummary => ({
  id: article.id,
  title: article.title,
  tier: article.tier,
  state: article.state,
  writer_move: article.writer_move,
  source_locale: article.source_locale,
  section: article.section,
  tags: article.tags,
  byline: article.byline,
  updated_at: article.updated_at,
});

export const editOf = (article: Article): ArticleEdit => ({
  title: article.title,
  standfirst: article.standfirst,
  body: article.body,
  tier: article.tier,
  section: article.section,
  slug: article.slug,
  tags: [...article.tags],
  byline: article.byline,
  source_url: article.source_url,
});

const arraysEqual = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export const sameEdit = (a: ArticleEdit, b: ArticleEdit): boolean =>
  a.title === b.title &&
  a.standfirst === b.standfirst &&
  a.body === b.body &&
  a.tier === b.tier &&
  a.section === b.section &&
  a.slug === b.slug &&
  a.byline === b.byline &&
  a.source_url === b.source_url &&
  arraysEqual(a.tags, b.tags);

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean) {
  try {
    localStorage.setItem(key, value ? "1" : "0");
  } catch {
    // Only a preference.
  }
}

export class OpenArticle {
  open = $state<Open | null>(null);
  /** Changes whenever the editor must start again from `open.article.body`. */
  bodyKey = $state("");
  saveStatus = $state<SaveStatus>({ state: "idle" });
  publish = $state<{ id: string; view: PublishView } | null>(null);
  rendered = $state<Rendered | null>(null);
  previewProblem = $state<string | null>(null);
  /** The line under the preview's headline in the site's words; null until known. */
  meta = $state<PreviewMeta | null>(null);
  editorLine = $state<number | null>(null);
  editor = $state<EditorHandle | undefined>();
  workflowBusy = $state(false);
  /** The desk's refusal of the last save ("invalid": a slug or link it does not take). */
  metadataProblem = $state<string | null>(null);
  metadataOpen = $state(readFlag(METADATA_OPEN_KEY));
  focusMode = $state(false);
  revisionsOpen = $state(false);
  revisionsVersion = $state(0);

  // ---- the open article's translations ---------------------------------------------

  texts = $state<TextState[]>([]);
  /** A translation in the editor instead of the source. */
  translation = $state<TranslationDraft | null>(null);
  textsProblem = $state<string | null>(null);

  readonly #notices: Notices;
  readonly #list: ArticleList;
  readonly #sites: Sites;
  #saver: Autosaver<ArticleEdit> | null = null;
  #loads = 0;
  /** Bumped by every request to open an article; older answers are dropped. */
  #opening = 0;

  readonly #retry = new SaveRetry({
    retry: () => {
      this.#saver?.flush().catch(() => {});
    },
  });

  readonly #preview = new PreviewScheduler<Rendered>({
    run: (request) => ipc.renderPreview(request.body, request.paid),
    onResult: (result) => {
      this.rendered = result;
      this.previewProblem = null;
    },
    onError: (error) => {
      this.previewProblem = reasonOf(error);
    },
  });

  readonly #meta = latest<MetaRequest, PreviewMeta>({
    run: (r) => ipc.previewMeta(r.id, r.locale, r.byline, r.minutes),
    delayMs: 120,
    onResult: (meta) => {
      this.meta = meta;
    },
    // The line is the site's dressing of the page; without it the article still shows.
    onError: () => {
      this.meta = null;
    },
  });

  readonly #bodyFeed = new BodyFeed({
    onText: (body) => {
      const open = this.open;
      if (!open) return;
      if (this.translation) {
        this.translation.edit.body = body;
        this.translation.changed();
        this.#preview.schedule({ body, paid: open.edit.tier !== PUBLIC_TIER });
        return;
      }
      open.edit.body = body;
      this.#edited();
      this.#preview.schedule(previewArgs(open.edit));
    },
  });

  constructor(notices: Notices, list: ArticleList, sites: Sites) {
    this.#notices = notices;
    this.#list = list;
    this.#sites = sites;
  }

  get id(): string | null {
    return this.open?.article.id ?? null;
  }

  /** The language of the text in the editor: the translation's, or the source's. */
  readonly lang = $derived(this.translation?.locale ?? this.open?.article.source_locale ?? "");
  readonly dir = $derived(textDirection(this.lang));
  readonly shownTitle = $derived(this.translation ? this.translation.edit.title : (this.open?.edit.title ?? ""));
  /** Locales a translation may be started in. */
  get addable(): string[] {
    return addableLocales(this.#sites.locales, this.texts);
  }

  /**
   * Asks again for the preview's line under the headline. Called from an effect, so it
   * runs again whenever what it reads changes: the text shown, the byline, the reading
   * time, and what publishing did to the article (its date on the site).
   */
  trackMeta(): void {
    const open = this.open;
    const minutes = this.rendered?.reading_minutes;
    if (!open || minutes === undefined) return;
    void open.article.state;
    void open.article.published_url;
    void open.article.publish_at;
    this.#meta.schedule({ id: open.article.id, locale: this.lang, byline: open.edit.byline, minutes });
  }

  /** The preview of what the editor shows: the source, or the translation open in it. */
  #shownPreviewArgs(): PreviewRequest {
    const paid = (this.open?.edit.tier ?? PUBLIC_TIER) !== PUBLIC_TIER;
    return { body: this.translation ? this.translation.edit.body : (this.open?.edit.body ?? ""), paid };
  }

  // ---- opening and closing ---------------------------------------------------------

  show(article: Article): void {
    // Anything typed into the previous article since storeNow() saved it is still
    // saved: flush that saver in the background, and only then let it go.
    this.#bodyFeed.flush();
    const previous = this.#saver;
    if (previous) {
      void previous
        .flush()
        .catch(() => {})
        .finally(() => previous.dispose());
    }
    const edit = editOf(article);
    const id = article.id;
    this.#saver = new Autosaver<ArticleEdit>(
      { ...edit, tags: [...edit.tags] },
      {
        save: async (value, saved) => {
          const summary = await ipc.saveArticle(id, value, saved);
          this.#list.patch(summary);
        },
        equals: sameEdit,
        onStatus: (status) => {
          if (this.open?.article.id !== id) return;
          this.saveStatus = status;
          if (status.state === "failed") {
            this.#notices.noteTrouble(status.error);
            this.#retry.failed(status.error);
            this.metadataProblem = ipc.codeOf(status.error) === "invalid" ? reasonOf(status.error) : null;
          } else if (status.state === "saved") {
            this.#notices.clearTrouble();
            this.metadataProblem = null;
            this.#retry.succeeded();
            // An open history shows the autosave snapshots as they are made.
            if (this.revisionsOpen) this.revisionsVersion++;
            // A change of the source may have outdated its translations' tabs.
            if (this.texts.length > 1) void this.#loadTexts(id);
          }
        },
      },
    );
    this.#retry.succeeded();
    this.#dropTranslation();
    this.texts = [];
    this.textsProblem = null;
    void this.#loadTexts(id);
    this.open = { article, edit };
    this.bodyKey = `${id}:${++this.#loads}`;
    this.saveStatus = { state: "idle" };
    this.metadataProblem = null;
    this.publish = null;
    this.rendered = null;
    this.previewProblem = null;
    this.meta = null;
    this.#meta.cancel();
    this.editorLine = null;
    this.#preview.cancel();
    this.#preview.now(previewArgs(edit));
  }

  close(): void {
    this.#dropTranslation();
    this.texts = [];
    this.#bodyFeed.dispose();
    this.#saver?.dispose();
    this.#saver = null;
    this.open = null;
    this.#preview.cancel();
    this.rendered = null;
    this.#meta.cancel();
    this.meta = null;
    this.revisionsOpen = false;
    this.focusMode = false;
    this.#retry.succeeded();
  }

  async select(id: string): Promise<void> {
    if (this.open?.article.id === id) return;
    const mine = ++this.#opening;
    if (!(await this.storeNow()) || mine !== this.#opening) return;
    try {
      const article = await ipc.getArticle(id);
      if (mine === this.#opening) {
        this.show(article);
        this.#list.problem = null;
      }
    } catch (error) {
      if (mine === this.#opening) {
        this.#notices.noteTrouble(error);
        this.#list.problem = { message: "article-open-failed", reason: reasonOf(error) };
      }
    }
  }

  async create(): Promise<void> {
    const mine = ++this.#opening;
    if (!(await this.storeNow()) || mine !== this.#opening) return;
    try {
      const article = await ipc.createArticle();
      this.#list.prepend(summaryOf(article));
      if (mine !== this.#opening) return;
      this.#list.problem = null;
      this.show(article);
      // Once the new article's editor is on screen, start at its headline, unless the
      // user has already put the cursor somewhere else (typing must never jump fields).
      await tick();
      const active = document.activeElement;
      const untouched =
        active === null || active === document.body || active.closest("[data-testid=new-article]") !== null;
      if (untouched) this.editor?.focusTitle();
    } catch (error) {
      this.#notices.noteTrouble(error);
      this.#list.problem = { message: "article-create-failed", reason: reasonOf(error) };
    }
  }

  /** The stored article's workflow state and address, which publishing changes. */
  async refreshState(id: string): Promise<void> {
    try {
      const article = await ipc.getArticle(id);
      if (this.open?.article.id === id) {
        this.open.article.state = article.state;
        this.open.article.writer_move = article.writer_move;
        this.open.article.published_url = article.published_url;
        this.open.article.unsent_changes = article.unsent_changes;
        this.open.article.publish_at = article.publish_at;
        // Changed under the editor (the newsroom brought a colleague's work): shown at
        // once when nothing typed waits; else the next save merges the two.
        const stored = editOf(article);
        const saver = this.#saver;
        if (saver && !sameEdit(stored, saver.saved) && saver.adopt(stored)) {
          this.open.article = article;
          this.open.edit = { ...stored, tags: [...stored.tags] };
          if (!this.translation) this.bodyKey = `${id}:${++this.#loads}`;
          this.#preview.now(this.#shownPreviewArgs());
        }
        await this.#refreshTranslation(id);
      }
    } catch {
      // The list shows the state too.
    }
  }

  /** The same for the translation in the editor: shown as stored when nothing typed waits. */
  async #refreshTranslation(id: string): Promise<void> {
    const draft = this.translation;
    if (!draft || draft.id !== id) return;
    const stored = await ipc.getText(id, draft.locale);
    if (this.translation !== draft || sameWords(stored, draft.saved) || !draft.adopt(stored)) return;
    this.bodyKey = `${id}:${draft.locale}:${++this.#loads}`;
    this.#preview.now(this.#shownPreviewArgs());
  }

  // ---- editing ---------------------------------------------------------------------

  #edited(): void {
    if (this.open && this.#saver) this.#saver.update($state.snapshot(this.open.edit));
  }

  /**
   * Stores what is on screen now; false (the failure shown) if it could not be. Before an
   * article is left this keeps it open on failure rather than losing the user's words.
   */
  async storeNow(): Promise<boolean> {
    this.#bodyFeed.flush();
    try {
      await this.translation?.flush();
      await this.#saver?.flush();
      return true;
    } catch {
      return false;
    }
  }

  /** Typing pauses only for a moment: the body the editor has, for the window's closing. */
  flushTyping(): void {
    this.#bodyFeed.flush();
  }

  /** Stores the translation and the article for the window's closing; rejects on failure. */
  async flushForClose(): Promise<void> {
    if (!this.#saver) return;
    await this.translation?.flush();
    await this.#saver.flush();
  }

  title(title: string): void {
    const open = this.open;
    if (!open) return;
    const translation = this.translation;
    if (translation) {
      const published =
        this.texts.find((x) => x.locale === translation.locale)?.slug !== "" && open.article.published_url !== null;
      translation.edit.slug = slugForTitle({
        previousTitle: translation.edit.title,
        title,
        slug: translation.edit.slug,
        locked: published,
      });
      translation.edit.title = title;
      translation.changed();
      return;
    }
    const locked =
      open.article.published_url !== null ||
      open.article.state === "published" ||
      open.article.state === "scheduled" ||
      open.article.state === "unpublished";
    open.edit.slug = slugForTitle({ previousTitle: open.edit.title, title, slug: open.edit.slug, locked });
    open.edit.title = title;
    this.#edited();
  }

  body(read: () => string, length: number): void {
    this.#bodyFeed.changed(read, length);
  }

  metadata(patch: MetadataPatch): void {
    const open = this.open;
    if (!open) return;
    if (this.translation) {
      // The standfirst and the slug are the text's; byline, tags and link the article's.
      const { standfirst, slug, ...rest } = patch;
      if (standfirst !== undefined) this.translation.edit.standfirst = standfirst;
      if (slug !== undefined) this.translation.edit.slug = slug;
      this.translation.changed();
      if (Object.keys(rest).length === 0) return;
      Object.assign(open.edit, rest);
      this.#edited();
      return;
    }
    Object.assign(open.edit, patch);
    this.#edited();
  }

  toggleMetadata(): void {
    this.metadataOpen = !this.metadataOpen;
    writeFlag(METADATA_OPEN_KEY, this.metadataOpen);
  }

  /** A deliberate change: store it now. */
  commit = (): void => {
    this.translation?.flush().catch(() => {});
    this.#saver?.flush().catch(() => {});
  };

  tier(tier: string): void {
    if (!this.open) return;
    this.#bodyFeed.flush();
    this.open.edit.tier = tier;
    this.#edited();
    // A deliberate choice, not typing: store it now.
    this.commit();
    this.#preview.now(this.#shownPreviewArgs());
  }

  section(section: string): void {
    if (!this.open) return;
    this.open.edit.section = section;
    this.#edited();
    this.commit();
  }

  /** Focus left a field or the body: a moment to save. */
  leave(): void {
    // A failure shows in the save state and is retried with the next change.
    this.#bodyFeed.flush();
    this.commit();
  }

  /** Tier and section from the Publish view, through the same save as the editor's. */
  async saveMetadata(id: string, patch: { tier?: string; section?: string }): Promise<void> {
    if (this.open?.article.id === id && this.#saver) {
      if (patch.tier !== undefined) this.open.edit.tier = patch.tier;
      if (patch.section !== undefined) this.open.edit.section = patch.section;
      this.#edited();
      await this.#saver.flush();
      if (patch.tier !== undefined) this.#preview.now(this.#shownPreviewArgs());
      return;
    }
    const article = await ipc.getArticle(id);
    const stored = editOf(article);
    const summary = await ipc.saveArticle(
      id,
      { ...stored, tier: patch.tier ?? article.tier, section: patch.section ?? article.section },
      stored,
    );
    this.#list.patch(summary);
  }

  /** Stores the article only (not a translation shown): what publishing sends. */
  async flushArticle(): Promise<void> {
    this.#bodyFeed.flush();
    await this.#saver?.flush();
  }

  // ---- translations in the editor ------------------------------------------------

  async #loadTexts(id: string): Promise<void> {
    try {
      const next = await ipc.articleTexts(id);
      if (this.open?.article.id === id) this.texts = next;
    } catch (error) {
      if (this.open?.article.id === id) this.textsProblem = t("texts-failed", { reason: reasonOf(error) });
    }
  }

  /** Lets go of the translation in the editor, saving what was typed in the background. */
  #dropTranslation(): void {
    this.translation?.release();
    this.translation = null;
  }

  /** Loads again the translation the editor shows, and the texts' states. */
  async reloadShownTranslation(): Promise<void> {
    if (!this.open) return;
    void this.#loadTexts(this.open.article.id);
    if (this.translation) await this.showText(this.translation.locale, true);
  }

  /** Shows the source (its own locale) or a translation in the editor. */
  async showText(locale: string, again = false): Promise<void> {
    if (!this.open) return;
    const id = this.open.article.id;
    const current = this.translation?.locale ?? this.open.article.source_locale;
    if (locale === current && !again) return;
    if (!(await this.storeNow())) return;
    const open = this.open;
    if (open?.article.id !== id) return;
    if (locale === open.article.source_locale) {
      this.#dropTranslation();
      // The source's editor starts again from what was typed, not from what was loaded.
      open.article.body = open.edit.body;
      this.bodyKey = `${id}:${++this.#loads}`;
      this.saveStatus = { state: "idle" };
      this.#preview.now(previewArgs(open.edit));
      return;
    }
    try {
      const loaded = await ipc.getText(id, locale);
      const shown = this.open;
      if (shown?.article.id !== id) return;
      this.#dropTranslation();
      // The source's body as typed so far, for when its tab comes back.
      shown.article.body = shown.edit.body;
      this.translation = new TranslationDraft(id, locale, loaded, (status) => {
        this.saveStatus = status;
        if (status.state === "failed") this.#notices.noteTrouble(status.error);
        else if (status.state === "saved") void this.#loadTexts(id);
      });
      this.bodyKey = `${id}:${locale}:${++this.#loads}`;
      this.saveStatus = { state: "idle" };
      this.#preview.now({ body: loaded.body, paid: shown.edit.tier !== PUBLIC_TIER });
      this.textsProblem = null;
    } catch (error) {
      this.textsProblem = t("text-open-failed", { reason: reasonOf(error) });
    }
  }

  /** What changed in the source since its translation into `locale` was marked done. */
  sourceChanges(locale: string): Promise<SourceChanges> {
    return ipc.sourceChanges(this.open?.article.id ?? "", locale);
  }

  async addTranslation(locale: string): Promise<void> {
    if (!this.open) return;
    const id = this.open.article.id;
    try {
      this.texts = await ipc.addTranslation(id, locale);
      this.textsProblem = null;
      await this.showText(locale);
    } catch (error) {
      this.textsProblem = t("translation-add-failed", { reason: reasonOf(error) });
    }
  }

  async setTranslationStatus(locale: string, status: TranslationStatus): Promise<void> {
    if (!this.open) return;
    const id = this.open.article.id;
    try {
      // The status is about the text as stored: store it first.
      if (!(await this.storeNow())) return;
      const next = await ipc.setTranslationStatus(id, locale, status);
      if (this.open?.article.id === id) this.texts = next;
      this.textsProblem = null;
    } catch (error) {
      this.textsProblem = t("translation-status-failed", { reason: reasonOf(error) });
    }
  }

  dispose(): void {
    this.#preview.cancel();
    this.#retry.dispose();
    this.#bodyFeed.dispose();
    this.#saver?.dispose();
    this.translation?.dispose();
  }
}

const previewArgs = (edit: ArticleEdit): PreviewRequest => ({
  body: edit.body,
  paid: edit.tier !== PUBLIC_TIER,
});

export const [useOpenArticle, provideOpenArticle] = createContext<OpenArticle>();
