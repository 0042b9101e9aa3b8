// Keeping the preview beside the editor: the editor's top line is mapped to a height in
// the preview. The Markdown's headings (and the paywall cut), as the render crate found
// them in the source (`Rendered.anchors`), are matched, in order, to the preview's
// headings (and its paywall band); between two such anchors the mapping
// is proportional. When the two sides do not count the same headings (a heading inside
// a list, say), the headings are not trusted and the mapping is proportional between
// the start, the cut and the end. Framework-free: the components measure, this maps.

import type { SourceAnchors } from "../bindings/SourceAnchors";

export interface PreviewAnchors {
  /** Offset of every heading of the rendered body from the top of the scrolled content. */
  headings: number[];
  /** Offset of the paywall band, if shown. */
  cut: number | null;
  /** Where the body starts and where it ends. */
  start: number;
  end: number;
}

export interface Anchor {
  line: number;
  y: number;
}

/** Matched points, in order, each further down on both sides. */
export function buildAnchors(source: SourceAnchors, preview: PreviewAnchors): Anchor[] {
  const points: Anchor[] = [{ line: 0, y: preview.start }];
  if (source.headings.length === preview.headings.length) {
    source.headings.forEach((line, i) => points.push({ line, y: preview.headings[i]! }));
  }
  if (source.cut !== null && preview.cut !== null) points.push({ line: source.cut, y: preview.cut });
  points.push({ line: source.lines, y: preview.end });
  points.sort((a, b) => a.line - b.line || a.y - b.y);

  // Keep the mapping monotonic: drop a point that would make the preview go back up.
  const anchors: Anchor[] = [];
  for (const point of points) {
    const last = anchors[anchors.length - 1];
    if (last && (point.y < last.y || point.line < last.line)) continue;
    if (last && point.line === last.line) {
      last.y = Math.max(last.y, point.y);
      continue;
    }
    anchors.push({ ...point });
  }
  return anchors;
}

/** The preview height for a (fractional) source line. */
export function lineToY(anchors: readonly Anchor[], line: number): number {
  if (anchors.length === 0) return 0;
  const first = anchors[0]!;
  if (line <= first.line) return first.y;
  for (let i = 1; i < anchors.length; i++) {
    const a = anchors[i - 1]!;
    const b = anchors[i]!;
    if (line <= b.line) {
      const span = b.line - a.line;
      return span === 0 ? b.y : a.y + ((line - a.line) / span) * (b.y - a.y);
    }
  }
  return anchors[anchors.length - 1]!.y;
}
