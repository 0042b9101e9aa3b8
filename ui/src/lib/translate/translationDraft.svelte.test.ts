// @vitest-environment happy-dom
// The one translation autosave: Write's locale tabs and the Translate workspace both
// rely on its timing and on a released draft still storing what was typed.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { SaveStatus } from "../articles/autosave";
import * as ipc from "../ipc";
import { TranslationDraft } from "./translationDraft.svelte";

vi.mock("../ipc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../ipc")>()),
  saveTranslation: vi.fn(async () => {}),
}));

const loaded = { title: "Le port", standfirst: "", body: "Les grues.", slug: "le-port" };

function draft() {
  const statuses: SaveStatus["state"][] = [];
  const d = new TranslationDraft("a1", "fr", loaded, (s) => statuses.push(s.state));
  return { d, statuses };
}

describe("TranslationDraft", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(ipc.saveTranslation).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it("saves a second after the last change, the text as edited", async () => {
    const { d, statuses } = draft();
    d.edit.title = "Le port se tait";
    d.changed();
    await vi.advanceTimersByTimeAsync(900);
    d.edit.body = "Les grues sont à l'arrêt.";
    d.changed();
    await vi.advanceTimersByTimeAsync(900);
    expect(ipc.saveTranslation).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(ipc.saveTranslation).toHaveBeenCalledTimes(1);
    expect(ipc.saveTranslation).toHaveBeenCalledWith(
      "a1",
      "fr",
      {
        ...loaded,
        title: "Le port se tait",
        body: "Les grues sont à l'arrêt.",
      },
      // Against what was loaded: the desk merges it into a text changed meanwhile.
      loaded,
    );
    expect(statuses.at(-1)).toBe("saved");
  });

  it("stores at once on flush, and nothing when the text is as loaded", async () => {
    const { d } = draft();
    await d.flush();
    expect(ipc.saveTranslation).not.toHaveBeenCalled();
    d.edit.slug = "port";
    d.changed();
    await d.flush();
    expect(ipc.saveTranslation).toHaveBeenCalledTimes(1);
    expect(d.dirty).toBe(false);
  });

  it("still stores what was typed once released, and says nothing more", async () => {
    const { d, statuses } = draft();
    d.edit.title = "Quai";
    d.changed();
    const before = statuses.length;
    d.release();
    await vi.runAllTimersAsync();
    expect(ipc.saveTranslation).toHaveBeenCalledWith("a1", "fr", { ...loaded, title: "Quai" }, loaded);
    expect(statuses.length).toBe(before);
  });
});

describe("TranslationDraft under a change", () => {
  it("takes the stored text when nothing typed waits, and not while something does", async () => {
    vi.useFakeTimers();
    vi.mocked(ipc.saveTranslation).mockResolvedValue(undefined);
    const loaded = { title: "Port", standfirst: "", body: "Un.", slug: "", block_sources: null };
    const draft = new TranslationDraft("a1", "fr", loaded, () => {});
    const theirs = { ...loaded, body: "Un, dit-elle." };
    expect(draft.adopt(theirs)).toBe(true);
    expect(draft.loaded.body).toBe("Un, dit-elle.");
    expect(draft.edit.body).toBe("Un, dit-elle.");

    draft.edit.title = "Le port";
    draft.changed();
    expect(draft.adopt({ ...theirs, body: "Deux." })).toBe(false);
    await vi.advanceTimersByTimeAsync(1100);
    // What was typed goes out against the text it was typed over.
    expect(ipc.saveTranslation).toHaveBeenLastCalledWith("a1", "fr", { ...theirs, title: "Le port" }, theirs);
    draft.dispose();
    vi.useRealTimers();
  });
});
