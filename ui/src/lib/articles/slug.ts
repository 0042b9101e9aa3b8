// Slugs: the last part of an article's address. A new article's slug follows its
// headline until someone edits the slug by hand; a published article's slug never
// moves by itself, because its address is out in the world.

const MAX_LENGTH = 80;

/**
 * A character a slug may hold besides the hyphen, as the protocol crate defines it
 * (`dateline_protocol::slug`): a lowercase or caseless letter of any script, a modifier
 * letter, a combining mark, or a decimal digit of any script.
 */
const SLUG_CHAR = /[\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}]/u;

/**
 * The slug a headline suggests, made exactly as the Rust side makes it (so an imported
 * article's slug is recognised as the headline's): each character lower-cased on its
 * own, slug characters kept, every run of anything else one hyphen, at most 80
 * characters, no hyphen at either end. Accents and every script stay as they are.
 */
export function slugify(title: string): string {
  let slug = "";
  for (const upper of title) {
    // Per character, like Rust's char::to_lowercase (no word-final sigma rule).
    for (const c of upper.toLowerCase()) {
      if (SLUG_CHAR.test(c)) slug += c;
      else if (slug !== "" && !slug.endsWith("-")) slug += "-";
    }
  }
  slug = slug.replace(/-+$/, "");
  return [...slug].slice(0, MAX_LENGTH).join("").replace(/-+$/, "");
}

/** Whether `slug` still follows `title` (nobody has made it something else). */
export function followsTitle(slug: string, title: string): boolean {
  return slug === "" || slug === slugify(title);
}

/**
 * The slug after the headline changed from `previousTitle` to `title`: the headline's
 * while the slug followed the old one, else unchanged. `locked` (published) keeps it.
 */
export function slugForTitle(options: {
  previousTitle: string;
  title: string;
  slug: string;
  locked: boolean;
}): string {
  const { previousTitle, title, slug, locked } = options;
  if (locked) return slug;
  return followsTitle(slug, previousTitle) ? slugify(title) : slug;
}

/**
 * A slug as typed, made one the site accepts, but kindly: a hyphen at the end stays
 * while typing (the next word follows it); it goes when the field is left.
 */
export function tidySlug(typed: string): string {
  let slug = "";
  for (const c of typed.toLowerCase()) {
    if (SLUG_CHAR.test(c)) slug += c;
    else if (slug !== "" && !slug.endsWith("-")) slug += "-";
  }
  return slug;
}
