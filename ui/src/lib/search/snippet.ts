// A search hit's snippet: the parts the desk sends, already one tidy line (Markdown line
// marks and the paywall line dropped, whitespace collapsed, neighbours merged:
// crates/desk/src/search/snippet.rs). Never HTML: the list renders each part as a text
// node, hits in <mark>, so nothing in an article's text can become markup.

import type { SnippetPart } from "../bindings/SnippetPart";

/** Whether a snippet has something worth a line under the title. */
export function hasText(parts: readonly SnippetPart[]): boolean {
  return parts.some((part) => part.text.trim() !== "");
}
