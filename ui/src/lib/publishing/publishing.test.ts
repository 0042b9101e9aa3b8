import { describe, expect, it } from "vitest";

import type { CheckCode } from "../bindings/CheckCode";
import type { Check } from "../bindings/Check";
import type { OutboxOp } from "../bindings/OutboxOp";
import type { PublishPlan } from "../bindings/PublishPlan";
import type { SiteInfo } from "../bindings/SiteInfo";
import type { TextState } from "../bindings/TextState";
import {
  batchFinished,
  batchPercent,
  blockingChecks,
  canCancel,
  canRetry,
  conflictRows,
  defaultScheduleLocal,
  isLive,
  joinLocal,
  localeRows,
  needsOutdatedConfirmation,
  noticeOf,
  outboxOrder,
  primaryUrl,
  publishMode,
  siteTimeZone,
  sortedChecks,
  splitLocal,
  toggleLocale,
  upsertOp,
  wallClockIn,
} from "./publishing";

const text = (locale: string, over: Partial<TextState> = {}): TextState => ({
  locale,
  is_source: false,
  title: `Title ${locale}`,
  slug: "",
  status: "done",
  outdated: false,
  has_cut: false,
  ...over,
});

function plan(over: Partial<PublishPlan> = {}): PublishPlan {
  return {
    article_id: "a1",
    site_url: "http://127.0.0.1:8080",
    site: null,
    title: "Harbour",
    tier: "public",
    section: "world",
    publish_at: null,
    texts: [
      text("en-US", { is_source: true }),
      text("fr"),
      text("de", { outdated: true }),
      text("es", { status: "in_progress" }),
    ],
    locales: ["en-US", "fr"],
    slugs: { "en-US": "harbour", fr: "port" },
    publication: null,
    last_op: null,
    checks: [],
    editor_time_zone: "Europe/Paris",
    ...over,
  };
}

function op(over: Partial<OutboxOp> = {}): OutboxOp {
  return {
    id: 1,
    site_url: "http://127.0.0.1:8080",
    article_id: "a1",
    title: "Harbour",
    action: "publish",
    state: "queued",
    locales: ["en-US"],
    publish_at: null,
    attempts: 0,
    next_attempt_at: null,
    error: null,
    urls: {},
    batch: null,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    ...over,
  };
}

// Codes the checks sort by are any the desk may send; the sorting test uses stand-ins.
const check = (severity: Check["severity"], code: string): Check => ({
  severity,
  code: code as CheckCode,
  // What the desk sends (crates/desk/src/publishing/checks.rs).
  blocks: severity === "error" ? "always" : code === "outdated" ? "until_confirmed" : "never",
  locale: null,
  message: code,
});

describe("locale rows", () => {
  it("always sends the source, offers done translations, and locks unfinished ones", () => {
    const rows = localeRows(plan());
    const by = Object.fromEntries(rows.map((r) => [r.locale, r]));
    expect(by["en-US"]).toMatchObject({ checked: true, disabled: true, slug: "harbour" });
    expect(by["fr"]).toMatchObject({ checked: true, disabled: false, slug: "port" });
    expect(by["de"]).toMatchObject({ checked: false, disabled: false, outdated: true });
    expect(by["es"]).toMatchObject({ checked: false, disabled: true });
  });

  it("lets a translation already on the site be kept even if no longer done", () => {
    const p = plan({
      texts: [text("en-US", { is_source: true }), text("es", { status: "needs_review" })],
      publication: {
        site_url: "x",
        version: 3,
        urls: { "en-US": "u", es: "v" },
        published_at: "2026-01-01T00:00:00Z",
        first_published_at: "2026-01-01T00:00:00Z",
        unpublished: false,
        unsent_changes: false,
      },
      locales: ["en-US", "es"],
    });
    expect(localeRows(p).find((r) => r.locale === "es")).toMatchObject({ onSite: true, disabled: false, checked: true });
  });

  it("ticks and unticks, never dropping the source or adding a locked one", () => {
    const rows = localeRows(plan());
    expect(toggleLocale(rows, "de", true)).toEqual(["en-US", "fr", "de"]);
    expect(toggleLocale(rows, "fr", false)).toEqual(["en-US"]);
    expect(toggleLocale(rows, "en-US", false)).toEqual(["en-US", "fr"]);
    expect(toggleLocale(rows, "es", true)).toEqual(["en-US", "fr"]);
  });

  it("asks for a confirmation only when an outdated translation is ticked", () => {
    expect(needsOutdatedConfirmation(localeRows(plan()))).toBe(false);
    expect(needsOutdatedConfirmation(localeRows(plan(), ["en-US", "de"]))).toBe(true);
  });
});

