import { describe, expect, it } from "vitest";

import { countWords, diffModel } from "./diff";

const words = (n: number, w = "w") => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");

describe("countWords", () => {
  it("counts words, and CJK characters one by one", () => {
    expect(countWords("The harbour, idle.")).toBe(3);
    expect(countWords("  ")).toBe(0);
    expect(countWords("港が静か")).toBe(4);
    expect(countWords("الميناء هادئ")).toBe(2);
  });
});

describe("diffModel", () => {
  it("keeps inserts and deletes with the text around them", () => {
    const model = diffModel([
      { op: "equal", text: "The cranes " },
      { op: "delete", text: "stood" },
      { op: "insert", text: "were left" },
      { op: "equal", text: " idle." },
    ]);
    expect(model.segments).toEqual([
      { kind: "equal", text: "The cranes " },
      { kind: "delete", text: "stood" },
      { kind: "insert", text: "were left" },
      { kind: "equal", text: " idle." },
    ]);
    expect(model.inserted).toBe(2);
    expect(model.deleted).toBe(1);
    expect(model.changed).toBe(true);
  });

  it("merges neighbouring chunks of one kind and drops empty ones", () => {
    const model = diffModel([
      { op: "insert", text: "new " },
      { op: "insert", text: "words" },
      { op: "equal", text: "" },
      { op: "delete", text: "" },
    ]);
    expect(model.segments).toEqual([{ kind: "insert", text: "new words" }]);
  });

  it("folds long unchanged stretches to context on each side of a change", () => {
    const model = diffModel(
      [
        { op: "equal", text: `${words(50, "a")} ` },
        { op: "insert", text: "NEW" },
        { op: "equal", text: ` ${words(50, "b")} ` },
        { op: "delete", text: "OLD" },
        { op: "equal", text: ` ${words(50, "c")}` },
      ],
      3,
    );
    const kinds = model.segments.map((s) => s.kind);
    expect(kinds).toEqual(["skip", "equal", "insert", "equal", "skip", "equal", "delete", "equal", "skip"]);
    expect(model.segments[0]).toEqual({ kind: "skip", words: 47 });
    expect(model.segments[1]).toEqual({ kind: "equal", text: "a47 a48 a49 " });
    expect(model.segments[3]).toEqual({ kind: "equal", text: " b0 b1 b2 " });
    expect(model.segments[4]).toEqual({ kind: "skip", words: 44 });
    expect(model.segments[5]).toEqual({ kind: "equal", text: "b47 b48 b49 " });
    expect(model.segments[7]).toEqual({ kind: "equal", text: " c0 c1 c2 " });
    expect(model.segments[8]).toEqual({ kind: "skip", words: 47 });
  });

  it("keeps short unchanged stretches whole", () => {
    const model = diffModel(
      [
        { op: "insert", text: "A" },
        { op: "equal", text: " one two three " },
        { op: "insert", text: "B" },
      ],
      3,
    );
    expect(model.segments[1]).toEqual({ kind: "equal", text: " one two three " });
  });

  it("says when nothing changed, showing the start", () => {
    const model = diffModel([{ op: "equal", text: words(100) }], 5);
    expect(model.changed).toBe(false);
    expect(model.segments[0]!.kind).toBe("equal");
    expect(model.segments[1]).toEqual({ kind: "skip", words: 90 });
  });
});
