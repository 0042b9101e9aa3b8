// The Write view's locale tabs: which translations can still be started, and comparing
// a translation's text for its autosave.

import type { TextEdit } from "../bindings/TextEdit";
import type { TextState } from "../bindings/TextState";

/** The site's locales the article has no text in yet, in the site's order. */
export function addableLocales(siteLocales: readonly string[], texts: readonly TextState[]): string[] {
  const have = new Set(texts.map((t) => t.locale));
  return siteLocales.filter((l) => !have.has(l));
}

export const sameText = (a: TextEdit, b: TextEdit): boolean =>
  a.title === b.title &&
  a.standfirst === b.standfirst &&
  a.body === b.body &&
  a.slug === b.slug &&
  JSON.stringify(a.block_sources ?? null) === JSON.stringify(b.block_sources ?? null);

/** The same words (the block map aside, which the desk may have dropped as unfitting). */
export const sameWords = (a: TextEdit, b: TextEdit): boolean =>
  a.title === b.title && a.standfirst === b.standfirst && a.body === b.body && a.slug === b.slug;

/** Source first, then translations in locale order (the desk's order, kept stable). */
export function orderedTexts(texts: readonly TextState[]): TextState[] {
  return [...texts].sort((a, b) => Number(b.is_source) - Number(a.is_source) || a.locale.localeCompare(b.locale));
}
