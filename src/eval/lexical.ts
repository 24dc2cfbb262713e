/**
 * Characters that the JavaScript engine and weft's parser read differently. Weft decides what
 * performer code may do (no imports, loop guards, which strings are mini-notation) from Lezer's
 * parse, but the engine runs the code: wherever the two disagree about where a comment ends,
 * code could hide from weft's checks. So code containing any of these is refused, at the
 * character:
 *
 * - U+2028 and U+2029 end a `//` comment for the engine, not for Lezer;
 * - so does a carriage return not followed by a line feed;
 * - `<!--` anywhere, and `-->` at the start of a line, are comments for the engine (HTML-like
 *   comments of old browsers), operators for Lezer;
 * - a `#!` first line is a comment for Lezer and a syntax error in a function body.
 *
 * The engine and Lezer agree on everything else that decides where code is: both read the same
 * white space and line breaks, a `\u` escape is never a keyword to the engine (and an error to
 * Lezer outside strings), and both tell a regular expression from a division the same way.
 */
import { EvalError } from './errors.ts';

const SUSPECT = /[\u2028\u2029]|\r(?!\n)|<!--|-->|^#!/g;

/** Refuses code that the engine and weft's parser could read differently; see the module comment. */
export function checkLexical(code: string): void {
  SUSPECT.lastIndex = 0;
  for (let found = SUSPECT.exec(code); found !== null; found = SUSPECT.exec(code)) {
    const at = found.index;
    const text = found[0];
    if (text === '-->' && !startsLine(code, at)) continue;
    throw new EvalError(messageFor(text), code, at, at + text.length);
  }
}

function messageFor(text: string): string {
  switch (text) {
    case '\u2028':
    case '\u2029': {
      const name = text === '\u2028' ? 'U+2028 (line separator)' : 'U+2029 (paragraph separator)';
      const escape = text === '\u2028' ? '\\u2028' : '\\u2029';
      return `this code contains ${name}, which JavaScript reads as a line break where weft does not: use an ordinary line break (in a string, write ${escape})`;
    }
    case '\r':
      return 'this code contains a carriage return without a line feed, which JavaScript reads as a line break where weft does not: use \\n or \\r\\n line breaks';
    case '<!--':
      return '`<!--` starts an old HTML-style comment in JavaScript, which weft does not read the same way: write `< !--` with a space (or use // for a comment)';
    case '-->':
      return '`-->` at the start of a line is an old HTML-style comment in JavaScript, which weft does not read the same way: write `-- >` with a space (or use // for a comment)';
    default:
      return 'a #! line belongs to shell scripts, not to performer code: remove it';
  }
}

/**
 * True when only white space or the end of a block comment comes before `at` on its line (the
 * engine takes `-->` as a comment after a line break, also one inside a block comment); also at
 * the start of the code. This errs on the side of refusing: `x /* c *\/ -->` is refused too.
 */
function startsLine(code: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = code[i] as string;
    if (c === '\n' || c === '\r') return true;
    if (c === '/' && code[i - 1] === '*') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}
