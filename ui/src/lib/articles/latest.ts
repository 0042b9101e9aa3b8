// A debounced request whose answers are only used while they are the newest: typing
// fast asks for many previews, and an old one arriving late must not replace a newer
// one. Framework-free, like autosave.ts.

export interface LatestOptions<A, R> {
  /** The request; may reject. */
  run: (arg: A) => Promise<R>;
  /** Quiet time before `schedule`d requests are sent, in milliseconds. */
  delayMs: number;
  /** Gets the answer of the newest request only. */
  onResult: (result: R) => void;
  /** Gets the failure of the newest request only. */
  onError: (error: unknown) => void;
}

export interface Latest<A> {
  /** Sends a request for `arg` once no other comes for `delayMs`. */
  schedule(arg: A): void;
  /** Sends a request for `arg` now. */
  now(arg: A): void;
  /** Drops the waiting request and ignores any answer still on its way. */
  cancel(): void;
}

export function latest<A, R>(options: LatestOptions<A, R>): Latest<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const stopTimer = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };

  const send = (arg: A) => {
    const mine = ++generation;
    options.run(arg).then(
      (result) => {
        if (mine === generation) options.onResult(result);
      },
      (error: unknown) => {
        if (mine === generation) options.onError(error);
      },
    );
  };

  return {
    schedule(arg) {
      stopTimer();
      timer = setTimeout(() => {
        timer = undefined;
        send(arg);
      }, options.delayMs);
    },
    now(arg) {
      stopTimer();
      send(arg);
    },
    cancel() {
      stopTimer();
      generation++;
    },
  };
}
