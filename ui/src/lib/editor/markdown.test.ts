import { EditorSelection, EditorState, type TransactionSpec } from "@codemirror/state";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { describe, expect, inject, it } from "vitest";

import {
  cycleHeading,
  insertBlock,
  insertLink,
  insertPaywallCut,
  linkToArticle,
  nextHeadingLevel,
  PAYWALL_LINE,
  paywallLines,
  toggleBold,
  toggleItalic,
  toggleList,
  toggleQuote,
  type MarkdownEdit,
} from "./markdown";

/**
 * A state from text where `[` and `]` mark the selection and `|` the cursor, and the
 * same notation back, so a test reads as before -> after.
 */
function state(marked: string): EditorState {
  const cursor = marked.indexOf("|");
  if (cursor !== -1) {
    const doc = marked.replace("|", "");
    return EditorState.create({ doc, selection: EditorSelection.cursor(cursor) });
  }
  const from = marked.indexOf("[");
  const to = marked.indexOf("]") - 1;
  const doc = marked.replace("[", "").replace("]", "");
  return EditorState.create({ doc, selection: EditorSelection.range(from, to) });
}

function show(s: EditorState): string {
  const { from, to } = s.selection.main;
  const doc = s.doc.toString();
  if (from === to) return `${doc.slice(0, from)}|${doc.slice(from)}`;
  return `${doc.slice(0, from)}[${doc.slice(from, to)}]${doc.slice(to)}`;
}

function apply(edit: MarkdownEdit, marked: string): string | null {
  const s = state(marked);
  const spec: TransactionSpec | null = edit(s);
  return spec === null ? null : show(s.update(spec).state);
}

describe("bold and italic", () => {
  it("wraps the selection and keeps it selected", () => {
    expect(apply(toggleBold, "the [quiet] quay")).toBe("the **[quiet]** quay");
    expect(apply(toggleItalic, "the [quiet] quay")).toBe("the _[quiet]_ quay");
  });

  it("wraps the word at the cursor", () => {
    expect(apply(toggleBold, "the qu|iet quay")).toBe("the **qu|iet** quay");
  });

  it("inserts a pair of marks with the cursor between, away from words", () => {
    expect(apply(toggleBold, "end. |")).toBe("end. **|**");
    expect(apply(toggleItalic, "|")).toBe("_|_");
  });

  it("unwraps what is already wrapped, outside or inside the selection", () => {
    expect(apply(toggleBold, "the **[quiet]** quay")).toBe("the [quiet] quay");
    expect(apply(toggleBold, "the [**quiet**] quay")).toBe("the [quiet] quay");
    expect(apply(toggleItalic, "the _qu|iet_ quay")).toBe("the qu|iet quay");
  });

  it("is its own inverse", () => {
    const once = apply(toggleBold, "a [b] c")!;
    expect(apply(toggleBold, once)).toBe("a [b] c");
  });

  it("does not take bold's underscores for italic's", () => {
    expect(apply(toggleItalic, "__[word]__")).toBe("___[word]___");
  });
});

describe("link to an article", () => {
  const id = "0190b2a4-7c3e-7d11-9a2b-3c4d5e6f7a8b";
  it("links the selection to the article by id", () => {
    expect(apply(linkToArticle(id, "Dredging resumes"), "see [last week's piece] now")).toBe(
      `see [last week's piece](dateline:article/${id})| now`,
    );
  });

  it("uses the headline, brackets escaped, when nothing is selected", () => {
    expect(apply(linkToArticle(id, "Port [update]"), "see |")).toBe(
      `see [Port \\[update\\]](dateline:article/${id})|`,
    );
  });
});

describe("link", () => {
  it("makes the selection a link's text, the cursor in the address", () => {
    expect(apply(insertLink, "see [the report] now")).toBe("see [the report](|) now");
  });

  it("makes a selected address the link's target, the cursor in the text", () => {
    expect(apply(insertLink, "[https://example.org/a]")).toBe("[|](https://example.org/a)");
  });

  it("inserts an empty link with the cursor in the text", () => {
    expect(apply(insertLink, "x |")).toBe("x [|]()");
  });
});

