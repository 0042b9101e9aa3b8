// The toolbar's and shortcuts' edits, as pure functions of a CodeMirror state: each
// returns the transaction to dispatch, or null when there is nothing to do. No view,
// no DOM, so they are tested on `EditorState` alone.

import {
  EditorSelection,
  type ChangeSpec,
  type EditorState,
  type SelectionRange,
  type TransactionSpec,
} from "@codemirror/state";

export type MarkdownEdit = (state: EditorState) => TransactionSpec | null;

/** The paywall cut as the render crate reads it (Ghost's spelling is read as the same). */
export const PAYWALL_MARKER = "<!-- paywall -->";
export const PAYWALL_LINE = /^ {0,3}<!--\s*(?:paywall|members-only)\s*-->\s*$/;

const BOLD = "**";
// Underscores, so italic never collides with bold's asterisks.
const ITALIC = "_";

function spec(state: EditorState, result: ReturnType<EditorState["changeByRange"]>, userEvent: string) {
  return { ...result, scrollIntoView: true, userEvent, selection: result.selection } satisfies TransactionSpec;
}

/** Wraps the selection (or the word at the cursor) in `marker`, or unwraps it. */
export function toggleInline(marker: string): MarkdownEdit {
  const m = marker.length;
  return (state) => {
    const result = state.changeByRange((range) => {
      let { from, to } = range;
      if (range.empty) {
        const word = state.wordAt(range.head);
        if (word) ({ from, to } = word);
      }
      const doc = state.doc;
      const before = doc.sliceString(Math.max(0, from - m), from);
      const after = doc.sliceString(to, to + m);
      // Already wrapped just outside the selection: unwrap.
      if (before === marker && after === marker && !(marker === ITALIC && isBoldEdge(state, from, to))) {
        return {
          changes: [
            { from: from - m, to: from },
            { from: to, to: to + m },
          ],
          range: range.empty
            ? EditorSelection.cursor(range.head - m)
            : EditorSelection.range(from - m, to - m),
        };
      }
      const inside = doc.sliceString(from, to);
      // Wrapped inside the selection: unwrap.
      if (inside.length >= 2 * m && inside.startsWith(marker) && inside.endsWith(marker)) {
        return {
          changes: [
            { from, to: from + m },
            { from: to - m, to },
          ],
          range: range.empty
            ? EditorSelection.cursor(range.head - m)
            : EditorSelection.range(from, to - 2 * m),
        };
      }
      if (from === to) {
        return {
          changes: { from, insert: marker + marker },
          range: EditorSelection.cursor(from + m),
        };
      }
      return {
        changes: [
          { from, insert: marker },
          { from: to, insert: marker },
        ],
        range: range.empty
          ? EditorSelection.cursor(range.head + m)
          : EditorSelection.range(from + m, to + m),
      };
    });
    return spec(state, result, "input.format");
  };
}

// `__word__` is bold too; an underscore next to another one is not an italic edge.
function isBoldEdge(state: EditorState, from: number, to: number): boolean {
  return (
    state.doc.sliceString(Math.max(0, from - 2), from) === "__" &&
    state.doc.sliceString(to, to + 2) === "__"
  );
}

export const toggleBold: MarkdownEdit = toggleInline(BOLD);
export const toggleItalic: MarkdownEdit = toggleInline(ITALIC);

const URL_LIKE = /^(?:https?:\/\/|mailto:)\S+$/i;

/**
 * `[text]()` with the cursor in the parentheses, `[](url)` with it in the brackets when
 * the selection is an address, `[]()` when nothing is selected.
 */
export const insertLink: MarkdownEdit = (state) => {
  const result = state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to);
    if (text !== "" && URL_LIKE.test(text.trim())) {
      return {
        changes: { from: range.from, to: range.to, insert: `[](${text.trim()})` },
        range: EditorSelection.cursor(range.from + 1),
      };
    }
    const insert = `[${text}]()`;
    return {
      changes: { from: range.from, to: range.to, insert },
      range: EditorSelection.cursor(range.from + (text === "" ? 1 : insert.length - 1)),
    };
  });
  return spec(state, result, "input.format");
};

