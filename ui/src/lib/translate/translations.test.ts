import { describe, expect, it } from "vitest";

import type { TextState } from "../bindings/TextState";
import { addableLocales, orderedTexts, sameText } from "./translations";

const text = (locale: string, is_source = false): TextState => ({
  locale,
  is_source,
  title: "",
  slug: "",
  status: "in_progress",
  outdated: false,
  has_cut: false,
});

describe("translations", () => {
  it("offers the site's locales the article has no text in", () => {
    expect(addableLocales(["en-US", "fr", "ar", "ja"], [text("fr", true), text("ja")])).toEqual(["en-US", "ar"]);
    expect(addableLocales([], [text("fr", true)])).toEqual([]);
  });

  it("puts the source first", () => {
    expect(orderedTexts([text("ja"), text("fr", true), text("ar")]).map((t) => t.locale)).toEqual(["fr", "ar", "ja"]);
  });

  it("compares texts field by field", () => {
    const a = { title: "t", standfirst: "s", body: "b", slug: "x" };
    expect(sameText(a, { ...a })).toBe(true);
    expect(sameText(a, { ...a, slug: "y" })).toBe(false);
  });
});
