// The Publish workspace's decisions, kept out of the components so they can be tested:
// which locales may be ticked, what stops the Publish button, what an operation's change
// means for the editor, how a conflict's two versions differ.

import type { ArticlePut } from "../bindings/ArticlePut";
import type { BatchProgress } from "../bindings/BatchProgress";
import type { CheckCode } from "../bindings/CheckCode";
import type { Check } from "../bindings/Check";
import type { OutboxOp } from "../bindings/OutboxOp";
import type { PublishedArticle } from "../bindings/PublishedArticle";
import type { PublishPlan } from "../bindings/PublishPlan";
import type { SiteInfo } from "../bindings/SiteInfo";
import type { TranslationStatus } from "../bindings/TranslationStatus";
import type { WorkflowState } from "../bindings/WorkflowState";

/**
 * The queue's tabs, in the order articles move through them. Drafts are listed too: a
 * writer sends one to review from Write, and an editor may publish one directly.
 */
export const QUEUE_STATES: readonly WorkflowState[] = [
  "draft",
  "in_review",
  "ready",
  "scheduled",
  "published",
  "unpublished",
];

/** The time zone the site's readers see dates in. */
export const DEFAULT_SITE_ZONE = "UTC";

/** The site's time zone (IANA name); `null` until the desk has seen the site. */
export function siteTimeZone(info: SiteInfo | null | undefined): string | null {
  return info?.time_zone || null;
}

/** One row of the locale checkboxes. */
export interface LocaleRow {
  locale: string;
  isSource: boolean;
  status: TranslationStatus;
  outdated: boolean;
  /** Already on the site (an update keeps it unless unticked). */
  onSite: boolean;
  checked: boolean;
  /** The source always goes; an unfinished translation may not. */
  disabled: boolean;
  slug: string | null;
}

/** The plan's texts as checkboxes, ticked as the plan (or the editor) chose. */
export function localeRows(plan: PublishPlan, chosen: readonly string[] = plan.locales): LocaleRow[] {
  const live = plan.publication !== null && !plan.publication.unpublished ? plan.publication.urls : {};
  return plan.texts.map((text) => {
    const onSite = text.locale in live;
    const usable = text.is_source || text.status === "done" || onSite;
    return {
      locale: text.locale,
      isSource: text.is_source,
      status: text.status,
      outdated: text.outdated,
      onSite,
      checked: text.is_source || (usable && chosen.includes(text.locale)),
      disabled: text.is_source || !usable,
      slug: plan.slugs[text.locale] ?? null,
    };
  });
}

/** The locales to send after the editor ticks or unticks one; the source always stays. */
export function toggleLocale(rows: readonly LocaleRow[], locale: string, on: boolean): string[] {
  return rows
    .filter((row) => row.isSource || (!row.disabled && (row.locale === locale ? on : row.checked)))
    .map((row) => row.locale);
}

/** Whether a ticked translation is outdated, so the editor must say they have seen it. */
export function needsOutdatedConfirmation(rows: readonly LocaleRow[]): boolean {
  return rows.some((row) => row.checked && row.outdated && !row.isSource);
}

/** The checks that stop the Publish button, by the desk's rule for each (`blocks`). */
export function blockingChecks(checks: readonly Check[], confirmedOutdated: boolean): Check[] {
  return checks.filter((c) => c.blocks === "always" || (c.blocks === "until_confirmed" && !confirmedOutdated));
}

/** The interface's words for each of the desk's check codes (a new code fails the type check until worded). */
export const CHECK_MESSAGES: Record<CheckCode, string> = {
  site_unknown: "check-site-unknown",
  role: "check-role",
  tier_unknown: "check-tier-unknown",
  section_missing: "check-section-missing",
  section_unknown: "check-section-unknown",
  no_locale: "check-no-locale",
  schedule_past: "check-schedule-past",
  no_text: "check-no-text",
  locale_unknown: "check-locale-unknown",
  no_headline: "check-no-headline",
  not_done: "check-not-done",
  outdated: "check-outdated",
  cut_missing: "check-cut-missing",
  cut_misplaced: "check-cut-misplaced",
  slug_taken: "check-slug-taken",
  image_missing: "check-image-missing",
  standfirst_missing: "check-standfirst-missing",
  link_target_unpublished: "check-link-target-unpublished",
  conflict: "check-conflict",
};

/** Errors first, then warnings; each group in the desk's order. */
export function sortedChecks(checks: readonly Check[]): Check[] {
  return [...checks.filter((c) => c.severity === "error"), ...checks.filter((c) => c.severity === "warning")];
}

export type PublishMode = "publish" | "update";

/** Whether the article is on the site now: then Publish is Update, and it may be unpublished. */
export function isLive(plan: PublishPlan): boolean {
  return plan.publication !== null && !plan.publication.unpublished;
}

export function publishMode(plan: PublishPlan): PublishMode {
  return isLive(plan) ? "update" : "publish";
}

/** An operation is settled once the sender is done with it, one way or the other. */
export const isSettled = (op: OutboxOp): boolean => op.state !== "queued" && op.state !== "sending";

/** An operation the editor can still send again now. */
export const canRetry = (op: OutboxOp): boolean => op.state === "queued" || op.state === "failed";

/** What the desk may accept to withdraw; the desk has the last word (it refuses the rest). */
export const canCancel = (op: OutboxOp): boolean =>
  op.state === "failed" || op.state === "conflict" || (op.state === "queued" && op.attempts === 0);

