// The only door to the Rust side. Every Tauri command the front end uses is wrapped
// here with its argument and result types (generated from Rust by ts-rs), so a
// renamed command or a changed type breaks `npm run check`, not the running app.

import { invoke } from "@tauri-apps/api/core";

import type { Article } from "./bindings/Article";
import type { ArticleEdit } from "./bindings/ArticleEdit";
import type { ArticleSummary } from "./bindings/ArticleSummary";
import type { DeskError } from "./bindings/DeskError";
import type { DeskErrorCode } from "./bindings/DeskErrorCode";
import type { PublishedArticle } from "./bindings/PublishedArticle";
import type { Rendered } from "./bindings/Rendered";
import type { SiteStatus } from "./bindings/SiteStatus";
import type { UiLanguages } from "./bindings/UiLanguages";

const DESK_ERROR_CODES: ReadonlySet<string> = new Set<DeskErrorCode>([
  "not_found",
  "invalid",
  "storage",
  "keyring",
  "no_site",
  "unauthorized",
  "forbidden",
  "site_rejected",
  "network",
] satisfies DeskErrorCode[]);

/** Whether a thrown value is the `DeskError` a command rejects with. */
export function isDeskError(value: unknown): value is DeskError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && DESK_ERROR_CODES.has(v.code) && typeof v.message === "string";
}

/**
 * Text to show for a failure, for the `{ $reason }` of a message. The UI decides what
 * to do from `code`; the message is only ever displayed.
 */
export function reasonOf(error: unknown): string {
  if (isDeskError(error)) return error.message;
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return String(error);
}

export const listArticles = (): Promise<ArticleSummary[]> => invoke("list_articles");

export const createArticle = (): Promise<Article> => invoke("create_article");

export const getArticle = (id: string): Promise<Article> => invoke("get_article", { id });

export const saveArticle = (id: string, edit: ArticleEdit): Promise<ArticleSummary> =>
  invoke("save_article", { id, edit });

/** The preview's HTML, from the same pipeline the site publishes with. */
export const renderPreview = (body: string, paid: boolean): Promise<Rendered> =>
  invoke("render_preview", { body, paid });

export const uiLanguages = (): Promise<UiLanguages> => invoke("ui_languages");

/** The Fluent source of `locales/<locale>/desk.ftl`. */
export const uiStrings = (locale: string): Promise<string> => invoke("ui_strings", { locale });

export const setUiLanguage = (locale: string): Promise<void> =>
  invoke("set_ui_language", { locale });

export const siteStatus = (): Promise<SiteStatus> => invoke("site_status");

export const publishArticle = (id: string): Promise<PublishedArticle> =>
  invoke("publish_article", { id });
