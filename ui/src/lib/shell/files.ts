// Files dropped onto the window or chosen in a dialog: which are images to put in the
// article and which are Markdown (or folders of it) to import. Paths come from the OS,
// with either kind of slash.

import { IMAGE_EXTENSIONS, MARKDOWN_EXTENSIONS } from "../ipc";

export function fileName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, "");
  const slash = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  return trimmed.slice(slash + 1);
}

/** Lower-case extension without the dot; "" for none (a folder, usually). */
export function extensionOf(path: string): string {
  const name = fileName(path);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

const IMAGES: ReadonlySet<string> = new Set(IMAGE_EXTENSIONS);
const MARKDOWN: ReadonlySet<string> = new Set(MARKDOWN_EXTENSIONS);

export interface DroppedPaths {
  images: string[];
  /**
   * Everything else: Markdown files and folders to import. A folder may well have a dot
   * in its name, so nothing is turned away here; the import names each file it could
   * not take, with the reason, in its report.
   */
  imports: string[];
}

export function classifyPaths(paths: readonly string[]): DroppedPaths {
  const out: DroppedPaths = { images: [], imports: [] };
  for (const path of paths) {
    if (IMAGES.has(extensionOf(path))) out.images.push(path);
    else out.imports.push(path);
  }
  return out;
}

/** Whether a path names a Markdown file (for the import dialog's filter). */
export function isMarkdownPath(path: string): boolean {
  return MARKDOWN.has(extensionOf(path));
}

/** Whether a pasted or dropped browser `File` is an image the desk stores. */
export function isImageFile(file: { name: string; type: string }): boolean {
  return file.type.startsWith("image/") ? file.type !== "image/svg+xml" : IMAGES.has(extensionOf(file.name));
}
