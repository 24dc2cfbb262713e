/**
 * Reading the performer's control values. A value may be a number, a numeric string, a
 * colon-separated list (`"1000:10"`, as mini-notation writes it) or an array of those.
 */

/** A control value that is present but unusable (NaN, Infinity, "abc" for a number, an object). */
export class ControlError extends Error {
  constructor(readonly control: string, readonly value: unknown, expected = 'a finite number') {
    super(`control "${control}" must be ${expected}, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? `[${value.map(describe).join(', ')}]` : typeof value;
}

function toNumbers(control: string, value: unknown): number[] {
  let numbers: number[];
  if (typeof value === 'number') numbers = [value];
  else if (typeof value === 'boolean') numbers = [value ? 1 : 0];
  else if (typeof value === 'string') numbers = value.split(':').map((part) => (part.trim() === '' ? NaN : Number(part)));
  else if (Array.isArray(value)) numbers = value.map((part: unknown) => (typeof part === 'number' ? part : Number(part)));
  else throw new ControlError(control, value);
  if (numbers.length === 0 || !numbers.every(Number.isFinite)) throw new ControlError(control, value);
  return numbers;
}

/** Typed access to one event's controls; throws {@link ControlError} on a bad value. */
export class ControlReader {
  constructor(private readonly values: Record<string, unknown>) {}

  /** The raw value of the first of `names` that is present (not undefined or null). */
  raw(names: readonly string[]): { name: string; value: unknown } | undefined {
    for (const name of names) {
      if (!Object.hasOwn(this.values, name)) continue;
      const value = this.values[name];
      if (value !== undefined && value !== null) return { name, value };
    }
    return undefined;
  }

  /** True when one of `names` is present. */
  has(names: readonly string[]): boolean {
    return this.raw(names) !== undefined;
  }

  /** All numbers of the first present name (a list such as `"0.5:0.25:0.8"` gives three). */
  list(names: readonly string[]): number[] | undefined {
    const found = this.raw(names);
    return found === undefined ? undefined : toNumbers(found.name, found.value);
  }

  /** The first number of the first present name, or the `index`th number of a list control. */
  number(names: readonly string[], fallbackList?: number[], index = 0): number | undefined {
    const own = this.list(names);
    if (own !== undefined) return own[0];
    return fallbackList?.[index];
  }

  /** Checks every control holding a number, so a NaN in any of them is caught. */
  checkNumbers(): void {
    for (const [name, value] of Object.entries(this.values)) {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new ControlError(name, value);
      if (Array.isArray(value) && value.some((v) => typeof v === 'number' && !Number.isFinite(v))) {
        throw new ControlError(name, value);
      }
    }
  }
}
