/**
 * The OSC events' clock: audio time to `performance.now()`, following the output clock's map
 * (output-clock.ts) without passing on the jitter of its refits. The map is fitted again every
 * 25 ms, and in a page's first seconds, with few readings, each refit may move it by a few
 * milliseconds; SuperDirt would play that as uneven steps. Here the offset between the two
 * clocks moves only a fraction of the way to each new reading (their rates agree to a few parts
 * per million, so the offset is all there is to follow), and jumps only when the map moves far
 * (a new context, another output device). Pure.
 */

/** Audio seconds to performance milliseconds, steadied (see the module comment). */
export class SteadyClock {
  private offset: number | undefined;

  /**
   * @param follow the fraction of the way to each new reading the offset moves
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
    else this.offset += (fresh - this.offset) * this.follow;
    return this.offset + time * 1000;
  }
}
