// The interface language: which ones the desk offers (and whether the pseudo-locales
// are among them), the one chosen, and switching, which re-renders at once and is
// remembered by the desk for next time.

import { createContext } from "svelte";

import type { UiLanguages } from "../bindings/UiLanguages";
import * as ipc from "../ipc";
import { REFERENCE_LOCALE } from "./i18n.svelte";
import { i18n } from "./strings";

export class Languages {
  languages = $state<UiLanguages | null>(null);

  /** Loads the saved (or negotiated) language's strings; the reference's if that fails. */
  async start(): Promise<void> {
    try {
      this.languages = await ipc.uiLanguages();
      await i18n.setLocale(this.languages.chosen, this.languages.available);
    } catch (error) {
      console.error("ui_languages failed:", error);
      await i18n.setLocale(REFERENCE_LOCALE);
    }
  }

  async choose(locale: string): Promise<void> {
    const chosen = await i18n.setLocale(locale, this.languages?.available);
    if (this.languages) this.languages.chosen = chosen;
    try {
      await ipc.setUiLanguage(chosen);
    } catch (error) {
      // The switch happened; only remembering it for next time failed.
      console.error("set_ui_language failed:", error);
    }
  }

  async setPseudo(on: boolean): Promise<void> {
    try {
      const next = await ipc.setPseudoLocales(on);
      this.languages = next;
      // Turning them off while one is chosen goes back to a real language.
      if (next.chosen !== i18n.locale) await i18n.setLocale(next.chosen, next.available);
    } catch (error) {
      console.error("set_pseudo_locales failed:", error);
    }
  }
}

export const [useLanguages, provideLanguages] = createContext<Languages>();
