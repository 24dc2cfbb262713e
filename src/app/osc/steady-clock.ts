/**
 * The OSC events' clock: audio time to `performance.now()`, following the output clock's map
 * (output-clock.ts) without passing on the jitter of its refits. The map is fitted again every
 * 25 ms, and in a page's first seconds, with few readings, a refit may move it by several
 * milliseconds; SuperDirt would play that as an uneven step. Here the offset between the two
 * clocks moves a fraction of the way to each new reading, and at most {@link MAX_SLEW} per event
 * (their rates agree to a few parts per million, so the offset is all there is to follow), so
 * no step between two events is off by more than that; it jumps only when the map moves far (a
 * new context, another output device). Pure.
 */

/** The most the offset moves between two events (ms): the unevenness a refit can cause. */
export const MAX_SLEW = 0.5;

/** Audio seconds to performance milliseconds, steadied (see the module comment). */
export class SteadyClock {
  private offset: number | undefined;

  /**
   * @param follow the fraction of the way to each new reading the offset moves (at most {@link MAX_SLEW})
   * @param jump a difference (ms) past which the offset is taken at once
   */
  constructor(
    private readonly follow = 0.1,
    private readonly jump = 20,
  ) {}

  /** The steady `performance.now()` time (ms) of audio time `time`, given the map's (`mapped`). */
  toPerformance(time: number, mapped: number): number {
    const fresh = mapped - time * 1000;
    if (this.offset === undefined || !(Math.abs(fresh - this.offset) <= this.jump)) this.offset = fresh;
    else this.offset += Math.max(-MAX_SLEW, Math.min(MAX_SLEW, (fresh - this.offset) * this.follow));
    return this.offset + time * 1000;
  }
}
