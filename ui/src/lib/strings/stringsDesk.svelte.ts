// The interface-strings editor's state: the source (a site's strings, fetched through
// the API and pushed back with the translator's or editor's token, or a folder laid
// out like `locales/`), the file and locale, the messages with their state, and the
// message being edited as a form or as raw Fluent. Nothing typed is lost: a message
// not saved yet is kept as a draft in the WebView's storage until saved or reverted.

import { createContext } from "svelte";

import type { EntryForm } from "../bindings/EntryForm";
import type { FormField } from "../bindings/FormField";
import type { SiteEntry } from "../bindings/SiteEntry";
import type { StringRow } from "../bindings/StringRow";
import type { StringsFile } from "../bindings/StringsFile";
import { REFERENCE_LOCALE, textDirection } from "../i18n/i18n.svelte";
import { t } from "../i18n/strings";
import * as ipc from "../ipc";
import { reasonOf } from "../i18n/reasons";
import {
  countByStatus,
  draftKey,
  Drafts,
  filterStrings,
  previewEntry,
  sampleArguments,
  type StatusFilter,
} from "./stringsEditor";

export type Source = { kind: "site"; url: string } | { kind: "folder"; root: string; files: string[]; locales: string[] };

// Folders opened before, newest first, so that the dialog is needed once.
const FOLDERS_KEY = "dateline.strings-folders";

