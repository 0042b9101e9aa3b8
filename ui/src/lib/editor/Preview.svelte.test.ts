// @vitest-environment happy-dom
import { flushSync, mount, unmount } from "svelte";
import { describe, expect, it } from "vitest";

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

function shown(props: { heldBack: boolean; standfirst?: string; byline?: string }) {
  const target = document.createElement("div");
  const preview = mount(Preview, {
    target,
    props: { title: "Harbour", rendered, source: null, line: null, problem: null, lang: "en-US", dir: "ltr", ...props },
  });
  flushSync();
  const html = target.innerHTML;
  const text = target.textContent ?? "";
  unmount(preview);
  return { html, text };
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

  it("shows the standfirst and the byline under the headline, as the site does", () => {
    const { html, text } = shown({ heldBack: true, standfirst: "Why the cranes stopped.", byline: "Tove Aldemir" });
    expect(text).toContain("Why the cranes stopped.");
    expect(html).toContain('data-testid="preview-byline"');
    expect(text.indexOf("Harbour")).toBeLessThan(text.indexOf("Why the cranes stopped."));
    expect(shown({ heldBack: true }).html).not.toContain("preview-standfirst");
  });
});
