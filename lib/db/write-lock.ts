/** Thrown when the write lock (or a connection) was not free within the allowed wait. */
export class DatabaseWaitTimeout extends Error {
  constructor(waitedMs: number) {
    super(`database: no write slot within ${waitedMs} ms`);
    this.name = 'DatabaseWaitTimeout';
  }
}

/**
 * A first-come, first-served lock whose waiters give up after a deadline. The SQLite adapter's
 * own mutex waits forever and is lost when a COMMIT fails; this one is released by whoever
 * ends the transaction, whatever happened, and nobody queues on it longer than the deadline.
 */
export class WriteLock {
  private held = false;
  private readonly waiters: Array<(release: () => void) => void> = [];

  acquire(timeoutMs: number): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = (release: () => void) => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(new DatabaseWaitTimeout(timeoutMs));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  get isHeld(): boolean {
    return this.held;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next(this.releaser());
      else this.held = false;
    };
  }
}
