import 'server-only';
import { loggableFailure } from '@/lib/db/errors';
import { viewsConfig } from './config';
import { pruneSeen, writeViews, type PendingView } from './write';

const MAX_BATCH = 2000;
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Buffers accepted beacons in memory and writes them in batches, so a flood of beacons costs a
 * few transactions a second instead of one per reader. Flushes run one at a time; a failed
 * batch goes back to the front of the queue, and the server's shutdown signal flushes what is left.
 */
export class ViewRecorder {
  private queue: PendingView[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> = Promise.resolve(0);
  private lastPrune = 0;

  constructor(private readonly options: { dedupMs: number; flushMs: number }) {}

  add(view: PendingView): void {
    this.queue.push(view);
    if (this.queue.length >= MAX_BATCH) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.options.flushMs);
      this.timer.unref?.();
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Writes everything buffered so far; resolves with the number of views counted. */
  flush(): Promise<number> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running.then(
      () => this.flushOnce(),
      () => this.flushOnce(),
    );
    return this.running;
  }

  /** Flushes until the buffer is empty, retrying failed writes: what the server waits for when it stops. */
  async drain(): Promise<void> {
    await this.flush();
    while (this.queue.length) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.options.flushMs, 500)));
      await this.flush();
    }
  }

  private async flushOnce(): Promise<number> {
    let counted = 0;
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        counted += await writeViews(batch, this.options.dedupMs);
      } catch (error) {
        this.queue.unshift(...batch);
        console.error('views: writing a batch failed; it will be retried', loggableFailure(error));
        if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.options.flushMs);
        return counted;
      }
    }
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      await pruneSeen().catch((error: unknown) => console.error('views: pruning failed', loggableFailure(error)));
    }
    return counted;
  }
}

// One recorder per process, kept across dev reloads and flushed when the server stops.
const globalForViews = globalThis as unknown as { midadViews?: ViewRecorder };

export function getRecorder(): ViewRecorder {
  if (!globalForViews.midadViews) {
    const recorder = new ViewRecorder({ dedupMs: viewsConfig.dedupMs, flushMs: viewsConfig.flushMs });
    globalForViews.midadViews = recorder;
    // The server waits for the promises pushed here before it exits (lib/http/shutdown.ts).
    process.on('midad:shutdown' as never, (pending?: Promise<unknown>[]) => {
      const done = recorder.drain();
      if (Array.isArray(pending)) pending.push(done);
    });
    process.on('midad:shutdown-expired' as never, () => {
      if (recorder.pending) console.error(`views: ${recorder.pending} buffered views could not be written before stopping`);
    });
  }
  return globalForViews.midadViews;
}
