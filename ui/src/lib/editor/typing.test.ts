import { EditorState } from "@codemirror/state";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { BodyFeed, oneLine, previewDelay, PreviewScheduler, type PreviewRequest } from "./typing";

/** A body of about 5 MB, in paragraphs, as a long archive piece would be. */
function fiveMegabytes(): string {
  const para = "The harbour cranes stood idle along the quay while the night shift waited. ".repeat(12);
  const block = `## Part\n\n${para}\n\n`;
  return block.repeat(Math.ceil(5_000_000 / block.length));
}

/** Preview requests the test answers by hand. */
function manualPreview() {
  const pending: { request: PreviewRequest; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const run = vi.fn(
    (request: PreviewRequest) =>
      new Promise<string>((resolve, reject) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        pending.push({
          request,
          resolve: (v) => {
            inFlight--;
            resolve(v);
          },
          reject: (e) => {
            inFlight--;
            reject(e);
          },
        });
      }),
  );
  return { run, pending, maxInFlight: () => maxInFlight };
}

describe("previewDelay", () => {
  it("waits longer for longer bodies and slower previews, within bounds", () => {
    expect(previewDelay(100, null)).toBe(150);
    expect(previewDelay(5_000_000, null)).toBe(1000);
    expect(previewDelay(100, 400)).toBe(800);
    expect(previewDelay(50_000_000, 10_000)).toBe(2500);
  });
});

describe("BodyFeed", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("reads a short body at every change", () => {
    const texts: string[] = [];
    const feed = new BodyFeed({ onText: (t) => texts.push(t) });
    feed.changed(() => "a", 1);
    feed.changed(() => "ab", 2);
    expect(texts).toEqual(["a", "ab"]);
    expect(feed.pending).toBe(false);
  });

  it("reads a long body once typing pauses, or when flushed", async () => {
    const read = vi.fn(() => "long");
    const texts: string[] = [];
    const feed = new BodyFeed({ onText: (t) => texts.push(t), immediateUpTo: 10, idleMs: 400 });
    feed.changed(read, 1000);
    await vi.advanceTimersByTimeAsync(399);
    feed.changed(read, 1001);
    await vi.advanceTimersByTimeAsync(399);
    expect(read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledTimes(1);
    feed.changed(() => "newest", 1002);
    feed.flush();
    feed.flush();
    expect(texts).toEqual(["long", "newest"]);
  });
});

describe("typing into a 5 MB body", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("never reads the whole text per keystroke, and previews only the newest text, one request at a time", async () => {
    let state = EditorState.create({ doc: fiveMegabytes() });
    expect(state.doc.length).toBeGreaterThanOrEqual(5_000_000);

    const { run, pending, maxInFlight } = manualPreview();
    const shown: string[] = [];
    const preview = new PreviewScheduler<string>({
      run,
      onResult: (html, request) => shown.push(`${html}:${request.body.length}`),
      onError: () => {},
      clock: () => Date.now(),
    });
    const saved: number[] = [];
    let reads = 0;
    const feed = new BodyFeed({
      onText: (text) => {
        saved.push(text.length);
        preview.schedule({ body: text, paid: false });
      },
    });

    // 300 keystrokes, 60 ms apart (a fast typist), each a real CodeMirror transaction.
    for (let i = 0; i < 300; i++) {
      state = state.update({ changes: { from: state.doc.length, insert: "x" } }).state;
      const snapshot = state;
      feed.changed(() => {
        reads++;
        return snapshot.doc.toString();
      }, snapshot.doc.length);
      await vi.advanceTimersByTimeAsync(60);
    }
    // While typing: no read of the text at all, so no preview and no save either.
    expect(reads).toBe(0);
    expect(run).not.toHaveBeenCalled();

    // The writer pauses (60 ms of it passed in the loop already).
    await vi.advanceTimersByTimeAsync(339);
    expect(reads).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toBe(1);
    expect(saved).toEqual([state.doc.length]);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0].body.length).toBe(state.doc.length);
    expect(run.mock.calls[0]![0].body.endsWith("x".repeat(300))).toBe(true);

    // More typing while that preview is out: the next waits for it, then goes.
    for (let i = 0; i < 5; i++) {
      state = state.update({ changes: { from: 0, insert: "y" } }).state;
      const snapshot = state;
      feed.changed(() => snapshot.doc.toString(), snapshot.doc.length);
      await vi.advanceTimersByTimeAsync(60);
    }
    await vi.advanceTimersByTimeAsync(400 + 2500);
    expect(run).toHaveBeenCalledTimes(1);
    pending[0]!.resolve("first");
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls[1]![0].body.startsWith("yyyyy")).toBe(true);
    pending[1]!.resolve("second");
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([`first:${state.doc.length - 5}`, `second:${state.doc.length}`]);
    expect(maxInFlight()).toBe(1);
  });
});

describe("PreviewScheduler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends a waiting request when the one on its way comes back", async () => {
    const { run, pending } = manualPreview();
    const results: string[] = [];
    const s = new PreviewScheduler<string>({ run, onResult: (r) => results.push(r), onError: () => {} });
    s.now({ body: "a", paid: false });
    s.now({ body: "b", paid: false });
    s.now({ body: "c", paid: true });
    expect(run).toHaveBeenCalledTimes(1);
    pending[0]!.resolve("A");
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls[1]![0]).toEqual({ body: "c", paid: true });
    pending[1]!.resolve("C");
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toEqual(["A", "C"]);
  });

  it("waits longer after a slow preview", async () => {
    let now = 0;
    const { run, pending } = manualPreview();
    const s = new PreviewScheduler<string>({ run, onResult: () => {}, onError: () => {}, clock: () => now });
    s.now({ body: "a", paid: false });
    now = 700;
    pending[0]!.resolve("A");
    await vi.advanceTimersByTimeAsync(0);
    expect(s.lastDurationMs).toBe(700);
    s.schedule({ body: "ab", paid: false });
    await vi.advanceTimersByTimeAsync(1399);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("drops everything on cancel", async () => {
    const { run, pending } = manualPreview();
    const results: string[] = [];
    const errors: unknown[] = [];
    const s = new PreviewScheduler<string>({ run, onResult: (r) => results.push(r), onError: (e) => errors.push(e) });
    s.now({ body: "old article", paid: false });
    s.schedule({ body: "old article, more", paid: false });
    s.cancel();
    pending[0]!.reject("late failure");
    await vi.advanceTimersByTimeAsync(5000);
    expect(results).toEqual([]);
    expect(errors).toEqual([]);
    // A new article's preview goes at once, not after the dropped one.
    s.now({ body: "new article", paid: false });
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe("oneLine", () => {
  it("turns pasted line breaks into single spaces and leaves the rest", () => {
    expect(oneLine("Harbour cranes\r\n  fall silent\n\nat dawn")).toBe("Harbour cranes fall silent at dawn");
    expect(oneLine("  Spaces  stay ")).toBe("  Spaces  stay ");
  });
});