describe("checks", () => {
  it("blocks on errors, and on outdated translations until confirmed", () => {
    const checks = [check("warning", "role"), check("warning", "outdated"), check("error", "section_missing")];
    expect(blockingChecks(checks, false).map((c) => c.code)).toEqual(["outdated", "section_missing"]);
    expect(blockingChecks(checks, true).map((c) => c.code)).toEqual(["section_missing"]);
    expect(blockingChecks([check("warning", "schedule_past")], false)).toEqual([]);
  });

  it("lists errors before warnings", () => {
    const sorted = sortedChecks([check("warning", "a"), check("error", "b"), check("warning", "c"), check("error", "d")]);
    expect(sorted.map((c) => c.code)).toEqual(["b", "d", "a", "c"]);
  });
});

describe("publish mode", () => {
  it("is an update only while the article is on the site", () => {
    expect(publishMode(plan())).toBe("publish");
    const live = plan({
      publication: { site_url: "x", version: 2, urls: {}, published_at: "2026-01-01T00:00:00Z", first_published_at: "2026-01-01T00:00:00Z", unpublished: false, unsent_changes: false },
    });
    expect(publishMode(live)).toBe("update");
    expect(isLive(live)).toBe(true);
    const gone = plan({
      publication: { site_url: "x", version: 3, urls: {}, published_at: "2026-01-01T00:00:00Z", first_published_at: "2026-01-01T00:00:00Z", unpublished: true, unsent_changes: false },
    });
    expect(publishMode(gone)).toBe("publish");
  });
});

describe("operations", () => {
  it("tells of a publish that went out, with its address, failed, or met a conflict", () => {
    expect(
      noticeOf(op({ state: "done", locales: ["fr", "de"], urls: { de: "https://s/de/a", fr: "https://s/fr/a" } })),
    ).toMatchObject({ kind: "done", url: "https://s/fr/a" });
    expect(noticeOf(op({ state: "failed", error: { code: "unauthorized", message: "token revoked" } }))).toMatchObject({
      kind: "failed",
      op: { error: { code: "unauthorized", message: "token revoked" } },
    });
    expect(noticeOf(op({ state: "conflict" }))?.kind).toBe("conflict");
    expect(noticeOf(op({ state: "sending" }))).toBeNull();
    expect(noticeOf(op({ state: "cancelled" }))).toBeNull();
  });

  it("leaves the operations of a bulk publish to the progress bar", () => {
    expect(noticeOf(op({ state: "done", batch: "b1" }))).toBeNull();
  });

  it("picks the preferred locale's address, else the first", () => {
    expect(primaryUrl({ fr: "f", de: "d" }, "fr")).toBe("f");
    expect(primaryUrl({ fr: "f", de: "d" }, "ja")).toBe("d");
    expect(primaryUrl({}, null)).toBeNull();
  });

  it("offers retry and cancel only where the desk allows them", () => {
    expect(canRetry(op({ state: "failed" }))).toBe(true);
    expect(canRetry(op({ state: "conflict" }))).toBe(false);
    expect(canCancel(op({ state: "queued", attempts: 0 }))).toBe(true);
    expect(canCancel(op({ state: "queued", attempts: 2 }))).toBe(false);
    expect(canCancel(op({ state: "sending" }))).toBe(false);
  });

  it("replaces an operation by its newer self and keeps the newest first", () => {
    const list = [op({ id: 3 }), op({ id: 1 })];
    const next = upsertOp(list, op({ id: 1, state: "done" }));
    expect(next.map((o) => [o.id, o.state])).toEqual([
      [3, "queued"],
      [1, "done"],
    ]);
    expect(upsertOp(next, op({ id: 7 })).map((o) => o.id)).toEqual([7, 3, 1]);
  });

  it("puts what needs the editor first, then what is under way, then the rest", () => {
    const ordered = outboxOrder([
      op({ id: 1, state: "done" }),
      op({ id: 2, state: "queued" }),
      op({ id: 3, state: "conflict" }),
      op({ id: 4, state: "failed" }),
      op({ id: 5, state: "done" }),
    ]);
    expect(ordered.map((o) => o.id)).toEqual([4, 3, 2, 5, 1]);
  });
});

