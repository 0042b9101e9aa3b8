/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, inject, it } from "vitest";
import type { EntryForm } from "../bindings/EntryForm";
import type { StringFinding } from "../bindings/StringFinding";
import type { StringRow } from "../bindings/StringRow";
import {
  countByStatus,
  draftKey,
  Drafts,
  filterStrings,
  findingText,
  previewEntry,
  sampleArguments,
  summary,
} from "./stringsEditor";

const form = (over: Partial<EntryForm> = {}): EntryForm => ({
  id: "x",
  value: { kind: "text", text: "" },
  attributes: [],
  arguments: [],
  plural_samples: [],
  ...over,
});

const row = (id: string, status: StringRow["status"], translation: string | null, reference: string | null = `${id} = Ref`): StringRow => ({
  id,
  reference,
  translation,
  status,
  findings: [],
  note: null,
  form: form({ id }),
});

describe("the message list", () => {
  const rows = [
    row("a", "translated", "a = Bonjour"),
    row("b", "missing", null, "b = Goodbye"),
    row("c", "error", "c = { $x"),
    row("d", "obsolete", "d = Vieux", null),
  ];

  it("counts and filters by status, to-do being everything not cleanly translated", () => {
    expect(countByStatus(rows)).toEqual({ missing: 1, translated: 1, warning: 0, error: 1, obsolete: 1 });
    expect(filterStrings(rows, "todo", "").map((r) => r.id)).toEqual(["b", "c", "d"]);
    expect(filterStrings(rows, "error", "").map((r) => r.id)).toEqual(["c"]);
    expect(filterStrings(rows, "all", "").length).toBe(4);
  });

  it("searches ids, references and translations, ignoring case", () => {
    expect(filterStrings(rows, "all", "GOODBYE").map((r) => r.id)).toEqual(["b"]);
    expect(filterStrings(rows, "all", "bonjour").map((r) => r.id)).toEqual(["a"]);
    expect(filterStrings(rows, "todo", "bonjour")).toEqual([]);
  });

  it("summarises an entry on one line without its id", () => {
    expect(summary("x =\n    { $n ->\n        [one] One\n       *[other] Many\n    }")).toBe("{ $n -> [one] One *[other] Many }");
    expect(summary(null)).toBe("");
  });
});

describe("the preview", () => {
  const plural = form({
    id: "emails",
    value: {
      kind: "select",
      selector: "$count",
      variable: "count",
      plural: true,
      variants: [
        { key: "one", text: "", default: false },
        { key: "other", text: "", default: true },
      ],
    },
    arguments: [
      { name: "count", number: true },
      { name: "who", number: false },
    ],
    plural_samples: [
      { category: "one", number: "0" },
      { category: "other", number: "2" },
    ],
  });
  const entry = "emails =\n    { $count ->\n        [one] { $who } a { $count } courriel\n       *[other] { $who } a { $count } courriels\n    }";

  it("formats each plural category with its sample number, in the target's number format", () => {
    const lines = previewEntry("fr", "", entry, plural, sampleArguments(plural));
    expect(lines.map((l) => [l.category, l.text])).toEqual([
      ["one", "who a 0 courriel"],
      ["other", "who a 2 courriels"],
    ]);
    // A variable named like a number (the form says so) is sampled with one, not its name.
    const reading = form({ id: "reading", arguments: [{ name: "minutes", number: true }], plural_samples: plural.plural_samples });
    expect(previewEntry("fr", "", "reading = { $minutes } min de lecture", reading, sampleArguments(reading))[0]!.text).toBe("2 min de lecture");
    const big = previewEntry("de", "", "big = { $count } Leser", form({ id: "big", arguments: [{ name: "count", number: true }] }), { count: "12345" });
    expect(big[0]!.text).toBe("12.345 Leser");
  });

  it("resolves references to the rest of the file and shows what fails", () => {
    const withRef = previewEntry("fr", "-brand = Dateline\n", "hi = Bienvenue sur { -brand }", form({ id: "hi" }), {});
    expect(withRef[0]!.text).toBe("Bienvenue sur Dateline");
    const missing = previewEntry("fr", "", "hi = Bienvenue sur { -brand }", form({ id: "hi" }), {});
    expect(missing[0]!.errors.length).toBeGreaterThan(0);
  });

  it("shows attributes and a term through a message that uses it", () => {
    const withAttr = form({ id: "b", attributes: [{ name: "title", field: { kind: "text", text: "" } }] });
    const lines = previewEntry("fr", "", "b = Bouton\n    .title = Infobulle", withAttr, {});
    expect(lines.map((l) => [l.attribute, l.text])).toEqual([
      [null, "Bouton"],
      ["title", "Infobulle"],
    ]);
    expect(previewEntry("fr", "", "-brand = La Dépêche", form({ id: "-brand" }), {})[0]!.text).toBe("La Dépêche");
  });

});

describe("findings", () => {
  const finding = (over: Partial<StringFinding>): StringFinding => ({
    code: "syntax",
    error: true,
    attribute: null,
    line: 1,
    column: 22,
    message: "",
    args: {},
    ...over,
  });
  /** The real words of `locale`, as the interface formats them. */
  async function words(locale: string) {
    const source = await readFile(join(inject("localesDir"), locale, "desk.ftl"), "utf8");
    const bundle = new FluentBundle(locale, { useIsolating: false });
    bundle.addResource(new FluentResource(source));
    return (id: string, args: Record<string, string>) => {
      const message = bundle.getMessage(id);
      return message?.value ? bundle.formatPattern(message.value, args) : id;
    };
  }

  it("word a syntax error by what was typed wrong and the text near it, not the parser's words", async () => {
    const unclosed = finding({ args: { problem: "unclosed-placeable", near: "{ $minutes", detail: "a { is not closed: add } after “{ $minutes”" } });
    expect(findingText(unclosed, await words("en-US"))).toBe("A { is not closed: add } after “{ $minutes”");
    expect(findingText(unclosed, await words("fr"))).toBe("Une { n’est pas fermée : ajoutez } après « { $minutes »");
    const variable = finding({ args: { problem: "bad-variable", near: "{$ minutes}" } });
    expect(findingText(variable, await words("de"))).toContain("„{$ minutes}“");
  });

  it("word other findings by their code", async () => {
    const noDefault = finding({ code: "missing-default-variant", args: { problem: "missing-default-variant", near: "{ $count ->" } });
    expect(findingText(noDefault, await words("en-US"))).toBe("A selector has no default variant (mark one with *)");
  });
});

describe("drafts", () => {
  it("are kept per source, locale, file and message, and listed per file", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
      key: (i: number) => [...store.keys()][i] ?? null,
      get length() {
        return store.size;
      },
      clear: () => store.clear(),
    } satisfies Storage;
    const drafts = new Drafts(storage);
    drafts.set(draftKey("site:a", "fr", "site.ftl", "one"), { entry: "one = Un", base: null });
    drafts.set(draftKey("site:a", "de", "site.ftl", "two"), { entry: "two = Zwei", base: null });
    expect(drafts.ids("site:a", "fr", "site.ftl")).toEqual(["one"]);
    expect(drafts.get(draftKey("site:a", "fr", "site.ftl", "one"))?.entry).toBe("one = Un");
    drafts.delete(draftKey("site:a", "fr", "site.ftl", "one"));
    expect(drafts.ids("site:a", "fr", "site.ftl")).toEqual([]);
  });

  it("say so, rather than throw, when the storage is full", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {},
      key: () => null,
      length: 0,
      clear: () => {},
    } satisfies Storage;
    expect(new Drafts(full).set("k", { entry: "x = y", base: null })).toBe(false);
  });
});
