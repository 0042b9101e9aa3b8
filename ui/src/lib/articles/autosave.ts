// Saving as you type, without a Save button and without losing a keystroke.
//
// Edits are saved at most `delayMs` after typing stops (a trailing debounce), or at
// once when `flush()` is called (blur, switching article, publishing, closing the
// window). Saves never overlap: each waits for the one before it, and each sends the
// newest value, so the last thing typed is what ends up stored. A failed save leaves
// the value dirty; the next change or flush tries again. No framework in here, so it
// is tested with fake timers alone.

export type SaveStatus =
  | { state: "idle" }
  /** Changed, waiting for typing to stop. */
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; error: unknown };

export interface AutosaveOptions<T> {
  /**
   * Stores a value; rejects if it could not. `saved` is what the store held as far as
   * the saver knows: the store merges when it holds something else by now.
   */
  save: (value: T, saved: T) => Promise<void>;
  /** Quiet time after the last change before saving, in milliseconds. */
  delayMs?: number;
  /** Whether two values would store the same thing. Defaults to `Object.is`. */
  equals?: (a: T, b: T) => boolean;
  /** Told of every change of status. */
  onStatus?: (status: SaveStatus) => void;
}

export const DEFAULT_AUTOSAVE_DELAY_MS = 1000;

export class Autosaver<T> {
  readonly #save: (value: T, saved: T) => Promise<void>;
  readonly #delayMs: number;
  readonly #equals: (a: T, b: T) => boolean;
  readonly #onStatus: (status: SaveStatus) => void;

  /** What the store holds, as far as we know. */
  #saved: T;
  /** What the user has now. */
  #latest: T;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The end of the queue of saves; never rejects. */
  #tail: Promise<void> = Promise.resolve();
  #status: SaveStatus = { state: "idle" };
  #saving = false;

  /** `saved` is the value as loaded from the store. */
  constructor(saved: T, options: AutosaveOptions<T>) {
    this.#saved = saved;
    this.#latest = saved;
    this.#save = options.save;
    this.#delayMs = options.delayMs ?? DEFAULT_AUTOSAVE_DELAY_MS;
    this.#equals = options.equals ?? Object.is;
    this.#onStatus = options.onStatus ?? (() => {});
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** The newest value, saved or not. */
  get value(): T {
    return this.#latest;
  }

  /** Whether the newest value is not (yet) stored. */
  get dirty(): boolean {
    return !this.#equals(this.#latest, this.#saved);
  }

  /** What the store holds, as far as the saver knows. */
  get saved(): T {
    return this.#saved;
  }

  /**
   * The store holds `stored` now (something else changed it: the newsroom's sync).
   * Taken as the value when nothing typed is waiting or being saved (true: show it);
   * otherwise the next save sends what was typed against what the saver knew, and the
   * store merges the two.
   */
  adopt(stored: T): boolean {
    if (this.dirty || this.#saving || this.#timer !== undefined) return false;
    this.#saved = stored;
    this.#latest = stored;
    return true;
  }

  /** Records a change; it is saved once no other change comes for `delayMs`. */
  update(value: T): void {
    this.#latest = value;
    this.#cancelTimer();
    if (this.dirty) {
      this.#schedule();
      if (!this.#saving) this.#setStatus({ state: "pending" });
    } else if (this.#status.state === "pending") {
      // Typed and undone: what is stored is what is shown.
      this.#setStatus({ state: "saved" });
    }
  }

  /**
   * Saves the newest value now, if it is not stored yet, after any save under way.
   * Resolves once it is stored; rejects with the save's error if it could not be.
   */
  flush(): Promise<void> {
    this.#cancelTimer();
    return this.#enqueue();
  }

  /** Stops the timer; an unsaved change stays unsaved. For tear-down after a flush. */
  dispose(): void {
    this.#cancelTimer();
  }

  #schedule(): void {
    this.#cancelTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // A failure is already reported through the status; the next change retries.
      this.#enqueue().catch(() => {});
    }, this.#delayMs);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  #enqueue(): Promise<void> {
    const run = this.#tail.then(() => this.#attempt());
    this.#tail = run.catch(() => {});
    return run;
  }

  async #attempt(): Promise<void> {
    // Decided when our turn comes, not when queued: an earlier save may have stored
    // this very value already.
    if (!this.dirty) return;
    const value = this.#latest;
    this.#saving = true;
    this.#setStatus({ state: "saving" });
    try {
      await this.#save(value, this.#saved);
    } catch (error) {
      this.#setStatus({ state: "failed", error });
      throw error;
    } finally {
      this.#saving = false;
    }
    this.#saved = value;
    if (!this.dirty) {
      this.#setStatus({ state: "saved" });
    } else {
      // Changed while saving. Usually a timer is already waiting; not when the change
      // went back to what was stored before this save, which is stale now.
      this.#setStatus({ state: "pending" });
      if (this.#timer === undefined) this.#schedule();
    }
  }

  #setStatus(status: SaveStatus): void {
    this.#status = status;
    this.#onStatus(status);
  }
}
