// Measurements on rendered buffers, shared by the audio tests.
import { renderOffline, type SoundEvent } from '../../src/audio/index.ts';

export const SR = 48000;

let nextId = 1;

/** An event with the given controls (ids count up, so noise seeds differ between events). */
export function event(controls: Record<string, unknown>, time = 0, duration = 0.5, id = nextId++): SoundEvent {
  return { id, time, duration, controls, locations: [{ start: id, end: id + 3 }] };
}

/** Renders events offline at 48 kHz; returns the left channel unless `channel` says otherwise. */
export function render(events: SoundEvent[], seconds: number, options: { maxVoices?: number; blockSize?: number } = {}): { left: Float32Array; right: Float32Array } {
  return renderOffline(events, { sampleRate: SR, duration: seconds, ...options });
}

/** Frequency from the first to the last rising zero crossing (linearly interpolated) in `[from, to)`. */
export function zeroCrossingFrequency(x: Float32Array, from: number, to: number): number {
  const crossings: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const a = x[i - 1]!, b = x[i]!;
    if (a < 0 && b >= 0) crossings.push(i - 1 + a / (a - b));
  }
  const first = crossings[0]!, last = crossings[crossings.length - 1]!;
  return ((crossings.length - 1) * SR) / (last - first);
}

export function peak(x: ArrayLike<number>, from = 0, to = x.length): number {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, Math.abs(x[i]!));
  return m;
}

export function rms(x: ArrayLike<number>, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / Math.max(1, to - from));
}

/** The largest absolute difference between neighbouring samples. */
export function maxStep(x: ArrayLike<number>, from = 1, to = x.length): number {
  let m = 0;
  for (let i = Math.max(1, from); i < to; i++) m = Math.max(m, Math.abs(x[i]! - x[i - 1]!));
  return m;
}

/** The index of the first sample whose magnitude exceeds `threshold`, or -1. */
export function firstAbove(x: ArrayLike<number>, threshold = 0): number {
  for (let i = 0; i < x.length; i++) if (Math.abs(x[i]!) > threshold) return i;
  return -1;
}

/** Power of the DFT bin at `freq` (Hz) over `[from, from + n)`, normalised so a unit sine gives 0.5. */
export function binPower(x: ArrayLike<number>, freq: number, from: number, n: number, sampleRate = SR): number {
  let re = 0, im = 0;
  const w = (2 * Math.PI * freq) / sampleRate;
  for (let i = 0; i < n; i++) {
    const v = x[from + i]!;
    re += v * Math.cos(w * i);
    im -= v * Math.sin(w * i);
  }
  return (2 * (re * re + im * im)) / (n * n);
}

/** Magnitude-squared spectrum (bins 0..n/2) of a Hann-windowed `n`-sample frame (n a power of two). */
export function powerSpectrum(x: ArrayLike<number>, from: number, n = 4096): Float64Array {
  const re = new Float64Array(n), im = new Float64Array(n);
  for (let i = 0; i < n; i++) re[i] = (x[from + i] ?? 0) * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const w = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const cr = Math.cos(w * k), ci = Math.sin(w * k);
        const a = start + k, b = a + size / 2;
        const tr = re[b]! * cr - im[b]! * ci, ti = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - tr; im[b] = im[a]! - ti;
        re[a] = re[a]! + tr; im[a] = im[a]! + ti;
      }
    }
  }
  const power = new Float64Array(n / 2 + 1);
  for (let k = 0; k <= n / 2; k++) power[k] = re[k]! * re[k]! + im[k]! * im[k]!;
  return power;
}

/** Energy in each of `bands` log-spaced bands from 40 Hz to 16 kHz, normalised to sum to 1. */
export function bandEnergies(x: ArrayLike<number>, from: number, bands = 12, n = 4096): number[] {
  const power = powerSpectrum(x, from, n);
  const out = new Array<number>(bands).fill(0);
  const lo = Math.log(40), hi = Math.log(16000);
  for (let k = 1; k < n / 2; k++) {
    const f = (k * SR) / n;
    if (f < 40 || f >= 16000) continue;
    const band = Math.floor(((Math.log(f) - lo) / (hi - lo)) * bands);
    out[band] = out[band]! + power[k]!;
  }
  const total = out.reduce((a, b) => a + b, 0);
  return out.map((e) => e / total);
}

/** Power of `x` at `freq` over a Hann-windowed half second from 0.3 s (steady state). */
export function powerAt(x: Float32Array, freq: number): number {
  const from = Math.round(0.3 * SR), n = Math.round(0.5 * SR);
  let re = 0, im = 0;
  const w = (2 * Math.PI * freq) / SR;
  for (let i = 0; i < n; i++) {
    const v = x[from + i]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
    re += v * Math.cos(w * i);
    im -= v * Math.sin(w * i);
  }
  return re * re + im * im;
}
