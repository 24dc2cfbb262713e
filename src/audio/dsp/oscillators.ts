/**
 * Band-limited oscillators. Each fills `out[start, end)` and advances its phase (in cycles, [0, 1)).
 *
 * Saw, square and pulse remove aliasing with a four-point polyBLEP: at each jump they add the
 * difference between a step smoothed by a cubic B-spline kernel and the ideal step (the integrated
 * third-order B-spline of Välimäki, Pekonen & Nam, 2012), which attenuates aliases twice as
 * steeply (in dB) as the common two-point polyBLEP. Triangle corners use the kernel's integral
 * (polyBLAMP). The next jump is predicted from the phase increment, so no delay is needed. Above
 * a quarter of the sample rate the kernels would overlap, and the two-point versions are used.
 * When `ratio` is given, sample `i` runs at `inc * ratio[i]` (frequency modulation); phase may then
 * run backwards, which the residuals handle by symmetry.
 */

const SINE_SIZE = 4096;
/** One cycle of a sine with a guard point, for linear interpolation (error below -130 dB). */
const SINE_TABLE = new Float64Array(SINE_SIZE + 1);
for (let i = 0; i <= SINE_SIZE; i++) SINE_TABLE[i] = Math.sin((2 * Math.PI * i) / SINE_SIZE);

/** sin(2π·phase) for phase in [0, 1), by table lookup. */
export function sineAt(phase: number): number {
  const x = phase * SINE_SIZE;
  const i = x | 0;
  const a = SINE_TABLE[i]!;
  return a + (x - i) * (SINE_TABLE[i + 1]! - a);
}

/**
 * The phase and increment of one oscillator, and what shapes it. (Settings live here rather than
 * in arguments so that a voice's calls pass no fractional numbers, which V8 would allocate.)
 */
export class Phasor {
  phase = 0;
  /** Cycles per sample: frequency / sampleRate. */
  inc = 0;
  /** A pulse wave's width (0.5 is a square). */
  width = 0.5;
  /** A frequency modulator's depth (see {@link fmRatios}). */
  depth = 0;
}

/** Brings a phase back into [0, 1). */
function wrap(p: number): number {
  return p >= 1 || p < 0 ? p - Math.floor(p) : p;
}

/**
 * The four-point step residual `x` samples after a jump of -2 (`x` in [0, 2)); `x` samples
 * before it, the residual is its negative. (The kernel of {@link blep}, small enough for V8 to
 * inline into a loop that finds `x` itself.)
 */
export function stepResidual(x: number): number {
  if (x >= 1) {
    const u = 2 - x;
    return (-2 * (u * u * u * u)) / 24;
  }
  const x2 = x * x;
  return 2 * (-0.5 + (2 * x) / 3 - (x2 * x) / 3 + (x2 * x2) / 8);
}

/** The highest phase increment at which {@link blep} uses the four-point residual. */
export const FOUR_POINT_LIMIT = 0.25;

/**
 * The band-limited step residual for a jump of -2 at phase 0 (a saw's wrap), at phase `t` with
 * increment `dt` > 0: subtract it from the naive waveform (add it for a jump of +2).
 */
export function blep(t: number, dt: number): number {
  if (!(dt > 0)) return 0;
  if (dt < FOUR_POINT_LIMIT) {
    // x = samples since the jump, in [0, 2); or until it, in (0, 2).
    if (t < 2 * dt) return stepResidual(t / dt);
    if (t > 1 - 2 * dt) return -stepResidual((1 - t) / dt);
    return 0;
  }
  if (t < dt) {
    const x = t / dt;
    return x + x - x * x - 1;
  }
  if (t > 1 - dt) {
    const x = (t - 1) / dt;
    return x * x + x + x + 1;
  }
  return 0;
}

/**
 * The band-limited ramp residual (per unit change of slope per sample) at phase `t` near a corner
 * at phase 0, with increment `dt` > 0.
 */
