// The interface-strings editor's logic, apart from its component: which messages a
// filter shows, the counts, the preview of a message formatted with sample arguments
// (by @fluent/bundle, the formatter the desk itself uses), and unsaved drafts kept in
// the WebView's storage so that a message that cannot be saved yet is not lost.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { EntryForm } from "../bindings/EntryForm";
import type { StringCheckCode } from "../bindings/StringCheckCode";
import type { StringFinding } from "../bindings/StringFinding";
import type { StringRow } from "../bindings/StringRow";
import type { StringStatus } from "../bindings/StringStatus";

export type StatusFilter = "all" | "todo" | StringStatus;

export const STATUS_ORDER: readonly StringStatus[] = ["error", "missing", "warning", "obsolete", "translated"];

/** How the list and the editor name a message's status (message ids). */
export const STATUS_MESSAGES: Record<StringStatus, string> = {
  missing: "strings-status-missing",
  translated: "strings-status-translated",
  warning: "strings-status-warning",
  error: "strings-status-error",
  obsolete: "strings-status-obsolete",
};

/** The words for each string check's finding (a new check code fails the type check until worded). */
export const FINDING_MESSAGES: Record<StringCheckCode, string> = {
  syntax: "string-check-syntax",
  "missing-default-variant": "string-check-missing-default-variant",
  "multiple-default-variants": "string-check-multiple-default-variants",
  "duplicate-id": "string-check-duplicate-id",
  "duplicate-attribute": "string-check-duplicate-attribute",
  "duplicate-variant": "string-check-duplicate-variant",
  "missing-message": "string-check-missing-message",
  "obsolete-message": "string-check-obsolete-message",
  "missing-term": "string-check-missing-term",
  "obsolete-term": "string-check-obsolete-term",
  "missing-value": "string-check-missing-value",
  "obsolete-value": "string-check-obsolete-value",
  "missing-attribute": "string-check-missing-attribute",
  "obsolete-attribute": "string-check-obsolete-attribute",
  "missing-variable": "string-check-missing-variable",
  "unknown-variable": "string-check-unknown-variable",
  "variant-lost-variable": "string-check-variant-lost-variable",
  "missing-plural": "string-check-missing-plural",
  "unused-plural": "string-check-unused-plural",
  "empty-value": "string-check-empty-value",
  "unknown-reference": "string-check-unknown-reference",
  "missing-reference": "string-check-missing-reference",
  "obsolete-reference": "string-check-obsolete-reference",
  "missing-file": "string-check-missing-file",
  "obsolete-file": "string-check-obsolete-file",
};

/**
 * A finding in the interface's words: the message for its code, filled with what the check
 * found. A syntax error is worded by what was typed wrong (`problem`, a key of the checks'
 * `SyntaxProblem`: `string-syntax-<problem>`), naming the text near it (`near`).
 */
export function findingText(finding: StringFinding, translate: (id: string, args: Record<string, string>) => string): string {
  const problem = finding.args.problem;
  if (finding.code === "syntax" && problem) return translate(`string-syntax-${problem}`, finding.args);
  return translate(FINDING_MESSAGES[finding.code], finding.args);
}

/** Messages a translator still has to look at: not translated cleanly. */
const TODO: ReadonlySet<StringStatus> = new Set(["missing", "error", "warning", "obsolete"]);

/** How many messages are in each status. */
export function countByStatus(rows: readonly StringRow[]): Record<StringStatus, number> {
  const counts: Record<StringStatus, number> = { missing: 0, translated: 0, warning: 0, error: 0, obsolete: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The rows a status filter and a search (id, reference or translation text) leave. */
export function filterStrings(rows: readonly StringRow[], status: StatusFilter, query: string): StringRow[] {
  const needle = query.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (status === "todo" ? !TODO.has(row.status) : status !== "all" && row.status !== status) return false;
    if (needle === "") return true;
    return [row.id, row.reference ?? "", row.translation ?? ""].some((s) => s.toLocaleLowerCase().includes(needle));
  });
}

/** The text of an entry after its `id =`, on one line, for the message list. */
export function summary(entry: string | null): string {
  if (entry === null) return "";
  const body = entry.slice(entry.indexOf("=") + 1);
  return body
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join(" ");
}

/**
 * Sample arguments: each number argument (chosen on, given to NUMBER() or named like a
 * number, as `$minutes`: the form says) the first sample of the plural category "other",
 * which the preview formats for the locale; each other its name.
 */
