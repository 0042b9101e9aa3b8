// The article list's search: what to ask `search_articles`, when, and which answer to
// keep. Typing is debounced (the desk matches the last word as a prefix, so each pause
// finds something); a changed filter or sort asks at once; "more" appends the next page.
// Only the answers of the newest question are used, whatever order they arrive in, and a
// page is appended only to the list it continues. What is shown (the hits, or the note
// that nothing matches) is the last answer until the next one arrives, so nothing
// flashes between keys. Framework-free.

import type { ArticleSummary } from "../bindings/ArticleSummary";
import type { SearchHit } from "../bindings/SearchHit";
import type { SearchQuery } from "../bindings/SearchQuery";
import type { SearchResults } from "../bindings/SearchResults";
import type { SearchSort } from "../bindings/SearchSort";
import type { WorkflowState } from "../bindings/WorkflowState";

export interface SearchFilters {
  state: WorkflowState | null;
  section: string | null;
  tag: string | null;
  locale: string | null;
  author: string | null;
}

export interface SearchParams {
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
}

export const NO_FILTERS: SearchFilters = {
  state: null,
  section: null,
  tag: null,
  locale: null,
  author: null,
};

export const PAGE_SIZE = 50;
export const TYPING_DELAY_MS = 180;

const blankToNull = (value: string | null): string | null => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/**
 * The query for a page. Without words there is nothing to rank by relevance, so such
 * a list is sorted by last change instead.
 */
export function buildQuery(params: SearchParams, offset: number, limit: number): SearchQuery {
  const text = params.text.trim();
  return {
    text,
    state: params.filters.state,
    section: blankToNull(params.filters.section),
    tag: blankToNull(params.filters.tag),
    locale: blankToNull(params.filters.locale),
    author: blankToNull(params.filters.author),
    site: null,
    sort: text === "" && params.sort === "relevance" ? "updated" : params.sort,
    offset,
    limit,
  };
}

/** How many filters narrow the list (for the "Filters (2)" badge). */
export function activeFilterCount(filters: SearchFilters): number {
  return Object.values(filters).filter((v) => v !== null && String(v).trim() !== "").length;
}

export interface SearchView {
  hits: SearchHit[];
  /** How many articles match in all (more than `hits` when there are more pages). */
  total: number;
  /** A question is on its way whose answer will replace `hits`. */
  loading: boolean;
  /** A next page is on its way. */
  loadingMore: boolean;
  /** The newest question's failure, if it failed. */
  error: unknown;
  /** Whether words or a filter narrow the list (for "nothing found" vs "no articles"). */
  narrowed: boolean;
  /** Whether any question has been answered yet (before that, the list says nothing). */
  answered: boolean;
}

export const EMPTY_VIEW: Readonly<SearchView> = {
  hits: [],
  total: 0,
  loading: false,
  loadingMore: false,
  error: null,
  narrowed: false,
  answered: false,
};

/**
 * The note the list shows in place of hits: nothing matches the search, or there are no
 * articles at all; none while there are hits, a failure to show, or no answer yet. It
 * follows the answer shown, not the question on its way, so it neither blinks out while
 * the next answer is coming nor appears before the first.
 */
export function emptyNote(view: SearchView): "search-empty" | "articles-empty" | null {
  if (view.hits.length > 0 || view.error !== null || !view.answered) return null;
  return view.narrowed ? "search-empty" : "articles-empty";
}

export interface ArticleSearchOptions {
  run: (query: SearchQuery) => Promise<SearchResults>;
  onChange: (view: SearchView) => void;
  delayMs?: number;
  pageSize?: number;
}

export class ArticleSearch {
  readonly #run: (query: SearchQuery) => Promise<SearchResults>;
  readonly #onChange: (view: SearchView) => void;
  readonly #delayMs: number;
  readonly #pageSize: number;

