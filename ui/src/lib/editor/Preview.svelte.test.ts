// @vitest-environment happy-dom
import { flushSync, mount, unmount } from "svelte";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { describe, expect, inject, it } from "vitest";

import type { PreviewMeta } from "../bindings/PreviewMeta";
import type { Rendered } from "../bindings/Rendered";
import Preview from "./Preview.svelte";

const rendered = {
  free_html: "<p>Free part.</p>",
  paid_html: "<p>Paid part.</p>",
  cut: "marker",
  word_count: 4,
  reading_minutes: 1,
  anchors: { headings: [], cut: 2 },
} as unknown as Rendered;

const meta: PreviewMeta = {
  byline: "By Tove Aldemir",
  published: { datetime: "2026-11-20T01:00:00Z", display: "November 20, 2026" },
  updated: { datetime: "2026-11-26T20:00:00Z", display: "November 27, 2026" },
  updated_on: "Updated",
  reading_time: "1 min read",
};

function shown(props: { heldBack: boolean; standfirst?: string; meta?: PreviewMeta }) {
  const target = document.createElement("div");
  const preview = mount(Preview, {
    target,
    props: { title: "Harbour", rendered, source: null, line: null, problem: null, lang: "en-US", dir: "ltr", ...props },
  });
  flushSync();
  const html = target.innerHTML;
  const text = target.textContent ?? "";
  const classes = (css: string) => [...target.querySelectorAll(css)].map((el) => el.className.split(" ")[0]);
  const structure = {
    headerClasses: [...target.querySelectorAll(".story-header, .story-header *")].flatMap((el) =>
      [...el.classList].filter((c) => !c.startsWith("svelte-") && c !== "untitled"),
    ),
    header: classes(".publication > .story > .story-header > *"),
    meta: classes(".story-header > .meta > *"),
    body: target.querySelector(".publication > .story > .story-body") !== null,
    published: target.querySelector("[data-testid=preview-date]")?.getAttribute("datetime"),
  };
  unmount(preview);
  return { html, text, structure };
}

describe("the preview", () => {
  it("shows the band only where the tier holds something back", () => {
    const paid = shown({ heldBack: true });
    expect(paid.html).toContain('data-testid="paywall-band"');
    const everyone = shown({ heldBack: false });
    expect(everyone.html).not.toContain('data-testid="paywall-band"');
    // The part below the cut is still there, read as the rest of the article.
    expect(everyone.text).toContain("Paid part.");
  });

  it("shows the standfirst, then the byline, date and reading time, as the site does", () => {
    const { html, text, structure } = shown({ heldBack: true, standfirst: "Why the cranes stopped.", meta });
    expect(text).toContain("Why the cranes stopped.");
    expect(html).toContain('data-testid="preview-byline"');
    expect(text.indexOf("Harbour")).toBeLessThan(text.indexOf("Why the cranes stopped."));
    expect(text.indexOf("Why the cranes stopped.")).toBeLessThan(text.indexOf("By Tove Aldemir"));
    expect(text).toContain("November 20, 2026");
    expect(text).toContain("Updated November 27, 2026");
    expect(text).toContain("1 min read");
    expect(structure.published).toBe("2026-11-20T01:00:00Z");
    expect(shown({ heldBack: true }).html).not.toContain("preview-standfirst");
    expect(shown({ heldBack: true, meta: { ...meta, byline: null } }).html).not.toContain("preview-byline");
  });

  it("is made of the site's article markup, which the shared article stylesheet sets", () => {
    // The classes of crates/site/templates/article.html, in its order, inside the
    // `.publication` scope of crates/render/assets/article.css.
    const { structure } = shown({ heldBack: true, standfirst: "Why.", meta });
    expect(structure.header).toEqual(["headline", "standfirst", "meta"]);
    expect(structure.meta).toEqual(["byline", "", "updated", "reading-time"]);
    expect(structure.body).toBe(true);
  });

  it("uses no class in its header that the site's article template does not", async () => {
    const template = await readFile(join(inject("fixturesDir"), "../../crates/site/templates/article.html"), "utf8");
    const header = template.slice(template.indexOf('<header class="story-header">'), template.indexOf("</header>"));
    const siteClasses = new Set([...header.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(" ")));
    const { structure } = shown({ heldBack: true, standfirst: "Why.", meta });
    expect(structure.headerClasses.length).toBeGreaterThan(5);
    for (const c of structure.headerClasses) expect(siteClasses, c).toContain(c);
  });
});
