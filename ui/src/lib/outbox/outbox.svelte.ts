// The outbox as the whole desk sees it: its operations and badge counts, kept current
// by the sender's events; the drawer's state; waiting for an operation to settle; and
// a toast when one settles that nobody waits for.

import { isTauri } from "@tauri-apps/api/core";
import { createContext } from "svelte";

import type { ConflictChoice } from "../bindings/ConflictChoice";
import type { OutboxConflict } from "../bindings/OutboxConflict";
import type { OutboxCounts } from "../bindings/OutboxCounts";
import type { OutboxOp } from "../bindings/OutboxOp";
import * as ipc from "../ipc";
import { isSettled, noticeOf, upsertOp } from "../publishing/publishing";
import { OP_PROBLEM_MS, TOAST_MS, type Notices } from "../shell/notices.svelte";
import { Coalescer } from "./outboxFeed";
import { reasonOf } from "../i18n/reasons";

export class Outbox {
  ops = $state<OutboxOp[]>([]);
  counts = $state<OutboxCounts | null>(null);
  problem = $state<string | null>(null);
  /** The drawer. */
  isOpen = $state(false);
  /** A conflict to open the drawer on. */
  conflictFocus = $state<number | null>(null);
  /** Bumped by every change in the outbox, for the views that show what depends on it. */
  version = $state(0);

  /** Runs, at most twice a second, after operations have been done (published, withdrawn). */
  onDone: () => void | Promise<void> = () => {};

  readonly #notices: Notices;
  /** Operations someone waits for, by id; the outbox listener settles them. */
  readonly #waiters = new Map<number, (op: OutboxOp) => void>();

  // Counts are asked for at most every 300 ms however many operations change at once.
  readonly #countsRefresh = new Coalescer(300, async () => {
    try {
      this.counts = await ipc.outboxCounts();
    } catch (error) {
      console.error("outbox_counts failed:", error);
    }
  });
  // What depends on the outbox (the Publish view's queue, plan and progress bar, the
  // article list's states) follows at most four times a second, however many
  // operations a bulk publish changes at once.
  readonly #follow = new Coalescer(250, async () => {
    this.version++;
  });
  #doneSince = false;
  readonly #followDone = new Coalescer(500, async () => {
    if (!this.#doneSince) return;
    this.#doneSince = false;
    await this.onDone();
  });
  // A new operation silently replaces the article's older failed or conflicting one
  // (the desk sends no event for that one): read the list again.
  readonly #reload = new Coalescer(300, () => this.load());

  constructor(notices: Notices) {
    this.#notices = notices;
  }

  async load(): Promise<void> {
    try {
      const [ops, counts] = await Promise.all([ipc.listOutbox(), ipc.outboxCounts()]);
      this.ops = ops;
      this.counts = counts;
      this.problem = null;
    } catch (error) {
      this.problem = reasonOf(error);
    }
  }

  /** Listens to the sender; resolves with the function that stops listening. */
  async listen(): Promise<() => void> {
    if (!isTauri()) return () => {};
    return ipc.onOutbox((op) => this.#event(op));
  }

  toggle(): void {
    this.isOpen = !this.isOpen;
    this.conflictFocus = null;
    if (this.isOpen) void this.load();
  }

  openDrawer(): void {
    this.isOpen = true;
  }

  openConflict(opId: number): void {
    this.conflictFocus = opId;
    this.isOpen = true;
    void this.load();
  }

  close(): void {
    this.isOpen = false;
    this.conflictFocus = null;
  }

  /** Sends a queued or failed operation now; refused ("conflict") for any other. */
  retry(id: number): Promise<OutboxOp> {
    return ipc.retryOp(id);
  }

  /** Refused ("conflict") once the operation may have reached the site. */
  cancel(id: number): Promise<OutboxOp> {
    return ipc.cancelOp(id);
  }

  /** The two versions of an operation in conflict with the site. */
  conflictOf(id: number): Promise<OutboxConflict> {
    return ipc.outboxConflict(id);
  }

  resolve(id: number, choice: ConflictChoice): Promise<OutboxOp> {
    return ipc.resolveConflict(id, choice);
  }

  /** The operation once the sender has finished with it (done, failed, conflict). */
  async untilSettled(op: OutboxOp): Promise<OutboxOp> {
    if (isSettled(op)) return op;
    const settled = new Promise<OutboxOp>((resolve) => this.#waiters.set(op.id, resolve));
    // It may have settled before the waiter was set.
    const now = (await ipc.listOutbox()).find((o) => o.id === op.id);
    if (now) this.#settle(now);
    return settled;
  }

  /** Every change the sender (or an action of the editor) makes to an operation. */
  #event(op: OutboxOp): void {
    const before = this.ops.find((o) => o.id === op.id);
    this.ops = upsertOp(this.ops, op);
    if (before === undefined) this.#reload.request();
    this.#follow.request();
    if (op.state === "done") {
      this.#doneSince = true;
      this.#followDone.request();
    }
    this.#countsRefresh.request();
    // Tell the editor once, when the operation reaches its end; a waiter (the Write
    // view's Publish button) says it there itself.
    const waited = this.#waiters.has(op.id);
    this.#settle(op);
    if (isSettled(op) && before?.state !== op.state && !waited) {
      const notice = noticeOf(op);
      if (notice) this.#notices.show({ kind: "op", notice }, notice.kind === "done" ? TOAST_MS : OP_PROBLEM_MS);
    }
  }

  #settle(op: OutboxOp): void {
    if (!isSettled(op)) return;
    this.#waiters.get(op.id)?.(op);
    this.#waiters.delete(op.id);
  }

  dispose(): void {
    this.#countsRefresh.dispose();
    this.#follow.dispose();
    this.#followDone.dispose();
    this.#reload.dispose();
  }
}

export const [useOutbox, provideOutbox] = createContext<Outbox>();
