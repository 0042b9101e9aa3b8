// What the desk tells the user in passing: one toast at a time (a text, an undo for a
// deletion, the end of a publish), and the banner for trouble with the desk's own
// database, which stays until a save works again.

import { createContext } from "svelte";

import { isDeskError } from "../ipc";
import { t } from "../i18n/strings";
import type { OpNotice } from "../publishing/publishing";
import { troubleOf, type TroubleCode } from "./trouble";
import { reasonOf } from "../i18n/reasons";

export const TOAST_MS = 6000;
/** A failed or conflicting publish stays up longer: someone must act on it. */
export const OP_PROBLEM_MS = 15_000;
export const UNDO_MS = 12_000;

export type Toast =
  | { kind: "text"; text: string; tone: "ok" | "problem" }
  | { kind: "deleted"; id: string; title: string }
  | { kind: "op"; notice: OpNotice };

export class Notices {
  toast = $state<Toast | null>(null);
  trouble = $state<{ code: TroubleCode; message: string } | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  show(next: Toast, ms = TOAST_MS): void {
    clearTimeout(this.#timer);
    this.toast = next;
    this.#timer = setTimeout(() => (this.toast = null), ms);
  }

  say(text: string, tone: "ok" | "problem" = "ok"): void {
    this.show({ kind: "text", text, tone });
  }

  /** The message `message` with the failure's `{ $reason }`, as a problem. */
  failed(message: string, error: unknown): void {
    this.noteTrouble(error);
    this.say(t(message, { reason: reasonOf(error) }), "problem");
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.toast = null;
  }

  /** Database trouble gets the banner; anything else is the caller's to show. */
  noteTrouble(error: unknown): void {
    const code = troubleOf(error);
    // The banner words the trouble itself; the desk's explanation is its detail.
    if (code !== null) this.trouble = { code, message: isDeskError(error) ? error.message : reasonOf(error) };
  }

  clearTrouble(): void {
    this.trouble = null;
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}

export const [useNotices, provideNotices] = createContext<Notices>();
