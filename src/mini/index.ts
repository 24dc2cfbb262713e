import type { Pattern } from '../pattern/pattern.ts';

/** Parses mini-notation into a pattern. (Placeholder until the parser lands.) */
export function mini(code: string, offset = 0): Pattern<unknown> {
  void offset;
  throw new Error(`mini-notation is not implemented yet: "${code}"`);
}