export function sampleArguments(form: EntryForm): Record<string, string> {
  const firstOther = form.plural_samples.find((s) => s.category === "other")?.number ?? "5";
  return Object.fromEntries(form.arguments.map((a) => [a.name, a.number ? firstOther : a.name]));
}

export interface PreviewLine {
  /** `null` for the value, else the attribute's name. */
  attribute: string | null;
  /** The plural category whose sample number was used, when there is a choice. */
  category: string | null;
  number: string | null;
  text: string;
  errors: string[];
}

/**
 * The message formatted in `locale` with `args`: the value and each attribute once, and,
 * where the form chooses on a plural, once per plural category with its sample number
 * given to the argument chosen on. `context` is the rest of the file, so that references
 * to other messages and terms resolve.
 */
export function previewEntry(
  locale: string,
  context: string,
  entry: string,
  form: EntryForm,
  args: Record<string, string>,
): PreviewLine[] {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  bundle.addResource(new FluentResource(context));
  const problems = bundle.addResource(new FluentResource(entry), { allowOverrides: true });
  const message = bundle.getMessage(form.id);
  // A term cannot be formatted on its own: show it through a message that uses it.
  if (form.id.startsWith("-")) {
    const errors: Error[] = [];
    const probe = new FluentResource(`dateline-preview-term = { ${form.id} }`);
    bundle.addResource(probe, { allowOverrides: true });
    const m = bundle.getMessage("dateline-preview-term");
    const text = m?.value ? bundle.formatPattern(m.value, null, errors) : "";
    return [{ attribute: null, category: null, number: null, text, errors: errors.map(String) }];
  }
  if (!message) {
    return [{ attribute: null, category: null, number: null, text: "", errors: problems.map(String) }];
  }
  const typed: Record<string, FluentVariable> = {};
  for (const a of form.arguments) {
    const raw = args[a.name] ?? "";
    const n = Number(raw);
    typed[a.name] = a.number && raw.trim() !== "" && Number.isFinite(n) ? n : raw;
  }
  const lines: PreviewLine[] = [];
  const parts: { attribute: string | null; field: EntryForm["value"] }[] = [
    { attribute: null, field: form.value },
    ...form.attributes.map((a) => ({ attribute: a.name, field: a.field })),
  ];
  for (const { attribute, field } of parts) {
    const pattern = attribute === null ? message.value : message.attributes[attribute];
    if (!pattern || !field) continue;
    const variable = field.kind === "select" && field.plural ? (field.variable ?? null) : null;
    const runs: { category: string | null; number: string | null }[] =
      variable === null ? [{ category: null, number: null }] : form.plural_samples.map((s) => ({ category: s.category, number: s.number }));
    for (const run of runs) {
      const errors: Error[] = [];
      const values = variable !== null && run.number !== null ? { ...typed, [variable]: Number(run.number) } : typed;
      const text = bundle.formatPattern(pattern, values, errors);
      lines.push({ attribute, ...run, text, errors: errors.map(String) });
    }
  }
  return lines;
}

// ---- drafts --------------------------------------------------------------------------

/** Where a message's draft lives: the strings' source, locale and file, and its id. */
export const draftKey = (source: string, locale: string, file: string, id: string): string =>
  `dateline.strings-draft:${source}\u0000${locale}\u0000${file}\u0000${id}`;

export interface Draft {
  /** The entry's Fluent source as typed (composed from the form, or raw). */
  entry: string;
  /** The translation it started from, to tell whether it still applies. */
  base: string | null;
}

export class Drafts {
  readonly #storage: Storage;
  constructor(storage: Storage) {
    this.#storage = storage;
  }

  get(key: string): Draft | null {
    try {
      const raw = this.#storage.getItem(key);
      return raw === null ? null : (JSON.parse(raw) as Draft);
    } catch {
      return null;
    }
  }

  /** False when the storage refused it (full): the text stays on screen regardless. */
  set(key: string, draft: Draft): boolean {
    try {
      this.#storage.setItem(key, JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  delete(key: string): void {
    this.#storage.removeItem(key);
  }

  /** The ids with a draft under a prefix's source, locale and file. */
  ids(source: string, locale: string, file: string): string[] {
    const prefix = draftKey(source, locale, file, "");
    const ids: string[] = [];
    for (let i = 0; i < this.#storage.length; i += 1) {
      const key = this.#storage.key(i);
      if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
    }
    return ids;
  }
}
