import { describe, expect, it } from "vitest";

import { hasText, snippetRuns } from "./snippet";

describe("snippetRuns", () => {
  it("keeps hits apart from the text around them, in order", () => {
    const runs = snippetRuns([
      { text: "…the harbour ", hit: false },
      { text: "cranes", hit: true },
      { text: " stood idle…", hit: false },
    ]);
    expect(runs).toEqual([
      { text: "…the harbour ", hit: false },
      { text: "cranes", hit: true },
      { text: " stood idle…", hit: false },
    ]);
  });

  it("merges neighbours of one kind and drops empty parts", () => {
    const runs = snippetRuns([
      { text: "", hit: false },
      { text: "grue", hit: true },
      { text: "s", hit: true },
      { text: "", hit: false },
      { text: " du port", hit: false },
      { text: " ", hit: false },
    ]);
    expect(runs).toEqual([
      { text: "grues", hit: true },
      { text: " du port", hit: false },
    ]);
  });

  it("collapses line breaks and drops Markdown line marks and the cut", () => {
    const runs = snippetRuns([
      { text: "## Harbour report\n\n> quoted\n- item\n<!-- paywall -->\n", hit: false },
      { text: "Ledgerwick", hit: true },
    ]);
    expect(runs).toEqual([
      { text: "Harbour report quoted item ", hit: false },
      { text: "Ledgerwick", hit: true },
    ]);
  });

  it("leaves a mark alone in the middle of a line", () => {
    const runs = snippetRuns([
      { text: "prices ", hit: false },
      { text: "rose", hit: true },
      { text: " - then # fell", hit: false },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe("prices rose - then # fell");
  });

  it("keeps text in any script as it is", () => {
    const runs = snippetRuns([
      { text: "في ", hit: false },
      { text: "الميناء", hit: true },
      { text: "港の", hit: false },
    ]);
    expect(runs.map((r) => r.text)).toEqual(["في ", "الميناء", "港の"]);
    expect(runs[1]!.hit).toBe(true);
  });

  it("says when there is nothing to show", () => {
    expect(hasText(snippetRuns([]))).toBe(false);
    expect(hasText(snippetRuns([{ text: "  \n ", hit: false }]))).toBe(false);
    expect(hasText(snippetRuns([{ text: "x", hit: true }]))).toBe(true);
  });
});
