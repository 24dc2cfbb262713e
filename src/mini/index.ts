/**
 * Mini-notation: Tidal's little language for rhythm, as Strudel reads it (`"bd [sd sd] <hh oh>"`).
 * {@link mini} parses a string into a pattern; every atom's haps carry its place in the code.
 */
import type { Pattern } from '../pattern/pattern.ts';
import { buildMini } from './build.ts';
import { parseMini } from './parser.ts';

export { MiniParseError, parseMini } from './parser.ts';
export type * from './ast.ts';

/**
 * Parses mini-notation into a pattern. `offset` is where the string's first character sits in
 * the performer's code, so that source locations (and error offsets) point into that code.
 * Throws a {@link MiniParseError} on a syntax error.
 * @example
 * mini('c [e g] <b d5>').note()
 */
export function mini(code: string, offset = 0): Pattern<unknown> {
  return buildMini(parseMini(code, offset));
}
