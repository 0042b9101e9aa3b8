// The Translate workspace's state: the translators' dashboard (every article, each
// language's state and progress, filtered) and the translation open in its editor —
// the source's blocks beside the translation's, what changed in the source since the
// translation was done, suggestions from the translation memory, autosave (a
// TranslationDraft, as in Write's tabs) and the preview.

import { createContext } from "svelte";

import type { SaveStatus } from "../articles/autosave";
import type { Rendered } from "../bindings/Rendered";
import type { SourceChanges } from "../bindings/SourceChanges";
import type { Suggestion } from "../bindings/Suggestion";
import type { TextEdit } from "../bindings/TextEdit";
import type { TextState } from "../bindings/TextState";
import type { TranslationRow } from "../bindings/TranslationRow";
import type { TranslationStatus } from "../bindings/TranslationStatus";
import { t } from "../i18n/strings";
import * as ipc from "../ipc";
import type { ArticleList } from "../search/articleList.svelte";
import type { Sites } from "../sites/sites.svelte";
import { alignBlocks, blockSourcesOf, cutMoved, filterRows, joinBlocks, type AlignedRow } from "./blocks";
import { TranslationDraft } from "./translationDraft.svelte";
import { sameWords } from "./translations";
import { reasonOf } from "../i18n/reasons";

/** The translation in the editor. */
export interface OpenTranslation {
  id: string;
  locale: string;
  sourceLocale: string;
  paid: boolean;
  source: TextEdit;
  /** Its text as edited, saved as typed. */
  draft: TranslationDraft;
  rows: AlignedRow[];
  changes: SourceChanges | null;
  text: TextState | null;
}

const NO_TEXT: TextEdit = { title: "", standfirst: "", body: "", slug: "" };

export class TranslationDesk {
  overview = $state<TranslationRow[]>([]);
  overviewProblem = $state<string | null>(null);
  filter = $state({ missing: false, outdated: false, locale: "" });
  open = $state<OpenTranslation | null>(null);
  problem = $state<string | null>(null);
  restoreProblem = $state<string | null>(null);
  saveStatus = $state<SaveStatus>({ state: "idle" });

  /** The block with the cursor, and the memory's suggestions for its source. */
  focused = $state<number | null>(null);
  suggestions = $state<Suggestion[]>([]);
  #suggestionsFor: string | null = null;

  previewOpen = $state(false);
  rendered = $state<Rendered | null>(null);
  previewProblem = $state<string | null>(null);
  #previewTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #sites: Sites;
  readonly #list: ArticleList;
  #overviewLoads = 0;
  /** Counts the translations asked for: only the newest one asked is shown. */
  #choosing = 0;

  constructor(sites: Sites, list: ArticleList) {
    this.#sites = sites;
    this.#list = list;
  }

