/**
 * When the speakers play a given audio time, on the `performance.now()` clock: what the outputs
 * other than weft's sound need (Web MIDI's `send(data, timestamp)`, OSC's timetags) so that they
 * line up with what is heard. One per AudioContext, reading `getOutputTimestamp()` every 25 ms
 * while the context runs into a {@link ClockMap}, which fits the offset, drift and output latency.
 */
import { ClockMap } from './midi/clock-map.ts';

/** How often the output's timestamp is read (ms). */
const READ_EVERY = 25;

/** The map from the audio clock to `performance.now()` of one AudioContext, kept fitted. */
export class OutputClock {
  readonly map = new ClockMap();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly context: Pick<BaseAudioContext, 'currentTime' | 'sampleRate'> & Pick<AudioContext, 'getOutputTimestamp' | 'outputLatency' | 'baseLatency'>) {
    this.read();
    this.timer = setInterval(() => this.read(), READ_EVERY);
  }

  /** Takes a reading now (readings before the output runs are left out by the map). */
  read(): void {
    const stamp = this.context.getOutputTimestamp();
    if (stamp.contextTime !== undefined && stamp.performanceTime !== undefined) this.map.add({ contextTime: stamp.contextTime, performanceTime: stamp.performanceTime });
  }

  /**
   * The `performance.now()` time (ms) at which audio time `time` is heard. Before the output has
   * given a reading, a guess from the current time and the output's stated latency.
   */
  toPerformance(time: number): number {
    if (this.map.ready()) return this.map.toPerformance(time);
    const latency = (this.context.outputLatency || 0) + (this.context.baseLatency || 0);
    return performance.now() + (time - this.context.currentTime + latency) * 1000;
  }

  /** The audio time heard at `performance.now()` time `ms`. */
  toContext(ms: number): number {
    if (this.map.ready()) return this.map.toContext(ms);
    return this.context.currentTime + (ms - performance.now()) / 1000;
  }

  dispose(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

const clocks = new WeakMap<object, OutputClock>();

/** The {@link OutputClock} of `context` (made on first use, read for as long as the page lives). */
export function outputClockOf(context: AudioContext): OutputClock {
  let clock = clocks.get(context);
  if (clock === undefined) {
    clock = new OutputClock(context);
    clocks.set(context, clock);
  }
  return clock;
}
