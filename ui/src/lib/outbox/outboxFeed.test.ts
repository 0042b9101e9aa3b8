import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { Coalescer } from "./outboxFeed";

describe("Coalescer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once for a burst of requests", async () => {
    const task = vi.fn(async () => {});
    const c = new Coalescer(300, task);
    for (let i = 0; i < 50; i++) c.request();
    await vi.advanceTimersByTimeAsync(299);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
    c.request();
    await vi.advanceTimersByTimeAsync(300);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("never runs after being disposed", async () => {
    const task = vi.fn(async () => {});
    const c = new Coalescer(100, task);
    c.request();
    c.dispose();
    c.request();
    await vi.advanceTimersByTimeAsync(500);
    expect(task).not.toHaveBeenCalled();
  });

  it("keeps going after a failed run", async () => {
    let calls = 0;
    const c = new Coalescer(10, async () => {
      calls++;
      throw new Error("boom");
    });
    c.request();
    await vi.advanceTimersByTimeAsync(10);
    c.request();
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(2);
  });
});