/** How a body links to another article: by id, which the site turns into its address. */
export const ARTICLE_LINK_PREFIX = "dateline:article/";

/**
 * Links to article `id`: the selection becomes the link's text, or with nothing
 * selected the article's headline does (brackets in it escaped). The cursor goes after
 * the link, to write on.
 */
export function linkToArticle(id: string, headline: string): MarkdownEdit {
  return (state) => {
    const result = state.changeByRange((range) => {
      const selected = state.sliceDoc(range.from, range.to);
      const text = selected !== "" ? selected : headline.replace(/([\\[\]])/g, "\\$1");
      const insert = `[${text}](${ARTICLE_LINK_PREFIX}${id})`;
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.cursor(range.from + insert.length),
      };
    });
    return spec(state, result, "input.format");
  };
}

/** A line edit whose cursor ends after what was put at it (typing goes on after "- "). */
function lineEdit(state: EditorState, changes: ChangeSpec[]): TransactionSpec | null {
  if (changes.length === 0) return null;
  const changeSet = state.changes(changes);
  return {
    changes: changeSet,
    selection: state.selection.map(changeSet, 1),
    scrollIntoView: true,
    userEvent: "input.format",
  };
}

/** The lines the selection touches, each once, in order. */
function touchedLines(state: EditorState, ranges: readonly SelectionRange[] = state.selection.ranges) {
  const seen = new Set<number>();
  const lines: ReturnType<EditorState["doc"]["lineAt"]>[] = [];
  for (const range of ranges) {
    const first = state.doc.lineAt(range.from).number;
    // A selection ending at a line's very start does not take that line.
    let last = state.doc.lineAt(range.to).number;
    if (last > first && state.doc.line(last).from === range.to) last--;
    for (let n = first; n <= last; n++) {
      if (seen.has(n)) continue;
      seen.add(n);
      lines.push(state.doc.line(n));
    }
  }
  return lines.sort((a, b) => a.number - b.number);
}

const HEADING = /^(#{1,6})[ \t]+/;

/** No heading -> `##` -> `###` -> none, per line (the headline is the article's `#`). */
export function nextHeadingLevel(level: number): number {
  if (level === 0 || level === 1) return 2;
  if (level === 2) return 3;
  return 0;
}

export const cycleHeading: MarkdownEdit = (state) => {
  const changes: ChangeSpec[] = [];
  for (const line of touchedLines(state)) {
    const match = HEADING.exec(line.text);
    const level = match ? match[1]!.length : 0;
    const next = nextHeadingLevel(level);
    const prefix = next === 0 ? "" : `${"#".repeat(next)} `;
    changes.push({ from: line.from, to: line.from + (match?.[0].length ?? 0), insert: prefix });
  }
  return lineEdit(state, changes);
};

const QUOTE = /^ {0,3}> ?/;
const LIST = /^(\s*)(?:[-*+]|\d{1,9}[.)])[ \t]+/;

function toggleLinePrefix(
  state: EditorState,
  options: { has: RegExp; strip: (text: string) => number; add: (text: string) => [number, string]; blankToo: boolean },
): TransactionSpec | null {
  const lines = touchedLines(state);
  const relevant = lines.filter((line) => line.text.trim() !== "");
  if (relevant.length === 0 && lines.length > 1) return null;
  const remove = relevant.length > 0 && relevant.every((line) => options.has.test(line.text));
  const changes: ChangeSpec[] = [];
  for (const line of lines) {
    const blank = line.text.trim() === "";
    if (remove) {
      const n = options.strip(line.text);
      if (n > 0) changes.push({ from: line.from, to: line.from + n });
    } else if (!options.has.test(line.text) && (!blank || options.blankToo || lines.length === 1)) {
      const [at, insert] = options.add(line.text);
      changes.push({ from: line.from + at, insert });
    }
  }
  return lineEdit(state, changes);
}

/** Quotes the lines touched (blank lines inside too, so it stays one quote), or unquotes them. */
export const toggleQuote: MarkdownEdit = (state) =>
  toggleLinePrefix(state, {
    has: QUOTE,
    strip: (text) => QUOTE.exec(text)?.[0].length ?? 0,
    add: () => [0, "> "],
    blankToo: true,
  });

