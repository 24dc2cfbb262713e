/** Waveshaping and lo-fi effects, applied in place to `buf[start, end)`. */

/** Soft saturation `(1 + k)·x / (1 + k·|x|)` with `k = 2a / (1 - a)`, for `amount` a in [0, 1]. */
export function shape(buf: Float64Array, start: number, end: number, amount: number): void {
  const a = Math.min(amount, 0.99);
  const k = (2 * a) / (1 - a);
  for (let i = start; i < end; i++) {
    const x = buf[i]!;
    buf[i] = ((1 + k) * x) / (1 + k * Math.abs(x));
  }
}

/** Overdrive `volume · tanh((1 + amount)·x)`; amounts from 0 to about 10 are useful. */
export function distort(buf: Float64Array, start: number, end: number, amount: number, volume: number): void {
  const drive = 1 + amount;
  for (let i = start; i < end; i++) buf[i] = volume * Math.tanh(drive * buf[i]!);
}

/** Bit crushing: rounds to `bits` bits (1 to 16; fractional depths are allowed). */
export function crush(buf: Float64Array, start: number, end: number, bits: number): void {
  const steps = Math.pow(2, Math.max(1, bits) - 1);
  const inv = 1 / steps;
  for (let i = start; i < end; i++) buf[i] = Math.round(buf[i]! * steps) * inv;
}

/** The memory of a {@link coarse} sample-and-hold across blocks. */
export class CoarseState {
  held = 0;
  countdown = 0;
}

/** Sample-rate reduction: holds every `factor`th sample for `factor` samples. */
export function coarse(buf: Float64Array, start: number, end: number, factor: number, state: CoarseState): void {
  let held = state.held;
  let countdown = state.countdown;
  for (let i = start; i < end; i++) {
    if (countdown <= 0) {
      held = buf[i]!;
      countdown = factor;
    }
    buf[i] = held;
    countdown--;
  }
  state.held = held;
  state.countdown = countdown;
}
