/**
 * A voice's filters: a low-, high- or band-pass, each with its own envelope that moves its cutoff.
 */
import { Adsr } from './envelope.ts';
import { Svf } from './filter.ts';
import type { Frames, Hz } from './units.ts';
import { FILTER } from './voice-record.ts';

/** Samples between cutoff updates while a filter envelope moves. */
const FILTER_CONTROL_PERIOD = 16;

/** One filter of a voice, with its own envelope (and a second filter for a stereo sample's right channel). */
export class VoiceFilter {
  readonly svf = new Svf();
  readonly svfR = new Svf();
  readonly env = new Adsr();
  on = false;
  cutoff: Hz = 1000;
  q = 1;
  depth = 0;

  /** `mode`: 0 lowpass, 1 highpass, 2 bandpass. */
  constructor(readonly mode: 0 | 1 | 2) {}

  /** Starts the filter whose fields begin at `data[at]` (see {@link FILTER}). */
  start(data: Float64Array, at: number, gate: Frames, sampleRate: Hz): void {
    this.on = data[at + FILTER.on] === 1;
    if (!this.on) return;
    const cutoff = data[at + FILTER.cutoff]!;
    const q = data[at + FILTER.q]!;
    const env = data[at + FILTER.env]!;
    this.cutoff = cutoff;
    this.q = q;
    this.depth = env;
    const svf = this.svf, svfR = this.svfR;
    svf.reset();
    svf.cutoff = cutoff;
    svf.q = q;
    svf.sampleRate = sampleRate;
    svf.update();
    svfR.reset();
    svfR.copyFrom(svf);
    if (env !== 0) this.env.configureFrom(data, at + FILTER.attack, sampleRate, gate, 1);
  }

  /** Moves the cutoff to where the envelope is at sample `n`. */
  private sweep(n: Frames): void {
    this.env.measure(n);
    this.svf.cutoff = this.cutoff * Math.pow(2, this.depth * this.env.level);
    this.svf.update();
  }

  /** Filters `buf[start, end)` in place; `pos` is the voice's sample count at `start` (for the envelope). */
  run(buf: Float64Array, start: number, end: number, pos: Frames): void {
    if (this.depth === 0) {
      this.apply(buf, start, end, this.svf);
      return;
    }
    for (let i = start; i < end; i += FILTER_CONTROL_PERIOD) {
      const stop = Math.min(end, i + FILTER_CONTROL_PERIOD);
      this.sweep(pos + (i - start));
      this.apply(buf, i, stop, this.svf);
    }
  }

  /** Filters both channels of a stereo voice, the right one with its own memory. */
  runStereo(left: Float64Array, right: Float64Array, start: number, end: number, pos: Frames): void {
    if (this.depth === 0) {
      this.apply(left, start, end, this.svf);
      this.apply(right, start, end, this.svfR);
      return;
    }
    for (let i = start; i < end; i += FILTER_CONTROL_PERIOD) {
      const stop = Math.min(end, i + FILTER_CONTROL_PERIOD);
      this.sweep(pos + (i - start));
      this.svfR.copyFrom(this.svf);
      this.apply(left, i, stop, this.svf);
      this.apply(right, i, stop, this.svfR);
    }
  }

  private apply(buf: Float64Array, start: number, end: number, svf: Svf): void {
    if (this.mode === 0) svf.lowpass(buf, start, end);
    else if (this.mode === 1) svf.highpass(buf, start, end);
    else svf.bandpass(buf, start, end);
  }
}
