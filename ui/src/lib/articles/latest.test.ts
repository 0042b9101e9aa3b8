import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { latest } from "./latest";

/** A request per call whose answer the test releases by hand, in any order. */
function manualRequests() {
  const pending: { arg: string; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const run = vi.fn(
    (arg: string) =>
      new Promise<string>((resolve, reject) => {
        pending.push({ arg, resolve, reject });
      }),
  );
  return { run, pending };
}

describe("latest", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends one request when calls stop coming", async () => {
    const { run } = manualRequests();
    const l = latest({ run, delayMs: 150, onResult: () => {}, onError: () => {} });
    l.schedule("a");
    await vi.advanceTimersByTimeAsync(100);
    l.schedule("ab");
    await vi.advanceTimersByTimeAsync(149);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith("ab");
  });

  it("ignores an older answer that arrives after a newer one", async () => {
    const { run, pending } = manualRequests();
    const results: string[] = [];
    const l = latest({ run, delayMs: 150, onResult: (r) => results.push(r), onError: () => {} });
    l.now("old");
    l.now("new");
    pending[1]!.resolve("NEW");
    pending[0]!.resolve("OLD");
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual(["NEW"]);
  });

  it("reports only the newest request's failure", async () => {
    const { run, pending } = manualRequests();
    const errors: unknown[] = [];
    const results: string[] = [];
    const l = latest({ run, delayMs: 0, onResult: (r) => results.push(r), onError: (e) => errors.push(e) });
    l.now("a");
    l.now("b");
    pending[0]!.reject("stale failure");
    pending[1]!.reject("fresh failure");
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(["fresh failure"]);
    expect(results).toEqual([]);
  });

  it("cancel drops the waiting request and any answer on its way", async () => {
    const { run, pending } = manualRequests();
    const results: string[] = [];
    const l = latest({ run, delayMs: 150, onResult: (r) => results.push(r), onError: () => {} });
    l.now("sent");
    l.schedule("waiting");
    l.cancel();
    pending[0]!.resolve("SENT");
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(results).toEqual([]);
  });
});
