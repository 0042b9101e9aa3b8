import { describe, expect, it } from "vitest";

import { buildAnchors, lineToY, sourceAnchors } from "./scrollsync";

describe("sourceAnchors", () => {
  it("finds ATX and setext headings and the first cut, not inside code", () => {
    const body = [
      "Intro paragraph", // 0
      "", // 1
      "## Harbour", // 2
      "text", // 3
      "```", // 4
      "## not a heading", // 5
      "<!-- paywall -->", // 6
      "```", // 7
      "Setext title", // 8
      "------------", // 9
      "", // 10
      "<!-- paywall -->", // 11
      "", // 12
      "---", // 13: a rule, not a heading
      "> ### Quoted heading", // 14
      "<!-- paywall -->", // 15: a second cut, not the one used
    ].join("\n");
    expect(sourceAnchors(body)).toEqual({ headings: [2, 8, 14], cut: 11, lines: 16 });
  });

  it("counts the lines of an empty body and of a trailing newline", () => {
    expect(sourceAnchors("")).toEqual({ headings: [], cut: null, lines: 1 });
    expect(sourceAnchors("a\n")).toEqual({ headings: [], cut: null, lines: 2 });
  });

  it("reads a 5 MB body", () => {
    const para = "Words of a long report about the harbour and its cranes. ".repeat(16);
    const block = `## Part\n\n${para}\n\n`;
    const body = block.repeat(Math.ceil(5_000_000 / block.length));
    const anchors = sourceAnchors(body);
    expect(anchors.headings.length).toBe(Math.ceil(5_000_000 / block.length));
    expect(anchors.headings[1]).toBe(4);
  });
});

describe("buildAnchors and lineToY", () => {
  const source = { headings: [10, 30], cut: 20, lines: 40 };

  it("maps headings to headings and interpolates between them", () => {
    const anchors = buildAnchors(source, { headings: [500, 1500], cut: 1000, start: 100, end: 2100 });
    expect(anchors).toEqual([
      { line: 0, y: 100 },
      { line: 10, y: 500 },
      { line: 20, y: 1000 },
      { line: 30, y: 1500 },
      { line: 40, y: 2100 },
    ]);
    expect(lineToY(anchors, 0)).toBe(100);
    expect(lineToY(anchors, 5)).toBe(300);
    expect(lineToY(anchors, 10)).toBe(500);
    expect(lineToY(anchors, 25)).toBe(1250);
    expect(lineToY(anchors, 99)).toBe(2100);
    expect(lineToY(anchors, -3)).toBe(100);
  });

  it("falls back to start, cut and end when the headings do not match", () => {
    const anchors = buildAnchors(source, { headings: [500], cut: 1000, start: 0, end: 2000 });
    expect(anchors).toEqual([
      { line: 0, y: 0 },
      { line: 20, y: 1000 },
      { line: 40, y: 2000 },
    ]);
    expect(lineToY(anchors, 10)).toBe(500);
  });

  it("stays monotonic when the measurements disagree", () => {
    const anchors = buildAnchors(
      { headings: [10, 30], cut: null, lines: 40 },
      { headings: [900, 400], cut: null, start: 0, end: 1000 },
    );
    for (let i = 1; i < anchors.length; i++) {
      expect(anchors[i]!.y).toBeGreaterThanOrEqual(anchors[i - 1]!.y);
      expect(anchors[i]!.line).toBeGreaterThan(anchors[i - 1]!.line);
    }
    let last = -1;
    for (let line = 0; line <= 40; line += 0.5) {
      const y = lineToY(anchors, line);
      expect(y).toBeGreaterThanOrEqual(last);
      last = y;
    }
  });

  it("is proportional with no anchors but the ends", () => {
    const anchors = buildAnchors({ headings: [], cut: null, lines: 100 }, { headings: [], cut: null, start: 0, end: 5000 });
    expect(lineToY(anchors, 50)).toBe(2500);
  });
});
