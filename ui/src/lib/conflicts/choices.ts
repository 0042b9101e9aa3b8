// A conflict being resolved: one choice per clash, in the order the desk numbers them
// (the title's, the standfirst's, then the body's), and the text they make, shown before
// it is saved. The desk makes the same text from the same choices.

import type { ConflictPart } from "../bindings/ConflictPart";
import type { Resolution } from "../bindings/Resolution";
import type { TextConflict } from "../bindings/TextConflict";

export type Choice = { how: "mine" } | { how: "theirs" } | { how: "both" } | { how: "edited"; text: string };

export type Clash = Extract<ConflictPart, { kind: "clash" }>;

/** The conflict's clashes in order. */
export function clashesOf(conflict: TextConflict): Clash[] {
  return [...conflict.title, ...conflict.standfirst, ...conflict.body].filter(
    (p): p is Clash => p.kind === "clash",
  );
}

/** The resolutions to send, or null while a clash has no choice yet. */
export function resolutions(choices: readonly (Choice | null)[]): Resolution[] | null {
  if (choices.some((c) => c === null)) return null;
  return choices.map((c) => c as Resolution);
}

/** A clash's text as a choice settles it. */
export function settled(clash: Clash, choice: Choice, line: boolean): string {
  switch (choice.how) {
    case "mine":
      return clash.mine;
    case "theirs":
      return clash.theirs;
    case "edited":
      return choice.text;
    case "both": {
      // A line keeps both side by side; a body keeps them as paragraphs, mine first.
      if (line) return [clash.mine.trim(), clash.theirs.trim()].filter((s) => s !== "").join(" ");
      const a = clash.mine.replace(/\n+$/, "");
      const b = clash.theirs.replace(/\n+$/, "");
      if (a === "") return clash.theirs;
      if (b === "") return clash.mine;
      return `${a}\n\n${b}${clash.theirs.endsWith("\n") ? "\n" : ""}`;
    }
  }
}

/** How many clashes are still to be settled. */
export const left = (choices: readonly (Choice | null)[]): number => choices.filter((c) => c === null).length;
