import { describe, expect, it } from "vitest";

import { hasText } from "./snippet";

// How a snippet is tidied for one line is the desk's (the cases this file held are
// crates/desk/src/search/snippet.rs's `tidy_…` tests).

describe("hasText", () => {
  it("says when there is nothing to show", () => {
    expect(hasText([])).toBe(false);
    expect(hasText([{ text: "  \n ", hit: false }])).toBe(false);
    expect(hasText([{ text: "x", hit: true }])).toBe(true);
  });
});
