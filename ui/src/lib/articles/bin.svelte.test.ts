// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";

import type { ArticleSummary } from "../bindings/ArticleSummary";
import type { BinEntry } from "../bindings/BinEntry";
import { reasonOf } from "../i18n/reasons";
import * as ipc from "../ipc";
import type { ArticleList } from "../search/articleList.svelte";
import { Notices } from "../shell/notices.svelte";
import { Bin } from "./bin.svelte";
import type { OpenArticle } from "./openArticle.svelte";

const summary = { id: "a1", title: "Harbour" } as ArticleSummary;
const entry = { article: summary } as BinEntry;

vi.mock("../ipc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc")>()),
  bin: vi.fn(async () => []),
  undeleteArticle: vi.fn(async () => ({ id: "a1", title: "Harbour" })),
  deleteForever: vi.fn(async () => {
    throw { code: "conflict", message: "a site still shows it" };
  }),
}));

function setup() {
  const notices = new Notices();
  const list = { prepend: vi.fn() };
  const article = { select: vi.fn(async () => {}) };
  const bin = new Bin(notices, list as unknown as ArticleList, article as unknown as OpenArticle);
  return { bin, notices, list, article };
}

describe("Bin", () => {
  it("restores into the list and the editor, and its undo toast goes", async () => {
    const { bin, notices, list, article } = setup();
    notices.show({ kind: "deleted", id: "a1", title: "Harbour" });
    bin.open();
    await bin.restore(entry);
    expect(list.prepend).toHaveBeenCalledWith(summary);
    expect(article.select).toHaveBeenCalledWith("a1");
    expect(notices.toast).toBeNull();
    expect(ipc.bin).toHaveBeenCalledTimes(2);
  });

  it("keeps a refusal beside its article, and starts afresh when opened again", async () => {
    const { bin } = setup();
    await bin.deleteForever(entry);
    expect(bin.refusals).toEqual({ a1: reasonOf({ code: "conflict", message: "a site still shows it" }) });
    bin.open();
    expect(bin.refusals).toEqual({});
    expect(bin.entries).toBeNull();
  });
});
