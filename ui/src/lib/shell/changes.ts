// The desk's announcements of changed articles, gathered: a burst of saves (typing,
// an import of a hundred files) becomes one refresh of each view, a moment later.

/** Which articles changed since the last flush; `all` when some announcements were missed. */
export interface Changed {
  all: boolean;
  ids: ReadonlySet<string>;
}

/** Whether `changed` concerns the article `id`. */
export const touches = (changed: Changed, id: string | null): boolean =>
  id !== null && (changed.all || changed.ids.has(id));

export class ChangeGatherer {
  #ids = new Set<string>();
  #all = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  readonly #delayMs: number;
  readonly #flush: (changed: Changed) => void;

  constructor(delayMs: number, flush: (changed: Changed) => void) {
    this.#delayMs = delayMs;
    this.#flush = flush;
  }

  /** An announcement: the article `id` changed (`null`: some were missed). */
  add(id: string | null): void {
    if (id === null) this.#all = true;
    else this.#ids.add(id);
    this.#timer ??= setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Hands over what was gathered now, if anything. */
  flush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#all && this.#ids.size === 0) return;
    const changed = { all: this.#all, ids: this.#ids };
    this.#ids = new Set();
    this.#all = false;
    this.#flush(changed);
  }

  dispose(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
