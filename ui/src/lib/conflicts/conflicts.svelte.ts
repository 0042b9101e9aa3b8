// Conflicts as the views show them: the open text's conflicts with another desk's
// version (a banner over Write's and Translate's editors) and the conflict view, where
// a person settles each clash (keep mine, take theirs, keep both, edit) and saves the
// resolution, which the desk records as a revision following both and syncs.

import { createContext } from "svelte";

import type { TextConflict } from "../bindings/TextConflict";
import { reasonOf } from "../i18n/reasons";
import * as ipc from "../ipc";
import { type Choice, clashesOf, resolutions } from "./choices";

/** The conflict view open on one conflict, with the choices made so far. */
export interface Resolving {
  conflict: TextConflict;
  choices: (Choice | null)[];
  saving: boolean;
  problem: string | null;
}

export class TextConflicts {
  /** Bumped when articles changed: the banners ask the desk again. */
  version = $state(0);
  resolving = $state<Resolving | null>(null);

  changed(): void {
    this.version++;
  }

  /** The open conflicts of one text. */
  async of(id: string, locale: string): Promise<TextConflict[]> {
    return (await ipc.textConflicts(id)).filter((c) => c.locale === locale);
  }

  /**
   * Opens the conflict view on the text's first conflict, read again now: `prepare`
   * stores what is typed first, so the view shows it as mine.
   */
  async open(id: string, locale: string, prepare: () => Promise<boolean>): Promise<void> {
    if (!(await prepare())) return;
    const [conflict] = await this.of(id, locale);
    if (!conflict) {
      this.changed();
      return;
    }
    this.resolving = {
      conflict,
      choices: clashesOf(conflict).map(() => null),
      saving: false,
      problem: null,
    };
  }

  choose(index: number, choice: Choice): void {
    const r = this.resolving;
    if (r && index >= 0 && index < r.choices.length) r.choices[index] = choice;
  }

  /** Every clash the same way (a person who wants all of one side). */
  chooseAll(how: "mine" | "theirs"): void {
    const r = this.resolving;
    if (r) r.choices = r.choices.map(() => ({ how }));
  }

  close(): void {
    if (!this.resolving?.saving) this.resolving = null;
  }

  /** Saves the resolution; true once saved (the view closes). */
  async save(): Promise<boolean> {
    const r = this.resolving;
    const choices = r ? resolutions(r.choices) : null;
    if (!r || !choices || r.saving) return false;
    r.saving = true;
    try {
      const { article_id, locale, theirs } = r.conflict;
      await ipc.resolveTextConflict(article_id, locale, theirs.revision, choices);
      this.resolving = null;
      this.changed();
      return true;
    } catch (error) {
      r.problem = reasonOf(error);
      r.saving = false;
      return false;
    }
  }
}

export const [useTextConflicts, provideTextConflicts] = createContext<TextConflicts>();
