// Many outbox events can arrive at once (a bulk publish); work that only needs the
// latest state, like the badge's counts, runs once per burst.

/**
 * Runs `task` at most once per `ms`: the first request starts a wait, requests during it
 * are folded into one run at its end. A run never overlaps the previous one.
 */
export class Coalescer {
  readonly #ms: number;
  readonly #task: () => Promise<void>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> = Promise.resolve();
  #disposed = false;

  constructor(ms: number, task: () => Promise<void>) {
    this.#ms = ms;
    this.#task = task;
  }

  request(): void {
    if (this.#disposed || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.#running.then(() => (this.#disposed ? undefined : this.#task())).catch(() => {});
    }, this.#ms);
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
