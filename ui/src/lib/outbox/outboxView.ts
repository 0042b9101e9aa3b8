// How outbox operations and translation statuses are named in the interface.

import type { OpState } from "../bindings/OpState";
import type { TranslationStatus } from "../bindings/TranslationStatus";

export const OP_STATE_MESSAGES: Record<OpState, string> = {
  queued: "op-state-queued",
  sending: "op-state-sending",
  done: "op-state-done",
  failed: "op-state-failed",
  conflict: "op-state-conflict",
  cancelled: "op-state-cancelled",
};

export const STATUS_MESSAGES: Record<TranslationStatus, string> = {
  in_progress: "text-status-in-progress",
  needs_review: "text-status-needs-review",
  done: "text-status-done",
};

export const TRANSLATION_STATUSES = Object.keys(STATUS_MESSAGES) as TranslationStatus[];
