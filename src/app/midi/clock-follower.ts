/**
 * Following an external MIDI clock: a phase-locked loop fed the arrival times of its pulses (0xF8,
 * 24 a quarter note), which estimates the tempo and the phase (which pulse is due when), so that
 * weft can be the follower. The loop is second order (an alpha-beta tracker: it corrects the
 * predicted time of the next pulse and the period by the error of each pulse). Its gains start
 * wide, where they make the estimate the least-squares line through the pulses received (the
 * fastest lock jitter allows), and narrow with each pulse down to a floor, where the loop keeps
 * following tempo changes while averaging jitter over about two beats. A pulse far from where
 * it was expected counts the pulses missed between; a long silence starts the lock again. Pure:
 * the times are passed in, so tests feed it made-up clocks.
 */
import { DEFAULT_BEATS_PER_CYCLE, PULSES_PER_MIDI_BEAT, PULSES_PER_QUARTER } from '../../scheduler/midi-clock.ts';

/** The loop's narrowest gains, as the number of pulses its estimate averages over (two beats). */
export const FOLLOWER_MEMORY = 48;

/** Pulses that must have arrived before the tempo is told (one beat). */
export const FOLLOWER_SETTLE = PULSES_PER_QUARTER;

/** A silence this long (ms) ends the lock: the next pulse starts it again. */
export const FOLLOWER_TIMEOUT = 1000;

/** Pulses in a row more than a quarter period off that make the loop lock again. */
const MISSES_TO_RELOCK = 3;

/** Tempos the follower accepts (BPM): pulses faster or slower are not a clock. */
const MIN_BPM = 10;
const MAX_BPM = 999;

/** What the follower knows of the clock now. */
export interface FollowerState {
  /** Beats per minute, once settled ({@link FOLLOWER_SETTLE} pulses). */
  readonly bpm: number | undefined;
  /** Pulses counted since Start (or the song position), the last one included. */
  readonly pulse: number;
  /** When the next pulse is expected (ms, on the clock of the times fed). */
  readonly next: number | undefined;
  /** True between Start (or Continue) and Stop. */
  readonly running: boolean;
}

/** A phase-locked loop on MIDI clock pulses. */
export class ClockFollower {
  /** Pulses in the current lock (the loop's gains depend on it). */
  private count = 0;
  /** The estimated time of the last pulse (ms), and the period (ms a pulse). */
  private phase = 0;
  private period = 0;
  private last = -Infinity;
  private pulses = 0;
  private playing = false;
  /** Pulses in a row far from where they were expected. */
  private misses = 0;

  constructor(readonly memory: number = FOLLOWER_MEMORY) {
    if (!(Number.isInteger(memory) && memory >= 2)) throw new RangeError(`a clock follower needs a memory of at least 2 pulses, got ${String(memory)}`);
  }

  /** A clock pulse (0xF8) arrived at `time` (ms). */
  pulse(time: number): void {
    if (!Number.isFinite(time) || time <= this.last) return;
    const gap = time - this.last;
    this.last = time;
    if (gap > FOLLOWER_TIMEOUT || this.count === 0) return this.restart(time);
    if (this.count === 1) {
      // The second pulse: the first guess of the period.
      if (!this.plausible(gap)) return this.restart(time);
      this.period = gap;
      this.phase = time;
      this.count = 2;
      this.pulses++;
      return;
    }
    // Pulses lost on the way (a busy bus): counted, the error measured against the right one.
    const steps = Math.max(1, Math.round(gap / this.period));
    const error = time - (this.phase + steps * this.period);
    // Far off for a few pulses in a row: the tempo jumped; locking again is faster than following.
    this.misses = Math.abs(error) > this.period / 4 ? this.misses + 1 : 0;
    if (this.misses >= MISSES_TO_RELOCK) return this.relock(time, gap / steps, steps);
    const k = Math.min(this.count, this.memory);
    // The gains of the least-squares line through k points, held at k = memory from then on.
    const alpha = (2 * (2 * k - 1)) / (k * (k + 1));
    const beta = 6 / (k * (k + 1));
    const period = this.period + (beta * error) / steps;
    if (!this.plausible(period)) return this.restart(time);
    this.phase += steps * this.period + alpha * error;
    this.period = period;
    this.count++;
    this.pulses += steps;
  }

  /** Start (0xFA): the clock plays from its beginning; the next pulse is pulse 0's successor. */
  start(): void {
    this.playing = true;
    this.pulses = 0;
  }

  /** Continue (0xFB): the clock plays on from where it stopped (or the song position). */
  continue(): void {
    this.playing = true;
  }

  /** Stop (0xFC). The tempo is still followed: clocks keep sending pulses while stopped. */
  stop(): void {
    this.playing = false;
  }

  /** Song Position Pointer (0xF2): where a Continue plays from, in MIDI beats (sixteenths). */
  songPosition(midiBeats: number): void {
    if (Number.isInteger(midiBeats) && midiBeats >= 0) this.pulses = midiBeats * PULSES_PER_MIDI_BEAT;
  }

  /** Beats per minute, once {@link FOLLOWER_SETTLE} pulses have arrived in this lock. */
  bpm(): number | undefined {
    return this.count >= FOLLOWER_SETTLE ? 60000 / (this.period * PULSES_PER_QUARTER) : undefined;
  }

  /** Cycles per second, `beatsPerCycle` beats (quarter notes) a cycle. */
  cps(beatsPerCycle: number = DEFAULT_BEATS_PER_CYCLE): number | undefined {
    const bpm = this.bpm();
    return bpm === undefined ? undefined : bpm / 60 / beatsPerCycle;
  }

  /** What the follower knows now. */
  state(): FollowerState {
    return { bpm: this.bpm(), pulse: this.pulses, next: this.count >= 2 ? this.phase + this.period : undefined, running: this.playing };
  }

  /** Feeds one MIDI message (system real-time and Song Position; others are ignored). */
  message(data: ArrayLike<number>, time: number): void {
    switch (data[0]) {
      case 0xf8:
        this.pulse(time);
        return;
      case 0xfa:
        this.start();
        return;
      case 0xfb:
        this.continue();
        return;
      case 0xfc:
        this.stop();
        return;
      case 0xf2:
        this.songPosition(((data[2] ?? 0) << 7) | (data[1] ?? 0));
        return;
    }
  }

  private plausible(period: number): boolean {
    const bpm = 60000 / (period * PULSES_PER_QUARTER);
    return bpm >= MIN_BPM && bpm <= MAX_BPM;
  }

  /** Locks again from this pulse with the period just measured. */
  private relock(time: number, period: number, steps: number): void {
    if (!this.plausible(period)) return this.restart(time);
    this.count = 2;
    this.misses = 0;
    this.phase = time;
    this.period = period;
    this.pulses += steps;
  }

  private restart(time: number): void {
    this.misses = 0;
    this.pulses++;
    this.count = 1;
    this.phase = time;
    this.period = 0;
  }
}
