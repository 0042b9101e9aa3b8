import { describe, expect, it } from "vitest";

import { buildAnchors, lineToY } from "./scrollsync";

// What the source anchors are is the render crate's (crates/render/src/anchors.rs, with
// the cases this file held when the front end scanned Markdown itself).

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
