// Trouble with the desk's own database: the disk is full, the database is read-only,
// another program holds it locked, or it is damaged. These get a banner that stays
// until a save works again, and a save that failed because the disk was full or the
// database locked is tried again on a timer (the text stays in the editor meanwhile),
// since those clear up by themselves once space is freed or the other program lets go.

import type { DeskErrorCode } from "../bindings/DeskErrorCode";
import { codeOf } from "../ipc";

export type TroubleCode = Extract<DeskErrorCode, "disk_full" | "read_only" | "locked" | "damaged">;

const TROUBLE: ReadonlySet<DeskErrorCode> = new Set<TroubleCode>(["disk_full", "read_only", "locked", "damaged"]);

export function troubleOf(error: unknown): TroubleCode | null {
  const code = codeOf(error);
  return code !== null && TROUBLE.has(code) ? (code as TroubleCode) : null;
}

/** Whether waiting can fix it. */
export function retriesByItself(code: TroubleCode): boolean {
  return code === "disk_full" || code === "locked";
}

export const RETRY_FIRST_MS = 2000;
export const RETRY_MAX_MS = 30_000;

/** 2 s, 4 s, 8 s, ... up to 30 s between tries. */
export function retryDelayMs(attempt: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, attempt));
}

export interface SaveRetryOptions {
  /** Tries the save again; its failure comes back through `failed`. */
  retry: () => void;
}

/** Retries a failed save on a timer, for the failures waiting can fix. */
export class SaveRetry {
  readonly #retry: () => void;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: SaveRetryOptions) {
    this.#retry = options.retry;
  }

  /** Whether a retry is waiting. */
  get waiting(): boolean {
    return this.#timer !== undefined;
  }

  /** A save failed with `error`: maybe try again later. */
  failed(error: unknown): void {
    const code = troubleOf(error);
    if (code === null || !retriesByItself(code)) {
      this.#stop();
      return;
    }
    if (this.#timer !== undefined) return;
    const delay = retryDelayMs(this.#attempt++);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#retry();
    }, delay);
  }

  /** A save worked: the next trouble starts from the shortest wait again. */
  succeeded(): void {
    this.#stop();
    this.#attempt = 0;
  }

  dispose(): void {
    this.#stop();
  }

  #stop(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }
}
