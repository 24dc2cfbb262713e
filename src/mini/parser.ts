/**
 * The mini-notation grammar: a hand-written recursive-descent parser from a string to the
 * syntax tree of `ast.ts`.
 *
 * ```
 * layers   = sequence (("," | "|") sequence)*        -- one kind of separator per group
 * sequence = ["^"] step* with "." between feet       -- feet cannot be mixed with "," or "|"
 * step     = slice op*                               -- whitespace may come before an op
 * op       = "*" slice | "/" slice | ":" slice | ".." slice   -- ".." with no slice after is a word
 *          | "(" step "," step ["," [step]] ")"      -- euclid: pulses, steps, rotation
 *          | "?" [number] | ("@" | "_") [number] | "!" [number]   -- "!" also resets the weight
 * slice    = word | "~" | "-" | "[" layers "]" | "<" layers ">" | "{" layers "}" ["%" slice]
 * ```
 * Inside `<>` and `{}`, only `,` may separate layers, and there are no feet. A word is letters,
 * digits and `. - _ # ^ ~` (not starting with `_`); it is a number when JavaScript's `Number`
 * reads it as one (`1e3`, `0x10`, `.5`), as in Strudel. The number after `?`, `@`, `_` and `!`
 * is `-`? digits, an optional fraction and an optional exponent (`c@1e1` weighs 10).
 *
 * Brackets (and Euclidean arguments) nest at most {@link MAX_MINI_DEPTH} deep, and replication
 * and weights are capped (see pattern/limits.ts): beyond them the parser throws a located error.
 */
import type { MiniAtom, MiniLayers, MiniOp, MiniSequence, MiniSlice, MiniStep } from './ast.ts';
import { ArgumentError, countArg, MAX_SLOWDOWN, readableCount } from '../pattern/limits.ts';

/**
 * How deep brackets may nest. Each level is a few calls deeper when the string is parsed and
 * when the pattern is queried: far deeper than music needs, far from the engine's stack limit.
 */
export const MAX_MINI_DEPTH = 100;

// `a!n` copies a step n times within its cycle: as many events as a factor.
const REPLICATE = countArg('!', { noun: 'copies of a step' });
const WEIGHT_MAX = MAX_SLOWDOWN;

/** A syntax error in mini-notation, with the absolute offset where it was found. */
export class MiniParseError extends Error {
  /** Where the error is, as an offset into the performer's code. */
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.name = 'MiniParseError';
    this.offset = offset;
  }
}

/**
 * Parses mini-notation into its syntax tree. `offset` is the position of the string's first
 * character in the performer's code; every offset in the tree, and in errors, includes it.
 * Throws a {@link MiniParseError} on a syntax error.
 */
export function parseMini(code: string, offset = 0): MiniLayers {
  return new Parser(code, offset).parseTop();
}

const WORD_PUNCTUATION = '.-_#^~';
const LETTER = /\p{L}/u;

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  return (c >= '0' && c <= '9') || WORD_PUNCTUATION.includes(c) || LETTER.test(c);
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/**
 * Checks a step's weight, set by `@`, `_` or `!` at `at`: weights become exact times, so one too
 * large or too small (which would weigh nothing at all) is refused.
 */
function checkWeight(weight: number, at: number): void {
  if (!(Math.abs(weight) <= WEIGHT_MAX)) {
    throw new MiniParseError(`mini-notation: a weight of ${readableCount(weight)} is too large; weft takes weights up to ${readableCount(WEIGHT_MAX)}`, at);
  }
  if (weight !== 0 && Math.abs(weight) < 1 / WEIGHT_MAX) {
    throw new MiniParseError(`mini-notation: a weight of ${readableCount(weight)} is too small; weft takes weights from ${readableCount(1 / WEIGHT_MAX)}`, at);
  }
}

/** `any` for the whole string and `[]`; `stack` for `<>` and `{}` (no `|`, no feet). */
type LayerMode = 'any' | 'stack';

class Parser {
  private pos = 0;
  // Mini-notation's random operators (`?` and each `|` group) are numbered in source order.
  private randomOps = 0;

  constructor(
    private readonly src: string,
    private readonly offset: number,
  ) {}

  parseTop(): MiniLayers {
    const body = this.parseLayers(undefined, 'any');
    this.skipSpace();
    if (this.pos < this.src.length) this.fail('end of input');
    return body;
  }

  // --- helpers ---

  // Offsets count UTF-16 code units, as JavaScript strings and editors do.
  private peek(ahead = 0): string | undefined {
    return this.src[this.pos + ahead];
  }