describe("bulk progress", () => {
  it("counts finished and stopped articles", () => {
    expect(batchPercent({ batch: "b", total: 4, done: 1, stopped: 1, pending: 2 })).toBe(50);
    expect(batchPercent({ batch: "b", total: 0, done: 0, stopped: 0, pending: 0 })).toBe(100);
    expect(batchFinished({ batch: "b", total: 4, done: 3, stopped: 1, pending: 0 })).toBe(true);
  });
});

describe("conflicts", () => {
  const mine = {
    source_locale: "en-US",
    section: "world",
    tags: [],
    byline: "",
    source_url: null,
    tier: "supporter",
    publish_at: null,
    texts: [{ locale: "en-US", title: "Mine", standfirst: "s", body: "b", slug: "x" }],
  };

  it("compares field by field and text by text", () => {
    const theirs = {
      id: "a1",
      version: 5,
      urls: {},
      visible_at: null,
      article: {
        ...mine,
        tier: "public",
        texts: [
          { locale: "en-US", title: "Theirs", standfirst: "s", body: "b", slug: "x" },
          { locale: "fr", title: "Le leur", standfirst: "", body: "", slug: "y" },
        ],
      },
    };
    const rows = conflictRows(mine, theirs);
    const get = (field: string, locale: string | null) => rows.find((r) => r.field === field && r.locale === locale)!;
    expect(get("tier", null)).toMatchObject({ mine: "supporter", theirs: "public", differs: true });
    expect(get("section", null).differs).toBe(false);
    expect(get("title", "en-US")).toMatchObject({ mine: "Mine", theirs: "Theirs", differs: true });
    expect(get("body", "en-US").differs).toBe(false);
    expect(get("title", "fr")).toMatchObject({ mine: null, theirs: "Le leur", differs: true });
  });

  it("shows a side that no longer exists as empty", () => {
    const rows = conflictRows(mine, null);
    expect(rows.every((r) => r.theirs === null)).toBe(true);
  });
});

describe("schedule inputs", () => {
  it("joins and splits the date and time fields", () => {
    expect(joinLocal("2026-03-29", "02:30")).toBe("2026-03-29T02:30");
    expect(joinLocal("2026-03-29", "02:30:15")).toBe("2026-03-29T02:30");
    expect(joinLocal("", "02:30")).toBeNull();
    expect(joinLocal("2026-03-29", "")).toBeNull();
    expect(splitLocal("2026-03-29T02:30")).toEqual({ date: "2026-03-29", time: "02:30" });
  });

  it("shows an instant as a zone's wall clock", () => {
    const at = new Date("2026-07-01T10:00:00Z");
    expect(wallClockIn(at, "UTC")).toBe("2026-07-01T10:00");
    expect(wallClockIn(at, "Europe/Paris")).toBe("2026-07-01T12:00");
    expect(wallClockIn(at, "Asia/Tokyo")).toBe("2026-07-01T19:00");
    expect(wallClockIn(at, "Not/AZone")).toBe("2026-07-01T10:00");
  });

  it("starts an hour ahead, on a quarter hour", () => {
    expect(defaultScheduleLocal(new Date("2026-07-01T10:07:00Z"), "UTC")).toBe("2026-07-01T11:15");
    expect(defaultScheduleLocal(new Date("2026-07-01T10:00:00Z"), "UTC")).toBe("2026-07-01T11:00");
  });
});

describe("site time zone", () => {
  const info = {
    name: "S",
    base_url: "x",
    default_locale: "en-US",
    locales: [],
    tiers: [],
    sections: [],
    role: "editor",
    time_zone: "Europe/Berlin",
  } satisfies SiteInfo;

  it("is the site's zone, unknown until the desk has seen the site", () => {
    expect(siteTimeZone(null)).toBeNull();
    expect(siteTimeZone(info)).toBe("Europe/Berlin");
    expect(siteTimeZone({ ...info, time_zone: "" })).toBeNull();
  });
});
