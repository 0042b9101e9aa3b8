// Settings → Sites: what a failure means for the editor, decided by the desk's error
// code (never by its message), and how a site's description is summed up.

import type { DeskErrorCode } from "../bindings/DeskErrorCode";
import type { Role } from "../bindings/Role";
import type { SiteInfo } from "../bindings/SiteInfo";
import type { Tier } from "../bindings/Tier";

/** The message that explains a failure to add or reach a site, by the desk's code. */
export function siteProblemMessage(code: DeskErrorCode | null): string {
  switch (code) {
    case "invalid":
      return "site-problem-invalid";
    case "unauthorized":
      return "site-problem-unauthorized";
    case "forbidden":
      return "site-problem-forbidden";
    case "network":
      return "site-problem-network";
    case "keyring":
      return "site-problem-keyring";
    case "site_rejected":
      return "site-problem-rejected";
    case "not_found":
      return "site-problem-not-found";
    case "no_site":
      return "site-problem-no-site";
    default:
      return "site-problem-other";
  }
}

/** The message for a refusal to remove a site; "conflict" means operations still wait for it. */
export function removeProblemMessage(code: DeskErrorCode | null): string {
  return code === "conflict" ? "site-remove-pending" : "site-remove-failed";
}

/** A name from a `names` map: the interface's language, the site's default, else the id. */
export function localName(names: { [locale: string]: string }, uiLocale: string, fallbackLocale: string, id: string): string {
  return names[uiLocale] ?? names[fallbackLocale] ?? names["en-US"] ?? id;
}

/** Tiers in rank order (then by id, so equal ranks keep one order). */
export function tiersByRank(tiers: readonly Tier[]): Tier[] {
  return [...tiers].sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
}

/** A section path with the localised name of each level ("Economy › Asia"). */
export function sectionLabel(info: SiteInfo, path: string, uiLocale: string): string {
  const parts = path.split("/");
  return parts
    .map((part, i) => {
      const p = parts.slice(0, i + 1).join("/");
      const section = info.sections.find((s) => s.path === p);
      return section ? localName(section.names, uiLocale, info.default_locale, part) : part;
    })
    .join(" › ");
}

/** The interface's name of a token's role. */
export const ROLE_MESSAGES: Record<Role, string> = {
  writer: "role-writer",
  translator: "role-translator",
  editor: "role-editor",
};
