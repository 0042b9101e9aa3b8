import { describe, expect, it } from "vitest";

import type { SyncHeader } from "../bindings/SyncHeader";
import { PROGRESS_FROM, syncLine } from "./sync.svelte";

const base: SyncHeader = {
  connected: true,
  online: true,
  syncing: false,
  waiting: 0,
  conflicts: 0,
  refused: 0,
  last_synced_at: "2026-12-07T10:00:00.000Z",
  problem: null,
  progress: null,
};

describe("syncLine", () => {
  it("says nothing without a newsroom, and synced when all is given and taken", () => {
    expect(syncLine(null)).toBeNull();
    expect(syncLine({ ...base, connected: false })).toBeNull();
    expect(syncLine(base)).toEqual({ tone: "ok", message: "sync-synced" });
  });

  it("puts what needs a person before what merely waits", () => {
    expect(syncLine({ ...base, waiting: 3 })).toMatchObject({ message: "sync-waiting", args: { count: 3 } });
    expect(syncLine({ ...base, waiting: 3, refused: 1 })).toMatchObject({ message: "sync-refused" });
    expect(syncLine({ ...base, waiting: 3, refused: 1, conflicts: 2 })).toMatchObject({
      tone: "danger",
      message: "sync-conflicts",
      args: { count: 2 },
    });
    const problem = { code: "network" as const, message: "connection refused" };
    expect(syncLine({ ...base, online: false, waiting: 4, problem })).toMatchObject({
      tone: "warn",
      message: "sync-offline",
      args: { waiting: 4 },
    });
  });

  it("shows a bar only for a round with a lot to take in", () => {
    const small = { ...base, syncing: true, progress: { done: 3, total: PROGRESS_FROM - 1 } };
    expect(syncLine(small)?.share).toBeUndefined();
    const first = { ...base, syncing: true, progress: { done: 2500, total: 10000 } };
    expect(syncLine(first)).toMatchObject({ tone: "busy", message: "sync-progress", share: 0.25 });
  });
});
