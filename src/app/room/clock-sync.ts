/**
 * The server's clock as a client estimates it, NTP-style, from pings over the room's connection
 * (issue 15's first piece; nothing uses it yet): each ping gives the server's time and the round
 * trip it took. The offset is read from the fastest round trips only (a slow one says little:
 * its delay may be all on one side), and applied gradually: a small correction is slewed, so
 * that time never jumps under the music, a large one (the first estimate, a clock that moved)
 * is stepped. Pure: times are passed in (milliseconds), so tests give it made-up clocks.
 */

/** One ping: sent at local time `sent`, answered with the server's time `server`, back at local time `received`. */
export interface PingSample {
  readonly sent: number;
  readonly server: number;
  readonly received: number;
}

/** How well the client knows the server's clock. */
export interface SyncQuality {
  /** server − local (ms), as applied now. */
  readonly offset: number;
  /** The spread of the fastest samples' offsets (ms): how far the estimate may be off. */
  readonly jitter: number;
  /** The fastest round trip among the samples kept (ms). */
  readonly roundTrip: number;
  /** Samples kept. */
  readonly samples: number;
}

/** Settings of a {@link ServerClock}. */
export interface ServerClockOptions {
  /** Samples kept (the latest). Default 32. */
  readonly keep?: number;
  /** Of those, how many of the fastest the estimate reads at most (it reads the fastest quarter). Default 8. */
  readonly fastest?: number;
  /** The largest correction slewed rather than stepped (ms). Default 50. */
  readonly stepAbove?: number;
  /** How fast a correction is slewed (ms per second of local time). Default 10 (1%). */
  readonly slewRate?: number;
}

/** The server's clock, estimated from pings. */
export class ServerClock {
  private readonly keep: number;
  private readonly fastest: number;
  private readonly stepAbove: number;
  private readonly slewRate: number;
  private readonly samples: PingSample[] = [];
  /** The offset applied (server − local, ms), and when it was last moved (local ms). */
  private applied: number | undefined;
  private appliedAt = 0;
  /** The offset the samples say. */
  private target = 0;

  constructor(options: ServerClockOptions = {}) {
    this.keep = options.keep ?? 32;
    this.fastest = options.fastest ?? 8;
    this.stepAbove = options.stepAbove ?? 50;
    this.slewRate = options.slewRate ?? 10;
  }

  /** Whether there has been a ping (before it, there is no server time). */
  ready(): boolean {
    return this.applied !== undefined;
  }

  /** Takes a ping's answer; a sample that came back before it was sent, or not finite, is left out. */
  add(sample: PingSample): void {
    const { sent, server, received } = sample;
    if (![sent, server, received].every(Number.isFinite) || received < sent) return;
    this.samples.push(sample);
    if (this.samples.length > this.keep) this.samples.shift();
    // Where the offset got to on its way to the old target, then the new target.
    const now = received;
    const reached = this.applied === undefined ? undefined : this.current(now);
    this.target = this.estimate();
    this.applied = reached === undefined || Math.abs(this.target - reached) > this.stepAbove ? this.target : reached;
    this.appliedAt = now;
  }

  /** The server's time at local time `local` (ms); undefined before the first ping. */
  toServer(local: number): number | undefined {
    return this.applied === undefined ? undefined : local + this.current(local);
  }

  /** The local time at server time `server` (ms); undefined before the first ping. */
  toLocal(server: number): number | undefined {
    if (this.applied === undefined) return undefined;
    // The offset changes by at most 1% a millisecond: two steps find the fixed point closely enough.
    let local = server - this.current(server - this.applied);
    local = server - this.current(local);
    return local;
  }

  /** How well the server's clock is known now (`local`: the local time, for the slewed offset). */
  quality(local: number): SyncQuality {
    const fast = this.fastestSamples();
    const offsets = fast.map(offsetOf);
    return {
      offset: this.applied === undefined ? 0 : this.current(local),
      jitter: offsets.length === 0 ? 0 : Math.max(...offsets) - Math.min(...offsets),
      roundTrip: fast.length === 0 ? 0 : Math.min(...fast.map(roundTripOf)),
      samples: this.samples.length,
    };
  }

  /** The offset applied at local time `local`: the last one, slewed toward the target since. */
  private current(local: number): number {
    if (this.applied === undefined) return this.target;
    const room = Math.max(0, local - this.appliedAt) * (this.slewRate / 1000);
    const gap = this.target - this.applied;
    return this.applied + Math.sign(gap) * Math.min(Math.abs(gap), room);
  }

  /** The median offset of the fastest samples. */
  private estimate(): number {
    const offsets = this.fastestSamples().map(offsetOf).sort((a, b) => a - b);
    const mid = offsets.length >> 1;
    return offsets.length % 2 === 1 ? offsets[mid]! : (offsets[mid - 1]! + offsets[mid]!) / 2;
  }

  /** The fastest quarter of the samples (at least one), at most {@link ServerClockOptions.fastest}. */
  private fastestSamples(): PingSample[] {
    const count = Math.min(this.fastest, Math.max(1, Math.ceil(this.samples.length / 4)));
    return [...this.samples].sort((a, b) => roundTripOf(a) - roundTripOf(b)).slice(0, count);
  }
}

/** The round trip of a ping (ms). */
function roundTripOf(s: PingSample): number {
  return s.received - s.sent;
}

/** server − local, if the answer was made halfway through the round trip. */
function offsetOf(s: PingSample): number {
  return s.server - (s.sent + s.received) / 2;
}