describe("heading", () => {
  it("cycles none -> ## -> ### -> none", () => {
    expect(nextHeadingLevel(0)).toBe(2);
    expect(nextHeadingLevel(1)).toBe(2);
    expect(nextHeadingLevel(2)).toBe(3);
    expect(nextHeadingLevel(3)).toBe(0);
    expect(nextHeadingLevel(5)).toBe(0);
    expect(apply(cycleHeading, "Harbour |report")).toBe("## Harbour |report");
    expect(apply(cycleHeading, "## Harbour |report")).toBe("### Harbour |report");
    expect(apply(cycleHeading, "### Harbour |report")).toBe("Harbour |report");
  });

  it("changes every line the selection touches", () => {
    expect(apply(cycleHeading, "[one\ntwo]")).toBe("## [one\n## two]");
  });
});

describe("quote and list", () => {
  it("quotes the lines touched, blank lines between them too", () => {
    expect(apply(toggleQuote, "[one\n\ntwo]")).toBe("> [one\n> \n> two]");
  });

  it("unquotes when every line is quoted", () => {
    expect(apply(toggleQuote, "[> one\n> two]")).toBe("[one\ntwo]");
  });

  it("makes a list, skipping blank lines, keeping indentation", () => {
    expect(apply(toggleList, "[one\n\n  two]")).toBe("- [one\n\n  - two]");
  });

  it("removes bullets and numbers when every line has one", () => {
    expect(apply(toggleList, "[- one\n  * two\n3. three]")).toBe("[one\n  two\nthree]");
  });

  it("starts a list item on an empty line", () => {
    expect(apply(toggleList, "a\n|")).toBe("a\n- |");
  });
});

describe("blocks (images)", () => {
  const image = "![](dateline-image:ab.png)";

  it("sets the block apart from text around it", () => {
    expect(apply(insertBlock(image), "before| after")).toBe(`before\n\n${image}|\n\n after`);
  });

  it("adds no more blank lines than needed", () => {
    expect(apply(insertBlock(image), "para\n\n|\n\nnext")).toBe(`para\n\n${image}|\n\nnext`);
    expect(apply(insertBlock(image), "|")).toBe(`${image}|\n`);
    expect(apply(insertBlock(image), "text\n|")).toBe(`text\n\n${image}|\n`);
  });

  it("goes where it is dropped, not at the cursor", () => {
    const s = state("|one two");
    const next = s.update(insertBlock(image, 3)(s)!).state;
    expect(next.doc.toString()).toBe(`one\n\n${image}\n\n two`);
  });
});

describe("paywall cut", () => {
  it("goes after the cursor's line as a block of its own", () => {
    expect(apply(insertPaywallCut, "Free |words.\n\nPaid words.")).toBe(
      "Free words.\n\n<!-- paywall -->|\n\nPaid words.",
    );
  });

  it("takes the place of an empty line", () => {
    expect(apply(insertPaywallCut, "Free.\n\n|\n\nPaid.")).toBe("Free.\n\n<!-- paywall -->|\n\nPaid.");
  });

  it("moves: an existing cut goes away", () => {
    expect(apply(insertPaywallCut, "One.\n\n<!-- paywall -->\n\nTwo.|\n\nThree.")).toBe(
      "One.\n\nTwo.\n\n<!-- paywall -->|\n\nThree.",
    );
    expect(apply(insertPaywallCut, "One.|\n\nTwo.\n\n<!--members-only-->\n")).toBe(
      "One.\n\n<!-- paywall -->|\n\nTwo.\n\n",
    );
  });

  it("does nothing on the cut itself", () => {
    expect(apply(insertPaywallCut, "One.\n\n<!-- pay|wall -->\n\nTwo.")).toBeNull();
  });

  it("finds cut lines, Ghost's spelling too", () => {
    const s = EditorState.create({ doc: "a\n<!-- paywall -->\nb\n  <!--members-only-->  \n<!-- paywall --> x" });
    expect(paywallLines(s)).toEqual([2, 4]);
  });
});

describe("PAYWALL_LINE", () => {
  it("is a cut line exactly where the render crate sees one (the shared cases)", async () => {
    const cases = JSON.parse(await readFile(join(inject("fixturesDir"), "paywall-lines.json"), "utf8")) as {
      why: string;
      line: string;
      cut: boolean;
    }[];
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const c of cases) expect(PAYWALL_LINE.test(c.line), c.why).toBe(c.cut);
  });
});