/** Makes the lines touched a bulleted list, or plain lines again (numbered ones too). */
export const toggleList: MarkdownEdit = (state) => {
  const lines = touchedLines(state);
  const relevant = lines.filter((line) => line.text.trim() !== "");
  const remove = relevant.length > 0 && relevant.every((line) => LIST.test(line.text));
  const changes: ChangeSpec[] = [];
  for (const line of lines) {
    const match = LIST.exec(line.text);
    if (remove) {
      // The marker goes, the indentation stays.
      if (match) changes.push({ from: line.from + match[1]!.length, to: line.from + match[0].length });
    } else if (!match && (line.text.trim() !== "" || lines.length === 1)) {
      changes.push({ from: line.from + (/^\s*/.exec(line.text)?.[0].length ?? 0), insert: "- " });
    }
  }
  return lineEdit(state, changes);
};

/** Padding that sets text at [from, to) apart as a block (blank lines around it). */
function blockPadding(state: EditorState, from: number, to: number): [string, string] {
  const doc = state.doc;
  const before = doc.sliceString(Math.max(0, from - 2), from);
  const after = doc.sliceString(to, to + 2);
  const lead = from === 0 || before === "\n\n" ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail = to === doc.length ? "\n" : after === "\n\n" ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  return [lead, trail];
}

/**
 * Puts `text` (an image's Markdown, say) at the main selection as a paragraph of its
 * own, with the cursor after it.
 */
export function insertBlock(text: string, at?: number): MarkdownEdit {
  return (state) => {
    if (text === "") return null;
    const main = state.selection.main;
    const from = at ?? main.from;
    const to = at ?? main.to;
    const [lead, trail] = blockPadding(state, from, to);
    const insert = lead + text + trail;
    return {
      changes: { from, to, insert },
      selection: EditorSelection.cursor(from + lead.length + text.length),
      scrollIntoView: true,
      userEvent: "input.insert",
    };
  };
}

/** The lines holding a paywall cut (there should be one at most). */
export function paywallLines(state: EditorState): number[] {
  const found: number[] = [];
  let n = 1;
  for (const iter = state.doc.iterLines(); !iter.next().done; n++) {
    // Cheap test first: most lines have no "<!--" at all.
    if (iter.value.includes("<!--") && PAYWALL_LINE.test(iter.value)) found.push(n);
  }
  return found;
}

/**
 * Puts the paywall cut after the cursor's line (or on it, when empty). There is one
 * cut per article, so any other is taken away in the same step: the cut moves.
 */
export const insertPaywallCut: MarkdownEdit = (state) => {
  const doc = state.doc;
  const here = doc.lineAt(state.selection.main.head);
  const existing = paywallLines(state);
  if (existing.length === 1 && existing[0] === here.number) return null;

  const changes: ChangeSpec[] = [];
  for (const n of existing) {
    if (n === here.number) continue;
    const line = doc.line(n);
    // The line and its line break; with blank lines on both sides, one of them too.
    let to = Math.min(doc.length, line.to + 1);
    const nextBlank = n < doc.lines && doc.line(n + 1).text.trim() === "";
    const prevBlank = n > 1 && doc.line(n - 1).text.trim() === "";
    if (nextBlank && prevBlank) to = Math.min(doc.length, doc.line(n + 1).to + 1);
    changes.push({ from: line.from, to });
  }

  // On an empty line the cut takes its place; otherwise it goes after the line.
  const blank = here.text.trim() === "";
  const from = blank ? here.from : here.to;
  const to = here.to;
  const [lead, trail] = blockPadding(state, from, to);
  changes.push({ from, to, insert: lead + PAYWALL_MARKER + trail });
  const changeSet = state.changes(changes);
  // The cursor goes just after the cut, wherever the removal of the old one moved it.
  const cursor = changeSet.mapPos(from, -1) + lead.length + PAYWALL_MARKER.length;
  return {
    changes: changeSet,
    selection: EditorSelection.cursor(cursor),
    scrollIntoView: true,
    userEvent: "input.paywall",
  };
};