  private at(): number {
    return this.offset + this.pos;
  }

  private skipSpace(): void {
    while (isSpace(this.peek())) this.pos++;
  }

  // Brackets open around the current position, for the nesting limit.
  private depth = 0;

  private describe(): string {
    const c = this.peek();
    if (c === undefined) return 'end of input';
    return `'${c === '\n' ? '\\n' : c}'`;
  }

  private fail(expected: string): never {
    throw new MiniParseError(`mini-notation: expected ${expected}, found ${this.describe()}`, this.at());
  }

  private expect(c: string): void {
    if (this.peek() !== c) this.fail(`'${c}'`);
    this.pos++;
  }

  private nextSeed(): number {
    return this.randomOps++;
  }

  // --- layers and sequences ---

  private parseLayers(closer: string | undefined, mode: LayerMode): MiniLayers {
    const feet = mode === 'any';
    const layers = [this.parseSequence(closer, feet)];
    let separator: string | undefined;
    let separatorAt = 0;
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c !== ',' && c !== '|') break;
      if (c === '|' && mode === 'stack') this.fail(closer === undefined ? 'a step' : `',' or '${closer}'`);
      if (separator !== undefined && c !== separator) this.fail(`'${separator}' (',' and '|' cannot be mixed)`);
      if (separator === undefined) separatorAt = this.pos;
      separator = c;
      this.pos++;
      layers.push(this.parseSequence(closer, feet));
    }
    if (separator === undefined) return layers[0] as MiniSequence;
    if (layers.some((l) => l.feet)) {
      this.pos = separatorAt;
      this.fail(`a step ('.' cannot be mixed with '${separator}')`);
    }
    // A `|` group takes its random seed after its layers have taken theirs.
    return separator === ',' ? { kind: 'stack', layers } : { kind: 'choice', layers, seed: this.nextSeed() };
  }

  private parseSequence(closer: string | undefined, feetAllowed: boolean): MiniSequence {
    this.skipSpace();
    const start = this.at();
    let marked = false;
    if (this.peek() === '^') {
      marked = true;
      this.pos++;
    }
    const feet: MiniStep[][] = [];
    let steps: MiniStep[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === undefined || c === closer || c === ',' || c === '|') break;
      if (c === '.' && !isWordChar(this.peek(1))) {
        if (steps.length === 0 || !feetAllowed) this.fail('a step');
        feet.push(steps);
        steps = [];
        this.pos++;
        continue;
      }
      steps.push(this.parseStep());
    }
    if (steps.length === 0) this.fail('a step');
    const end = this.at();
    if (feet.length === 0) return { kind: 'sequence', steps, marked, feet: false, start, end };
    feet.push(steps);
    // Strudel's random operators after a feet sequence find one more taken before them.
    this.nextSeed();
    const groups = feet.map((group): MiniStep => {
      const first = group[0] as MiniStep;
      const last = group[group.length - 1] as MiniStep;
      const body: MiniSequence = { kind: 'sequence', steps: group, marked: false, feet: false, start: first.start, end: last.end };
      const slice: MiniSlice = { kind: 'bracket', body, start: body.start, end: body.end };
      return { slice, ops: [], weight: 1, start: body.start, end: body.end };
    });
    return { kind: 'sequence', steps: groups, marked, feet: true, start, end };
  }

  // --- steps and operators ---

  private parseStep(): MiniStep {
    const start = this.at();
    const slice = this.parseSlice();
    let ops: MiniOp[] = [];
    let reps = 1;
    let weight = 1;
    // The first `@n` or `!n` sets the number itself (so that `c@0.1` weighs exactly 0.1, as in
    // Strudel); each further one adds `n - 1`.
    let weighted = false;
    let replicated = false;
    for (;;) {
      const save = this.pos;
      this.skipSpace();
      const c = this.peek();
      if (c === '*' || c === '/' || c === ':') {
        this.pos++;
        this.skipSpace();
        const arg = this.parseSlice();
        ops.push({ kind: c === '*' ? 'fast' : c === '/' ? 'slow' : 'tail', arg });
      } else if (c === '.' && this.peek(1) === '.' && this.peek(2) !== '.' && this.sliceFollows(2)) {
        this.pos += 2;
        this.skipSpace();
        ops.push({ kind: 'range', arg: this.parseSlice() });
      } else if (c === '(') {
        ops.push(this.parseEuclid());
      } else if (c === '?') {
        this.pos++;
        const amount = this.parseNumber() ?? 0.5;
        ops.push({ kind: 'degrade', amount, seed: this.nextSeed() });
      } else if (c === '@' || c === '_') {
        this.pos++;
        const at = this.at();
        const n = this.parseNumber() ?? 2;
        weight = weighted ? weight + n - 1 : n;
        weighted = true;
        checkWeight(weight, at);
      } else if (c === '!') {
        const at = this.at();
        this.pos++;
        const n = this.parseNumber() ?? 2;
        reps = replicated ? reps + n - 1 : n;
        replicated = true;
        this.check(() => REPLICATE(reps), at);
        weight = reps;
        checkWeight(weight, at);
        weighted = true;
        ops = ops.filter((op) => op.kind !== 'replicate');
        ops.push({ kind: 'replicate', times: reps });
      } else {
        this.pos = save;
        break;
      }
    }
    if (weight < 0) {
      // Strudel fails on these too (its weights add up to nothing).
      throw new MiniParseError(`mini-notation: expected a positive weight, found ${weight}`, start);
    }
    return { slice, ops, weight, start, end: this.at() };
  }

  private parseEuclid(): MiniOp {
    this.enter();
    this.expect('(');
    this.skipSpace();
    const pulses = this.parseStep();
    this.skipSpace();
    this.expect(',');
    this.skipSpace();
    const steps = this.parseStep();
    this.skipSpace();
    let rotation: MiniStep | undefined;
    if (this.peek() === ',') {
      this.pos++;
      this.skipSpace();
      // Strudel accepts an empty rotation after the second comma.
      if (this.peek() !== ')') {
        rotation = this.parseStep();
        this.skipSpace();
      }
    }
    this.expect(')');
    this.depth--;
    return { kind: 'euclid', pulses, steps, rotation };
  }

  /** Runs a check of a value; its argument error becomes a syntax error at `at`. */
  private check(f: () => unknown, at: number): void {
    try {
      f();
    } catch (error) {
      if (error instanceof ArgumentError) throw new MiniParseError(`mini-notation: ${error.message}`, at);
      throw error;
    }
  }

  /**
   * An optional number right after an operator: `-`? digits (`.` digits)? with an optional
   * exponent (`1e3`, `2.5e-3`, `1E+2`), as Strudel reads it.
   */
  private parseNumber(): number | undefined {
    const m = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos, this.pos + 400));
    if (m === null) return undefined;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  // --- slices ---

  /** True when a slice starts after `ahead` characters and any whitespace (`..` with no range end is a word). */
  private sliceFollows(ahead: number): boolean {
    let i = this.pos + ahead;
    while (isSpace(this.src[i])) i++;
    const c = this.src[i];
    return c === '[' || c === '<' || c === '{' || (c !== '_' && isWordChar(c));
  }

  private parseSlice(): MiniSlice {
    const start = this.at();
    const c = this.peek();
    if (c === '[' || c === '<') {
      this.enter();
      this.pos++;
      const closer = c === '[' ? ']' : '>';
      const body = this.parseLayers(closer, c === '[' ? 'any' : 'stack');
      this.expect(closer);
      this.depth--;
      return { kind: c === '[' ? 'bracket' : 'alternation', body, start, end: this.at() };
    }
    if (c === '{') {
      this.enter();
      this.pos++;
      const body = this.parseLayers('}', 'stack');
      this.expect('}');
      this.depth--;
      const layers = body.kind === 'sequence' ? [body] : body.layers;
      let steps: MiniSlice | undefined;
      if (this.peek() === '%') {
        this.pos++;
        this.skipSpace();
        steps = this.parseSlice();
      }
      return { kind: 'polymeter', layers, steps, start, end: this.at() };
    }
    if (c !== '_' && isWordChar(c)) return this.parseWord();
    return this.fail('a step');
  }

  /** Opens a bracket, unless that nests brackets deeper than {@link MAX_MINI_DEPTH}. */
  private enter(): void {
    if (this.depth >= MAX_MINI_DEPTH) {
      throw new MiniParseError(`mini-notation: brackets nest more than ${MAX_MINI_DEPTH} deep; weft reads up to ${MAX_MINI_DEPTH} levels`, this.at());
    }
    this.depth++;
  }

  private parseWord(): MiniSlice {
    const start = this.at();
    const begin = this.pos;
    while (isWordChar(this.peek())) this.pos++;
    const text = this.src.slice(begin, this.pos);
    const end = this.at();
    if (text === '~' || text === '-') return { kind: 'rest', start, end };
    const n = Number(text);
    const atom: MiniAtom = { kind: 'atom', value: Number.isNaN(n) ? text : n, start, end };
    return atom;
  }
}
