/// <reference types="node" />
// Every string the interface asks for exists in en-US, and every locale's version of it
// parses and uses the same variables (a translation that drops { $reason } would hide
// why something failed).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import { FluentResource } from "@fluent/bundle";
import { describe, expect, inject, it } from "vitest";

const srcDir = join(import.meta.dirname, "../..");

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "bindings" && entry.name !== "dev") out.push(...(await sources(path)));
    } else if (/\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) {
      out.push(path);
    }
  }
  return out;
}

/** Message ids named in the code: t("…"), failed("…"), `message: "…"` and the id tables. */
async function usedIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  const patterns = [
    /\b(?:t|failed)\(\s*"([a-z0-9-]+)"/g,
    /\bmessage: "([a-z0-9-]+)"/g,
    /:\s*"((?:state|revision-kind|trouble|workflow|op-state|text-status|role|site-problem|conflict-field|view|check|tr|desk-error|string-check)-[a-z0-9-]+)"/g,
  ];
  for (const file of await sources(srcDir)) {
    const text = await readFile(file, "utf8");
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) ids.add(match[1]!);
    }
  }
  return ids;
}

async function messages(locale: string): Promise<Map<string, string>> {
  const source = await readFile(join(inject("localesDir"), locale, "desk.ftl"), "utf8");
  const map = new Map<string, string>();
  // An entry runs from its `id =` line to the next line that is not indented.
  const lines = source.split("\n");
  let id: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (id !== null) map.set(id, body.join("\n"));
  };
  for (const line of lines) {
    const start = /^([a-z][a-z0-9-]*)\s*=(.*)$/.exec(line);
    if (start) {
      flush();
      id = start[1]!;
      body = [start[2]!];
    } else if (/^\s/.test(line) && id !== null) {
      body.push(line);
    } else {
      flush();
      id = null;
      body = [];
    }
  }
  flush();
  return map;
}

const variables = (text: string) => new Set([...text.matchAll(/\{\s*\$([a-z_]+)/g)].map((m) => m[1]!));

describe("interface strings", () => {
  it("has every message the code uses in en-US", async () => {
    const used = await usedIds();
    const reference = await messages("en-US");
    // The scan must see the code at all (a broken pattern would pass vacuously).
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((id) => !reference.has(id))).toEqual([]);
  });

  it("gives every locale the same messages with the same variables, and parses them", async () => {
    const reference = await messages("en-US");
    // Every folder under locales/ is checked, and the desk claims exactly these.
    const locales = (await readdir(inject("localesDir"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(locales).toEqual(["ar", "de", "en-US", "es", "fr", "ja", "pt-BR", "zh-Hans"]);
    for (const locale of locales.filter((l) => l !== "en-US")) {
      const source = await readFile(join(inject("localesDir"), locale, "desk.ftl"), "utf8");
      const resource = new FluentResource(source);
      const parsed = new Set(resource.body.map((entry) => entry.id));
      const translated = await messages(locale);
      for (const [id, text] of reference) {
        expect(parsed.has(id), `${locale} lacks ${id}`).toBe(true);
        const theirs = translated.get(id) ?? "";
        // Japanese and Arabic may say a count in words ("ملف واحد") in some forms, but
        // every form taken together still uses the reference's variables.
        expect([...variables(theirs)].sort(), `${locale} ${id}`).toEqual([...variables(text)].sort());
      }
    }
  });
});
