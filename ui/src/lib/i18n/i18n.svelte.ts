// The desk's interface strings: Fluent bundles for the chosen locale with en-US (the
// reference locale) behind it. The bundles live in `$state`, so every `t()` call made
// while rendering is re-run when the language changes: switching needs no reload.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";

/** The locale every other one falls back to; it has every message. */
export const REFERENCE_LOCALE = "en-US";

export type MessageArgs = Record<string, FluentVariable>;

/** Fetches the Fluent source of a locale's `desk.ftl`. */
export type LoadStrings = (locale: string) => Promise<string>;

// Scripts written right to left, by ISO 15924 code. Going through the script rather
// than a list of languages also gets `az-Arab` or `pa-Arab` right.
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

/** The writing direction of a locale. */
export function textDirection(locale: string): "ltr" | "rtl" {
  try {
    const script = new Intl.Locale(locale).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/**
 * A locale's name in its own language, as a menu or list shows it ("Français",
 * "Deutsch", "日本語"), or its code. Names come lower-case in some languages and ICU
 * versions ("français"); in a list they start with a capital, as CLDR's context rule
 * for menus says, so the languages read alike side by side.
 */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
    if (name === locale) return name;
    const [first = "", ...rest] = [...name];
    return first.toLocaleUpperCase(locale) + rest.join("");
  } catch {
    return locale;
  }
}

export class I18n {
  readonly #load: LoadStrings;
  // Built bundles are immutable, so they are kept for the next switch back.
  readonly #cache = new Map<string, FluentBundle>();
  // `raw`: a FluentBundle is a black box; only replacing the array is a change.
  #bundles = $state.raw<readonly FluentBundle[]>([]);
  #locale = $state(REFERENCE_LOCALE);
  #generation = 0;

  constructor(load: LoadStrings) {
    this.#load = load;
  }

  /** The locale strings are shown in. */
  get locale(): string {
    return this.#locale;
  }

  get dir(): "ltr" | "rtl" {
    return textDirection(this.#locale);
  }

  /**
   * Shows every string in `requested` (or, given the locales that exist, the best
   * match for it). Resolves with the locale chosen once its strings are in place. When
   * calls overlap, the last one wins, whatever order their files arrive in.
   */
  async setLocale(requested: string, available?: readonly string[]): Promise<string> {
    const generation = ++this.#generation;
    const locale =
      available === undefined
        ? requested
        : (negotiateLanguages([requested], available, {
            strategy: "lookup",
            defaultLocale: REFERENCE_LOCALE,
          })[0] ?? REFERENCE_LOCALE);

    const wanted = locale === REFERENCE_LOCALE ? [REFERENCE_LOCALE] : [locale, REFERENCE_LOCALE];
    const bundles = (await Promise.all(wanted.map((l) => this.#bundle(l)))).filter(
      (b): b is FluentBundle => b !== null,
    );
    if (generation !== this.#generation) return locale;

    this.#bundles = bundles;
    this.#locale = locale;
    if (typeof document !== "undefined") {
      document.documentElement.lang = locale;
      document.documentElement.dir = textDirection(locale);
    }
    return locale;
  }

  /**
   * The message `id` formatted with `args`, from the current locale, else from en-US,
   * else the id itself (so a missing string is visible, not blank).
   */
  t(id: string, args?: MessageArgs): string {
    for (const bundle of this.#bundles) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args ?? null, errors);
        if (errors.length > 0) {
          console.warn(`i18n: ${bundle.locales[0] ?? "?"} ${id}:`, ...errors);
        }
        return text;
      }
    }
    return id;
  }

  async #bundle(locale: string): Promise<FluentBundle | null> {
    const cached = this.#cache.get(locale);
    if (cached) return cached;
    let source: string;
    try {
      source = await this.#load(locale);
    } catch (error) {
      // Not cached: the next switch tries again.
      console.error(`i18n: could not load the strings of ${locale}:`, error);
      return null;
    }
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) {
      console.warn(`i18n: ${locale} has errors:`, ...errors);
    }
    this.#cache.set(locale, bundle);
    return bundle;
  }
}