export function blamp(t: number, dt: number): number {
  if (!(dt > 0)) return 0;
  const d = t < 0.5 ? t / dt : (1 - t) / dt;
  if (dt < 0.25) {
    if (d >= 2) return 0;
    if (d >= 1) {
      const u = 2 - d;
      return (u * u * u * u * u) / 120;
    }
    const d2 = d * d;
    return 7 / 30 - d / 2 + d2 / 3 - (d2 * d2) / 12 + (d2 * d2 * d) / 40;
  }
  if (d >= 1) return 0;
  const u = 1 - d;
  return (u * u * u) / 6;
}

/** A sine. */
export function sine(osc: Phasor, out: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
  let p = osc.phase;
  const inc = osc.inc;
  for (let i = start; i < end; i++) {
    const x = p * SINE_SIZE;
    const j = x | 0;
    const a = SINE_TABLE[j]!;
    out[i] = a + (x - j) * (SINE_TABLE[j + 1]! - a);
    p = wrap(p + (ratio === null ? inc : inc * ratio[i]!));
  }
  osc.phase = p;
}

/** A rising sawtooth from -1 to 1. */
export function sawtooth(osc: Phasor, out: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
  let p = osc.phase;
  if (ratio === null) {
    const dt = osc.inc;
    const edge = 1 - 2 * dt;
    const near = 2 * dt;
    for (let i = start; i < end; i++) {
      const y = 2 * p - 1;
      out[i] = p < near || p > edge ? y - blep(p, dt) : y;
      p += dt;
      if (p >= 1) p -= 1;
    }
  } else {
    for (let i = start; i < end; i++) {
      const dt = osc.inc * ratio[i]!;
      out[i] = 2 * p - 1 - blep(p, Math.abs(dt));
      p = wrap(p + dt);
    }
  }
  osc.phase = p;
}

/** A pulse wave of width `osc.width` (0.5 is a square), with its DC offset removed. */
export function pulse(osc: Phasor, out: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
  let p = osc.phase;
  const width = osc.width;
  const dc = 2 * width - 1;
  for (let i = start; i < end; i++) {
    const dt = ratio === null ? osc.inc : osc.inc * ratio[i]!;
    const adt = Math.abs(dt);
    let q = p - width;
    if (q < 0) q += 1;
    out[i] = (p < width ? 1 : -1) - dc + blep(p, adt) - blep(q, adt);
    p = wrap(p + dt);
  }
  osc.phase = p;
}

/** A triangle from -1 (at phase 0) to 1 (at phase 0.5). */
export function triangle(osc: Phasor, out: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
  let p = osc.phase;
  for (let i = start; i < end; i++) {
    const dt = ratio === null ? osc.inc : osc.inc * ratio[i]!;
    const adt = Math.abs(dt);
    let q = p + 0.5;
    if (q >= 1) q -= 1;
    const naive = p < 0.5 ? 4 * p - 1 : 3 - 4 * p;
    out[i] = naive + 8 * adt * (blamp(p, adt) - blamp(q, adt));
    p = wrap(p + dt);
  }
  osc.phase = p;
}

/** The most detuned copies a {@link SuperSaw} stacks. */
export const MAX_UNISON = 16;

/** Several detuned sawtooths summed (normalised by 1/√count). */
export class SuperSaw {
  readonly phases = new Float64Array(MAX_UNISON);
  readonly incs = new Float64Array(MAX_UNISON);
  count = 1;
  /** The semitones the copies spread over. */
  detune = 0;
  private readonly osc = new Phasor();

  /**
   * Spreads `count` copies evenly over `detune` semitones around `inc`, with phases drawn from
   * `random` (whose `unit()` returns values in [0, 1)).
   */
  configure(inc: number, count: number, detune: number, random: { unit(): number }): void {
    this.count = count;
    this.detune = detune;
    this.osc.inc = inc;
    this.spread(this.osc, random);
  }

