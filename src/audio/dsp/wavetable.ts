/**
 * Wavetable synthesis from a loaded sample: the file is a row of single-cycle frames, played as an
 * oscillator at the note's pitch. `wt` chooses the position among the frames (crossfading between
 * neighbours), `warp` and `warpmode` bend the phase (or fold the wave) within a cycle; each of
 * position and warp can be moved by an envelope of its own.
 */

/** Samples between updates of the position and the warp while an envelope moves them. */
const CONTROL_PERIOD = 16;
import { Adsr } from './envelope.ts';
import { Noise } from './noise.ts';
import type { SampleEntry } from './sample-bank.ts';
import type { Frames, Hz } from './units.ts';
import { V } from './voice-record.ts';

/** The length of a frame in a wavetable file of several: the common (Serum) 2048 samples. */
export const WAVETABLE_FRAME = 2048;


const EMPTY = new Float32Array(0);

/** The phase at which warp mode `mode` reads a frame at phase `p` ([0, 1)), by `warp` in [0, 1]; -1 for silence. */
export function warpPhase(mode: number, warp: number, p: number): number {
  switch (mode) {
    case 1: {
      const m = 0.5 - 0.49 * warp;
      return p < m ? (0.5 * p) / m : 0.5 + (0.5 * (p - m)) / (1 - m);
    }
    case 2: return Math.pow(p, 1 / (1 + 3 * warp));
    case 3: return Math.pow(p, 1 + 3 * warp);
    case 4: {
      const x = p * (1 + 7 * warp);
      return x - Math.floor(x);
    }
    case 5: {
      const steps = Math.round(Math.pow(2, 11 - 10 * warp));
      return Math.floor(p * steps) / steps;
    }
    case 7: {
      const width = 1 - 0.99 * warp;
      return p < width ? p / width : -1;
    }
    case 8: {
      const mirrored = p < 0.5 ? 2 * p : 2 - 2 * p;
      const q = p + warp * (mirrored - p);
      return q >= 1 ? q - Math.floor(q) : q;
    }
    default: return p;
  }
}

/** Folds `x` back into [-1, 1] (a triangle fold: unchanged inside). */
export function fold(x: number): number {
  const y = (((x + 1) % 4) + 4) % 4;
  return 1 - Math.abs(y - 2);
}

/** A wavetable oscillator over one sample file's frames. Allocates nothing. */
export class WavetableOscillator {
  private data: Float32Array = EMPTY;
  private frameLength = 1;
  private frames = 1;
  private position = 0;
  private baseWarp = 0;
  private wtDepth = 0;
  private warpDepth = 0;
  private readonly wtEnv = new Adsr();
  private readonly warpEnv = new Adsr();
  /** Samples rendered so far (the envelopes' clock). */
  private pos: Frames = 0;
  private readonly random = new Noise();
  private frameA = 0;
  private frameB = 0;
  private mix = 0;
  private warp = 0;
  private mode = 0;
  private phase = 0;
  private inc = 0;

  /**
   * Starts playing `entry` as the record at `data[at]` asks: frames of {@link WAVETABLE_FRAME}
   * samples when the file is a whole number of them, else the whole file as one cycle; at `freq`,
   * frame position `wtPosition`, warped by `warp` in mode `warpMode`, from a phase made random by
   * `wtPhaseRand` (seeded by `seed`); the envelopes follow the voice's `gate` (in samples).
   */
  start(entry: SampleEntry, data: Float64Array, at: number, sampleRate: Hz, gate: Frames, seed: number): void {
    const length = entry.length;
    this.data = entry.left;
    const frameLength = length >= WAVETABLE_FRAME && length % WAVETABLE_FRAME === 0 ? WAVETABLE_FRAME : Math.max(1, length);
    this.frameLength = frameLength;
    this.frames = Math.max(1, Math.floor(length / frameLength));
    this.position = data[at + V.wtPosition]!;
    this.baseWarp = data[at + V.warp]!;
    this.mode = data[at + V.warpMode]!;
    this.wtDepth = data[at + V.wtEnv]!;
    this.warpDepth = data[at + V.warpEnv]!;
    if (this.wtDepth !== 0) this.wtEnv.configureFrom(data, at + V.wtAttack, sampleRate, gate, 1);
    if (this.warpDepth !== 0) this.warpEnv.configureFrom(data, at + V.warpAttack, sampleRate, gate, 1);
    this.pos = 0;
    this.place(this.position, this.baseWarp);
    this.random.seed(seed ^ 0x3c3c);
    this.phase = data[at + V.wtPhaseRand]! * this.random.unit();
    this.inc = Math.min(Math.abs(data[at + V.freq]!), 0.45 * sampleRate) / sampleRate;
  }

  /** Sets the frames to crossfade for `position` (0 to 1, clamped) and the warp (clamped to [0, 1]). */
  private place(position: number, warp: number): void {
    const frames = this.frames, frameLength = this.frameLength;
    const at = (position < 0 ? 0 : position > 1 ? 1 : position) * (frames - 1);
    const a = Math.min(frames - 1, Math.floor(at));
    this.frameA = a * frameLength;
    this.frameB = Math.min(frames - 1, a + 1) * frameLength;
    this.mix = at - a;
    this.warp = warp < 0 ? 0 : warp > 1 ? 1 : warp;
  }

  /** Writes the next `end - start` samples into `out`, moving position and warp by their envelopes. */
  render(out: Float64Array, start: number, end: number): void {
    if (this.wtDepth === 0 && this.warpDepth === 0) {
      this.renderSpan(out, start, end);
      this.pos += end - start;
      return;
    }
    for (let i = start; i < end; i += CONTROL_PERIOD) {
      const stop = Math.min(end, i + CONTROL_PERIOD);
      let position = this.position, warp = this.baseWarp;
      if (this.wtDepth !== 0) {
        this.wtEnv.measure(this.pos);
        position += this.wtDepth * this.wtEnv.level;
      }
      if (this.warpDepth !== 0) {
        this.warpEnv.measure(this.pos);
        warp += this.warpDepth * this.warpEnv.level;
      }
      this.place(position, warp);
      this.renderSpan(out, i, stop);
      this.pos += stop - i;
    }
  }

  private renderSpan(out: Float64Array, start: number, end: number): void {
    const data = this.data, n = this.frameLength, a = this.frameA, b = this.frameB, mix = this.mix;
    const mode = this.mode, warp = this.warp, inc = this.inc;
    if (data.length < a + n || data.length < b + n) {
      out.fill(0, start, end);
      return;
    }
    let phase = this.phase;
    for (let i = start; i < end; i++) {
      const p = mode === 0 || mode === 6 ? phase : warpPhase(mode, warp, phase);
      if (p < 0) out[i] = 0;
      else {
        const x = p * n;
        const k = Math.floor(x) % n;
        const t = x - Math.floor(x);
        const k1 = k + 1 === n ? 0 : k + 1;
        const va = data[a + k]! + t * (data[a + k1]! - data[a + k]!);
        const v = mix === 0 ? va : va + mix * (data[b + k]! + t * (data[b + k1]! - data[b + k]!) - va);
        out[i] = mode === 6 ? fold(v * (1 + 4 * warp)) : v;
      }
      phase += inc;
      if (phase >= 1) phase -= 1;
    }
    this.phase = phase;
  }
}
