/// <reference types="node" />
// @vitest-environment happy-dom
// (A DOM environment makes Vitest compile runes for the client, where `$effect` runs.)
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { flushSync } from "svelte";
import { describe, expect, inject, it, vi } from "vitest";

import { I18n, languageName, textDirection } from "./i18n.svelte";

// The real strings, as the Rust side serves them through `ui_strings`.
const readFtl = (locale: string) => readFile(join(inject("localesDir"), locale, "desk.ftl"), "utf8");

describe("I18n", () => {
  it("formats messages with arguments", async () => {
    const i18n = new I18n(readFtl);
    await i18n.setLocale("en-US");
    expect(i18n.t("article-new")).toBe("New article");
    expect(i18n.t("site-connected", { name: "The Ledger" })).toBe("Site: The Ledger");
    // No bidi isolation marks around placeables.
    expect(i18n.t("save-state-failed", { reason: "disk full" })).toBe("Not saved: disk full");
  });

  it("picks plural forms by locale", async () => {
    const i18n = new I18n(readFtl);
    await i18n.setLocale("en-US");
    expect(i18n.t("preview-words", { count: 1 })).toBe("1 word");
    expect(i18n.t("preview-words", { count: 0 })).toBe("0 words");
    expect(i18n.t("preview-words", { count: 2 })).toBe("2 words");

    await i18n.setLocale("fr");
    // French is singular for 0 and 1.
    expect(i18n.t("preview-words", { count: 0 })).toBe("0 mot");
    expect(i18n.t("preview-words", { count: 1 })).toBe("1 mot");
    expect(i18n.t("preview-words", { count: 2 })).toBe("2 mots");
    // Numbers are formatted the French way (narrow no-break space between groups).
    expect(i18n.t("preview-words", { count: 1500 })).toBe("1\u202f500 mots");
  });

  it("falls back to en-US for a missing message, then to the id", async () => {
    const real = await readFtl("fr");
    const withoutPublish = real
      .split("\n")
      .filter((line) => !line.startsWith("publish-button"))
      .join("\n");
    const load = (locale: string) => (locale === "fr" ? Promise.resolve(withoutPublish) : readFtl(locale));
    const i18n = new I18n(load);
    await i18n.setLocale("fr");
    expect(i18n.t("article-new")).toBe("Nouvel article");
    expect(i18n.t("publish-button")).toBe("Publish");
    expect(i18n.t("no-such-message")).toBe("no-such-message");
  });

  it("shows en-US when a locale's strings cannot be loaded", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const load = (locale: string) =>
      locale === "de" ? Promise.reject(new Error("gone")) : readFtl(locale);
    const i18n = new I18n(load);
    await i18n.setLocale("de");
    expect(i18n.t("article-new")).toBe("New article");
    expect(error).toHaveBeenCalled();
  });

  it("negotiates the requested locale against the available ones", async () => {
    const i18n = new I18n(readFtl);
    const available = ["en-US", "fr", "de", "es", "pt-BR", "ar", "ja", "zh-Hans"];
    expect(await i18n.setLocale("fr-CA", available)).toBe("fr");
    expect(i18n.t("publish-button")).toBe("Publier");
    expect(await i18n.setLocale("pt", available)).toBe("pt-BR");
    expect(i18n.t("publish-button")).toBe("Publicar");
    expect(await i18n.setLocale("zh-CN", available)).toBe("zh-Hans");
    expect(i18n.t("publish-button")).toBe("发布");
    expect(await i18n.setLocale("ko-KR", available)).toBe("en-US");
    expect(i18n.t("publish-button")).toBe("Publish");
  });

  it("switches live: what was rendered from t() is rendered again", async () => {
    const i18n = new I18n(readFtl);
    await i18n.setLocale("en-US");
    const seen: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(i18n.t("publish-button"));
      });
    });
    try {
      flushSync();
      expect(seen).toEqual(["Publish"]);

      await i18n.setLocale("de");
      flushSync();
      await i18n.setLocale("ja");
      flushSync();
      expect(seen).toEqual(["Publish", "Veröffentlichen", "公開"]);
      expect(i18n.locale).toBe("ja");
      expect(document.documentElement.lang).toBe("ja");
      expect(document.documentElement.dir).toBe("ltr");

      await i18n.setLocale("ar");
      flushSync();
      expect(seen.at(-1)).toBe("نشر");
      expect(document.documentElement.dir).toBe("rtl");
    } finally {
      stop();
    }
  });

  it("lets the last of overlapping switches win", async () => {
    let releaseFr!: () => void;
    const frHeld = new Promise<void>((r) => (releaseFr = r));
    const load = async (locale: string) => {
      if (locale === "fr") await frHeld;
      return readFtl(locale);
    };
    const i18n = new I18n(load);
    const slow = i18n.setLocale("fr");
    await i18n.setLocale("es");
    releaseFr();
    await slow;
    expect(i18n.locale).toBe("es");
    expect(i18n.t("publish-button")).toBe("Publicar");
  });
});

describe("locale helpers", () => {
  it("knows which locales are written right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("he-IL")).toBe("rtl");
    expect(textDirection("fr")).toBe("ltr");
    expect(textDirection("ja")).toBe("ltr");
    expect(textDirection("zh-Hans")).toBe("ltr");
    expect(textDirection("not a locale")).toBe("ltr");
  });

  it("names each language in itself, capitalised as a list shows it", () => {
    expect(languageName("fr")).toBe("Français");
    expect(languageName("es")).toBe("Español");
    expect(languageName("de")).toBe("Deutsch");
    expect(languageName("ja")).toBe("日本語");
    expect(languageName("ar")).toBe("العربية");
    expect(languageName("pt-BR")).toBe("Português (Brasil)");
    // ICU versions differ ("简体中文", "中文（简体）"); both name Simplified Chinese.
    expect(languageName("zh-Hans")).toMatch(/简体中文|中文（简体）/);
    expect(languageName("not a locale")).toBe("not a locale");
  });
});
