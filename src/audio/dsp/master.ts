import { Limiter } from './limiter.ts';
import { dbToGain, type Db, type Hz } from './units.ts';

/** The output ceiling: no output sample exceeds this. */
export const CEILING_DB: Db = -1;

/** Larger samples are clamped before the DC blocker, so one wild voice cannot upset its state. */
const SAFE_LIMIT = 1e6;

/** The largest 32-bit float not above `x` (so a Float32Array stores no value above it). */
export function float32AtMost(x: number): number {
  const f = Math.fround(x);
  if (f <= x) return f;
  const bits = new Float32Array([f]);
  const ints = new Int32Array(bits.buffer);
  ints[0] = ints[0]! + (f > 0 ? -1 : 1);
  return bits[0]!;
}

/**
 * The master bus: a guard (non-finite samples become silence, huge ones are clamped), a DC
 * blocker (one pole at 10 Hz), and a look-ahead {@link Limiter} with a -1 dBFS ceiling.
 */
export class MasterBus {
  readonly limiter: Limiter;
  /** The ceiling as a float32 value. */
  readonly ceiling: number;
  private readonly pole: number;
  private xL = 0;
  private yL = 0;
  private xR = 0;
  private yR = 0;

  constructor(sampleRate: Hz) {
    this.ceiling = float32AtMost(dbToGain(CEILING_DB));
    this.limiter = new Limiter(sampleRate, this.ceiling);
    this.pole = Math.exp((-2 * Math.PI * 10) / sampleRate);
  }

  /** Samples of delay the bus adds (the limiter's look-ahead). */
  get latency(): number {
    return this.limiter.lookahead;
  }

  /**
   * Processes `mixL/mixR[0, n)` (modified in place) into `outL/outR[offset, offset + n)`.
   * Returns false if a non-finite sample had to be silenced.
   */
  process(mixL: Float64Array, mixR: Float64Array, outL: Float32Array, outR: Float32Array, offset: number, n: number): boolean {
    const finiteL = guard(mixL, n);
    const finite = guard(mixR, n) && finiteL;
    const pole = this.pole;
    let xL = this.xL, yL = this.yL, xR = this.xR, yR = this.yR;
    for (let i = 0; i < n; i++) {
      const l = mixL[i]!, r = mixR[i]!;
      yL = l - xL + pole * yL;
      xL = l;
      yR = r - xR + pole * yR;
      xR = r;
      mixL[i] = yL;
      mixR[i] = yR;
    }
    this.xL = xL; this.yL = yL; this.xR = xR; this.yR = yR;
    this.limiter.process(mixL, mixR, outL, outR, offset, n);
    return finite;
  }
}

/** Replaces non-finite samples with 0 and clamps huge ones; false if any was non-finite. */
function guard(buf: Float64Array, n: number): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const x = buf[i]!;
    if (x >= -SAFE_LIMIT && x <= SAFE_LIMIT) continue;
    if (x !== x) {
      buf[i] = 0;
      finite = false;
    } else if (x === Infinity || x === -Infinity) {
      buf[i] = 0;
      finite = false;
    } else {
      buf[i] = x > 0 ? SAFE_LIMIT : -SAFE_LIMIT;
    }
  }
  return finite;
}