  /** {@link configure} with `count` and `detune` already set, around `base.inc`. */
  spread(base: Phasor, random: { unit(): number }): void {
    const count = this.count, detune = this.detune, inc = base.inc;
    for (let k = 0; k < count; k++) {
      const offset = count === 1 ? 0 : detune * (k / (count - 1) - 0.5);
      this.incs[k] = inc * Math.pow(2, offset / 12);
      this.phases[k] = random.unit();
    }
  }

  /** Each copy's left and right gain (see {@link pan}). */
  readonly gainsL = new Float64Array(MAX_UNISON);
  readonly gainsR = new Float64Array(MAX_UNISON);

  /**
   * Places the copies across the stereo field, from the lowest on the left to the highest on the
   * right, by the spread at `values[at]`: 0 puts all in the middle, 1 spans hard left to hard right.
   * Equal-power pans, scaled so that a copy in the middle has a gain of 1 on each side (as a mono
   * render). (The spread stays in the record: a fractional argument would be allocated.)
   */
  pan(values: Float64Array, at: number): void {
    const count = this.count;
    const spread = values[at]!;
    for (let k = 0; k < count; k++) {
      const position = count === 1 ? 0.5 : 0.5 + spread * (k / (count - 1) - 0.5);
      const angle = position * (Math.PI / 2);
      this.gainsL[k] = Math.SQRT2 * Math.cos(angle);
      this.gainsR[k] = Math.SQRT2 * Math.sin(angle);
    }
  }

  /**
   * Fills `left[start, end)` and `right[start, end)` with the copies panned as {@link pan} placed
   * them. `ratio` may be `right` itself: each sample's ratio is read before it is overwritten.
   */
  renderStereo(left: Float64Array, right: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
    const count = this.count;
    const norm = 1 / Math.sqrt(count);
    const phases = this.phases, incs = this.incs, gainsL = this.gainsL, gainsR = this.gainsR;
    for (let i = start; i < end; i++) {
      const r = ratio === null ? 1 : ratio[i]!;
      let l = 0, rr = 0;
      for (let k = 0; k < count; k++) {
        const p = phases[k]!;
        const dt = incs[k]! * r;
        const y = 2 * p - 1 - blep(p, Math.abs(dt));
        l += y * gainsL[k]!;
        rr += y * gainsR[k]!;
        phases[k] = wrap(p + dt);
      }
      left[i] = l * norm;
      right[i] = rr * norm;
    }
  }

  /** Fills `out[start, end)`. */
  render(out: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
    const osc = this.osc;
    const norm = 1 / Math.sqrt(this.count);
    for (let k = 0; k < this.count; k++) {
      osc.phase = this.phases[k]!;
      osc.inc = this.incs[k]!;
      if (k === 0) sawtooth(osc, out, start, end, ratio);
      else sawtoothAdd(osc, out, start, end, ratio);
      this.phases[k] = osc.phase;
    }
    for (let i = start; i < end; i++) out[i] = out[i]! * norm;
  }
}

/** Like {@link sawtooth}, but adds into `out`. */
function sawtoothAdd(osc: Phasor, out: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
  let p = osc.phase;
  for (let i = start; i < end; i++) {
    const dt = ratio === null ? osc.inc : osc.inc * ratio[i]!;
    out[i] = out[i]! + 2 * p - 1 - blep(p, Math.abs(dt));
    p = wrap(p + dt);
  }
  osc.phase = p;
}

/**
 * Fills `out[start, end)` with frequency-modulation ratios `1 + depth·sin(2π·φ)` from a sine
 * modulator (`depth` is `mod.depth`), and advances it. With a carrier at f, a modulator at `fmh·f`
 * and index `fm`, `depth = fm·fmh` (peak deviation = index × modulator frequency).
 */
export function fmRatios(mod: Phasor, out: Float64Array, start: number, end: number): void {
  let p = mod.phase;
  const inc = mod.inc;
  const depth = mod.depth;
  for (let i = start; i < end; i++) {
    out[i] = 1 + depth * sineAt(p);
    p += inc;
    p -= Math.floor(p);
  }
  mod.phase = p;
}
