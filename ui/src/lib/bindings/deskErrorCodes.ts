// Generated from DeskErrorCode by crates/desk/src/error.rs's tests: do not edit.

import type { DeskErrorCode } from "./DeskErrorCode";

/** Every code a command's failure may carry. */
export const DESK_ERROR_CODES: readonly DeskErrorCode[] = [
  "not_found",
  "invalid",
  "storage",
  "keyring",
  "no_site",
  "unauthorized",
  "forbidden",
  "site_rejected",
  "network",
  "conflict",
  "disk_full",
  "read_only",
  "locked",
  "damaged",
];
