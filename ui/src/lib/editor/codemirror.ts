// The body editor's look: a quiet writing surface, Markdown marks dimmed, colours from
// the CSS variables in app.css so light and dark follow the system with no second theme.

import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

const theme = EditorView.theme({
  "&": {
    blockSize: "100%",
    color: "var(--text)",
    backgroundColor: "transparent",
    fontSize: "15px",
  },
  "&.cm-focused": {
    outline: "none",
  },
  ".cm-scroller": {
    fontFamily: "var(--font-ui)",
    lineHeight: "1.7",
    overflow: "auto",
  },
  ".cm-content": {
    paddingBlock: "12px 40vh",
    paddingInline: "0",
    caretColor: "var(--accent)",
    maxInlineSize: "44rem",
  },
  ".cm-line": {
    paddingInline: "0",
  },
  ".cm-cursor, .cm-dropCursor": {
    borderInlineStartColor: "var(--accent)",
    borderInlineStartWidth: "2px",
  },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground":
    {
      backgroundColor: "color-mix(in srgb, var(--focus) 24%, transparent)",
    },
  ".cm-placeholder": {
    color: "var(--faint)",
  },
  // The paywall cut: a band across the text, its label at the line's end (paywallBand.ts).
  ".cm-line.cm-paywall-band": {
    position: "relative",
    marginBlock: "10px",
    paddingBlock: "3px",
    paddingInline: "10px",
    borderBlock: "2px dashed color-mix(in srgb, var(--paywall) 55%, transparent)",
    borderRadius: "3px",
    backgroundColor: "var(--paywall-soft)",
    color: "var(--paywall)",
    fontFamily: "var(--font-mono)",
    fontSize: "0.85em",
  },
  ".cm-line.cm-paywall-band::after": {
    content: "attr(data-label)",
    position: "absolute",
    insetInlineEnd: "10px",
    insetBlockStart: "50%",
    transform: "translateY(-50%)",
    paddingBlock: "1px",
    paddingInline: "9px",
    borderRadius: "999px",
    backgroundColor: "var(--paper)",
    color: "var(--paywall)",
    fontFamily: "var(--font-ui)",
    fontSize: "11px",
    fontWeight: "650",
    letterSpacing: "0.05em",
    textTransform: "uppercase",
    whiteSpace: "nowrap",
    pointerEvents: "none",
  },
  ".cm-line.cm-paywall-band span": {
    color: "inherit",
  },
});

const highlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: "1.45em", fontWeight: "700", color: "var(--text-strong)" },
  { tag: tags.heading2, fontSize: "1.25em", fontWeight: "700", color: "var(--text-strong)" },
  {
    tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6],
    fontWeight: "700",
    color: "var(--text-strong)",
  },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strikethrough, textDecoration: "line-through" },
  { tag: [tags.link, tags.url], color: "var(--link)" },
  { tag: tags.monospace, fontFamily: "var(--font-mono)", fontSize: "0.9em" },
  { tag: tags.quote, color: "var(--muted)", fontStyle: "italic" },
  { tag: [tags.processingInstruction, tags.labelName], color: "var(--faint)" },
  { tag: tags.contentSeparator, color: "var(--faint)" },
  // The only comment that matters in a body is the paywall cut: make it stand out.
  { tag: tags.comment, color: "var(--paywall)", fontWeight: "600" },
]);

export const deskEditorStyle: Extension = [theme, syntaxHighlighting(highlight)];
