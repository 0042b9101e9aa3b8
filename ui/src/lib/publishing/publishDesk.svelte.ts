// The Publish workspace's state: the queue of articles by workflow state on one site
// (filtered by section and locale), the article chosen, the ones ticked for a bulk
// publish and its progress; and the desk's answers the publishing panel and the
// reader preview ask for, always about the site chosen here.

import { createContext } from "svelte";

import type { ArticleActions } from "../articles/articleActions.svelte";
import type { OpenArticle } from "../articles/openArticle.svelte";
import type { ArticleSummary } from "../bindings/ArticleSummary";
import type { BatchProgress } from "../bindings/BatchProgress";
import type { BulkPublish } from "../bindings/BulkPublish";
import type { OutboxOp } from "../bindings/OutboxOp";
import type { PublishPlan } from "../bindings/PublishPlan";
import type { PublishRequest } from "../bindings/PublishRequest";
import type { ReaderView } from "../bindings/ReaderView";
import type { ScheduleTime } from "../bindings/ScheduleTime";
import type { SiteEntry } from "../bindings/SiteEntry";
import type { WorkflowState } from "../bindings/WorkflowState";
import { i18n, t } from "../i18n/strings";
import * as ipc from "../ipc";
import { localName } from "../sites/sites";
import type { Sites } from "../sites/sites.svelte";
import { touches, type Changed } from "../shell/changes";
import { QUEUE_STATES } from "./publishing";
import { reasonOf } from "../i18n/reasons";

export class PublishDesk {
  siteUrl = $state<string | null>(null);
  stateTab = $state<WorkflowState>("in_review");
  section = $state("");
  locale = $state("");
  lists = $state<Partial<Record<WorkflowState, ArticleSummary[]>>>({});
  totals = $state<Partial<Record<WorkflowState, number>>>({});
  queueProblem = $state<string | null>(null);
  selectedId = $state<string | null>(null);
  picked = $state<string[]>([]);
  /** The chosen article's plan as the panel last had it, for the reader preview. */
  plan = $state<PublishPlan | null>(null);
  planVersion = $state(0);
  /** Bumped when the chosen article changed elsewhere: the panel asks for its plan again. */
  changes = $state(0);
  /** It changed while the workspace was hidden. */
  #changedUnseen = false;

  bulk = $state<BulkPublish | null>(null);
  progress = $state<BatchProgress | null>(null);
  bulkBusy = $state(false);
  bulkProblem = $state<string | null>(null);

  readonly #sites: Sites;
  readonly #article: OpenArticle;
  readonly #actions: ArticleActions;
  #loads = 0;

  constructor(sites: Sites, article: OpenArticle, actions: ArticleActions) {
    this.#sites = sites;
    this.#article = article;
    this.#actions = actions;
  }

  get sites(): SiteEntry[] {
    return this.#sites.list;
  }

  get site(): SiteEntry | null {
    return this.sites.find((s) => s.url === this.siteUrl) ?? null;
  }

  get info() {
    return this.site?.info ?? null;
  }

  /** The queue's rows in the state tab shown. */
  get rows(): ArticleSummary[] {
    return this.lists[this.stateTab] ?? [];
  }

  get allPicked(): boolean {
    const rows = this.rows;
    return rows.length > 0 && rows.every((r) => this.picked.includes(r.id));
  }

  /** The site chosen stays one of the desk's sites; the first, if it is not. */
  keepSite(): void {
    if (this.siteUrl === null || !this.sites.some((s) => s.url === this.siteUrl)) {
      this.siteUrl = this.sites[0]?.url ?? null;
    }
  }

