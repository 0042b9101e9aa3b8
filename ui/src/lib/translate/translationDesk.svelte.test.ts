// @vitest-environment happy-dom
// The Translate workspace's service: opening a translation lines its blocks up with the
// source's, typing into a block is saved as the joined body, and leaving stores it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { Languages } from "../i18n/languages.svelte";
import * as ipc from "../ipc";
import type { ArticleList } from "../search/articleList.svelte";
import { Sites } from "../sites/sites.svelte";
import { TranslationDesk } from "./translationDesk.svelte";

const texts = [
  { locale: "en-US", is_source: true, title: "Harbour", slug: "harbour", status: "done", outdated: false, has_cut: false },
  { locale: "fr", is_source: false, title: "", slug: "", status: "in_progress", outdated: false, has_cut: false },
];

vi.mock("../ipc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc")>()),
  translationOverview: vi.fn(async () => []),
  articleTexts: vi.fn(async () => texts),
  getText: vi.fn(async (_id: string, locale: string) =>
    locale === "fr"
      ? { title: "", standfirst: "", body: "", slug: "" }
      : { title: "Harbour", standfirst: "", body: "The cranes.\n\nThe ships.", slug: "harbour" },
  ),
  sourceChanges: vi.fn(async () => ({ locale: "fr", outdated: false, title: null, standfirst: null, paragraphs: [] })),
  saveTranslation: vi.fn(async () => {}),
}));

describe("TranslationDesk", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("opens a translation beside its source's blocks and saves what is typed on leaving", async () => {
    const desk = new TranslationDesk(new Sites(new Languages()), {} as ArticleList);
    await desk.choose("a1", "fr");
    expect(desk.isOpen("a1", "fr")).toBe(true);
    expect(desk.open?.rows.map((r) => r.source)).toEqual(["The cranes.", "The ships."]);
    desk.blockChanged(0, "Les grues.");
    desk.blockChanged(1, "Les navires.");
    desk.fieldChanged("title", "Le port");
    expect(await desk.leave()).toBe(true);
    expect(ipc.saveTranslation).toHaveBeenCalledWith(
      "a1",
      "fr",
      expect.objectContaining({ title: "Le port", body: "Les grues.\n\nLes navires." }),
      expect.anything(),
    );
    desk.dispose();
  });
});