/** Something the editor should be told about when an operation changes, if anything. */
export type OpNotice =
  | { kind: "done"; op: OutboxOp; url: string | null }
  | { kind: "failed"; op: OutboxOp }
  | { kind: "conflict"; op: OutboxOp };

/**
 * What to tell about a change: a publish or unpublish that went out, failed or met a
 * conflict. Operations of a bulk publish are told by its progress bar instead, or a
 * thousand toasts would follow each other.
 */
export function noticeOf(op: OutboxOp): OpNotice | null {
  if (op.batch !== null) return null;
  switch (op.state) {
    case "done":
      // The source's address first: a publish lists the source locale first.
      return { kind: "done", op, url: op.action === "publish" ? primaryUrl(op.urls, op.locales[0] ?? null) : null };
    case "failed":
      return { kind: "failed", op };
    case "conflict":
      return { kind: "conflict", op };
    default:
      return null;
  }
}

/** The address to show first: the preferred locale's, else the first one. */
export function primaryUrl(urls: { [locale: string]: string }, prefer: string | null): string | null {
  if (prefer !== null && urls[prefer]) return urls[prefer]!;
  const first = Object.keys(urls).sort()[0];
  return first === undefined ? null : urls[first]!;
}

/** The list with `op` put in (replacing its older self), newest first. */
export function upsertOp(list: readonly OutboxOp[], op: OutboxOp): OutboxOp[] {
  const rest = list.filter((o) => o.id !== op.id);
  return [op, ...rest].sort((a, b) => b.id - a.id);
}

/** Open operations first (the ones someone is waiting on), then the rest, newest first. */
export function outboxOrder(list: readonly OutboxOp[]): OutboxOp[] {
  const rank = (op: OutboxOp) => (op.state === "conflict" || op.state === "failed" ? 0 : isSettled(op) ? 2 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || b.id - a.id);
}

/** A bulk publish's progress, 0–100 of the articles the sender has finished with. */
export function batchPercent(progress: BatchProgress): number {
  if (progress.total <= 0) return 100;
  return Math.round((100 * (progress.done + progress.stopped)) / progress.total);
}

export const batchFinished = (progress: BatchProgress): boolean => progress.pending === 0;

/** One line of the side-by-side comparison of a conflict. */
export interface ConflictRow {
  /** "tier", "section", "publish_at", "locales", or a text's "title", "standfirst", "slug", "body". */
  field: string;
  locale: string | null;
  mine: string | null;
  theirs: string | null;
  differs: boolean;
}

const TEXT_FIELDS = ["title", "standfirst", "slug", "body"] as const;

/**
 * The desk's version beside the site's, field by field and text by text. A side that
 * lacks a text (or the whole article) shows null.
 */
export function conflictRows(mine: ArticlePut | null, theirs: PublishedArticle | null): ConflictRow[] {
  const a = mine;
  const b = theirs?.article ?? null;
  const row = (field: string, locale: string | null, m: string | null, th: string | null): ConflictRow => ({
    field,
    locale,
    mine: m,
    theirs: th,
    differs: m !== th,
  });
  const rows: ConflictRow[] = [
    row("tier", null, a?.tier ?? null, b?.tier ?? null),
    row("section", null, a?.section ?? null, b?.section ?? null),
    row("publish_at", null, a?.publish_at ?? null, b?.publish_at ?? null),
  ];
  const locales = [...new Set([...(a?.texts ?? []), ...(b?.texts ?? [])].map((t) => t.locale))];
  for (const locale of locales) {
    const ta = a?.texts.find((t) => t.locale === locale) ?? null;
    const tb = b?.texts.find((t) => t.locale === locale) ?? null;
    for (const field of TEXT_FIELDS) {
      rows.push(row(field, locale, ta ? ta[field] : null, tb ? tb[field] : null));
    }
  }
  return rows;
}

/** `YYYY-MM-DD` and `HH:MM` from date and time inputs, as `schedule_time` takes them; null if either is missing. */
export function joinLocal(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}/.test(time)) return null;
  return `${date}T${time.slice(0, 5)}`;
}

/** The date and time inputs' values for a `YYYY-MM-DDTHH:MM` wall clock. */
export function splitLocal(local: string): { date: string; time: string } {
  const [date = "", time = ""] = local.split("T");
  return { date, time: time.slice(0, 5) };
}

/** A wall clock as the interface shows it: date and time, in the interface's locale. */
export function formatWallClock(local: string, uiLocale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return local;
  // A wall clock has no zone of its own: format it as if it were UTC, and say UTC.
  const at = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  try {
    return new Intl.DateTimeFormat(uiLocale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(at);
  } catch {
    return local.replace("T", " ");
  }
}

/** An instant (RFC 3339) shown in a time zone, in the interface's locale. */
export function formatInstant(iso: string, uiLocale: string, zone?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  try {
    return new Intl.DateTimeFormat(uiLocale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 16).replace("T", " ");
  }
}

/** An instant as the `YYYY-MM-DDTHH:MM` wall clock of a time zone (UTC if the zone is unknown). */
export function wallClockIn(at: Date, zone: string): string {
  const format = (timeZone: string) => {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
    return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
  };
  try {
    return format(zone);
  } catch {
    return format("UTC");
  }
}

/** Now plus an hour, rounded up to the quarter hour, as the schedule inputs' first value. */
export function defaultScheduleLocal(now: Date, zone: string): string {
  return wallClockIn(new Date(Math.ceil((now.getTime() + 3600_000) / 900_000) * 900_000), zone);
}
