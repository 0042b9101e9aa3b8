// Development only: the desk in a plain browser, with an in-memory stand-in for the Rust
// commands, so the Write workspace can be looked at (and screenshotted) without Tauri.
// `npm run dev`, then http://localhost:5173/mock.html. Query parameters set a scene:
// ?open=1 opens the first article, &new=1 a new one, &focus=1, &revisions=1, &metadata=1,
// &deleted=1, &report=1, &trouble=disk_full, &view=translate|strings|publish|settings (another
// workspace), &tr=1 (Translate: a French text; &trpreview=1, &trfocus=1), &fr=1
// (Write: its French tab), &pick=<id> (view=strings: a message), &queue=1
// (view=publish: an article's panel), &bin=1, &outbox=1 (the drawers), &dark is the
// OS's business. Never imported by the app.

import { mockIPC } from "@tauri-apps/api/mocks";

import type { Article } from "../lib/bindings/Article";
import type { Rendered } from "../lib/bindings/Rendered";
import type { CommandName } from "../lib/bindings/commands";
import type { ArticleSummary } from "../lib/bindings/ArticleSummary";
import type { Revision } from "../lib/bindings/Revision";
import type { SearchQuery } from "../lib/bindings/SearchQuery";
import type { SearchResults } from "../lib/bindings/SearchResults";
import type { SnippetPart } from "../lib/bindings/SnippetPart";

const params = new URLSearchParams(location.search);

