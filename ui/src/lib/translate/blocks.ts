// The Translate workspace's pure logic: bodies cut into blocks exactly as the desk
// cuts them (`blocks()` in crates/desk/src/translate/blocks.rs), the source
// and the translation aligned block by block, and the translators' dashboard filters.

import type { DiffChunk } from "../bindings/DiffChunk";
import type { ParagraphChange } from "../bindings/ParagraphChange";
import type { TextState } from "../bindings/TextState";
import type { TranslationRow } from "../bindings/TranslationRow";

/** A paywall cut line: `<!-- paywall -->` or `<!-- members-only -->`, spaces aside (render's `is_cut_line`). */
export function isCutLine(text: string): boolean {
  const m = /^<!--([\s\S]*)-->$/.exec(text.trim());
  return m !== null && ["paywall", "members-only"].includes(m[1]!.trim());
}

const indentOf = (line: string) => line.length - line.replace(/^ +/, "").length;

/**
 * Runs of lines between blank lines (a line of spaces is blank), trimmed, with a
 * top-level paywall line always a block of its own (outside fenced code): the desk's
 * cut (`blocks()` in crates/desk/src/translate/blocks.rs), held to the same cases in
 * tests/fixtures/blocks.json.
 */
export function blocks(body: string): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const end = () => {
    if (block.length > 0) out.push(block.join("\n").trim());
    block = [];
  };
  // The open fence's character and length, if inside fenced code.
  let fence: { c: string; n: number } | null = null;
  for (const line of body.split("\n")) {
    const text = line.replace(/^ +/, "");
    const run = indentOf(line) < 4 ? /^(`{3,}|~{3,})(.*)$/s.exec(text) : null;
    let inCode = fence !== null;
    if (run) {
      const [c, n, rest] = [run[1]![0]!, run[1]!.length, run[2]!.trim()];
      if (fence === null) fence = { c, n };
      else if (fence.c === c && n >= fence.n && rest === "") fence = null;
      inCode = true;
    }
    if (line.trim() === "") {
      end();
    } else if (!inCode && indentOf(line) < 4 && isCutLine(line)) {
      end();
      out.push(line.trim());
    } else {
      block.push(line);
    }
  }
  end();
  return out;
}

/**
 * A body from the translation's blocks: joined by blank lines. Blocks left empty are
 * dropped, so an untranslated block does not leave stray blank lines behind.
 */
export function joinBlocks(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join("\n\n");
}

/** One row of the editor: a source block and what it was, beside its translation. */
export interface AlignedRow {
  /** The source block now; null for a block the source removed since. */
  source: string | null;
  /** When the source block changed since the translation was done: the old text. */
  before: string | null;
  change: "same" | "changed" | "added" | "removed";
  /** For a changed block, its words then and now compared, from the desk. */
  words: DiffChunk[];
  /** The translation's block at this position ("" if it has none yet). */
  translation: string;
}

/**
 * A row of the source's paywall cut (or of one the source removed since): fixed, not
 * translated. Its translation is the source's cut line, so the cut stands after the same
 * block in every language.
 */
export function isCutRow(row: AlignedRow): boolean {
  const text = row.source ?? row.before;
  return text !== null && isCutLine(text);
}

/**
 * The source's blocks beside the translation's. With `changes` (the source's blocks
 * then and now), changed and added blocks are marked, and removed ones appear as rows of
 * their own so the translation's block for them stays in line. With `blockSources` (the
 * source block each translation block was saved beside, one per block), each block goes
 * back beside that source block, so a paragraph translated out of turn stays where it
 * was put; without it, or for a block whose source is gone, blocks pair by position.
 * Translation blocks beyond the source's are kept as rows without a source. The cut is
 * never paired: its row holds the source's cut, and a cut the translation had elsewhere
 * is dropped.
 */
export function alignBlocks(
  sourceBody: string,
  translationBody: string,
  changes: readonly ParagraphChange[] | null = null,
  blockSources: readonly string[] | null = null,
): AlignedRow[] {
  const all = blocks(translationBody);
  const fits = blockSources !== null && blockSources.length === all.length;
  const kept = all.map((block, j) => ({ block, source: fits ? blockSources[j]! : null })).filter((b) => !isCutLine(b.block));
  const target = kept.map((b) => b.block);
  let rows: AlignedRow[];
  if (changes && changes.length > 0) {
    rows = changes.map((c) => ({
      source: c.after,
      before: c.change === "changed" || c.change === "removed" ? c.before : null,
      change: c.change,
      words: c.changed_words,
      translation: "",
    }));
  } else {
    rows = blocks(sourceBody).map((s) => ({ source: s, before: null, change: "same" as const, words: [], translation: "" }));
  }
  const cut = rows.map(isCutRow);
  for (const row of rows) if (row.source !== null && isCutLine(row.source)) row.translation = row.source;
  const free = (i: number) => !cut[i];
  if (!fits) {
    const open = rows.flatMap((_, i) => (free(i) ? [i] : []));
    target.forEach((block, k) => {
      if (k < open.length) rows[open[k]!]!.translation = block;
      else rows.push({ source: null, before: null, change: "same", words: [], translation: block });
    });
    return rows;
  }
  const taken = new Set<number>();
  const matches = (row: AlignedRow, want: string) => want !== "" && (row.source === want || row.before === want);
  let next = 0;
  kept.forEach(({ block, source }) => {
    const want = source!;
    // Its source block, the first one after the previous block's (a text may repeat);
    // else the next free row; else a row of its own.
    const usable = (r: AlignedRow, i: number) => free(i) && !taken.has(i);
    let at = rows.findIndex((r, i) => i >= next && usable(r, i) && matches(r, want));
    if (at < 0) at = rows.findIndex((r, i) => usable(r, i) && matches(r, want));
    if (at < 0) at = rows.findIndex((r, i) => i >= next && usable(r, i));
    if (at < 0) {
      rows.push({ source: null, before: null, change: "same", words: [], translation: "" });
      cut.push(false);
      at = rows.length - 1;
    }
    rows[at]!.translation = block;
    taken.add(at);
    next = at + 1;
  });
  return rows;
}

/**
 * Whether aligning moved, added or dropped the translation's cut: its body as the rows
 * show it differs from `body`. A translation with nothing translated yet is left alone.
 */
export function cutMoved(body: string, rows: readonly AlignedRow[]): boolean {
  const before = blocks(body);
  if (!before.some((b) => !isCutLine(b))) return false;
  const after = blocks(joinBlocks(rows.map((r) => r.translation)));
  return before.findIndex(isCutLine) !== after.findIndex(isCutLine) || before.length !== after.length;
}

/** For each translated row, in order, the source block it stands beside. */
export function blockSourcesOf(rows: readonly AlignedRow[]): string[] {
  return rows.filter((r) => r.translation.trim() !== "").map((r) => r.source ?? r.before ?? "");
}

/** Where one locale of an article stands on the dashboard. */
export type CellState = "missing" | "in_progress" | "needs_review" | "done" | "outdated";

export interface Cell {
  locale: string;
  state: CellState;
  progress: number;
}

/**
 * The article's cells: one per site locale (missing ones too) and per other translation.
 * An article whose source was deleted shows only the translations it has: there is
 * nothing to start a new one from.
 */
export function cellsOf(row: TranslationRow, siteLocales: readonly string[]): Cell[] {
  const source = row.article.source_locale;
  const translations = row.texts.filter((t) => !t.is_source);
  const progress = new Map(row.progress);
  const byLocale = new Map<string, TextState>(translations.map((t) => [t.locale, t]));
  const locales = row.source_deleted ? [] : [...siteLocales.filter((l) => l !== source)];
  for (const t of translations) if (!locales.includes(t.locale)) locales.push(t.locale);
  return locales.map((locale) => {
    const text = byLocale.get(locale);
    if (!text) return { locale, state: "missing", progress: 0 };
    const state: CellState = text.outdated ? "outdated" : text.status;
    return { locale, state, progress: progress.get(locale) ?? 0 };
  });
}

export interface DashboardFilter {
  /** Only articles with a missing (or, with `outdated`, an outdated) translation. */
  missing: boolean;
  outdated: boolean;
  /** "" for every locale. */
  locale: string;
}

/** The dashboard's rows under the filters, each with the cells it shows. */
export function filterRows(
  rows: readonly TranslationRow[],
  siteLocales: readonly string[],
  filter: DashboardFilter,
): { row: TranslationRow; cells: Cell[] }[] {
  const out: { row: TranslationRow; cells: Cell[] }[] = [];
  for (const row of rows) {
    let cells = cellsOf(row, siteLocales);
    if (filter.locale !== "") cells = cells.filter((c) => c.locale === filter.locale);
    if (filter.missing || filter.outdated) {
      const wanted = (c: Cell) => (filter.missing && c.state === "missing") || (filter.outdated && c.state === "outdated");
      if (!cells.some(wanted)) continue;
    }
    if (cells.length === 0 && filter.locale !== "") continue;
    out.push({ row, cells });
  }
  return out;
}
