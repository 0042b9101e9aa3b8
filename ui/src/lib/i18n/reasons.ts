// Why something failed, in the interface's language: the `{ $reason }` of messages such
// as "Could not save: …". A command's failure is worded by its code, from desk.ftl;
// the desk's own explanation (English, naming what was wrong) follows as `{ $detail }`.

import type { DeskErrorCode } from "../bindings/DeskErrorCode";
import { isDeskError } from "../ipc";
import type { MessageArgs } from "./i18n.svelte";
import { t } from "./strings";

/** The words for each code a command may fail with (a new code fails the type check until worded). */
export const DESK_ERROR_MESSAGES: Record<DeskErrorCode, string> = {
  not_found: "desk-error-not-found",
  invalid: "desk-error-invalid",
  storage: "desk-error-storage",
  keyring: "desk-error-keyring",
  no_site: "desk-error-no-site",
  unauthorized: "desk-error-unauthorized",
  forbidden: "desk-error-forbidden",
  site_rejected: "desk-error-site-rejected",
  network: "desk-error-network",
  conflict: "desk-error-conflict",
  disk_full: "desk-error-disk-full",
  read_only: "desk-error-read-only",
  locked: "desk-error-locked",
  damaged: "desk-error-damaged",
};

type Translate = (id: string, args?: MessageArgs) => string;

/**
 * Text to show for a failure. The UI decides what to do from the code; this is only
 * ever displayed. Anything thrown that is not a command's failure shows its own message.
 */
export function reasonOf(error: unknown, translate: Translate = t): string {
  if (isDeskError(error)) return translate(DESK_ERROR_MESSAGES[error.code], { detail: error.message });
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return String(error);
}
