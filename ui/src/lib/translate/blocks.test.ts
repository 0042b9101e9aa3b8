/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { describe, expect, inject, it } from "vitest";
import type { TranslationRow } from "../bindings/TranslationRow";
import { alignBlocks, blockSourcesOf, blocks, cellsOf, cutMoved, filterRows, isCutLine, isCutRow, joinBlocks } from "./blocks";

describe("blocks", () => {
  it("are what blank lines separate, as memory.rs cuts them (the shared cases)", async () => {
    const cases = JSON.parse(await readFile(join(inject("fixturesDir"), "blocks.json"), "utf8")) as {
      why: string;
      body: string;
      blocks: string[];
    }[];
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const c of cases) expect(blocks(c.body), c.why).toEqual(c.blocks);
  });
  it("join back with blank lines, dropping empty ones", () => {
    expect(joinBlocks(["A", "", " B \n", "C"])).toBe("A\n\nB\n\nC");
    expect(blocks(joinBlocks(["x", "y\nz"]))).toEqual(["x", "y\nz"]);
  });
});

describe("the paywall cut in Translate", () => {
  const source = "One.\n\nTwo.\n<!-- paywall -->\nThree.\n\nFour.";
  it("is a fixed row holding the source's cut, wherever the translation had one", () => {
    // The bug: the French cut glued to the first paragraph, after the wrong block.
    const rows = alignBlocks(source, "Un.\n<!-- paywall -->\nDeux.\n\nTrois.");
    expect(rows.map((r) => [r.source, r.translation])).toEqual([
      ["One.", "Un."],
      ["Two.", "Deux."],
      ["<!-- paywall -->", "<!-- paywall -->"],
      ["Three.", "Trois."],
      ["Four.", ""],
    ]);
    expect(rows.map(isCutRow)).toEqual([false, false, true, false, false]);
    // Written back, the cut stands after the same block as the source's.
    expect(blocks(joinBlocks(rows.map((r) => r.translation)))).toEqual(["Un.", "Deux.", "<!-- paywall -->", "Trois."]);
  });
  it("tells when the rows moved the translation's cut, so it is saved as shown", () => {
    const moved = "Un.\n<!-- paywall -->\nDeux.";
    expect(cutMoved(moved, alignBlocks(source, moved))).toBe(true);
    const right = "Un.\n\nDeux.\n\n<!-- paywall -->\n\nTrois.";
    expect(cutMoved(right, alignBlocks(source, right))).toBe(false);
    // A new translation is not written to just by opening it.
    expect(cutMoved("", alignBlocks(source, ""))).toBe(false);
  });
  it("is never given a translated block through the block map", () => {
    const rows = alignBlocks(source, "Deux.\n\nTrois.", null, ["Two.", "<!-- paywall -->"]);
    expect(rows.map((r) => r.translation)).toEqual(["", "Deux.", "<!-- paywall -->", "Trois.", ""]);
    expect(blockSourcesOf(rows)).toEqual(["Two.", "<!-- paywall -->", "Three."]);
  });
  it("a cut the source removed since leaves the translation without one", () => {
    const changes = [
      { change: "same", before: "A", after: "A", changed_words: [] },
      { change: "removed", before: "<!-- paywall -->", after: null, changed_words: [] },
      { change: "same", before: "B", after: "B", changed_words: [] },
    ] as const;
    const rows = alignBlocks("A\n\nB", "a\n\n<!-- paywall -->\n\nb", changes.map((c) => ({ ...c, changed_words: [] })));
    expect(rows.map((r) => r.translation)).toEqual(["a", "", "b"]);
    expect(isCutRow(rows[1]!)).toBe(true);
  });
  it("knows the cut's spellings", () => {
    expect(["<!-- paywall -->", " <!--members-only--> ", "<!--  paywall\t-->"].every(isCutLine)).toBe(true);
    expect(["<!-- paywall", "<!-- paid -->", "x <!-- paywall -->"].some(isCutLine)).toBe(false);
  });
});

