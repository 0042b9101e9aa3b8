// How the Translate workspace names a translation's state, a source block's change
// and the statuses a translator may set (message ids, worded when shown).

import type { TranslationStatus } from "../bindings/TranslationStatus";
import { t } from "../i18n/strings";
import type { AlignedRow, CellState } from "./blocks";

export const STATE_MESSAGES: Record<CellState, string> = {
  missing: "tr-state-missing",
  in_progress: "text-status-in-progress",
  needs_review: "text-status-needs-review",
  done: "text-status-done",
  outdated: "tr-state-outdated",
};

export const CHANGE_MESSAGES: Record<AlignedRow["change"], string> = {
  same: "",
  changed: "tr-change-changed",
  added: "tr-change-added",
  removed: "tr-change-removed",
};

export const STATUSES: TranslationStatus[] = ["in_progress", "needs_review", "done"];

export const untitled = (title: string): string => (title.trim() === "" ? t("article-untitled") : title);
