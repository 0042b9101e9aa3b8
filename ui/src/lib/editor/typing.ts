// Keeping typing fast whatever the length of the body. Two pieces, framework-free:
//
// - `BodyFeed` turns "the document changed" into the text, and decides when: a short
//   body at once (as before), a long one only once typing pauses, because joining a
//   5 MB document into a string on every keystroke would cost more than a frame.
//   Whoever needs the text now (saving on blur, switching article, quitting) calls
//   `flush()`.
// - `PreviewScheduler` asks for the rendered preview: debounced, never more than one
//   request on its way, the newest text sent next, and the wait growing with the
//   length of the body and with how long the last preview took, so a slow preview of a
//   long body is asked for when the writer pauses, not between two keystrokes.

export interface BodyFeedOptions {
  /** Gets the text whenever the feed decides to materialise it. */
  onText: (text: string) => void;
  /** Bodies up to this length are read at every change. */
  immediateUpTo?: number;
  /** For longer ones, the pause after which they are read. */
  idleMs?: number;
}

export const IMMEDIATE_UP_TO = 200_000;
export const LONG_BODY_IDLE_MS = 400;

export class BodyFeed {
  readonly #onText: (text: string) => void;
  readonly #immediateUpTo: number;
  readonly #idleMs: number;
  #read: (() => string) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: BodyFeedOptions) {
    this.#onText = options.onText;
    this.#immediateUpTo = options.immediateUpTo ?? IMMEDIATE_UP_TO;
    this.#idleMs = options.idleMs ?? LONG_BODY_IDLE_MS;
  }

  /**
   * The document changed; `read` gives its text (and is kept, not called, for a long
   * one), `length` is its length, known without reading it.
   */
  changed(read: () => string, length: number): void {
    this.#read = read;
    this.#stopTimer();
    if (length <= this.#immediateUpTo) {
      this.flush();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush();
    }, this.#idleMs);
  }

  /** Whether a change has not been read yet. */
  get pending(): boolean {
    return this.#read !== null;
  }

  /** Reads the newest text now, if a change is waiting. */
  flush(): void {
    this.#stopTimer();
    const read = this.#read;
    if (read === null) return;
    this.#read = null;
    this.#onText(read());
  }

  /** Forgets a waiting change (the article was closed after being saved). */
  dispose(): void {
    this.#stopTimer();
    this.#read = null;
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }
}

export interface PreviewRequest {
  body: string;
  paid: boolean;
}

export interface PreviewSchedulerOptions<R> {
  run: (request: PreviewRequest) => Promise<R>;
  onResult: (result: R, request: PreviewRequest) => void;
  onError: (error: unknown) => void;
  /** Milliseconds since some fixed point, to time requests. */
  clock?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export const PREVIEW_BASE_DELAY_MS = 150;
export const PREVIEW_MAX_DELAY_MS = 2500;
/** Extra wait per character: 1 ms per 5,000 (a 5 MB body waits a second). */
const MS_PER_CHAR = 1 / 5000;

/** The pause to wait before asking for a preview of `length` characters. */
export function previewDelay(
  length: number,
  lastDurationMs: number | null,
  base = PREVIEW_BASE_DELAY_MS,
  max = PREVIEW_MAX_DELAY_MS,
): number {
  const bySize = length * MS_PER_CHAR;
  const byCost = (lastDurationMs ?? 0) * 2;
  return Math.min(max, Math.max(base, bySize, byCost));
}

export class PreviewScheduler<R> {
  readonly #options: PreviewSchedulerOptions<R>;
  readonly #clock: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The newest request not sent yet. */
  #waiting: PreviewRequest | null = null;
  #inFlight = false;
  #lastDuration: number | null = null;
  #generation = 0;

  constructor(options: PreviewSchedulerOptions<R>) {
    this.#options = options;
    this.#clock = options.clock ?? (() => performance.now());
  }

  /** Whether a request is on its way. */
  get busy(): boolean {
    return this.#inFlight;
  }

  /** How long the last answered request took, if any did. */
  get lastDurationMs(): number | null {
    return this.#lastDuration;
  }

  /** Asks for a preview once the writer pauses. */
  schedule(request: PreviewRequest): void {
    this.#waiting = request;
    this.#stopTimer();
    const delay = previewDelay(
      request.body.length,
      this.#lastDuration,
      this.#options.baseDelayMs,
      this.#options.maxDelayMs,
    );
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#sendWaiting();
    }, delay);
  }

  /** Asks now (a new article, a changed tier), or right after the one on its way. */
  now(request: PreviewRequest): void {
    this.#waiting = request;
    this.#stopTimer();
    this.#sendWaiting();
  }

  /** Drops what waits and ignores what is on its way (another article was opened). */
  cancel(): void {
    this.#stopTimer();
    this.#waiting = null;
    this.#generation++;
    this.#inFlight = false;
  }

  #sendWaiting(): void {
    if (this.#inFlight || this.#waiting === null) return;
    const request = this.#waiting;
    this.#waiting = null;
    this.#inFlight = true;
    const mine = this.#generation;
    const started = this.#clock();
    const done = () => {
      this.#lastDuration = this.#clock() - started;
      this.#inFlight = false;
      // Something newer came while this one was out: its timer (if any) sends it;
      // one that was due already goes now.
      if (this.#waiting !== null && this.#timer === undefined) this.#sendWaiting();
    };
    this.#options.run(request).then(
      (result) => {
        if (mine !== this.#generation) return;
        done();
        // Requests go one at a time, so this is never older than what is shown.
        this.#options.onResult(result, request);
      },
      (error: unknown) => {
        if (mine !== this.#generation) return;
        done();
        this.#options.onError(error);
      },
    );
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }
}

/**
 * A headline as one line: a pasted line break (and the spaces around it) becomes one
 * space. The headline field wraps long headlines but never holds a newline.
 */
export function oneLine(text: string): string {
  return text.replace(/[^\S\r\n]*[\r\n]+[^\S\r\n]*/g, " ");
}
