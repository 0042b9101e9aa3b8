// The only door to the Rust side. The commands' callers are generated from the Rust
// commands themselves (`bindings/commands.ts`, by src-tauri/build.rs) with their
// argument and result types (ts-rs), so a renamed command or a changed type breaks
// `npm run check`, not the running app. Here: what the generated callers need around
// them (errors, events, the OS's dialogs and drops).

import { isTauri } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview, type DragDropEvent } from "@tauri-apps/api/webview";
import { open as openDialog } from "@tauri-apps/plugin-dialog";

import type { DeskError } from "./bindings/DeskError";
import type { DeskErrorCode } from "./bindings/DeskErrorCode";
import { DESK_ERROR_CODES } from "./bindings/deskErrorCodes";
import type { OutboxOp } from "./bindings/OutboxOp";

export * from "./bindings/commands";

/** Every code a command may fail with, from Rust (`DeskErrorCode`). */
const KNOWN_CODES: ReadonlySet<string> = new Set(DESK_ERROR_CODES);

/** Whether a thrown value is the `DeskError` a command rejects with. */
export function isDeskError(value: unknown): value is DeskError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && KNOWN_CODES.has(v.code) && typeof v.message === "string";
}

/** The stable code of a command's failure, or null for anything else thrown. */
export function codeOf(error: unknown): DeskErrorCode | null {
  return isDeskError(error) ? error.code : null;
}

/** Every change of an outbox operation, as the sender makes it. */
export const onOutbox = (handler: (op: OutboxOp) => void): Promise<() => void> =>
  listen<OutboxOp>("outbox", (event) => handler(event.payload));

/**
 * Every article the desk changes, once stored, whichever view changed it; `null` when
 * some were missed (everything shown should be read again).
 */
export const onArticleChanged = (handler: (id: string | null) => void): Promise<() => void> =>
  listen<string | null>("article-changed", (event) => handler(event.payload));

// ---- the shell's dialogs and drops ---------------------------------------------------

/** Image file types the desk stores (the Rust side has the last word). */
export const IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "webp", "avif"] as const;
export const MARKDOWN_EXTENSIONS = ["md", "markdown"] as const;

const pathsOf = (chosen: string | string[] | null): string[] =>
  chosen === null ? [] : Array.isArray(chosen) ? chosen : [chosen];

/** The OS's file dialog; no choice is an empty list. `filterName` names the filter. */
export async function chooseFiles(options: {
  title: string;
  filterName: string;
  extensions: readonly string[];
  multiple: boolean;
}): Promise<string[]> {
  return pathsOf(
    await openDialog({
      title: options.title,
      multiple: options.multiple,
      directory: false,
      filters: [{ name: options.filterName, extensions: [...options.extensions] }],
    }),
  );
}

/** The OS's folder dialog; null when cancelled. */
export async function chooseFolder(title: string): Promise<string | null> {
  return pathsOf(await openDialog({ title, directory: true, multiple: false }))[0] ?? null;
}

export type { DragDropEvent };

/**
 * Files dragged onto the window, with paths (the webview's own drag and drop, which
 * HTML drop events do not get). Resolves with the function that stops listening;
 * outside Tauri there is nothing to listen to.
 */
export async function onFileDrop(handler: (event: DragDropEvent) => void): Promise<() => void> {
  if (!isTauri()) return () => {};
  return getCurrentWebview().onDragDropEvent((event) => handler(event.payload));
}
