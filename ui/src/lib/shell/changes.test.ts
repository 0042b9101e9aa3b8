import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { ChangeGatherer, touches, type Changed } from "./changes";

describe("ChangeGatherer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("turns a burst of announcements into one flush with every id", () => {
    const seen: Changed[] = [];
    const g = new ChangeGatherer(150, (c) => seen.push(c));
    g.add("a");
    g.add("b");
    g.add("a");
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(seen).toHaveLength(1);
    expect([...seen[0]!.ids].sort()).toEqual(["a", "b"]);
    expect(touches(seen[0]!, "a") && !touches(seen[0]!, "c") && !touches(seen[0]!, null)).toBe(true);
    // The next burst starts afresh.
    g.add("c");
    vi.advanceTimersByTime(150);
    expect([...seen[1]!.ids]).toEqual(["c"]);
  });

  it("says everything changed when announcements were missed", () => {
    const seen: Changed[] = [];
    const g = new ChangeGatherer(100, (c) => seen.push(c));
    g.add(null);
    g.flush();
    expect(touches(seen[0]!, "any")).toBe(true);
    g.flush();
    expect(seen).toHaveLength(1);
  });

  it("flushes nothing after dispose", () => {
    const seen: Changed[] = [];
    const g = new ChangeGatherer(100, (c) => seen.push(c));
    g.add("a");
    g.dispose();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([]);
  });
});
