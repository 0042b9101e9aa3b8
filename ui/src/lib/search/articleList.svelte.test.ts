// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { ArticleSummary } from "../bindings/ArticleSummary";
import type { ImportReport } from "../bindings/ImportReport";
import { Notices } from "../shell/notices.svelte";
import { ArticleList, IMPORT_OK_MS } from "./articleList.svelte";

vi.mock("../ipc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc")>()),
  searchArticles: vi.fn(async () => ({ hits: [], total: 0 })),
}));

const imported = { imported: [{ id: "a1", title: "Harbour" } as ArticleSummary], failed: [] } as ImportReport;
const withFailure = { ...imported, failed: [{ path: "/notes/x.md", reason: "not UTF-8" }] } as ImportReport;

describe("the import report", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("goes away by itself when everything came in", () => {
    const list = new ArticleList(new Notices());
    list.showReport(imported);
    expect(list.importReport?.imported).toHaveLength(1);
    vi.advanceTimersByTime(IMPORT_OK_MS - 1);
    expect(list.importReport).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(list.importReport).toBeNull();
    list.dispose();
  });

  it("stays until dismissed when a file did not come in, whatever came before", () => {
    const list = new ArticleList(new Notices());
    list.showReport(imported);
    vi.advanceTimersByTime(IMPORT_OK_MS / 2);
    list.showReport(withFailure);
    vi.advanceTimersByTime(IMPORT_OK_MS * 10);
    expect(list.importReport?.failed).toHaveLength(1);
    list.dismissReport();
    expect(list.importReport).toBeNull();
    list.dispose();
  });
});
