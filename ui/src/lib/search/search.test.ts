import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { ArticleSummary } from "../bindings/ArticleSummary";
import type { SearchQuery } from "../bindings/SearchQuery";
import type { SearchResults } from "../bindings/SearchResults";
import {
  activeFilterCount,
  ArticleSearch,
  buildQuery,
  emptyNote,
  NO_FILTERS,
  type SearchView,
} from "./search";

const summary = (id: string, title = id): ArticleSummary => ({
  id,
  title,
  tier: "public",
  state: "draft",
  writer_move: "in_review",
  source_locale: "en-US",
  section: "",
  tags: [],
  byline: "",
  updated_at: "2025-01-01T00:00:00Z",
});

const results = (ids: string[], total = ids.length): SearchResults => ({
  total,
  hits: ids.map((id) => ({ article: summary(id), locale: "en-US", snippet: [] })),
});

/** Requests the test answers by hand, in any order. */
function manual() {
  const pending: { query: SearchQuery; resolve: (r: SearchResults) => void; reject: (e: unknown) => void }[] = [];
  const run = vi.fn(
    (query: SearchQuery) =>
      new Promise<SearchResults>((resolve, reject) => pending.push({ query, resolve, reject })),
  );
  const views: SearchView[] = [];
  const search = new ArticleSearch({ run, onChange: (v) => views.push(v), delayMs: 180, pageSize: 2 });
  const ids = () => search.view.hits.map((h) => h.article.id);
  return { run, pending, search, ids, views };
}

describe("buildQuery", () => {
  it("trims words, turns blank filters into none, and sorts a word-less list by date", () => {
    const q = buildQuery(
      { text: "  ", filters: { ...NO_FILTERS, tag: " ", author: " Ana " }, sort: "relevance" },
      0,
      50,
    );
    expect(q).toEqual({
      text: "",
      state: null,
      section: null,
      tag: null,
      locale: null,
      author: "Ana",
      site: null,
      sort: "updated",
      offset: 0,
      limit: 50,
    });
  });

  it("keeps relevance when there are words, and any explicit sort", () => {
    const params = { text: "harbour", filters: NO_FILTERS, sort: "relevance" as const };
    expect(buildQuery(params, 10, 5).sort).toBe("relevance");
    expect(buildQuery({ ...params, text: "", sort: "title" }, 0, 5).sort).toBe("title");
  });

  it("counts the filters in use", () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, state: "draft", tag: "port", author: "  " })).toBe(2);
  });
});

