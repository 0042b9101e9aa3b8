// @vitest-environment happy-dom
// The outbox as the desk follows it: the sender's events update the operations, the
// Publish button waits for its own operation, and an operation nobody waits for says
// how it ended in a toast.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { OutboxOp } from "../bindings/OutboxOp";
import { Notices } from "../shell/notices.svelte";
import { Outbox } from "./outbox.svelte";

vi.mock("@tauri-apps/api/core", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@tauri-apps/api/core")>()),
  isTauri: () => true,
}));

let send: (op: OutboxOp) => void = () => {};
vi.mock("../ipc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc")>()),
  onOutbox: vi.fn(async (handler: (op: OutboxOp) => void) => {
    send = handler;
    return () => {};
  }),
  listOutbox: vi.fn(async () => []),
  outboxCounts: vi.fn(async () => ({ pending: 0, attention: 0 })),
}));

const op = (id: number, state: OutboxOp["state"]): OutboxOp =>
  ({
    id,
    state,
    action: "publish",
    title: "Harbour",
    batch: null,
    urls: { "en-US": "https://example.org/en-US/world/harbour" },
    locales: ["en-US"],
    error: null,
  }) as unknown as OutboxOp;

describe("Outbox", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("follows the sender's events and toasts an operation nobody waits for", async () => {
    const notices = new Notices();
    const outbox = new Outbox(notices);
    const onDone = vi.fn();
    outbox.onDone = onDone;
    await outbox.listen();
    send(op(1, "sending"));
    expect(outbox.ops.map((o) => o.state)).toEqual(["sending"]);
    expect(notices.toast).toBeNull();
    send(op(1, "done"));
    expect(outbox.ops.map((o) => o.state)).toEqual(["done"]);
    expect(notices.toast).toMatchObject({ kind: "op", notice: { kind: "done" } });
    await vi.advanceTimersByTimeAsync(500);
    expect(onDone).toHaveBeenCalledTimes(1);
    outbox.dispose();
  });

  it("resolves a waiter when its operation settles, without a toast", async () => {
    const notices = new Notices();
    const outbox = new Outbox(notices);
    await outbox.listen();
    const settled = outbox.untilSettled(op(2, "queued"));
    await vi.advanceTimersByTimeAsync(0);
    send(op(2, "failed"));
    expect((await settled).state).toBe("failed");
    expect(notices.toast).toBeNull();
    outbox.dispose();
  });
});
