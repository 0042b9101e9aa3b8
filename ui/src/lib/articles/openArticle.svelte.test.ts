// @vitest-environment happy-dom
// The open article's service: the editor's typing reaches the desk with the autosave's
// timing, the slug follows the headline, and a translation tab edits the translation
// (through its own draft) while the article's fields stay the article's.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { Article } from "../bindings/Article";
import { Languages } from "../i18n/languages.svelte";
import * as ipc from "../ipc";
import { ArticleList } from "../search/articleList.svelte";
import { Notices } from "../shell/notices.svelte";
import { Sites } from "../sites/sites.svelte";
import { OpenArticle } from "./openArticle.svelte";

vi.mock("../ipc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc")>()),
  saveArticle: vi.fn(async (id: string) => ({ id })),
  renderPreview: vi.fn(async () => ({ free_html: "", paid_html: null, cut: "none", word_count: 0, reading_minutes: 1 })),
  articleTexts: vi.fn(async () => []),
  getText: vi.fn(async () => ({ title: "Le port", standfirst: "", body: "Les grues.", slug: "le-port" })),
  saveTranslation: vi.fn(async () => {}),
  getArticle: vi.fn(),
}));

const article = (over: Partial<Article> = {}): Article => ({
  id: "a1",
  source_locale: "en-US",
  section: "world",
  tier: "public",
  state: "draft",
  writer_move: "in_review",
  title: "Harbour",
  standfirst: "",
  body: "The cranes.",
  slug: "harbour",
  tags: [],
  byline: "",
  source_url: null,
  publish_at: null,
  updated_at: "2026-03-02T09:00:00Z",
  published_url: null,
  unsent_changes: false,
  locales: ["en-US", "fr"],
  ...over,
});

function setup() {
  const notices = new Notices();
  const list = new ArticleList(notices);
  vi.spyOn(list, "patch").mockImplementation(() => {});
  const open = new OpenArticle(notices, list, new Sites(new Languages()));
  return { open, notices };
}

describe("OpenArticle", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    for (const f of [ipc.saveArticle, ipc.saveTranslation, ipc.getText]) vi.mocked(f).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it("saves the headline a second after the last key, with the slug following it", async () => {
    const { open } = setup();
    open.show(article());
    open.title("Harbour quiet");
    await vi.advanceTimersByTimeAsync(999);
    expect(ipc.saveArticle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ipc.saveArticle).toHaveBeenCalledWith("a1", expect.objectContaining({ title: "Harbour quiet", slug: "harbour-quiet" }), expect.anything());
    expect(open.saveStatus.state).toBe("saved");
  });

  it("keeps the slug of a published article", async () => {
    const { open } = setup();
    open.show(article({ state: "published", published_url: "https://example.org/x" }));
    open.title("Harbour quiet");
    await open.storeNow();
    expect(ipc.saveArticle).toHaveBeenCalledWith("a1", expect.objectContaining({ slug: "harbour" }), expect.anything());
  });

  it("stores at once when the editor is left, and on a deliberate choice", async () => {
    const { open } = setup();
    open.show(article());
    open.metadata({ byline: "Ana" });
    open.leave();
    await vi.advanceTimersByTimeAsync(0);
    expect(ipc.saveArticle).toHaveBeenCalledTimes(1);
    open.section("economy");
    await vi.advanceTimersByTimeAsync(0);
    expect(ipc.saveArticle).toHaveBeenLastCalledWith("a1", expect.objectContaining({ section: "economy", byline: "Ana" }), expect.anything());
  });

  it("edits a translation's text in its tab, and the article's own fields on the article", async () => {
    const { open } = setup();
    open.show(article());
    await open.showText("fr");
    expect(open.translation?.locale).toBe("fr");
    expect(open.lang).toBe("fr");
    open.title("Le port se tait");
    open.metadata({ standfirst: "Les navires attendent.", byline: "Ana" });
    expect(await open.storeNow()).toBe(true);
    expect(ipc.saveTranslation).toHaveBeenCalledWith(
      "a1",
      "fr",
      expect.objectContaining({ title: "Le port se tait", standfirst: "Les navires attendent.", slug: "le-port-se-tait" }),
      expect.anything(),
    );
    expect(ipc.saveArticle).toHaveBeenCalledWith("a1", expect.objectContaining({ title: "Harbour", byline: "Ana" }), expect.anything());
  });

  it("stores the translation before going back to the source", async () => {
    const { open } = setup();
    open.show(article());
    await open.showText("fr");
    open.title("Quai");
    await open.showText("en-US");
    expect(ipc.saveTranslation).toHaveBeenCalledWith(
      "a1",
      "fr",
      expect.objectContaining({ title: "Quai" }),
      expect.anything(),
    );
    expect(open.translation).toBeNull();
    expect(open.shownTitle).toBe("Harbour");
  });
});
