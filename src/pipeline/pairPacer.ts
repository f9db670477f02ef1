// Keeps a pull request's base renders and head renders in step. Each revision renders in its own pool,
// and an app is compared once both of its renders are done; until then, the first render's objects wait
// in memory. The base builds faster (no origin annotations), so left alone it ran up to 185 apps ahead
// of the head in a 500-app shared-base PR, holding every one of those apps' parsed objects.
//
// A side that holds `limit` apps waiting for the other side pauses before its next render. It does not
// pause while the other side is paused or finished, so at most one side waits and both make progress.
import { availableParallelism } from 'node:os';

export type Side = 'base' | 'head';

export const otherSide = (side: Side): Side => (side === 'base' ? 'head' : 'base');

/** How many apps one side may hold waiting for the other: more than its pool renders at once. */
export function pacingLimit(parallel = availableParallelism()): number {
  return Math.max(16, 2 * parallel);
}

export class PairPacer {
  private readonly held: Record<Side, number> = { base: 0, head: 0 };
  private readonly paused: Record<Side, number> = { base: 0, head: 0 };
  private readonly finished: Record<Side, boolean> = { base: false, head: false };
  private wakers: Array<() => void> = [];

  constructor(private readonly limit = pacingLimit()) {}

  /** Resolves when `side` may start its next render. */
  async ready(side: Side): Promise<void> {
    while (this.mustWait(side)) {
      this.paused[side]++;
      await new Promise<void>((resolve) => this.wakers.push(resolve));
      this.paused[side]--;
    }
  }

  /** A render of `side` waits for the other side's render of the same app. */
  hold(side: Side): void {
    this.held[side]++;
  }

  /** The other side's render of an app `side` held has arrived. */
  release(side: Side): void {
    this.held[side]--;
    this.wake();
  }

  /** `side` has no more renders to start: the other side never waits for it. */
  finish(side: Side): void {
    this.finished[side] = true;
    this.wake();
  }

  private mustWait(side: Side): boolean {
    const them = otherSide(side);
    return this.held[side] >= this.limit && this.paused[them] === 0 && !this.finished[them];
  }

  private wake(): void {
    const waiting = this.wakers;
    this.wakers = [];
    for (const resolve of waiting) resolve();
  }
}
