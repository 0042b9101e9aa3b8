// One translation being edited, saved as it is typed: the single wiring of the
// translation autosave, used by Write's locale tabs and by the Translate workspace.
// The same timing as the article's: one second after the last change, at once on
// `flush()` (blur, switching text or view, closing the window).

import { Autosaver, type SaveStatus } from "../articles/autosave";
import type { TextEdit } from "../bindings/TextEdit";
import * as ipc from "../ipc";
import { sameText } from "./translations";

export class TranslationDraft {
  readonly id: string;
  readonly locale: string;
  /** The text as loaded (or adopted), which an editor starts from. */
  loaded: TextEdit;
  /** The text as edited; `changed()` after changing it. */
  edit: TextEdit;

  readonly #saver: Autosaver<TextEdit>;
  /** Told of the saves' statuses until the draft is let go of. */
  #onStatus: ((status: SaveStatus) => void) | null;

  constructor(id: string, locale: string, loaded: TextEdit, onStatus: (status: SaveStatus) => void) {
    this.id = id;
    this.locale = locale;
    this.loaded = $state(loaded);
    this.edit = $state({ ...loaded });
    this.#onStatus = onStatus;
    this.#saver = new Autosaver<TextEdit>(
      { ...loaded },
      {
        // Saved against what it last knew was stored: the desk applies only what was
        // typed here to a text the newsroom changed meanwhile.
        save: (value, saved) => ipc.saveTranslation(id, locale, value, saved),
        equals: sameText,
        onStatus: (status) => this.#onStatus?.(status),
      },
    );
  }

  /** What the saver holds now (stored or about to be). */
  get value(): TextEdit {
    return this.#saver.value;
  }

  get dirty(): boolean {
    return this.#saver.dirty;
  }

  /** What the store held when last loaded or saved. */
  get saved(): TextEdit {
    return this.#saver.saved;
  }

  /**
   * The store holds `stored` now (the newsroom changed it): true when nothing typed
   * waits, and the editor may show it; else the next save merges the two.
   */
  adopt(stored: TextEdit): boolean {
    if (!this.#saver.adopt({ ...stored })) return false;
    this.loaded = { ...stored };
    this.edit = { ...stored };
    return true;
  }

  /** `edit` has changed: save it once typing stops. */
  changed(): void {
    this.#saver.update($state.snapshot(this.edit));
  }

  /** Stores what was typed now; rejects if it could not be. */
  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** Lets go of the draft: what was typed is still saved, in the background, silently. */
  release(): void {
    this.#onStatus = null;
    void this.#saver
      .flush()
      .catch(() => {})
      .finally(() => this.#saver.dispose());
  }

  /** For a draft with nothing unsaved, or at the end. */
  dispose(): void {
    this.#onStatus = null;
    this.#saver.dispose();
  }
}