describe("alignBlocks", () => {
  it("puts a paragraph translated out of turn back beside its source block", () => {
    const rows = alignBlocks("A\n\nB\n\nC", "b", null, ["B"]);
    expect(rows.map((r) => r.translation)).toEqual(["", "b", ""]);
    expect(blockSourcesOf(rows)).toEqual(["B"]);
    // Without the map, by position (what used to happen).
    expect(alignBlocks("A\n\nB\n\nC", "b").map((r) => r.translation)).toEqual(["b", "", ""]);
  });
  it("follows a changed source block through its old text, and repeats in order", () => {
    const changes = [
      { change: "same", before: "A", after: "A", changed_words: [] },
      { change: "changed", before: "B", after: "B2", changed_words: [] },
      { change: "same", before: "x", after: "x", changed_words: [] },
      { change: "same", before: "x", after: "x", changed_words: [] },
    ] as const;
    const rows = alignBlocks("A\n\nB2\n\nx\n\nx", "b\n\nx2", changes.map((c) => ({ ...c, changed_words: [] })), ["B", "x"]);
    expect(rows.map((r) => r.translation)).toEqual(["", "b", "x2", ""]);
  });
  it("falls back to position when the map does not fit the body", () => {
    const rows = alignBlocks("A\n\nB", "a\n\nb", null, ["B"]);
    expect(rows.map((r) => r.translation)).toEqual(["a", "b"]);
  });

  it("pairs by position and keeps extra translation blocks", () => {
    const rows = alignBlocks("A\n\nB", "a\n\nb\n\nc");
    expect(rows.map((r) => [r.source, r.translation])).toEqual([
      ["A", "a"],
      ["B", "b"],
      [null, "c"],
    ]);
  });
  it("leaves untranslated blocks empty", () => {
    expect(alignBlocks("A\n\nB", "a").map((r) => r.translation)).toEqual(["a", ""]);
  });
  it("marks changed blocks with their old text, and removed ones keep their row", () => {
    const rows = alignBlocks("A\n\nB2\n\nD", "a\n\nb\n\nc\n\nd", [
      { change: "same", before: "A", after: "A", changed_words: [] },
      { change: "changed", before: "B", after: "B2", changed_words: [] },
      { change: "removed", before: "C", after: null, changed_words: [] },
      { change: "same", before: "D", after: "D", changed_words: [] },
    ]);
    expect(rows).toEqual([
      { source: "A", before: null, change: "same", words: [], translation: "a" },
      { source: "B2", before: "B", change: "changed", words: [], translation: "b" },
      { source: null, before: "C", change: "removed", words: [], translation: "c" },
      { source: "D", before: null, change: "same", words: [], translation: "d" },
    ]);
  });
});

const row = (id: string, texts: [string, "in_progress" | "needs_review" | "done", boolean][], progress: [string, number][]): TranslationRow => ({
  article: {
    id,
    title: id,
    tier: "public",
    state: "draft",
    writer_move: "in_review",
    source_locale: "en-US",
    section: "",
    tags: [],
    byline: "",
    updated_at: "2026-01-01T00:00:00Z",
  },
  texts: [
    { locale: "en-US", is_source: true, title: id, slug: "", status: "done", outdated: false, has_cut: false },
    ...texts.map(([locale, status, outdated]) => ({ locale, is_source: false, title: "", slug: "", status, outdated, has_cut: false })),
  ],
  progress,
  source_deleted: false,
  in_bin: false,
});

describe("dashboard", () => {
  const site = ["en-US", "fr", "de"];
  const a = row("a", [["fr", "done", true]], [["fr", 66]]);
  const b = row("b", [["fr", "in_progress", false], ["de", "done", false], ["ja", "needs_review", false]], [["fr", 50], ["de", 100], ["ja", 10]]);

  it("shows every site locale but the source, missing ones too, then other translations", () => {
    expect(cellsOf(a, site)).toEqual([
      { locale: "fr", state: "outdated", progress: 66 },
      { locale: "de", state: "missing", progress: 0 },
    ]);
    expect(cellsOf(b, site).map((c) => [c.locale, c.state])).toEqual([
      ["fr", "in_progress"],
      ["de", "done"],
      ["ja", "needs_review"],
    ]);
  });
  it("filters missing, outdated and by locale", () => {
    const none = { missing: false, outdated: false, locale: "" };
    expect(filterRows([a, b], site, none).map((r) => r.row.article.id)).toEqual(["a", "b"]);
    expect(filterRows([a, b], site, { ...none, missing: true }).map((r) => r.row.article.id)).toEqual(["a"]);
    expect(filterRows([a, b], site, { ...none, outdated: true }).map((r) => r.row.article.id)).toEqual(["a"]);
    expect(filterRows([a, b], site, { ...none, locale: "fr", outdated: true }).map((r) => r.cells)).toEqual([
      [{ locale: "fr", state: "outdated", progress: 66 }],
    ]);
    expect(filterRows([a, b], site, { ...none, locale: "de", missing: true }).map((r) => r.row.article.id)).toEqual(["a"]);
    expect(filterRows([a, b], site, { ...none, locale: "ja" }).map((r) => r.row.article.id)).toEqual(["b"]);
  });
  it("offers no new translation of an article whose source was deleted, and keeps its own", () => {
    const gone = { ...row("c", [["fr", "in_progress", false]], [["fr", 0]]), source_deleted: true };
    expect(cellsOf(gone, site)).toEqual([{ locale: "fr", state: "in_progress", progress: 0 }]);
    const none = { missing: false, outdated: false, locale: "" };
    expect(filterRows([gone], site, { ...none, missing: true })).toEqual([]);
    expect(filterRows([gone], site, none).map((r) => r.row.article.id)).toEqual(["c"]);
  });
});

// The words of a changed block are compared by the desk (ParagraphChange.changed_words,
// crates/desk/src/translate/translations.rs, with the cases this file held).