const ftl = import.meta.glob("../../../locales/*/desk.ftl", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

// A fixed clock, so that screenshots taken at different times compare.
const now = Date.parse("2026-03-02T09:30:00Z");
const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();

/** The stand-in's copy of the desk's writer rule (crates/desk/src/content/workflow.rs). */
const writerMove = (state: Article["state"]): Article["writer_move"] =>
  state === "draft" ? "in_review" : state === "in_review" ? "draft" : null;

function article(n: number, over: Partial<Article>): Article {
  const made: Article = {
    id: `0190a0b0-0000-7000-8000-00000000000${n}`,
    source_locale: "en-US",
    section: "world",
    tier: "public",
    state: "draft",
    writer_move: "in_review",
    title: "",
    standfirst: "",
    body: "",
    slug: "",
    tags: [],
    byline: "",
    source_url: null,
    publish_at: null,
    updated_at: iso(n * 47),
    published_url: null,
    unsent_changes: false,
    locales: ["en-US"],
    ...over,
  };
  return { ...made, writer_move: writerMove(made.state) };
}

const LONG = Array.from(
  { length: 6 },
  (_, i) =>
    `## Part ${i + 1}\n\nThe harbour authority said the cranes would stay idle until the dispute over night-shift pay was settled, leaving a dozen container ships anchored off the breakwater.\n\nDock workers gathered at the gates before dawn; some had driven in from the valley towns, others came by the first ferry.`,
).join("\n\n");

const articles: Article[] = [
  article(1, {
    title: "Quayside quiet as cranes stand idle",
    standfirst: "A pay dispute has stopped the night shift; ships wait off the breakwater.",
    body: `The harbour cranes stood idle along the quay on Tuesday night.\n\n![](dateline-image:ab12.png)\n\n<!-- paywall -->\n\n${LONG}`,
    slug: "quayside-quiet-as-cranes-stand-idle",
    tags: ["ports", "labour"],
    byline: "Ana Ferreira",
    tier: "premium",
    section: "economy/asia",
  }),
  article(2, { title: "Les grues du port à l’arrêt", source_locale: "fr", state: "in_review", tier: "members", tags: ["ports"] }),
  article(3, { title: "الميناء هادئ والرافعات متوقفة", source_locale: "ar", state: "published", published_url: "https://example.org/ar/x" }),
  article(4, { title: "港のクレーンが停止", source_locale: "ja", state: "ready" }),
  article(5, { title: "", state: "draft" }),
  ...Array.from({ length: 12 }, (_, i) =>
    article(6 + i, { title: `Archive piece ${i + 1}: budget hearings in the council`, state: "published" }),
  ),
];

const summary = (a: Article): ArticleSummary => ({
  id: a.id,
  title: a.title,
  tier: a.tier,
  state: a.state,
  writer_move: a.writer_move,
  source_locale: a.source_locale,
  section: a.section,
  tags: a.tags,
  byline: a.byline,
  updated_at: a.updated_at,
});

function snippet(a: Article, words: string[]): SnippetPart[] {
  const text = `${a.standfirst} ${a.body}`.replace(/\s+/g, " ").trim();
  const word = words.find((w) => text.toLowerCase().includes(w.toLowerCase()));
  if (!word) return text ? [{ text: text.slice(0, 120), hit: false }] : [];
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  const start = Math.max(0, at - 50);
  return [
    { text: (start > 0 ? "…" : "") + text.slice(start, at), hit: false },
    { text: text.slice(at, at + word.length), hit: true },
    { text: `${text.slice(at + word.length, at + word.length + 60)}…`, hit: false },
  ];
}

function search(q: SearchQuery): SearchResults {
  const words = q.text.split(/\s+/).filter(Boolean);
  let list = articles.filter(
    (a) =>
      !deleted.has(a.id) &&
      (q.state === null || a.state === q.state) &&
      (q.tag === null || a.tags.includes(q.tag)) &&
      (q.locale === null || a.locales.includes(q.locale)) &&
      (words.length === 0 ||
        words.every((w) =>
          `${a.title} ${a.standfirst} ${a.body} ${a.byline}`.toLowerCase().includes(w.toLowerCase()),
        )),
  );
  if (q.sort === "title") list = [...list].sort((a, b) => a.title.localeCompare(b.title));
  if (q.sort === "updated") list = [...list].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
  return {
    total: list.length,
    hits: list.slice(q.offset, q.offset + q.limit).map((a) => ({
      article: summary(a),
      locale: a.source_locale,
      snippet: words.length ? snippet(a, words) : [],
    })),
  };
}

const deleted = new Set<string>();
const revisions: Revision[] = [
  { id: 9, article_id: "", locale: "en-US", kind: "autosave", label: null, created_at: iso(3), title: "", word_count: 412, uid: "rev-9", author: "", desk: "desk-here", mine: true, parents: [] },
  { id: 8, article_id: "", locale: "en-US", kind: "named", label: "Before the editor’s cuts", created_at: iso(40), title: "", word_count: 398, uid: "rev-8", author: "Odile Varga", desk: "desk-odile", mine: false, parents: [] },
  { id: 7, article_id: "", locale: "en-US", kind: "workflow", label: null, created_at: iso(95), title: "", word_count: 380, uid: "rev-7", author: "", desk: "desk-here", mine: true, parents: [] },
  { id: 6, article_id: "", locale: "en-US", kind: "autosave", label: null, created_at: iso(180), title: "", word_count: 366, uid: "rev-6", author: "", desk: "desk-here", mine: true, parents: [] },
  { id: 5, article_id: "", locale: "en-US", kind: "import", label: null, created_at: iso(60 * 26), title: "", word_count: 120, uid: "rev-5", author: "", desk: "desk-here", mine: true, parents: [] },
];

const SITE_INFO = {
  name: "The Lantern Courier",
  base_url: "https://courier.example",
  default_locale: "en-US",
  locales: ["en-US", "fr", "ar", "ja"],
  role: "writer",
  time_zone: "Europe/Berlin",
  tiers: [
    { id: "public", rank: 0, names: { "en-US": "Public" } },
    { id: "members", rank: 1, names: { "en-US": "Members" } },
    { id: "premium", rank: 3, names: { "en-US": "Premium" } },
  ],
  sections: [
    { path: "world", names: { "en-US": "World" } },
    { path: "economy", names: { "en-US": "Economy" } },
    { path: "economy/asia", names: { "en-US": "Asia" } },
  ],
};

/** The site's interface strings in French: one translated, one plural missing, one obsolete. */
const text = (t: string) => ({ kind: "text" as const, text: t });
const STRINGS = {
  locale: "fr",
  file: "site.ftl",
  content_hash: "h1",
  site_version: 3,
  file_findings: [],
  rows: [
    {
      id: "welcome",
      reference: "welcome = Welcome to { -brand }, { $name }!\n    .title = Greeting",
      translation: "welcome = Bienvenue sur { -brand }, { $name } !\n    .title = Salut",
      status: "translated",
      findings: [],
      note: "Shown on the front page to a signed-in reader.",
      form: {
        id: "welcome",
        value: text("Bienvenue sur { -brand }, { $name } !"),
        attributes: [{ name: "title", field: text("Salut") }],
        arguments: [{ name: "name", number: false }],
        plural_samples: [],
      },
    },
    {
      id: "unread",
      reference: "unread = { $count ->\n    [one] One unread story\n   *[other] { $count } unread stories\n}",
      translation: null,
      status: "missing",
      findings: [],
      note: null,
      form: {
        id: "unread",
        value: {
          kind: "select",
          selector: "$count",
          variable: "count",
          plural: true,
          variants: [
            { key: "one", text: "", default: false },
            { key: "other", text: "", default: true },
          ],
        },
        attributes: [],
        arguments: [{ name: "count", number: true }],
        plural_samples: [
          { category: "one", number: "1" },
          { category: "other", number: "5" },
        ],
      },
    },
    {
      id: "obsolete-one",
      reference: null,
      translation: "obsolete-one = Ancien texte",
      status: "obsolete",
      findings: [],
      note: null,
      form: { id: "obsolete-one", value: text("Ancien texte"), attributes: [], arguments: [], plural_samples: [] },
    },
  ],
};

/** Every article has its source text and a French draft. */
const texts = (a: Article) =>
  [a.source_locale, ...(a.source_locale === "fr" ? [] : ["fr"])].map((locale) => ({
    locale,
    is_source: locale === a.source_locale,
    title: locale === a.source_locale ? a.title : "",
    slug: "",
    status: locale === a.source_locale ? "done" : "draft",
    outdated: false,
    has_cut: false,
  }));

const byId = (id: unknown) => articles.find((a) => a.id === id) ?? articles[0]!;
const wait = <T>(value: T, ms = 40) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function render(body: string, paid: boolean): Rendered {
  // A stand-in for the render crate: headings, paragraphs and the cut, escaped.
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const html = (md: string) =>
    md
      .split(/\n{2,}/)
      .map((b) => b.trim())
      .filter((b) => b !== "")
      .map((b) =>
        b.startsWith("## ")
          ? `<h2>${esc(b.slice(3))}</h2>`
          : b.startsWith("![")
            ? `<p><img alt="" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='640' height='300'%3E%3Crect width='640' height='300' fill='%23b8c4cc'/%3E%3C/svg%3E"></p>`
            : `<p>${esc(b)}</p>`,
      )
      .join("");
  const [free = "", rest] = body.split(/\n<!-- paywall -->\n/);
  const words = body.split(/\s+/).filter(Boolean).length;
  return {
    free_html: html(free),
    paid_html: rest !== undefined && paid ? html(rest) : null,
    cut: rest !== undefined ? "marker" : "none",
    word_count: words,
    reading_minutes: Math.max(1, Math.round(words / 230)),
    anchors: anchorsOf(body),
    dropped: [],
  };
}

/** The stand-in's landmarks: the `## ` lines and the first cut line. */
function anchorsOf(body: string): Rendered["anchors"] {
  const lines = body.split("\n");
  const cut = lines.indexOf("<!-- paywall -->");
  return {
    headings: lines.flatMap((line, i) => (line.startsWith("## ") ? [i] : [])),
    cut: cut === -1 ? null : cut,
    lines: lines.length,
  };
}

mockIPC(async (cmd, payload) => {
  const args = (payload ?? {}) as Record<string, unknown>;
  // A misspelt or removed command fails the type check here too.
  switch (cmd as CommandName | "plugin:dialog|open") {
    case "ui_languages":
      return { available: ["en-US", "fr", "de", "es", "pt-BR", "ar", "ja", "zh-Hans"], chosen: params.get("lang") ?? "en-US" };
    case "ui_strings":
      return ftl[`../../../locales/${String(args.locale)}/desk.ftl`] ?? "";
    case "set_ui_language":
      return null;
    case "site_status":
      return {
        url: "https://courier.example",
        online: true,
        problem: null,
        info: SITE_INFO,
      };
    case "search_articles":
      return wait(search(args.query as SearchQuery), 80);
    case "list_articles":
      return articles.map(summary);
    case "get_article":
      return byId(args.id);
    case "create_article": {
      const a = article(0, { id: crypto.randomUUID(), updated_at: new Date().toISOString() });
      articles.unshift(a);
      return a;
    }
    case "save_article": {
      const a = byId(args.id);
      Object.assign(a, args.edit, { updated_at: new Date().toISOString() });
      return wait(summary(a), 30);
    }
    case "render_preview":
      return wait(render(String(args.body), Boolean(args.paid)), 60);
    case "preview_meta": {
      // The desk's answer comes from the site's strings and ICU4X; the browser's Intl is
      // close enough for looking at the layout.
      const date = new Date(byId(args.id).publish_at ?? now);
      const byline = String(args.byline).trim();
      return {
        byline: byline === "" ? null : `By ${byline}`,
        published: {
          datetime: date.toISOString(),
          display: date.toLocaleDateString(String(args.locale), { dateStyle: "long" }),
        },
        updated: null,
        updated_on: "Updated",
        reading_time: `${Number(args.readingMinutes)} min read`,
      };
    }
    case "set_workflow_state": {
      const a = byId(args.id);
      a.state = args.state as Article["state"];
      a.writer_move = writerMove(a.state);
      return summary(a);
    }
    case "delete_article":
      deleted.add(String(args.id));
      return null;
    case "undelete_article":
      deleted.delete(String(args.id));
      return summary(byId(args.id));
    case "list_revisions":
      return wait(revisions.map((r) => ({ ...r, article_id: String(args.id), locale: String(args.locale) })));
    case "snapshot_revision":
      return { ...revisions[0]!, id: 10, kind: "named", label: args.label ?? null };
    case "diff_revisions":
      return wait({
        from: args.from,
        to: args.to,
        chunks: [
          { op: "equal", text: "The harbour cranes stood idle along the quay on " },
          { op: "delete", text: "Monday" },
          { op: "insert", text: "Tuesday night" },
          { op: "equal", text: `.\n\n${LONG.slice(0, 700)} ` },
          { op: "insert", text: "Some had driven in from the valley towns. " },
          { op: "equal", text: LONG.slice(700, 1400) },
        ],
      });
    case "restore_revision":
      return byId(args.id);
    case "store_image":
    case "store_image_bytes":
      return { name: "cd34.png", markdown: "![](dateline-image:cd34.png)" };
    case "import_markdown":
      return {
        imported: [summary(articles[1]!)],
        failed: [{ path: "/home/ana/drafts/broken.md", reason: "the front matter is not valid YAML (line 3)" }],
      };
    case "plugin:dialog|open":
      return args.options && (args.options as { directory?: boolean }).directory ? "/tmp/out" : ["/home/ana/drafts/a.md"];
    case "export_article":
      return ["/tmp/x.en-US.md"];
    // Enough for the other workspaces to show something.
    case "list_sites":
      return [{ url: "https://courier.example", info: SITE_INFO, refreshed_at: iso(5), online: true, problem: null }];
    case "open_site_strings":
      return wait(STRINGS);
    case "string_form":
      return STRINGS.rows.find((r) => r.id === args.id)?.form;
    case "compose_string": {
      // Enough of Fluent for the preview: the value and the attributes, one line each.
      const form = args.form as (typeof STRINGS.rows)[number]["form"];
      const field = (f: { kind: string; text?: string }) => f.text ?? "";
      const attrs = form.attributes.map((a) => `\n    .${a.name} = ${field(a.field)}`).join("");
      return `${form.id} = ${form.value ? field(form.value) : ""}${attrs}`;
    }
    case "list_outbox":
      return [];
    case "outbox_counts":
      return { pending: 0, attention: 0 };
    case "sync_header":
      return { connected: true, online: true, syncing: false, waiting: 2, conflicts: 0, refused: 0, last_synced_at: iso(1), problem: null, progress: null };
    case "sync_now":
      return null;
    case "bin":
      return [
        { article: summary(articles[4]!), deleted_at: iso(30), purge_at: iso(-60 * 24 * 29), kept: null, translations: 0 },
        { article: summary(articles[2]!), deleted_at: iso(90), purge_at: iso(-60 * 24 * 29), kept: "published", translations: 1 },
      ];
    case "article_texts":
      return texts(byId(args.id));
    case "get_text": {
      const a = byId(args.id);
      return args.locale === a.source_locale
        ? { title: a.title, standfirst: a.standfirst, body: a.body, slug: a.slug }
        : { title: "", standfirst: "", body: "", slug: "", block_sources: null };
    }
    case "source_changes":
      return { locale: args.locale, outdated: false, title: null, standfirst: null, paragraphs: [] };
    case "translation_suggestions":
      return [
        {
          source: String(args.paragraph),
          translation: "Les grues du port sont restées immobiles le long du quai mardi soir.",
          score: 86,
          article_id: "0190a0b0-0000-7000-8000-000000000002",
        },
      ];
    case "publish_plan": {
      const a = byId(args.id);
      return wait({
        article_id: a.id,
        site_url: "https://courier.example",
        site: SITE_INFO,
        title: a.title,
        tier: a.tier,
        section: a.section,
        publish_at: null,
        texts: texts(a),
        locales: [a.source_locale],
        slugs: { [a.source_locale]: a.slug || "draft" },
        publication: null,
        last_op: null,
        checks: [
          { severity: "warning", code: "section_unknown", blocks: "never", locale: null, message: "no section economy/asia on the site" },
          { severity: "error", code: "role", blocks: "always", locale: "fr", message: "a writer may not publish" },
        ],
        editor_time_zone: "Europe/Lisbon",
      });
    }
    case "reader_views":
      return wait(
        ["anonymous", "members"].map((reader) => ({
          reader,
          reader_name: reader === "anonymous" ? "Anyone" : "Members",
          sees_everything: reader !== "anonymous",
          title: byId(args.id).title,
          standfirst: byId(args.id).standfirst,
          shown_html: render(byId(args.id).body, reader !== "anonymous").free_html,
          hidden_html: reader === "anonymous" ? "<p>…</p>" : null,
        })),
      );
    case "translation_overview":
      return wait(
        articles.slice(0, 4).map((a) => ({
          article: summary(a),
          texts: texts(a),
          progress: texts(a)
            .filter((x) => !x.is_source)
            .map((x) => [x.locale, 40]),
          source_deleted: false,
          in_bin: false,
        })),
      );
    default:
      throw { code: "invalid", message: `the mock has no ${cmd}` };
  }
});

await import("../main");

// Scenes, for screenshots.
const click = (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.click();
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
await later(400);
if (params.has("search")) {
  const input = document.querySelector<HTMLInputElement>("[data-testid=search]");
  if (input) {
    input.value = params.get("search") ?? "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  await later(400);
}
if (params.has("filters")) click("[data-testid=filters-toggle]");
if (params.has("open")) {
  click("[data-testid=article-item] button");
  await later(500);
}
if (params.has("new")) {
  click("[data-testid=new-article]");
  await later(300);
}
if (params.has("metadata") && !document.querySelector(".metadata.open")) click("[data-testid=metadata-toggle]");
if (params.has("focus")) click("[data-testid=focus-mode]");
if (params.has("revisions")) {
  click("[data-testid=revisions-toggle]");
  await later(300);
  click("[data-testid=revision-item]:nth-child(2) .pick");
}
if (params.has("deleted")) {
  click("[data-testid=more-actions]");
  await later(50);
  click("[data-testid=delete]");
  await later(50);
  if (params.get("deleted") === "confirm") {
    // Leave the confirmation on screen.
  } else click("[data-testid=delete-confirm-yes]");
}
if (params.has("report")) {
  click("[data-testid=import]");
  await later(50);
  click("[data-testid=import-files]");
}
const view = params.get("view");
if (view === "strings") {
  click("[data-testid=view-translate]");
  await later(300);
  click("[data-testid=translate-half-strings]");
  await later(300);
} else if (view !== null) {
  click(`[data-testid=view-${view}]`);
  await later(400);
}
// A French translation: in the Translate workspace, or in Write's tabs.
if (params.has("tr")) {
  click("[data-testid=tr-cell]");
  await later(500);
}
if (params.has("trpreview")) {
  click("[data-testid=tr-preview-toggle]");
  await later(300);
}
if (params.has("trfocus")) {
  document.querySelector<HTMLTextAreaElement>("[data-testid=tr-block] textarea")?.focus();
  await later(300);
}
if (params.has("pick")) {
  click(`[data-testid=strings-row][data-id="${params.get("pick")}"]`);
  await later(400);
}
if (params.has("queue")) {
  click("[data-testid=queue-state-ready]");
  await later(200);
  click("[data-testid=queue-row] .pick");
  await later(400);
}
if (params.has("bin")) click("[data-testid=open-bin]");
if (params.has("outbox")) click("[data-testid=outbox-toggle]");
await later(300);
if (params.has("fr")) {
  click("[data-testid=locale-tab-fr]");
  await later(500);
}
if (params.has("scroll")) {
  await later(300);
  const scroller = document.querySelector(".cm-scroller");
  if (scroller) scroller.scrollTop = Number(params.get("scroll"));
}
