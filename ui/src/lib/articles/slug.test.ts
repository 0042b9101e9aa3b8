import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { describe, expect, inject, it } from "vitest";

import { followsTitle, slugForTitle, slugify, tidySlug } from "./slug";

describe("slugify", () => {
  it("makes the slugs the protocol crate makes (the shared cases)", async () => {
    const cases = JSON.parse(await readFile(join(inject("fixturesDir"), "slugs.json"), "utf8")) as {
      why: string;
      title: string;
      slug: string;
    }[];
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(slugify(c.title), c.why).toBe(c.slug);
  });

  it("makes a lower-case, hyphenated slug", () => {
    expect(slugify("Quayside quiet")).toBe("quayside-quiet");
    expect(slugify("  Harbour:  cranes, idle!  ")).toBe("harbour-cranes-idle");
    expect(slugify("Don't panic")).toBe("don-t-panic");
  });

  it("keeps accents and every script, as the site's rules do", () => {
    expect(slugify("L’Économie verte")).toBe("l-économie-verte");
    expect(slugify("Straße über Ærø")).toBe("straße-über-ærø");
    expect(slugify("الميناء هادئ")).toBe("الميناء-هادئ");
    expect(slugify("港が静かだ")).toBe("港が静かだ");
    expect(slugify("ΟΔΟΣ")).toBe("οδοσ");
  });

  it("gives nothing for a headline without slug characters", () => {
    expect(slugify("  !!! ")).toBe("");
  });

  it("shortens long headlines to 80 characters, never ending on a hyphen", () => {
    const slug = slugify("word ".repeat(40));
    expect([...slug].length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("word-word")).toBe(true);
  });
});

describe("slugForTitle", () => {
  it("follows the headline while the slug is empty or the headline's", () => {
    expect(slugForTitle({ previousTitle: "", title: "Q", slug: "", locked: false })).toBe("q");
    expect(slugForTitle({ previousTitle: "Quay", title: "Quays", slug: "quay", locked: false })).toBe("quays");
  });

  it("stops following once the slug was edited", () => {
    expect(slugForTitle({ previousTitle: "Quay", title: "Quays", slug: "harbour", locked: false })).toBe("harbour");
  });

  it("never moves a published article's slug", () => {
    expect(slugForTitle({ previousTitle: "Quay", title: "Quays", slug: "quay", locked: true })).toBe("quay");
    expect(slugForTitle({ previousTitle: "", title: "Quays", slug: "", locked: true })).toBe("");
  });

  it("tells whether a slug follows", () => {
    expect(followsTitle("", "Anything")).toBe(true);
    expect(followsTitle("quayside-quiet", "Quayside quiet")).toBe(true);
    expect(followsTitle("quayside", "Quayside quiet")).toBe(false);
  });
});

describe("tidySlug", () => {
  it("tidies what is typed without fighting the typist", () => {
    expect(tidySlug("My Slug")).toBe("my-slug");
    expect(tidySlug("my-")).toBe("my-");
    expect(tidySlug("-a--b")).toBe("a-b");
    expect(tidySlug("a/b?c")).toBe("a-b-c");
    expect(tidySlug("Économie")).toBe("économie");
  });
});