  #params: SearchParams = { text: "", filters: { ...NO_FILTERS }, sort: "relevance" };
  /** The params whose answer is shown (typing changes `#params` before it is asked). */
  #shown: SearchParams = this.#params;
  #view: SearchView = { ...EMPTY_VIEW };
  /** Bumped by every new question; answers of older ones are dropped. */
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ArticleSearchOptions) {
    this.#run = options.run;
    this.#onChange = options.onChange;
    this.#delayMs = options.delayMs ?? TYPING_DELAY_MS;
    this.#pageSize = options.pageSize ?? PAGE_SIZE;
  }

  get params(): SearchParams {
    return this.#params;
  }

  get view(): SearchView {
    return this.#view;
  }

  /** Words typed in the search box: asked once typing pauses. */
  setText(text: string): void {
    if (text === this.#params.text) return;
    this.#params = { ...this.#params, text };
    this.#schedule();
  }

  /** The author field is typed too, so it waits like the words. */
  setAuthor(author: string): void {
    this.#params = { ...this.#params, filters: { ...this.#params.filters, author } };
    this.#schedule();
  }

  /** A chosen filter: asked at once. */
  setFilters(filters: Partial<SearchFilters>): void {
    this.#params = { ...this.#params, filters: { ...this.#params.filters, ...filters } };
    this.reload();
  }

  setSort(sort: SearchSort): void {
    this.#params = { ...this.#params, sort };
    this.reload();
  }

  /** Clears words and filters. */
  reset(): void {
    this.#params = { text: "", filters: { ...NO_FILTERS }, sort: this.#params.sort };
    this.reload();
  }

  /** Asks now for the first page (or as many as are shown, so the list does not shrink). */
  reload(keepLoaded = false): void {
    this.#stopTimer();
    const limit = keepLoaded ? Math.max(this.#pageSize, this.#view.hits.length) : this.#pageSize;
    const params = this.#params;
    const mine = ++this.#generation;
    this.#update({ loading: true, loadingMore: false });
    this.#run(buildQuery(params, 0, limit)).then(
      (results) => {
        if (mine !== this.#generation) return;
        this.#shown = params;
        this.#update({
          hits: results.hits,
          total: results.total,
          loading: false,
          error: null,
          narrowed: isNarrowed(params),
          answered: true,
        });
      },
      (error: unknown) => {
        if (mine !== this.#generation) return;
        this.#update({ loading: false, error });
      },
    );
  }

  /** Whether a further page exists. */
  get hasMore(): boolean {
    return this.#view.hits.length < this.#view.total;
  }

  /** Appends the next page of what is shown; ignored while a page or a new list is coming. */
  more(): void {
    if (!this.hasMore || this.#view.loadingMore || this.#view.loading) return;
    const mine = this.#generation;
    const offset = this.#view.hits.length;
    this.#update({ loadingMore: true });
    this.#run(buildQuery(this.#shown, offset, this.#pageSize)).then(
      (results) => {
        if (mine !== this.#generation || this.#view.hits.length !== offset) return;
        const known = new Set(this.#view.hits.map((h) => h.article.id));
        this.#update({
          hits: [...this.#view.hits, ...results.hits.filter((h) => !known.has(h.article.id))],
          total: results.total,
          loadingMore: false,
        });
      },
      (error: unknown) => {
        if (mine !== this.#generation) return;
        this.#update({ loadingMore: false, error });
      },
    );
  }

  /** An article changed here (saved, moved in the workflow): its line follows. */
  patch(summary: ArticleSummary): void {
    const index = this.#view.hits.findIndex((h) => h.article.id === summary.id);
    if (index === -1) return;
    const hits = [...this.#view.hits];
    hits[index] = { ...hits[index]!, article: summary };
    this.#update({ hits });
  }

  /** A new or restored article goes on top of the list at once (until the next answer). */
  prepend(summary: ArticleSummary): void {
    const hits = this.#view.hits.filter((h) => h.article.id !== summary.id);
    hits.unshift({ article: summary, locale: summary.source_locale, snippet: [] });
    this.#update({ hits, total: this.#view.total + (hits.length > this.#view.hits.length ? 1 : 0) });
  }

  /** A deleted article leaves the list at once. */
  remove(id: string): void {
    const hits = this.#view.hits.filter((h) => h.article.id !== id);
    if (hits.length === this.#view.hits.length) return;
    this.#update({ hits, total: Math.max(0, this.#view.total - 1) });
  }

  /** Stops the timer and drops answers on their way. */
  dispose(): void {
    this.#stopTimer();
    this.#generation++;
  }

  #schedule(): void {
    this.#stopTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.reload();
    }, this.#delayMs);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  #update(change: Partial<SearchView>): void {
    this.#view = { ...this.#view, ...change };
    this.#onChange(this.#view);
  }
}

function isNarrowed(params: SearchParams): boolean {
  return params.text.trim() !== "" || activeFilterCount(params.filters) > 0;
}
