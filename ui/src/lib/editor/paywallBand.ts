// The paywall cut shown in the editor as a band across the text ("Subscribers only
// below"), so a writer sees where the free part ends while typing. A line decoration on
// the cut's line, with the label drawn by CSS from an attribute: the line's text stays
// exactly what is stored (and what the end-to-end tests read), the cursor moves through
// it as through any line, and only the lines on screen are looked at, so a 5 MB body
// costs nothing more.

import { syntaxTree } from "@codemirror/language";
import { type Extension, RangeSetBuilder } from "@codemirror/state";
import {
  Decoration,
  type DecorationSet,
  EditorView,
  ViewPlugin,
  type ViewUpdate,
} from "@codemirror/view";

import { PAYWALL_LINE } from "./markdown";

/** Whether the line starting at `pos` is inside code, where a cut is only text. */
function inCode(view: EditorView, pos: number): boolean {
  let node = syntaxTree(view.state).resolveInner(pos, 1);
  for (;;) {
    if (node.name === "FencedCode" || node.name === "CodeBlock") return true;
    if (node.parent === null) return false;
    node = node.parent;
  }
}

function bands(view: EditorView, label: string): DecorationSet {
  const band = Decoration.line({
    class: "cm-paywall-band",
    attributes: { "data-label": label, title: label },
  });
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      if (line.text.includes("<!--") && PAYWALL_LINE.test(line.text) && !inCode(view, line.from)) {
        builder.add(line.from, line.from, band);
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/** The band, labelled in the interface's language (reconfigure it when that changes). */
export function paywallBand(label: string): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = bands(view, label);
      }
      update(update: ViewUpdate) {
        if (update.docChanged || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state)) {
          this.decorations = bands(update.view, label);
        }
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
