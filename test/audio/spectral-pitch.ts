// Finding a partial's frequency finely, for the tests that measure pitch in cents.

/** The magnitude of `x[from, from + n)` at `f` Hz, Hann windowed (Goertzel). */
export function magnitudeAt(x: ArrayLike<number>, sampleRate: number, from: number, n: number, f: number): number {
  const c = 2 * Math.cos((2 * Math.PI * f) / sampleRate);
  let s1 = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    const hann = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1));
    const s0 = x[from + i]! * hann + c * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return Math.sqrt(Math.max(0, s1 * s1 + s2 * s2 - c * s1 * s2));
}

/** The frequency of the strongest peak within 60 cents of `near` in `x[from, from + n)`, to a tenth of a cent. */
export function peakNear(x: ArrayLike<number>, sampleRate: number, from: number, n: number, near: number): number {
  let best = near, bestMagnitude = -1;
  for (let cents = -60; cents <= 60; cents += 0.1) {
    const f = near * 2 ** (cents / 1200);
    const m = magnitudeAt(x, sampleRate, from, n, f);
    if (m > bestMagnitude) { bestMagnitude = m; best = f; }
  }
  return best;
}

/** The frequency of MIDI note `midi`. */
export const hz = (midi: number): number => 440 * 2 ** ((midi - 69) / 12);

/** How many cents `f` is above MIDI note `midi`. */
export const cents = (f: number, midi: number): number => 1200 * Math.log2(f / hz(midi));
