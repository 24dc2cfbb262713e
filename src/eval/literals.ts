/**
 * What string literals in performer code become: mini-notation patterns whose haps point at the
 * characters of the code they came from. The rewritten code calls these through its runtime
 * object (see `rewrite.ts`): `m` for a plain literal, `t` for a template with `${}` or escapes.
 * Such a pattern still reads as its text where JavaScript wants a string: `String(p)`, `${p}`,
 * `p + "!"` and `new Error(p)` all give the literal's text.
 */
import type { CodeRange } from '../controls/event.ts';
import { mini, MiniParseError } from '../mini/index.ts';
import { Pattern } from '../pattern/pattern.ts';

/** A mini-notation syntax error in a literal, at `offset` in the performer's code. */
export class LiteralError extends Error {
  override readonly name = 'LiteralError';
  readonly offset: number;

  constructor(message: string, offset: number, options?: { cause?: unknown }) {
    super(message, options);
    this.offset = offset;
  }
}

/**
 * A double-quoted or untagged template literal as a pattern. `offset` is where the literal's
 * content starts in the code; `raw` is the content as typed, given when it has escapes (so
 * that offsets into the string's value can be mapped back to the characters typed).
 */
export function miniLiteral(value: string, offset: number, raw?: string): Pattern<unknown> {
  if (raw === undefined) return withText(parseLiteral(value, offset, (at) => at), value);
  const map = new SourceMap(offset);
  map.addTyped(raw, offset);
  return withText(map.parse(value), value);
}

// The text of a literal's pattern, as an own property (see withText).
const TEXT = Symbol('weft literal text');

/**
 * A copy of a literal's pattern that reads as the literal's text where JavaScript converts it to
 * a string or a primitive (only this pattern: what is made from it is an ordinary pattern).
 */
function withText(pattern: Pattern<unknown>, text: string): Pattern<unknown> {
  const literal = new Pattern(pattern.query, pattern.steps);
  Object.defineProperties(literal, {
    [TEXT]: { value: text },
    toString: { value: () => text },
    [Symbol.toPrimitive]: { value: () => text },
  });
  return literal;
}

/** The text of a pattern made from a string literal in performer code, else undefined. */
export function literalText(value: unknown): string | undefined {
  if (!(value instanceof Pattern) || !Object.hasOwn(value, TEXT)) return undefined;
  const text: unknown = Reflect.get(value, TEXT);
  return typeof text === 'string' ? text : undefined;
}

/**
 * A template literal with `${}` or escapes, as a tag: each interpolated value is written into the
 * mini-notation as a string, and its characters point at the `${...}` it came from.
 * `offsets` holds where the first piece starts, then each interpolation's start and end;
 * `raws` holds each piece as typed.
 */
export function miniTemplate(
  offsets: readonly number[],
  raws: readonly string[],
): (strings: TemplateStringsArray, ...values: unknown[]) => Pattern<unknown> {
  return (strings, ...values) => {
    const map = new SourceMap(offsets[0] ?? 0);
    let text = '';
    strings.forEach((piece: string | undefined, i) => {
      // A tag gets no value for a bad escape, which the untagged original would not have allowed.
      if (piece === undefined) throw new SyntaxError(`invalid escape sequence in \`${raws[i] ?? ''}\``);
      map.addTyped(raws[i] ?? piece, offsets[2 * i] ?? 0);
      text += piece;
      if (i < values.length) {
        const value = values[i];
        // A string literal's pattern is written as its text; other patterns have no text.
        const literal = literalText(value);
        if (literal === undefined && value instanceof Pattern) throw new TypeError('a pattern cannot be written into mini-notation with ${}');
        const written = literal ?? String(value);
        map.addWhole(written.length, offsets[2 * i + 1] ?? 0, offsets[2 * i + 2] ?? 0);
        text += written;
      }
    });
    return withText(map.parse(text), text);
  };
}

/** Parses mini-notation, turning a syntax error into a {@link LiteralError} placed by `place`. */
function parseLiteral(text: string, offset: number, place: (offset: number) => number): Pattern<unknown> {
  try {
    return mini(text, offset);
  } catch (error) {
    if (error instanceof MiniParseError) throw new LiteralError(withoutOffsets(error.message), place(error.offset), { cause: error });
    throw error;
  }
}

/**
 * A mini-notation message without the offsets it names ("expected ']' at 12"): the error itself
 * is placed at line and column, and an offset counted from elsewhere only misleads.
 */
export function withoutOffsets(message: string): string {
  return message.replace(/ at -?\d+(?=[,.:;)]|$)/g, '');
}

/**
 * For each code unit of a string value, the code it was typed as (`starts[i]..ends[i]`). The
 * value is parsed as if it sat at `base` (where the literal's content starts), and locations
 * are then moved to where each character was typed.
 */
class SourceMap {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  private readonly base: number;

  constructor(base: number) {
    this.base = base;
  }

  /** Adds a piece typed as `raw` at `offset`: plain characters, escapes and line breaks. */
  addTyped(raw: string, offset: number): void {
    let i = 0;
    while (i < raw.length) {
      const [typed, units] = typedLength(raw, i);
      for (let u = 0; u < units; u++) this.add(offset + i, offset + i + typed);
      i += typed;
    }
  }

  /** Adds `count` code units that all come from `from..to` (an interpolation). */
  addWhole(count: number, from: number, to: number): void {
    for (let u = 0; u < count; u++) this.add(from, to);
  }

  /** Parses `text` (the value this map describes) and points its haps at the code. */
  parse(text: string): Pattern<unknown> {
    const pat = parseLiteral(text, this.base, (at) => this.starts[at - this.base] ?? this.endOfAll());
    if (this.starts.length !== text.length) return pat;
    const place = ({ start, end }: CodeRange): CodeRange => {
      const first = start - this.base;
      const last = Math.max(first, end - this.base - 1);
      return { start: this.starts[first] ?? this.endOfAll(), end: this.ends[last] ?? this.endOfAll() };
    };
    return new Pattern(
      (state) => pat.query(state).map((h) => h.setContext({ ...h.context, locations: h.context.locations.map(place) })),
      pat.steps,
    );
  }

  private add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  private endOfAll(): number {
    return this.ends[this.ends.length - 1] ?? 0;
  }
}

/**
 * At `i` in text as typed inside a literal: how many characters one element takes and how many
 * UTF-16 code units it stands for (0 for a line continuation, 2 for `\u{...}` above U+FFFF).
 */
function typedLength(raw: string, i: number): [typed: number, units: number] {
  const c = raw[i];
  if (c === '\r') return [raw[i + 1] === '\n' ? 2 : 1, 1];
  if (c !== '\\') return [1, 1];
  const next = raw[i + 1];
  if (next === '\r') return [raw[i + 2] === '\n' ? 3 : 2, 0];
  if (next === '\n' || next === '\u2028' || next === '\u2029') return [2, 0];
  if (next === 'x') return [4, 1];
  if (next === 'u') {
    if (raw[i + 2] !== '{') return [6, 1];
    const close = raw.indexOf('}', i + 3);
    const code = Number.parseInt(raw.slice(i + 3, close), 16);
    return [close - i + 1, code > 0xffff ? 2 : 1];
  }
  const codePoint = raw.codePointAt(i + 1) ?? 0;
  return [codePoint > 0xffff ? 3 : 2, codePoint > 0xffff ? 2 : 1];
}
