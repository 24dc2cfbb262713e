/**
 * Copying control objects on the query path. Node 20's V8 builds `{ ...value, key: x }` (and a
 * spread copy that then gains keys) far more slowly than a plain copy loop once control objects
 * of several shapes have been seen: 10 µs or more an object against 0.1 to 0.4 µs, measured on
 * `chop`'s pieces. Every event of a control pattern is copied at least once, so these are used
 * where the profile shows copies.
 */

/** A new object with the own enumerable keys and values of `value`, in the same order (`{ ...value }`). */
export function ownCopy(value: object | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) if (Object.hasOwn(value, key)) out[key] = (value as Record<string, unknown>)[key];
  return out;
}
