/**
 * Writes run one at a time, in call order: each sees the state the previous one left,
 * so concurrent upserts of reports sharing entities still make one node per entity.
 * A failed write does not block the ones queued behind it.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every write queued so far has finished. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
