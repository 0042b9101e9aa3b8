// The newsroom's sync as the header shows it: the desk's background sync sends its
// state with every change (the `sync` event); "Sync now" asks for a round at once.

import { isTauri } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { createContext } from "svelte";

import type { SyncHeader } from "../bindings/SyncHeader";
import * as ipc from "../ipc";

export type SyncTone = "ok" | "warn" | "off" | "danger" | "busy";

/** What the header says, as a message id and its arguments, with its tone. */
export interface SyncLine {
  tone: SyncTone;
  message: string;
  args?: Record<string, number | string>;
  /** A first sync's share done, 0 to 1, when one runs with enough to show a bar. */
  share?: number;
}

/** Below this many records a round is over before a bar would mean anything. */
export const PROGRESS_FROM = 200;

/** The header's words for a sync state; null when the desk has no newsroom. */
export function syncLine(h: SyncHeader | null): SyncLine | null {
  if (h === null || !h.connected) return null;
  if (h.syncing && h.progress !== null && h.progress.total >= PROGRESS_FROM) {
    return {
      tone: "busy",
      message: "sync-progress",
      args: { done: h.progress.done, total: h.progress.total },
      share: h.progress.total === 0 ? 1 : h.progress.done / h.progress.total,
    };
  }
  if (!h.online && h.last_synced_at === null && h.problem === null) return { tone: "busy", message: "sync-starting" };
  if (!h.online) return { tone: "warn", message: "sync-offline", args: { waiting: h.waiting } };
  if (h.conflicts > 0) return { tone: "danger", message: "sync-conflicts", args: { count: h.conflicts } };
  if (h.refused > 0) return { tone: "danger", message: "sync-refused", args: { count: h.refused } };
  if (h.problem !== null) return { tone: "danger", message: "sync-problem" };
  if (h.waiting > 0) return { tone: "warn", message: "sync-waiting", args: { count: h.waiting } };
  return { tone: "ok", message: "sync-synced" };
}

export class SyncService {
  header = $state<SyncHeader | null>(null);

  async load(): Promise<void> {
    try {
      this.header = await ipc.syncHeader();
    } catch (error) {
      console.error("sync_header failed:", error);
    }
  }

  /** Follows the background sync; resolves with the function that stops it. */
  async listen(): Promise<() => void> {
    if (!isTauri()) return () => {};
    return listen<SyncHeader>("sync", (event) => {
      this.header = event.payload;
    });
  }

  async syncNow(): Promise<void> {
    await ipc.syncNow();
  }
}

const [getSync, setSync] = createContext<SyncService>();
export const useSync = getSync;
export const provideSync = setSync;