function readFolders(): string[] {
  try {
    const list: unknown = JSON.parse(window.localStorage.getItem(FOLDERS_KEY) ?? "[]");
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export class StringsDesk {
  readonly #drafts = new Drafts(window.localStorage);

  sites = $state<SiteEntry[]>([]);
  source = $state<Source | null>(null);
  fileName = $state("site.ftl");
  locale = $state("");
  newLocale = $state("");
  strings = $state<StringsFile | null>(null);
  loading = $state(false);
  loadProblem = $state<string | null>(null);
  recentFolders = $state<string[]>(readFolders());

  statusFilter = $state<StatusFilter>("all");
  query = $state("");
  readonly counts = $derived(countByStatus(this.strings?.rows ?? []));
  readonly shown = $derived(filterStrings(this.strings?.rows ?? [], this.statusFilter, this.query));

  selectedId = $state<string | null>(null);
  readonly row = $derived(this.strings?.rows.find((r) => r.id === this.selectedId) ?? null);
  mode = $state<"form" | "raw">("form");
  form = $state<EntryForm | null>(null);
  raw = $state("");
  /** The entry as it stands: composed from the form, or the raw text. */
  entry = $state<string | null>(null);
  composeProblem = $state<string | null>(null);
  args = $state<Record<string, string>>({});
  saving = $state(false);
  saveProblem = $state<string | null>(null);
  conflict = $state<string | null>(null);
  savedNote = $state(false);
  draftIds = $state<string[]>([]);
  /** Fields typed in that are not composed yet (Save composes them first). */
  pending = $state(false);

  readonly sourceKey = $derived(
    this.source === null ? "" : this.source.kind === "site" ? `site:${this.source.url}` : `folder:${this.source.root}`,
  );
  readonly siteEntry = $derived.by(() => {
    const from = this.source;
    return from?.kind === "site" ? (this.sites.find((s) => s.url === from.url) ?? null) : null;
  });
  readonly siteLocales = $derived((this.siteEntry?.info?.locales ?? []).filter((l) => l !== REFERENCE_LOCALE));
  readonly mayPush = $derived(this.source?.kind !== "site" || (this.siteEntry?.info?.role ?? "editor") !== "writer");
  readonly dirty = $derived(
    this.row !== null &&
      (this.pending || (this.entry !== null && this.entry.trim() !== (this.row.translation ?? "").trim())),
  );
  readonly dir = $derived(textDirection(this.locale || REFERENCE_LOCALE));

  /** The rest of the file, for references in the preview: translations, else reference. */
  readonly #context = $derived.by(() => {
    const rows = this.strings?.rows ?? [];
    const translated = rows
      .filter((r) => r.translation !== null && r.id !== this.selectedId)
      .map((r) => r.translation);
    const fallback = rows.filter((r) => r.translation === null && r.reference !== null).map((r) => r.reference);
    return [...translated, ...fallback].join("\n");
  });
  readonly preview = $derived(
    this.form !== null && this.entry !== null && this.locale !== ""
      ? previewEntry(this.locale, this.#context, this.entry, this.form, this.args)
      : [],
  );

  #loads = 0;
  // Composing goes through the desk (the one Fluent writer); answers to earlier
  // questions are dropped.
  #composeTimer: ReturnType<typeof setTimeout> | undefined;
  #composes = 0;

  // ---- the source, file and locale -------------------------------------------------

  /** The workspace is shown: the sites again, and the first one if nothing is open. */
  async loadSites(): Promise<void> {
    try {
      this.sites = await ipc.listSites();
      if (this.source === null && this.sites.length > 0) {
        this.source = { kind: "site", url: this.sites[0]!.url };
        const locales = (this.sites[0]!.info?.locales ?? []).filter((l) => l !== REFERENCE_LOCALE);
        this.locale = locales[0] ?? "";
        this.fileName = "site.ftl";
        if (this.locale !== "") await this.load();
      }
    } catch (error) {
      this.loadProblem = reasonOf(error);
    }
  }

  async chooseFolder(): Promise<void> {
    const root = await ipc.chooseFolder(t("strings-folder-dialog-title"));
    if (root !== null) await this.#openFolder(root);
  }

  /** Opens a folder laid out like `locales/`, chosen in the dialog or earlier. */
  async #openFolder(root: string): Promise<void> {
    this.loadProblem = null;
    try {
      const listed = await ipc.stringsFolder(root);
      this.source = { kind: "folder", root, files: listed.files, locales: listed.locales };
      this.#rememberFolder(root);
      this.fileName = listed.files.includes(this.fileName) ? this.fileName : (listed.files[0] ?? "");
      if (!listed.locales.includes(this.locale)) this.locale = listed.locales[0] ?? "";
      this.strings = null;
      if (this.locale !== "") await this.load();
    } catch (error) {
      this.loadProblem = reasonOf(error);
    }
  }

  #rememberFolder(root: string): void {
    this.recentFolders = [root, ...this.recentFolders.filter((r) => r !== root)].slice(0, 8);
    window.localStorage.setItem(FOLDERS_KEY, JSON.stringify(this.recentFolders));
  }

  async chooseSource(key: string): Promise<void> {
    if (key.startsWith("site:")) this.#chooseSite(key.slice("site:".length));
    else if (key.startsWith("folder:")) await this.#openFolder(key.slice("folder:".length));
  }

  #chooseSite(url: string): void {
    this.source = { kind: "site", url };
    this.fileName = "site.ftl";
    if (!this.siteLocales.includes(this.locale)) this.locale = this.siteLocales[0] ?? "";
    this.strings = null;
    void this.load();
  }

  addLocale(): void {
    const name = this.newLocale.trim();
    const source = this.source;
    if (source?.kind !== "folder" || name === "") return;
    try {
      Intl.getCanonicalLocales(name);
    } catch {
      this.loadProblem = t("strings-locale-invalid", { locale: name });
      return;
    }
    if (!source.locales.includes(name)) source.locales = [...source.locales, name].sort();
    this.locale = name;
    this.newLocale = "";
    void this.load();
  }

  async load(keepSelection = false): Promise<void> {
    const source = this.source;
    if (source === null || this.locale === "") return;
    const mine = ++this.#loads;
    this.loading = true;
    this.loadProblem = null;
    try {
      const opened =
        source.kind === "site"
          ? await ipc.openSiteStrings(source.url, this.locale)
          : await ipc.openStrings(source.root, this.locale, this.fileName);
      if (mine !== this.#loads) return;
      this.strings = opened;
      this.#refreshDrafts();
      const selected = this.selectedId;
      const still = keepSelection && selected !== null && opened.rows.some((r) => r.id === selected);
      if (still) await this.select(selected, true);
      else {
        this.selectedId = null;
        this.form = null;
        this.entry = null;
      }
    } catch (error) {
      if (mine === this.#loads) this.loadProblem = reasonOf(error);
    } finally {
      if (mine === this.#loads) this.loading = false;
    }
  }

  // ---- drafts ----------------------------------------------------------------------

  #refreshDrafts(): void {
    this.draftIds = this.#drafts.ids(this.sourceKey, this.locale, this.fileName);
  }

  #keyOf(id: string): string {
    return draftKey(this.sourceKey, this.locale, this.fileName, id);
  }

  #keepDraft(): void {
    const row = this.row;
    if (row === null || this.entry === null) return;
    const key = this.#keyOf(row.id);
    if (this.dirty) this.#drafts.set(key, { entry: this.entry, base: row.translation });
    else this.#drafts.delete(key);
    this.#refreshDrafts();
  }

  // ---- the message edited ----------------------------------------------------------

  async select(id: string, force = false): Promise<void> {
    if (id === this.selectedId && !force) return;
    const next = this.strings?.rows.find((r) => r.id === id);
    if (!next) return;
    this.selectedId = id;
    this.pending = false;
    this.saveProblem = null;
    this.composeProblem = null;
    this.savedNote = false;
    if (!force) this.conflict = null;
    const draft = this.#drafts.get(this.#keyOf(id));
    this.raw = draft?.entry ?? next.translation ?? "";
    this.form = draft ? await this.#formOf(next, draft.entry) : structuredClone($state.snapshot(next.form));
    this.args = sampleArguments(this.form ?? next.form);
    this.entry = draft?.entry ?? next.translation ?? null;
    if (draft === null) this.mode = "form";
    if (this.mode === "form") this.#scheduleCompose();
  }

  async #formOf(of: StringRow, text: string): Promise<EntryForm> {
    try {
      return await ipc.stringForm(of.id, of.reference, text, this.locale);
    } catch {
      return structuredClone($state.snapshot(of.form));
    }
  }

  #scheduleCompose(): void {
    clearTimeout(this.#composeTimer);
    this.#composeTimer = setTimeout(() => void this.#composeNow(), 150);
  }

  async #composeNow(): Promise<string | null> {
    clearTimeout(this.#composeTimer);
    if (this.form === null || this.row === null) return null;
    const mine = ++this.#composes;
    const asked = $state.snapshot(this.form);
    try {
      const text = await ipc.composeString(asked);
      if (mine !== this.#composes) return text;
      this.entry = text;
      this.pending = false;
      this.composeProblem = null;
      this.#keepDraft();
      return text;
    } catch (error) {
      if (mine === this.#composes) {
        this.pending = false;
        this.composeProblem = reasonOf(error);
        // An incomplete form is still the translator's work: kept, as last composed.
      }
      return null;
    }
  }

  editField(field: FormField, text: string, variant?: number): void {
    if (field.kind === "text") field.text = text;
    else if (variant !== undefined && field.variants[variant]) field.variants[variant]!.text = text;
    this.savedNote = false;
    this.pending = true;
    this.#scheduleCompose();
  }

  editRaw(text: string): void {
    this.raw = text;
    this.entry = text;
    this.savedNote = false;
    this.composeProblem = null;
    this.#keepDraft();
  }

  async switchMode(next: "form" | "raw"): Promise<void> {
    const row = this.row;
    if (next === this.mode || row === null) return;
    if (next === "raw") {
      const text = (await this.#composeNow()) ?? this.entry ?? row.translation ?? "";
      this.raw = text;
      this.mode = "raw";
      return;
    }
    // Back to fields only if the raw text is one valid message the fields can show.
    const back = await this.#formOf(row, this.raw);
    try {
      await ipc.composeString(back);
    } catch (error) {
      this.composeProblem = t("strings-raw-not-valid", { reason: reasonOf(error) });
      return;
    }
    this.form = back;
    this.mode = "form";
    this.#scheduleCompose();
  }

  /** After a conflict: the file as it is now, with what the translator typed kept. */
  async reopen(): Promise<void> {
    // What is on screen is the translator's latest, whatever the storage kept.
    const keep = { id: this.selectedId, form: this.form && $state.snapshot(this.form), raw: this.raw, mode: this.mode };
    await this.load(true);
    if (this.loadProblem !== null) return;
    this.conflict = null;
    if (keep.id === null || keep.id !== this.selectedId || keep.form === null) return;
    this.form = keep.form;
    this.raw = keep.raw;
    this.mode = keep.mode;
    if (this.mode === "form") await this.#composeNow();
    else this.editRaw(this.raw);
  }

  revert(): void {
    const row = this.row;
    if (row === null) return;
    this.#drafts.delete(this.#keyOf(row.id));
    this.#refreshDrafts();
    void this.select(row.id, true);
  }

  /** Saves the message; with `next`, then opens the message after it in the list. */
  async save(next = false): Promise<void> {
    const { row, strings, source } = this;
    if (row === null || strings === null || source === null || this.saving) return;
    // The list as it is now: a saved message may leave a "to do" filter.
    const order = this.shown.map((r) => r.id);
    const after = order[order.indexOf(row.id) + 1] ?? null;
    const text = this.mode === "form" ? await this.#composeNow() : this.raw;
    if (text === null) return;
    this.saving = true;
    this.saveProblem = null;
    this.conflict = null;
    try {
      const saved =
        source.kind === "site"
          ? await ipc.saveSiteString(source.url, this.locale, row.id, text, strings.site_version ?? 0)
          : await ipc.saveString(source.root, this.locale, this.fileName, row.id, text, strings.content_hash);
      this.#drafts.delete(this.#keyOf(row.id));
      this.strings = saved;
      this.#refreshDrafts();
      if (next && after !== null) {
        await this.select(after);
      } else {
        await this.select(row.id, true);
        this.savedNote = true;
      }
    } catch (error) {
      if (ipc.codeOf(error) === "conflict") this.conflict = reasonOf(error);
      else this.saveProblem = reasonOf(error);
    } finally {
      this.saving = false;
    }
  }

  dispose(): void {
    clearTimeout(this.#composeTimer);
  }
}

export const [useStringsDesk, provideStringsDesk] = createContext<StringsDesk>();
