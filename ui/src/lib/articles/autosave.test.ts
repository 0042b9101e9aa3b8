import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { Autosaver, type SaveStatus } from "./autosave";

type Edit = { title: string; body: string };

const sameEdit = (a: Edit, b: Edit) => a.title === b.title && a.body === b.body;

/** A save whose calls are recorded and which can be made to fail or to hang. */
function fakeStore() {
  const saved: Edit[] = [];
  let failWith: unknown = null;
  let gate: Promise<void> | null = null;
  const save = vi.fn(async (value: Edit) => {
    if (gate) await gate;
    if (failWith !== null) throw failWith;
    saved.push(value);
  });
  return {
    save,
    saved,
    failNextWith(error: unknown) {
      failWith = error;
    },
    heal() {
      failWith = null;
    },
    /** Holds every save until the returned function is called. */
    hold(): () => void {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

function setup(delayMs = 1000) {
  const store = fakeStore();
  const statuses: SaveStatus["state"][] = [];
  const saver = new Autosaver<Edit>(
    { title: "", body: "" },
    {
      save: store.save,
      delayMs,
      equals: sameEdit,
      onStatus: (s) => statuses.push(s.state),
    },
  );
  return { store, saver, statuses };
}

describe("Autosaver", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("saves once, one delay after the last change", async () => {
    const { store, saver } = setup(1000);
    saver.update({ title: "H", body: "" });
    await vi.advanceTimersByTimeAsync(600);
    saver.update({ title: "He", body: "" });
    await vi.advanceTimersByTimeAsync(600);
    saver.update({ title: "Hed", body: "" });
    // 1.2 s after the first keystroke, but only 0.999 s after the last one.
    await vi.advanceTimersByTimeAsync(999);
    expect(store.save).not.toHaveBeenCalled();
    expect(saver.status.state).toBe("pending");

    await vi.advanceTimersByTimeAsync(1);
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(store.saved).toEqual([{ title: "Hed", body: "" }]);
    expect(saver.status.state).toBe("saved");
    expect(saver.dirty).toBe(false);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.save).toHaveBeenCalledTimes(1);
  });

  it("flush saves at once and cancels the pending timer", async () => {
    const { store, saver } = setup();
    saver.update({ title: "Now", body: "text" });
    await saver.flush();
    expect(store.saved).toEqual([{ title: "Now", body: "text" }]);

    await vi.advanceTimersByTimeAsync(5000);
    expect(store.save).toHaveBeenCalledTimes(1);
  });

  it("does not save what is already stored", async () => {
    const { store, saver, statuses } = setup();
    // Same as loaded.
    saver.update({ title: "", body: "" });
    await saver.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.save).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);

    // Typed and undone before the delay ran out.
    saver.update({ title: "x", body: "" });
    saver.update({ title: "", body: "" });
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.save).not.toHaveBeenCalled();

    // Saved once; flushing again has nothing to do.
    saver.update({ title: "y", body: "" });
    await saver.flush();
    await saver.flush();
    expect(store.save).toHaveBeenCalledTimes(1);
  });

  it("surfaces a failed save and retries it on the next change", async () => {
    const { store, saver, statuses } = setup();
    const failure = { code: "storage", message: "disk full" };
    store.failNextWith(failure);

    saver.update({ title: "A", body: "" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(saver.status).toEqual({ state: "failed", error: failure });
    expect(saver.dirty).toBe(true);

    // Nothing retries behind the user's back...
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.save).toHaveBeenCalledTimes(1);

    // ...the next change does, with the newest text.
    store.heal();
    saver.update({ title: "AB", body: "" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.save).toHaveBeenCalledTimes(2);
    expect(store.saved).toEqual([{ title: "AB", body: "" }]);
    expect(saver.status.state).toBe("saved");
    expect(statuses).toEqual(["pending", "saving", "failed", "pending", "saving", "saved"]);
  });

  it("flush rejects with the save's error, and a later flush retries", async () => {
    const { store, saver } = setup();
    const failure = { code: "storage", message: "locked" };
    store.failNextWith(failure);
    saver.update({ title: "T", body: "" });
    await expect(saver.flush()).rejects.toBe(failure);
    expect(saver.status.state).toBe("failed");

    store.heal();
    await saver.flush();
    expect(store.saved).toEqual([{ title: "T", body: "" }]);
    expect(saver.dirty).toBe(false);
  });

  it("never overlaps saves and ends with the newest value stored", async () => {
    const { store, saver } = setup();
    const release = store.hold();
    saver.update({ title: "one", body: "" });
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.save).toHaveBeenCalledTimes(1);

    // Typed while the first save is still on its way.
    saver.update({ title: "two", body: "" });
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.save).toHaveBeenCalledTimes(1);

    release();
    await Promise.all([first, second]);
    expect(store.saved).toEqual([
      { title: "one", body: "" },
      { title: "two", body: "" },
    ]);
    expect(saver.status.state).toBe("saved");
  });

  it("saves a change back to the old text made while a save was under way", async () => {
    const { store, saver } = setup();
    const release = store.hold();
    saver.update({ title: "draft", body: "" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.save).toHaveBeenCalledTimes(1);

    // Undone while "draft" is being stored: the store will hold "draft", the user "".
    saver.update({ title: "", body: "" });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.dirty).toBe(true);
    expect(saver.status.state).toBe("pending");

    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saved.at(-1)).toEqual({ title: "", body: "" });
    expect(saver.dirty).toBe(false);
  });

  it("takes what the store holds now only when nothing typed waits, and saves against what it knew", async () => {
    const { store, saver } = setup();
    // Idle: a change under the saver is taken as the value.
    expect(saver.adopt({ title: "from a colleague", body: "" })).toBe(true);
    expect(saver.value).toEqual({ title: "from a colleague", body: "" });
    expect(saver.dirty).toBe(false);

    // Typing waits: the change under it is not taken, and the save says what the saver
    // last knew was stored, for the store to merge.
    saver.update({ title: "from a colleague, edited", body: "" });
    expect(saver.adopt({ title: "newer still", body: "" })).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.save).toHaveBeenLastCalledWith(
      { title: "from a colleague, edited", body: "" },
      { title: "from a colleague", body: "" },
    );
  });
});