  async loadQueue(): Promise<void> {
    const mine = ++this.#loads;
    const { section, locale, siteUrl } = this;
    try {
      const answers = await Promise.all(
        QUEUE_STATES.map((state) =>
          ipc.searchArticles({
            text: "",
            state,
            section: section === "" ? null : section,
            tag: null,
            locale: locale === "" ? null : locale,
            author: null,
            site: siteUrl,
            sort: "updated",
            offset: 0,
            limit: 200,
          }),
        ),
      );
      if (mine !== this.#loads) return;
      const nextLists: Partial<Record<WorkflowState, ArticleSummary[]>> = {};
      const nextTotals: Partial<Record<WorkflowState, number>> = {};
      QUEUE_STATES.forEach((state, i) => {
        nextLists[state] = answers[i]!.hits.map((h) => h.article);
        nextTotals[state] = answers[i]!.total;
      });
      this.lists = nextLists;
      this.totals = nextTotals;
      this.queueProblem = null;
    } catch (error) {
      if (mine === this.#loads) this.queueProblem = reasonOf(error);
    }
  }

  /** Articles changed (in any view): the queue and the chosen article's plan follow. */
  articlesChanged(changed: Changed, visible: boolean): void {
    const chosen = touches(changed, this.selectedId);
    if (!visible) {
      this.#changedUnseen ||= chosen;
      return;
    }
    void this.loadQueue();
    if (chosen) this.changes++;
  }

  /** The workspace is shown again (its queue reloads as it appears). */
  shown(): void {
    if (!this.#changedUnseen) return;
    this.#changedUnseen = false;
    this.changes++;
  }

  /** The bulk publish's progress, asked again (the outbox changed). */
  refreshProgress(): void {
    const b = this.bulk;
    if (b === null) return;
    ipc
      .batchProgress(b.batch)
      .then((p) => {
        if (this.bulk?.batch === b.batch) this.progress = p;
      })
      .catch(() => {});
  }

  chooseState(state: WorkflowState): void {
    this.stateTab = state;
    this.picked = [];
  }

  togglePick(id: string, on: boolean): void {
    this.picked = on ? [...new Set([...this.picked, id])] : this.picked.filter((x) => x !== id);
  }

  pickAll(on: boolean): void {
    this.picked = on ? this.rows.map((r) => r.id) : [];
  }

  async publishPicked(): Promise<void> {
    const siteUrl = this.siteUrl;
    if (this.picked.length === 0 || this.bulkBusy || siteUrl === null) return;
    this.bulkBusy = true;
    this.bulkProblem = null;
    try {
      for (const id of this.picked) {
        if (!(await this.#actions.beforePublish(id))) throw new Error(t("publish-store-first"));
      }
      const answer = await ipc.publishMany(this.picked, siteUrl);
      this.bulk = answer;
      this.progress = { batch: answer.batch, total: answer.queued, done: 0, stopped: 0, pending: answer.queued };
      this.picked = [];
      void this.loadQueue();
    } catch (error) {
      this.bulkProblem = reasonOf(error);
    } finally {
      this.bulkBusy = false;
    }
  }

  dismissBulk(): void {
    this.bulk = null;
    this.progress = null;
  }

  tierName = (id: string): string => {
    const info = this.info;
    const tier = info?.tiers.find((x) => x.id === id);
    return tier && info ? localName(tier.names, i18n.locale, info.default_locale, id) : id;
  };

  // ---- for the panel and the reader preview of the chosen article ----------------

  /** `locales` null: the desk's default choice. */
  planOf(id: string, siteUrl: string, locales: string[] | null): Promise<PublishPlan> {
    return ipc.publishPlan(id, siteUrl, locales);
  }

  /** The panel has a new plan (tier, locales…): the reader preview follows. */
  planChanged(plan: PublishPlan): void {
    this.plan = plan;
    this.planVersion++;
  }

  scheduleTime(local: string, zone: string, siteUrl: string): Promise<ScheduleTime> {
    return ipc.scheduleTime(local, zone, siteUrl);
  }

  /** Saves the article's tier or section through the Write view's save path. */
  setMetadata(id: string, patch: { tier?: string; section?: string }): Promise<void> {
    return this.#article.saveMetadata(id, patch);
  }

  /** Stores whatever the Write view holds of this article before it is sent. */
  beforePublish(id: string): Promise<boolean> {
    return this.#actions.beforePublish(id);
  }

  publish(request: PublishRequest): Promise<OutboxOp> {
    return ipc.publishArticle(request);
  }

  unpublish(id: string, siteUrl: string): Promise<OutboxOp> {
    return ipc.unpublishArticle(id, siteUrl);
  }

  readerViews(id: string, siteUrl: string, locale: string): Promise<ReaderView[]> {
    return ipc.readerViews(id, siteUrl, locale);
  }
}

export const [usePublishDesk, providePublishDesk] = createContext<PublishDesk>();
