/**
 * Frequency modulation of a voice's oscillator by up to {@link FM_OPERATORS} operators side by
 * side: each is an oscillator at `ratio` times the note's frequency, of its own waveform, whose
 * index may follow an envelope. Their modulations add: with indices `I_k`, ratios `h_k` and
 * waveforms `w_k`, the carrier runs at `f · (1 + Σ I_k·h_k·w_k(φ_k))` (a peak deviation of index
 * × modulator frequency, as Chowning's FM), times the pitch modulation's ratio.
 */
import { Adsr } from './envelope.ts';
import { sineAt, type Phasor } from './oscillators.ts';
import { curved, PITCH_CONTROL_PERIOD, type PitchMod } from './pitch-mod.ts';
import type { Frames, Hz } from './units.ts';
import { FM_OP, FM_OPERATORS, FM_WAVE, V } from './voice-record.ts';

/**
 * Adds operator `op`'s wave times its `level` to `out[start, end)`, advancing it `step` cycles a sample.
 * (A naive wave is enough: it is never heard itself. One loop per wave, and numbers pass in fields, so
 * no call passes or returns a fractional number, which V8 would allocate.)
 */
function addWave(op: Operator, out: Float64Array, start: number, end: number): void {
  const inc = op.step, depth = op.level;
  let p = op.phase;
  switch (op.wave) {
    case FM_WAVE.square:
      for (let j = start; j < end; j++) {
        out[j] = out[j]! + (p < 0.5 ? depth : -depth);
        p += inc;
        p -= Math.floor(p);
      }
      break;
    case FM_WAVE.sawtooth:
      for (let j = start; j < end; j++) {
        out[j] = out[j]! + depth * (2 * p - 1);
        p += inc;
        p -= Math.floor(p);
      }
      break;
    case FM_WAVE.triangle:
      for (let j = start; j < end; j++) {
        out[j] = out[j]! + depth * (p < 0.5 ? 4 * p - 1 : 3 - 4 * p);
        p += inc;
        p -= Math.floor(p);
      }
      break;
    default:
      for (let j = start; j < end; j++) {
        out[j] = out[j]! + depth * sineAt(p);
        p += inc;
        p -= Math.floor(p);
      }
  }
  op.phase = p;
}

class Operator {
  readonly env = new Adsr();
  /** Index × ratio: the peak deviation as a fraction of the carrier's frequency. */
  depth = 0;
  /** Cycles per sample at the note's pitch. */
  inc = 0;
  phase = 0;
  /** This chunk's phase increment and depth. */
  step = 0;
  level = 0;
  enveloped = false;
  curve = 0;
  wave = 0;
}

/** The FM operators of one voice (pooled with it; nothing allocates). */
export class FmOperators {
  /** True when some operator modulates. */
  on = false;
  private readonly ops: Operator[] = Array.from({ length: FM_OPERATORS }, () => new Operator());

  /**
   * Starts them from the record at `data[at]` (see {@link V}), for the carrier `carrier` (its `inc`
   * set), whose gate closes at sample `gate`.
   */
  start(data: Float64Array, at: number, carrier: Phasor, sampleRate: Hz, gate: Frames): void {
    const inc = carrier.inc;
    this.on = false;
    for (let k = 0; k < FM_OPERATORS; k++) {
      const op = this.ops[k]!;
      const base = at + V.fm1Index + k * (V.fm2Index - V.fm1Index);
      const ratio = data[base + FM_OP.ratio]!;
      op.depth = data[base + FM_OP.index]! * ratio;
      op.inc = inc * ratio;
      op.phase = 0;
      op.enveloped = data[base + FM_OP.envOn] === 1;
      op.curve = data[base + FM_OP.curve]!;
      op.wave = data[base + FM_OP.wave]!;
      if (op.enveloped) op.env.configureFrom(data, base + FM_OP.attack, sampleRate, gate, 0);
      if (op.depth !== 0) this.on = true;
    }
  }

  /**
   * Fills `ratio[start, end)` with the carrier's frequency ratio per sample, where `ratio[start]`
   * is sample `pos` of the voice: the operators' modulation times `pitch`'s ratio (when given).
   */
  fill(ratio: Float64Array, start: number, end: number, pos: Frames, pitch: PitchMod | null): void {
    for (let i = start; i < end; i += PITCH_CONTROL_PERIOD) {
      const stop = Math.min(end, i + PITCH_CONTROL_PERIOD);
      const n = pos + (i - start);
      let p = 1;
      if (pitch !== null) {
        pitch.measure(n, stop - i);
        p = pitch.ratio;
      }
      for (let j = i; j < stop; j++) ratio[j] = 0;
      if (this.on) {
        for (let k = 0; k < FM_OPERATORS; k++) {
          const op = this.ops[k]!;
          if (op.depth === 0) continue;
          op.level = op.depth;
          if (op.enveloped) {
            op.env.measure(n);
            op.level = op.depth * curved(op.env.level, op.curve);
          }
          op.step = op.inc * p;
          addWave(op, ratio, i, stop);
        }
      }
      for (let j = i; j < stop; j++) ratio[j] = p * (1 + ratio[j]!);
    }
  }
}
