import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { retryDelayMs, SaveRetry, troubleOf } from "./trouble";

describe("troubleOf", () => {
  it("knows the database's troubles by code, nothing else", () => {
    expect(troubleOf({ code: "disk_full", message: "No space left" })).toBe("disk_full");
    expect(troubleOf({ code: "damaged", message: "malformed" })).toBe("damaged");
    expect(troubleOf({ code: "network", message: "down" })).toBeNull();
    expect(troubleOf(new Error("disk_full"))).toBeNull();
  });

  it("waits longer each time, up to half a minute", () => {
    expect(retryDelayMs(0)).toBe(2000);
    expect(retryDelayMs(1)).toBe(4000);
    expect(retryDelayMs(10)).toBe(30_000);
  });
});

describe("SaveRetry", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("retries a save that failed on a full disk, later and later, until one works", async () => {
    const retry = vi.fn();
    const r = new SaveRetry({ retry });
    const full = { code: "disk_full", message: "full" };
    r.failed(full);
    r.failed(full); // a second report while waiting does not add a timer
    await vi.advanceTimersByTimeAsync(1999);
    expect(retry).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(retry).toHaveBeenCalledTimes(1);
    r.failed(full);
    await vi.advanceTimersByTimeAsync(3999);
    expect(retry).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(retry).toHaveBeenCalledTimes(2);
    r.succeeded();
    r.failed({ code: "locked", message: "busy" });
    await vi.advanceTimersByTimeAsync(2000);
    expect(retry).toHaveBeenCalledTimes(3);
  });

  it("does not retry what waiting cannot fix", async () => {
    const retry = vi.fn();
    const r = new SaveRetry({ retry });
    r.failed({ code: "read_only", message: "ro" });
    r.failed({ code: "invalid", message: "bad url" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(retry).not.toHaveBeenCalled();
    expect(r.waiting).toBe(false);
  });

  it("stops waiting when disposed", async () => {
    const retry = vi.fn();
    const r = new SaveRetry({ retry });
    r.failed({ code: "locked", message: "busy" });
    r.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(retry).not.toHaveBeenCalled();
  });
});