describe("ArticleSearch", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("asks once typing pauses, with the last words", async () => {
    const { run, search } = manual();
    search.setText("h");
    search.setText("ha");
    await vi.advanceTimersByTimeAsync(100);
    search.setText("har");
    await vi.advanceTimersByTimeAsync(179);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0].text).toBe("har");
  });

  it("asks at once when a filter changes, dropping the typing wait", async () => {
    const { run, search } = manual();
    search.setText("port");
    search.setFilters({ state: "in_review" });
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0]).toMatchObject({ text: "port", state: "in_review" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("keeps the newest question's answer when an older one arrives later", async () => {
    const { pending, search, ids } = manual();
    search.setFilters({ tag: "old" });
    search.setFilters({ tag: "new" });
    pending[1]!.resolve(results(["new"]));
    await vi.advanceTimersByTimeAsync(0);
    pending[0]!.resolve(results(["old"]));
    await vi.advanceTimersByTimeAsync(0);
    expect(ids()).toEqual(["new"]);
    expect(search.view.loading).toBe(false);
  });

  it("ignores an older question's failure", async () => {
    const { pending, search, ids } = manual();
    search.setSort("title");
    search.setSort("updated");
    pending[0]!.reject({ code: "storage", message: "old" });
    pending[1]!.resolve(results(["a"]));
    await vi.advanceTimersByTimeAsync(0);
    expect(search.view.error).toBeNull();
    expect(ids()).toEqual(["a"]);
  });

  it("appends the next page of the list it continues", async () => {
    const { run, pending, search, ids } = manual();
    search.reload();
    pending[0]!.resolve(results(["a", "b"], 5));
    await vi.advanceTimersByTimeAsync(0);
    expect(search.hasMore).toBe(true);
    search.more();
    search.more(); // already on its way: not asked twice
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls[1]![0]).toMatchObject({ offset: 2, limit: 2 });
    pending[1]!.resolve(results(["c", "d"], 5));
    await vi.advanceTimersByTimeAsync(0);
    expect(ids()).toEqual(["a", "b", "c", "d"]);
  });

  it("drops a page that belongs to a list since replaced", async () => {
    const { pending, search, ids } = manual();
    search.reload();
    pending[0]!.resolve(results(["a", "b"], 5));
    await vi.advanceTimersByTimeAsync(0);
    search.more();
    search.setText("x");
    await vi.advanceTimersByTimeAsync(180);
    pending[2]!.resolve(results(["x"], 1));
    pending[1]!.resolve(results(["c", "d"], 5));
    await vi.advanceTimersByTimeAsync(0);
    expect(ids()).toEqual(["x"]);
  });

  it("pages with the question whose answer is shown, not with words still being typed", async () => {
    const { run, pending, search } = manual();
    search.setText("port");
    await vi.advanceTimersByTimeAsync(180);
    pending[0]!.resolve(results(["a", "b"], 4));
    await vi.advanceTimersByTimeAsync(0);
    search.setText("porter");
    search.more();
    expect(run.mock.calls[1]![0]).toMatchObject({ text: "port", offset: 2 });
  });

  it("reloads as many as are shown, so saving does not shrink the list", async () => {
    const { run, pending, search } = manual();
    search.reload();
    pending[0]!.resolve(results(["a", "b"], 3));
    await vi.advanceTimersByTimeAsync(0);
    search.more();
    pending[1]!.resolve(results(["c"], 3));
    await vi.advanceTimersByTimeAsync(0);
    search.reload(true);
    expect(run.mock.calls[2]![0]).toMatchObject({ offset: 0, limit: 3 });
  });

  it("patches, prepends and removes lines locally", async () => {
    const { pending, search, ids } = manual();
    search.reload();
    pending[0]!.resolve(results(["a", "b"], 2));
    await vi.advanceTimersByTimeAsync(0);
    search.patch(summary("b", "Renamed"));
    expect(search.view.hits[1]!.article.title).toBe("Renamed");
    search.prepend(summary("n"));
    expect(ids()).toEqual(["n", "a", "b"]);
    expect(search.view.total).toBe(3);
    search.prepend(summary("a"));
    expect(ids()).toEqual(["a", "n", "b"]);
    expect(search.view.total).toBe(3);
    search.remove("n");
    expect(ids()).toEqual(["a", "b"]);
    expect(search.view.total).toBe(2);
  });

  it("says whether the list is narrowed", async () => {
    const { pending, search } = manual();
    search.reload();
    pending[0]!.resolve(results([]));
    await vi.advanceTimersByTimeAsync(0);
    expect(search.view.narrowed).toBe(false);
    search.setFilters({ locale: "fr" });
    pending[1]!.resolve(results([]));
    await vi.advanceTimersByTimeAsync(0);
    expect(search.view.narrowed).toBe(true);
  });

  it("keeps the last answer on screen while typing, whatever order the answers come in", async () => {
    const { pending, search, ids, views } = manual();
    search.reload();
    pending[0]!.resolve(results(["a", "b", "c"]));
    await vi.advanceTimersByTimeAsync(0);
    const typed = views.length;
    // Three pauses while typing "har": three questions on their way at once.
    for (const text of ["h", "ha", "har"]) {
      search.setText(text);
      await vi.advanceTimersByTimeAsync(180);
    }
    expect(pending.map((p) => p.query.text)).toEqual(["", "h", "ha", "har"]);
    expect(search.view.loading).toBe(true);
    expect(ids()).toEqual(["a", "b", "c"]);
    expect(emptyNote(search.view)).toBeNull();
    // The newest answer first, then the older ones late and out of order.
    pending[3]!.resolve(results(["b"]));
    await vi.advanceTimersByTimeAsync(0);
    pending[2]!.resolve(results([]));
    pending[1]!.resolve(results(["a", "b"]));
    await vi.advanceTimersByTimeAsync(0);
    expect(ids()).toEqual(["b"]);
    expect(search.view.loading).toBe(false);
    // No state along the way was an empty list saying that nothing matches.
    const between = views.slice(typed);
    expect(between.length).toBeGreaterThan(3);
    expect(between.filter((v) => v.hits.length === 0 || emptyNote(v) !== null)).toEqual([]);
  });

  it("keeps saying that nothing matches until an answer says otherwise", async () => {
    const { pending, search } = manual();
    search.setText("harbx");
    await vi.advanceTimersByTimeAsync(180);
    pending[0]!.resolve(results([]));
    await vi.advanceTimersByTimeAsync(0);
    expect(emptyNote(search.view)).toBe("search-empty");
    // The next key: the note stays while its question is on its way, not blinking out.
    search.setText("harb");
    await vi.advanceTimersByTimeAsync(180);
    expect(search.view.loading).toBe(true);
    expect(emptyNote(search.view)).toBe("search-empty");
    pending[1]!.resolve(results(["a"]));
    await vi.advanceTimersByTimeAsync(0);
    expect(emptyNote(search.view)).toBeNull();
  });

  it("says nothing before the first answer, then whether there are no articles or no matches", async () => {
    const { pending, search } = manual();
    expect(emptyNote(search.view)).toBeNull();
    search.reload();
    expect(emptyNote(search.view)).toBeNull();
    pending[0]!.resolve(results([]));
    await vi.advanceTimersByTimeAsync(0);
    expect(emptyNote(search.view)).toBe("articles-empty");
    search.setFilters({ state: "draft" });
    pending[1]!.reject({ code: "storage", message: "disk" });
    await vi.advanceTimersByTimeAsync(0);
    expect(emptyNote(search.view)).toBeNull(); // the failure is shown instead
  });
});
