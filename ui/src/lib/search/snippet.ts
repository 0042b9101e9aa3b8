// A search hit's snippet, from the parts the Rust side sends (never HTML). The parts
// are tidied for a one-line teaser; the list renders each run as a text node, hits in
// <mark>, so nothing in an article's text can become markup.

import type { SnippetPart } from "../bindings/SnippetPart";

export interface SnippetRun {
  text: string;
  hit: boolean;
}

// Markdown's line-start marks (heading, quote, list item) mean nothing in a teaser.
const LINE_MARKS = /(^|\n)[ \t]*(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+/g;
const PAYWALL_LINE = /<!--\s*(?:paywall|members-only)\s*-->/g;

/**
 * Runs to show: whitespace (newlines included) collapsed to single spaces, line-start
 * Markdown marks and the paywall line dropped from the text around hits, empty parts
 * gone, neighbours of the same kind merged, the ends trimmed.
 */
export function snippetRuns(parts: readonly SnippetPart[]): SnippetRun[] {
  const runs: SnippetRun[] = [];
  parts.forEach((part, index) => {
    let text = part.text;
    if (!part.hit) {
      // At the first part's start, or after a newline, a mark is a line start.
      text = text.replace(LINE_MARKS, (_match, lead: string) =>
        lead === "" && index > 0 ? _match : lead,
      );
      text = text.replace(PAYWALL_LINE, " ");
    }
    text = text.replace(/\s+/gu, " ");
    if (text === "") return;
    const last = runs[runs.length - 1];
    if (last && last.hit === part.hit) last.text += text;
    else runs.push({ text, hit: part.hit });
  });

  // Trim the whole snippet, not each run: spaces between runs are words' spaces.
  const first = runs[0];
  if (first) first.text = first.text.trimStart();
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.trimEnd();
  return runs.filter((run) => run.text !== "");
}

/** Whether a snippet has something worth a line under the title. */
export function hasText(runs: readonly SnippetRun[]): boolean {
  return runs.some((run) => run.text.trim() !== "");
}
