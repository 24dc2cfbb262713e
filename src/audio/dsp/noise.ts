/**
 * Deterministic noise: a xorshift32 generator seeded per event (so a render is reproducible),
 * and the coloured noises made from it.
 */
export class Noise {
  private state = 1;
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;
  private b3 = 0;
  private b4 = 0;
  private b5 = 0;
  private b6 = 0;
  private brownLevel = 0;

  /** Restarts the generator from `seed` and clears the colour filters. */
  seed(seed: number): void {
    let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    this.state = h === 0 ? 0x6d2b79f5 : h;
    this.b0 = this.b1 = this.b2 = this.b3 = this.b4 = this.b5 = this.b6 = 0;
    this.brownLevel = 0;
  }

  /** A uniform value in [-1, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return x * 4.656612873077393e-10; // 1 / 2^31
  }

  /** A uniform value in [0, 1). */
  unit(): number {
    return (this.next() + 1) * 0.5;
  }

  /** Fills `out[start, end)` with white noise. */
  white(out: Float64Array, start: number, end: number): void {
    let x = this.state;
    for (let i = start; i < end; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x * 4.656612873077393e-10;
    }
    this.state = x;
  }

  /** Fills `out[start, end)` with pink noise (-3 dB/octave; Paul Kellet's filter bank). */
  pink(out: Float64Array, start: number, end: number): void {
    this.white(out, start, end);
    let b0 = this.b0, b1 = this.b1, b2 = this.b2, b3 = this.b3, b4 = this.b4, b5 = this.b5, b6 = this.b6;
    for (let i = start; i < end; i++) {
      const w = out[i]!;
      b0 = 0.99886 * b0 + w * 0.0555179;
      b1 = 0.99332 * b1 + w * 0.0750759;
      b2 = 0.969 * b2 + w * 0.153852;
      b3 = 0.8665 * b3 + w * 0.3104856;
      b4 = 0.55 * b4 + w * 0.5329522;
      b5 = -0.7616 * b5 - w * 0.016898;
      out[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.2;
      b6 = w * 0.115926;
    }
    this.b0 = b0; this.b1 = b1; this.b2 = b2; this.b3 = b3; this.b4 = b4; this.b5 = b5; this.b6 = b6;
  }

  /** Fills `out[start, end)` with brown noise (-6 dB/octave; a leaky integrator of white). */
  brown(out: Float64Array, start: number, end: number): void {
    this.white(out, start, end);
    let level = this.brownLevel;
    for (let i = start; i < end; i++) {
      level = (level + 0.02 * out[i]!) * (1 / 1.02);
      out[i] = level * 3.5;
    }
    this.brownLevel = level;
  }
}
