/**
 * The rate limit of one connection: a bucket of `burst` tokens that refills at `perSecond`; each
 * message takes one. A client may send a burst at once, then `perSecond` messages a second.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  /** A full bucket; `now` is a clock in ms (performance.now by default). */
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes a token for one message: false when the bucket is empty (the client sends too fast). */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