  /** The dashboard's rows with the filter applied. */
  get shown(): ReturnType<typeof filterRows> {
    return filterRows(this.overview, this.#sites.locales, this.filter);
  }

  /** Languages the filter offers: the site's and any a translation exists in. */
  get filterLocales(): string[] {
    const overview = this.overview;
    const all = new Set<string>(this.#sites.locales);
    for (const row of overview) for (const x of row.texts) if (!x.is_source) all.add(x.locale);
    return [...all].filter((l) => overview.length === 0 || overview.some((r) => r.article.source_locale !== l));
  }

  #row(): TranslationRow | undefined {
    return this.open ? this.overview.find((r) => r.article.id === this.open?.id) : undefined;
  }

  /** The open article's source was deleted (its dashboard row says so). */
  get sourceDeleted(): boolean {
    return this.#row()?.source_deleted === true;
  }

  get inBin(): boolean {
    return this.#row()?.in_bin === true;
  }

  isOpen(id: string, locale: string): boolean {
    return this.open?.id === id && this.open.locale === locale;
  }

  async loadOverview(): Promise<void> {
    const mine = ++this.#overviewLoads;
    try {
      const rows = await ipc.translationOverview();
      // An answer overtaken by a later question (a save, then a status) is stale.
      if (mine !== this.#overviewLoads) return;
      this.overview = rows;
      this.overviewProblem = null;
    } catch (error) {
      this.overviewProblem = reasonOf(error);
    }
  }

  /** Coming back to the workspace: the source may have changed in Write meanwhile. */
  activate(): void {
    void this.loadOverview();
    if (this.open) void this.#reopen();
  }

  /** Stores what is typed; for leaving the workspace. */
  async leave(): Promise<boolean> {
    const draft = this.open?.draft;
    if (!draft) return true;
    try {
      await draft.flush();
      return true;
    } catch {
      return false;
    }
  }

  async #reopen(): Promise<void> {
    if (!this.open) return;
    await this.choose(this.open.id, this.open.locale, true);
  }

  /**
   * The open translation's article changed (the newsroom brought a colleague's words,
   * or Write changed the source): shown again as stored when it differs from what the
   * editor knows and nothing typed waits; otherwise the next save merges the two.
   */
  async articleChanged(): Promise<void> {
    const open = this.open;
    if (!open) return;
    try {
      const [text, source] = await Promise.all([
        ipc.getText(open.id, open.locale),
        ipc.getText(open.id, open.sourceLocale).catch(() => NO_TEXT),
      ]);
      if (this.open !== open || open.draft.dirty) return;
      if (sameWords(text, open.draft.saved) && sameWords(source, open.source)) return;
      await this.choose(open.id, open.locale, true);
    } catch {
      // Shown again when the workspace is next opened.
    }
  }

  /** Brings the source's article back from the bin. */
  async restoreSource(): Promise<void> {
    if (!this.open) return;
    try {
      const summary = await ipc.undeleteArticle(this.open.id);
      this.restoreProblem = null;
      // The article list shows it again.
      this.#list.prepend(summary);
      await this.loadOverview();
    } catch (error) {
      this.restoreProblem = reasonOf(error);
    }
  }

  async choose(id: string, locale: string, again = false): Promise<void> {
    const mine = ++this.#choosing;
    if (!again && this.isOpen(id, locale)) return;
    try {
      for (;;) {
        if (!(await this.leave())) return;
        // What is stored now. The editor stays on screen while the next text loads, and
        // anything typed meanwhile goes to this draft: it must be stored, not dropped
        // with the draft, and a reload must not replace it with what was loaded before.
        const draft = this.open?.draft;
        const stored = draft?.value;
        let texts = await ipc.articleTexts(id);
        if (!texts.some((x) => x.locale === locale)) {
          // A second click while the first is still adding it finds it added.
          texts = await ipc.addTranslation(id, locale).catch((error: unknown) => {
            if (ipc.codeOf(error) === "conflict") return ipc.articleTexts(id);
            throw error;
          });
        }
        const sourceText = texts.find((x) => x.is_source);
        const row = this.overview.find((r) => r.article.id === id);
        const sourceLocale = sourceText?.locale ?? row?.article.source_locale ?? "";
        const [source, edit, changes] = await Promise.all([
          // A source text that is gone shows as an empty one; its translation stays open.
          sourceText ? ipc.getText(id, sourceLocale) : Promise.resolve(NO_TEXT),
          ipc.getText(id, locale),
          ipc.sourceChanges(id, locale),
        ]);
        // Another translation was asked for meanwhile: that one is shown.
        if (mine !== this.#choosing) return;
        // Typed while loading: store that, then load again (it may be this very text).
        if (draft && (draft.dirty || draft.value !== stored)) continue;
        this.#show({ id, locale, texts, row, sourceLocale, source, edit, changes }, again);
        return;
      }
    } catch (error) {
      if (mine === this.#choosing) this.problem = t("tr-load-failed", { reason: reasonOf(error) });
    }
  }

  /** Puts a loaded translation in the editor, with a draft of its own. */
  #show(
    loaded: {
      id: string;
      locale: string;
      texts: TextState[];
      row: TranslationRow | undefined;
      sourceLocale: string;
      source: TextEdit;
      edit: TextEdit;
      changes: SourceChanges;
    },
    again: boolean,
  ): void {
    const { id, locale, texts, row, sourceLocale, source, edit, changes } = loaded;
    const text = texts.find((x) => x.locale === locale) ?? null;
    // Changes matter only to a translation that was done and is outdated now: one
    // never done has every block "added".
    const outdated = text?.outdated === true && changes.outdated;
    // Nothing unsaved is lost here: `choose` has just checked that all is stored.
    this.open?.draft.dispose();
    const draft = new TranslationDraft(id, locale, edit, (status) => {
      this.saveStatus = status;
      if (status.state === "saved") void this.loadOverview();
    });
    this.saveStatus = { state: "idle" };
    this.open = {
      id,
      locale,
      sourceLocale,
      paid: (row?.article.tier ?? "public") !== "public",
      source,
      draft,
      rows: alignBlocks(source.body, edit.body, outdated ? changes.paragraphs : null, edit.block_sources ?? null),
      changes: outdated ? changes : null,
      text,
    };
    this.problem = null;
    // The rows hold the cut where the source has it; a translation that had it
    // elsewhere (typed in Write, or from before the cut was fixed) is saved as shown.
    if (cutMoved(edit.body, this.open.rows)) this.#changed();
    if (!again) {
      this.focused = null;
      this.suggestions = [];
      this.#suggestionsFor = null;
    }
    this.#schedulePreview(0);
    if (!again) void this.loadOverview();
  }

  /** The headline or standfirst was typed into. */
  fieldChanged(field: "title" | "standfirst", value: string): void {
    if (!this.open) return;
    this.open.draft.edit[field] = value;
    this.open.draft.changed();
  }

  /** Block `index` was typed into. */
  blockChanged(index: number, value: string): void {
    const row = this.open?.rows[index];
    if (!row) return;
    row.translation = value;
    this.#changed();
  }

  #changed(): void {
    const open = this.open;
    if (!open) return;
    open.draft.edit.body = joinBlocks(open.rows.map((r) => r.translation));
    open.draft.edit.block_sources = blockSourcesOf(open.rows);
    open.draft.changed();
    this.#schedulePreview(300);
  }

  /** Focus left a block: a moment to save. */
  blockLeft(): void {
    this.open?.draft.flush().catch(() => {});
  }

  togglePreview(): void {
    this.previewOpen = !this.previewOpen;
    this.#schedulePreview(0);
  }

  #schedulePreview(delay: number): void {
    const open = this.open;
    if (!this.previewOpen || !open) return;
    clearTimeout(this.#previewTimer);
    const { body } = open.draft.edit;
    const paid = open.paid;
    this.#previewTimer = setTimeout(async () => {
      try {
        this.rendered = await ipc.renderPreview(body, paid);
        this.previewProblem = null;
      } catch (error) {
        this.previewProblem = reasonOf(error);
      }
    }, delay);
  }

  async setStatus(status: TranslationStatus): Promise<void> {
    if (!this.open) return;
    const { id, locale } = this.open;
    try {
      // The status is about the text as stored.
      if (!(await this.leave())) {
        const saved = this.saveStatus;
        this.problem = t("translation-status-failed", {
          reason: saved.state === "failed" ? reasonOf(saved.error) : "",
        });
        return;
      }
      const texts = await ipc.setTranslationStatus(id, locale, status);
      const open = this.open;
      if (open?.id === id && open.locale === locale) {
        open.text = texts.find((x) => x.locale === locale) ?? null;
        if (status === "done") {
          // Up to date now: no more changes to show.
          open.changes = null;
          for (const row of open.rows) {
            row.before = null;
            row.change = "same";
          }
          open.rows = open.rows.filter((r) => r.source !== null || r.translation !== "");
        }
      }
      this.problem = null;
      await this.loadOverview();
    } catch (error) {
      this.problem = t("translation-status-failed", { reason: reasonOf(error) });
    }
  }

  /** The cursor went into block `index`: the memory's suggestions for its source. */
  async focusBlock(index: number): Promise<void> {
    this.focused = index;
    const open = this.open;
    const source = open?.rows[index]?.source ?? null;
    if (!open || source === null || source === this.#suggestionsFor) return;
    this.#suggestionsFor = source;
    const { sourceLocale, locale, id } = open;
    try {
      const found = await ipc.translationSuggestions(source, sourceLocale, locale, id);
      if (this.#suggestionsFor === source) this.suggestions = found;
    } catch (error) {
      console.error("translation_suggestions failed:", error);
      this.suggestions = [];
    }
  }

  /** Puts a suggestion into the focused block; the block's index, or null if none is. */
  useSuggestion(s: Suggestion): number | null {
    const index = this.focused;
    const row = index === null ? undefined : this.open?.rows[index];
    if (index === null || !row) return null;
    row.translation = s.translation;
    this.#changed();
    return index;
  }

  dispose(): void {
    clearTimeout(this.#previewTimer);
    this.open?.draft.dispose();
  }
}

export const [useTranslationDesk, provideTranslationDesk] = createContext<TranslationDesk>();
