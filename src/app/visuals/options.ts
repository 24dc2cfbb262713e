/** Reading a visual's options (plain data from the code's call), each with the value it has when absent or out of range. */

/** Options as a visual's call gives them. */
export type VisualOptions = Readonly<Record<string, string | number | boolean>>;

/** A yes or no, as Strudel takes it (`1`, `true`). */
export function flag(options: VisualOptions, name: string, otherwise: boolean): boolean {
  const value = options[name];
  return value === undefined ? otherwise : value === true || value === 1 || value === '1' || value === 'true';
}

/** A number within `[min, max]`. */
export function number(options: VisualOptions, name: string, otherwise: number, min: number, max: number): number {
  const value = options[name];
  return typeof value === 'number' && value >= min && value <= max ? value : otherwise;
}

/** A text such as a CSS colour (undefined when absent). */
export function text(options: VisualOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.length <= 64 ? value : undefined;
}
