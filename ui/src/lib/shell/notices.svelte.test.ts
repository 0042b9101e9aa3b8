// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { Notices, TOAST_MS, UNDO_MS } from "./notices.svelte";

describe("Notices", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows one toast at a time, each for its own time", () => {
    const notices = new Notices();
    notices.show({ kind: "deleted", id: "a1", title: "Harbour" }, UNDO_MS);
    notices.say("Saved a version");
    expect(notices.toast).toEqual({ kind: "text", text: "Saved a version", tone: "ok" });
    vi.advanceTimersByTime(TOAST_MS - 1);
    expect(notices.toast).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(notices.toast).toBeNull();
  });

  it("puts database trouble in the banner, and only that", () => {
    const notices = new Notices();
    notices.failed("export-failed", { code: "network", message: "offline" });
    expect(notices.trouble).toBeNull();
    expect(notices.toast).toMatchObject({ kind: "text", tone: "problem" });
    notices.failed("export-failed", { code: "disk_full", message: "no space left" });
    expect(notices.trouble).toEqual({ code: "disk_full", message: "no space left" });
    notices.clearTrouble();
    expect(notices.trouble).toBeNull();
  });
});
