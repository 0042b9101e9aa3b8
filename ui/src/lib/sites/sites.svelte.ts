// The sites the desk publishes to: the default site's status (asked again every
// minute, and after anything that may change it) and the list Settings and Publish
// show. Also the site's tiers, sections and locales as the editor offers them.

import { createContext } from "svelte";

import type { SiteEntry } from "../bindings/SiteEntry";
import type { SiteStatus } from "../bindings/SiteStatus";
import { languageName, REFERENCE_LOCALE } from "../i18n/i18n.svelte";
import type { Languages } from "../i18n/languages.svelte";
import { i18n } from "../i18n/strings";
import * as ipc from "../ipc";

export const SITE_STATUS_EVERY_MS = 60_000;

/** A choice in a menu: its value and what the menu shows. */
export interface Option {
  id: string;
  label: string;
}

export class Sites {
  /** The default site, as last asked. */
  status = $state<SiteStatus | null>(null);
  list = $state<SiteEntry[]>([]);

  readonly #languages: Languages;

  constructor(languages: Languages) {
    this.#languages = languages;
  }

  /** The site's tiers, cheapest first. */
  readonly tiers = $derived(
    [...(this.status?.info?.tiers ?? [])].sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)),
  );

  /** The site's locales; none without site info. */
  readonly locales = $derived(this.status?.info?.locales ?? []);

  tierLabel = (id: string): string => {
    const tier = this.tiers.find((x) => x.id === id);
    if (!tier) return id;
    return tier.names[i18n.locale] ?? tier.names[REFERENCE_LOCALE] ?? tier.id;
  };

  /** The site's tiers; without site info, only `current` (it cannot be changed blind). */
  tierOptions(current: string | undefined): Option[] {
    const options = this.tiers.map((tier) => ({ id: tier.id, label: this.tierLabel(tier.id) }));
    if (current !== undefined && !options.some((o) => o.id === current)) {
      options.push({ id: current, label: current });
    }
    return options;
  }

  /** The site's sections, named by their path of localised names ("Economy › Asia"). */
  readonly sectionOptions = $derived.by((): Option[] => {
    const sections = this.status?.info?.sections ?? [];
    const name = (path: string) => {
      const s = sections.find((x) => x.path === path);
      return s?.names[i18n.locale] ?? s?.names[REFERENCE_LOCALE] ?? path.split("/").pop() ?? path;
    };
    return sections.map((s) => {
      const parts = s.path.split("/");
      const label = parts.map((_, i) => name(parts.slice(0, i + 1).join("/"))).join(" › ");
      return { id: s.path, label };
    });
  });

  /** Languages articles may be written in: the site's, else the interface's. */
  readonly localeOptions = $derived.by((): Option[] => {
    const codes = this.status?.info?.locales ?? this.#languages.languages?.available ?? [];
    return codes.map((code) => ({ id: code, label: languageName(code) }));
  });

  async refreshStatus(): Promise<void> {
    try {
      this.status = await ipc.siteStatus();
    } catch (error) {
      console.error("site_status failed:", error);
    }
  }

  /** The desk's sites as it knows them now; rejects if they could not be read. */
  fetchList(): Promise<SiteEntry[]> {
    return ipc.listSites();
  }

  async loadList(): Promise<void> {
    try {
      this.list = await this.fetchList();
    } catch (error) {
      console.error("list_sites failed:", error);
    }
  }

  /** Checks the token against the site, then has the desk keep it in the OS keyring. */
  add(url: string, token: string): Promise<SiteEntry> {
    return ipc.addSite(url, token);
  }

  /** Asks the site again; a site that does not answer comes back with `problem`. */
  test(url: string): Promise<SiteEntry> {
    return ipc.testSite(url);
  }

  /** Refused ("conflict") while operations for the site wait in the outbox. */
  remove(url: string): Promise<void> {
    return ipc.removeSite(url);
  }

  /** Settings added, tested or removed a site. */
  changed(): void {
    void this.loadList();
    void this.refreshStatus();
  }
}

export const [useSites, provideSites] = createContext<Sites>();
