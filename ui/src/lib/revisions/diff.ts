// What the revisions drawer shows of a word-level diff: the Rust side's chunks, merged,
// with long unchanged stretches folded to a few words of context on each side of a
// change, and the words added and removed counted. Rendered as text nodes in <ins> and
// <del>; nothing here is HTML.

import type { DiffChunk } from "../bindings/DiffChunk";

export type DiffSegment =
  | { kind: "equal" | "insert" | "delete"; text: string }
  /** Unchanged words left out; `words` says how many. */
  | { kind: "skip"; words: number };

export interface DiffModel {
  segments: DiffSegment[];
  inserted: number;
  deleted: number;
  /** False when the two revisions hold the same text. */
  changed: boolean;
}

/** Words kept on each side of a change. */
export const CONTEXT_WORDS = 12;

// A CJK character is a word of its own (as the render crate counts them).
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}";
const WORD = new RegExp(`[${CJK}]|[^\\s${CJK}]+`, "gu");

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Index just after the `n`th word of `text` (with the space that follows it). */
function afterWords(text: string, n: number): number {
  if (n <= 0) return 0;
  const word = new RegExp(WORD.source, "gu");
  let seen = 0;
  let match: RegExpExecArray | null;
  while ((match = word.exec(text)) !== null) {
    seen++;
    if (seen === n) {
      const end = match.index + match[0].length;
      const space = /^\s*/u.exec(text.slice(end))?.[0].length ?? 0;
      return end + space;
    }
  }
  return text.length;
}

/** Index of the start of the `n`th word from the end. */
function beforeLastWords(text: string, n: number): number {
  if (n <= 0) return text.length;
  const starts: number[] = [];
  const word = new RegExp(WORD.source, "gu");
  let match: RegExpExecArray | null;
  while ((match = word.exec(text)) !== null) starts.push(match.index);
  if (starts.length <= n) return 0;
  return starts[starts.length - n]!;
}

export function diffModel(chunks: readonly DiffChunk[], context = CONTEXT_WORDS): DiffModel {
  // Merge neighbours of one kind; drop empty chunks.
  const merged: { kind: "equal" | "insert" | "delete"; text: string }[] = [];
  for (const chunk of chunks) {
    if (chunk.text === "") continue;
    const last = merged[merged.length - 1];
    if (last && last.kind === chunk.op) last.text += chunk.text;
    else merged.push({ kind: chunk.op, text: chunk.text });
  }

  let inserted = 0;
  let deleted = 0;
  const segments: DiffSegment[] = [];
  merged.forEach((seg, index) => {
    if (seg.kind === "insert") {
      inserted += countWords(seg.text);
      segments.push(seg);
      return;
    }
    if (seg.kind === "delete") {
      deleted += countWords(seg.text);
      segments.push(seg);
      return;
    }
    const first = index === 0;
    const last = index === merged.length - 1;
    if (first && last) {
      // Nothing changed: show the start only.
      const keep = afterWords(seg.text, context * 2);
      segments.push({ kind: "equal", text: seg.text.slice(0, keep) });
      const rest = countWords(seg.text.slice(keep));
      if (rest > 0) segments.push({ kind: "skip", words: rest });
      return;
    }
    const headWords = first ? 0 : context;
    const tailWords = last ? 0 : context;
    const total = countWords(seg.text);
    if (total <= headWords + tailWords + 2) {
      segments.push(seg);
      return;
    }
    const headEnd = afterWords(seg.text, headWords);
    const tailStart = beforeLastWords(seg.text, tailWords);
    if (headEnd > 0) segments.push({ kind: "equal", text: seg.text.slice(0, headEnd) });
    const skipped = countWords(seg.text.slice(headEnd, tailStart));
    if (skipped > 0) segments.push({ kind: "skip", words: skipped });
    if (tailStart < seg.text.length) segments.push({ kind: "equal", text: seg.text.slice(tailStart) });
  });

  return { segments, inserted, deleted, changed: inserted + deleted > 0 || merged.some((s) => s.kind !== "equal") };
}
