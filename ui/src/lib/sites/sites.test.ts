import { describe, expect, it } from "vitest";

import type { SiteInfo } from "../bindings/SiteInfo";
import { localName, removeProblemMessage, sectionLabel, siteProblemMessage, tiersByRank } from "./sites";

describe("site problems", () => {
  it("are told by the desk's code", () => {
    expect(siteProblemMessage("unauthorized")).toBe("site-problem-unauthorized");
    expect(siteProblemMessage("network")).toBe("site-problem-network");
    expect(siteProblemMessage("keyring")).toBe("site-problem-keyring");
    expect(siteProblemMessage("damaged")).toBe("site-problem-other");
    expect(siteProblemMessage(null)).toBe("site-problem-other");
  });

  it("say plainly that a site with waiting operations cannot be removed", () => {
    expect(removeProblemMessage("conflict")).toBe("site-remove-pending");
    expect(removeProblemMessage("keyring")).toBe("site-remove-failed");
  });
});

const info: SiteInfo = {
  name: "The Harbour Times",
  base_url: "http://127.0.0.1:8080",
  default_locale: "fr",
  locales: ["fr", "en-US"],
  tiers: [
    { id: "premium", rank: 3, names: { "en-US": "Premium" } },
    { id: "public", rank: 0, names: { "en-US": "Everyone", fr: "Tout le monde" } },
    { id: "members", rank: 1, names: {} },
  ],
  sections: [
    { path: "economy", names: { "en-US": "Economy", fr: "Économie" } },
    { path: "economy/asia", names: { fr: "Asie" } },
  ],
  role: "editor",
  time_zone: "Europe/Lisbon",
};

describe("site descriptions", () => {
  it("orders tiers by rank", () => {
    expect(tiersByRank(info.tiers).map((t) => t.id)).toEqual(["public", "members", "premium"]);
  });

  it("names things in the interface's language, else the site's, else by id", () => {
    expect(localName(info.tiers[1]!.names, "en-US", "fr", "public")).toBe("Everyone");
    expect(localName(info.tiers[1]!.names, "de", "fr", "public")).toBe("Tout le monde");
    expect(localName({}, "de", "fr", "members")).toBe("members");
  });

  it("labels a section with the names of its path", () => {
    expect(sectionLabel(info, "economy/asia", "en-US")).toBe("Economy › Asie");
    expect(sectionLabel(info, "sport", "en-US")).toBe("sport");
  });
});
