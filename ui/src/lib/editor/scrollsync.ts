// Keeping the preview beside the editor: the editor's top line is mapped to a height in
// the preview. The Markdown's headings (and the paywall cut) are matched, in order, to
// the preview's headings (and its paywall band); between two such anchors the mapping
// is proportional. When the two sides do not count the same headings (a heading inside
// a list, say), the headings are not trusted and the mapping is proportional between
// the start, the cut and the end. Framework-free: the components measure, this maps.

export interface SourceAnchors {
  /** 0-based line of every heading, in order. */
  headings: number[];
  /** 0-based line of the paywall cut the render crate uses (the first), if any. */
  cut: number | null;
  /** Number of lines. */
  lines: number;
}

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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(?:> ?)*#{1,6}(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const CUT = /^ {0,3}<!--\s*(?:paywall|members-only)\s*-->\s*$/;
// A line that can be a setext heading's text: not blank and not another block's start.
const NOT_PARAGRAPH = /^\s*$|^ {0,3}(?:[#>|]|[-*+][ \t]|\d{1,9}[.)][ \t]|<!--|```|~~~)|^ {4}/;

/**
 * Headings and the cut of a Markdown body, as the render crate will see them (outside
 * fenced code). One pass over the text, without splitting it, so a 5 MB body is cheap.
 */
export function sourceAnchors(body: string): SourceAnchors {
  const headings: number[] = [];
  let cut: number | null = null;
  let fence: string | null = null;
  let previous = "";
  let line = 0;
  let start = 0;
  for (;;) {
    const end = body.indexOf("\n", start);
    const text = body.slice(start, end === -1 ? body.length : end);
    const open = FENCE.exec(text);
    if (fence !== null) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && text.trim() === open[1]) {
        fence = null;
      }
      previous = "";
    } else if (open) {
      fence = open[1]!;
      previous = "";
    } else {
      if (ATX.test(text)) {
        headings.push(line);
      } else if (SETEXT.test(text) && !NOT_PARAGRAPH.test(previous)) {
        headings.push(line - 1);
      } else if (cut === null && CUT.test(text)) {
        cut = line;
      }
      previous = text;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return { headings, cut, lines: line + 1 };
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
