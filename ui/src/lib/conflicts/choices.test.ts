import { describe, expect, it } from "vitest";

import type { TextConflict } from "../bindings/TextConflict";
import { type Clash, clashesOf, left, resolutions, settled } from "./choices";

const side = { revision: "r", author: "", desk: "d", created_at: "2026-12-01T10:00:00Z" };
const clash = (index: number, base: string, mine: string, theirs: string): Clash => ({
  kind: "clash",
  index,
  base,
  mine,
  theirs,
  mine_changes: [],
  theirs_changes: [],
});

describe("a conflict's choices", () => {
  it("numbers the clashes headline first, then standfirst, then body", () => {
    const conflict: TextConflict = {
      article_id: "a",
      locale: "fr",
      mine: side,
      theirs: side,
      base: null,
      title: [clash(0, "T", "T1", "T2")],
      standfirst: [],
      body: [{ kind: "clean", text: "Same.\n\n" }, clash(1, "B.\n", "B1.\n", "B2.\n")],
      clashes: 2,
    };
    expect(clashesOf(conflict).map((c) => c.index)).toEqual([0, 1]);
  });

  it("sends nothing until every clash has a choice", () => {
    expect(resolutions([{ how: "mine" }, null])).toBeNull();
    expect(left([{ how: "mine" }, null, null])).toBe(2);
    expect(resolutions([{ how: "theirs" }, { how: "edited", text: "Mine and theirs." }])).toEqual([
      { how: "theirs" },
      { how: "edited", text: "Mine and theirs." },
    ]);
  });

  it("keeps both paragraphs of a body, mine first, and both words of a headline on one line", () => {
    const body = clash(0, "Old.\n", "Mine.\n", "Theirs.\n");
    expect(settled(body, { how: "both" }, false)).toBe("Mine.\n\nTheirs.\n");
    expect(settled(body, { how: "theirs" }, false)).toBe("Theirs.\n");
    const title = clash(0, "Old", "Mine ", "Theirs");
    expect(settled(title, { how: "both" }, true)).toBe("Mine Theirs");
    // One side removed the paragraph: keeping both keeps the other's.
    expect(settled(clash(0, "Old.\n", "", "Theirs.\n"), { how: "both" }, false)).toBe("Theirs.\n");
  });
});
