// Measurements on recorded or rendered samples.

/** Root mean square of `x[from, to)`. */
export function rms(x: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += x[i]! * x[i]!;
  return Math.sqrt(sum / Math.max(1, to - from));
}

/** The frequency of a periodic signal in `x[from, to)`, from its rising zero crossings. */
export function zeroCrossingPitch(x: ArrayLike<number>, from: number, to: number, sampleRate: number): number {
  const crossings: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const a = x[i - 1]!;
    const b = x[i]!;
    if (a < 0 && b >= 0) crossings.push(i - 1 + a / (a - b));
  }
  if (crossings.length < 2) return 0;
  return ((crossings.length - 1) * sampleRate) / (crossings[crossings.length - 1]! - crossings[0]!);
}

/** Zero crossings per second in `x[from, to)` (a rough brightness: hats cross far more than kicks). */
export function crossingRate(x: ArrayLike<number>, from: number, to: number, sampleRate: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (x[i - 1]! < 0 !== x[i]! < 0) count++;
  return (count * sampleRate) / Math.max(1, to - from);
}

/** The largest `|a[i] - b[i]|`, and where it is (lengths must match). */
export function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): { diff: number; at: number } {
  if (a.length !== b.length) throw new Error(`length ${a.length} != ${b.length}`);
  let diff = 0;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (!(d <= diff)) {
      diff = d;
      at = i;
    }
  }
  return { diff, at };
}
