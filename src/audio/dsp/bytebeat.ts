import { runByteBeat, type ByteBeatProgram } from './bytebeat-expression.ts';
import type { Hz } from './units.ts';
import { V } from './voice-record.ts';


/**
 * The bytebeat synth as a voice source: `t` counts from `byteBeatStartTime` at 8000 per second
 * (times the transposition from C2 to the note asked for: {@link byteBeatRate}), each step's value of the compiled
 * expression is taken as an unsigned byte (`value & 255`, as classic bytebeat) and held until
 * `t` moves on. Allocates nothing: the expression was compiled when its record was queued.
 */
export class ByteBeatPlayer {
  private program: ByteBeatProgram | undefined = undefined;
  /** The first `t`, `t`'s rate in steps per second, the engine's rate and the samples played so far. */
  private t0 = 0;
  private rate = 0;
  private sampleRate = 1;
  private count = 0;
  /** The whole `t` the held value belongs to. */
  private heldT = NaN;
  private held = 0;

  /** Starts `program` as the record at `data[at]` asks (its `bbStart` and `bbRate`); none plays silence. */
  start(program: ByteBeatProgram | undefined, data: Float64Array, at: number, sampleRate: Hz): void {
    this.program = program;
    this.t0 = data[at + V.bbStart]!;
    this.rate = data[at + V.bbRate]!;
    this.sampleRate = sampleRate;
    this.count = 0;
    this.heldT = NaN;
    this.held = 0;
  }

  /** Writes the next `end - start` samples into `out`, in [-1, 1]. */
  render(out: Float64Array, start: number, end: number): void {
    const program = this.program;
    if (program === undefined) {
      out.fill(0, start, end);
      return;
    }
    const t0 = this.t0, rate = this.rate, sampleRate = this.sampleRate;
    let count = this.count;
    for (let i = start; i < end; i++) {
      // Counted from the start (not summed step by step), so t moves on exactly every 6th sample at 48 kHz.
      const whole = t0 + Math.floor((count++ * rate) / sampleRate);
      if (whole !== this.heldT) {
        this.heldT = whole;
        this.held = byteToSample(runByteBeat(program, whole));
      }
      out[i] = this.held;
    }
    this.count = count;
  }
}

/** An expression's value as classic bytebeat plays it: its low 8 bits, unsigned, scaled to [-1, 1]. */
export function byteToSample(value: number): number {
  return (value & 255) / 127.5 - 1;
}
