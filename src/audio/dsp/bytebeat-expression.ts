/**
 * Bytebeat expressions, compiled without `eval`: a small parser for the JavaScript expressions
 * bytebeats are written in (numbers, `t`, arithmetic, bitwise, comparison, logical and ternary
 * operators, parentheses and a few `Math` functions), turned into a compact bytecode that
 * {@link runByteBeat} evaluates with JavaScript's own number semantics and no allocation. The
 * performer's code never runs as code: anything else is a {@link ByteBeatSyntaxError}.
 */

// Opcodes. Operands follow their opcode in the code array.
const CONST = 0, T = 1, NEG = 2, PLUS = 3, NOT = 4, BITNOT = 5;
const ADD = 6, SUB = 7, MUL = 8, DIV = 9, MOD = 10, POW = 11;
const SHL = 12, SHR = 13, USHR = 14, AND = 15, OR = 16, XOR = 17;
const LT = 18, GT = 19, LE = 20, GE = 21, EQ = 22, NE = 23, LAND = 24, LOR = 25;
const JZ = 26, JMP = 27, CALL1 = 28, CALL2 = 29;

const FUNCTIONS1: readonly ((x: number) => number)[] = [
  Math.sin, Math.cos, Math.tan, Math.asin, Math.acos, Math.atan, Math.floor, Math.ceil, Math.round, Math.abs,
  Math.sqrt, Math.cbrt, Math.log, Math.log2, Math.log10, Math.exp, Math.sign, Math.trunc, Math.floor,
];
const NAMES1 = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'floor', 'ceil', 'round', 'abs', 'sqrt', 'cbrt', 'log', 'log2', 'log10', 'exp', 'sign', 'trunc', 'int'];
const FUNCTIONS2: readonly ((x: number, y: number) => number)[] = [Math.pow, Math.min, Math.max, Math.atan2];
const NAMES2 = ['pow', 'min', 'max', 'atan2'];
const CONSTANTS: Readonly<Record<string, number>> = { PI: Math.PI, E: Math.E };

/** The binary operators by precedence level (lowest first), as JavaScript ranks them. */
const LEVELS: readonly (Readonly<Record<string, number>>)[] = [
  { '||': LOR }, { '&&': LAND }, { '|': OR }, { '^': XOR }, { '&': AND },
  { '==': EQ, '!=': NE, '===': EQ, '!==': NE }, { '<': LT, '>': GT, '<=': LE, '>=': GE },
  { '<<': SHL, '>>': SHR, '>>>': USHR }, { '+': ADD, '-': SUB }, { '*': MUL, '/': DIV, '%': MOD },
];

const MAX_LENGTH = 4096;
const MAX_NESTING = 200;

/** A bytebeat expression that is not one this parser accepts; the message says where and why. */
export class ByteBeatSyntaxError extends Error {}

/** A compiled expression: its bytecode and a stack deep enough to run it. */
export interface ByteBeatProgram {
  readonly source: string;
  readonly code: Float64Array;
  readonly stack: Float64Array;
}

type Token = { kind: 'number'; value: number; at: number } | { kind: 'name' | 'op'; text: string; at: number };

/** The tokens of `source`, in one pass. */
function tokenize(source: string): Token[] {
  // Sticky expressions of this call's own (their lastIndex is state).
  const space = /\s*/y;
  const token = /(0[xX][0-9a-fA-F]+|0[bB][01]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(Math\.[A-Za-z_]\w*|[A-Za-z_$][\w$]*)|(>>>|===|!==|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^~!<>?:(),])/y;
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    space.lastIndex = at;
    space.exec(source);
    at = space.lastIndex;
    if (at >= source.length) return tokens;
    token.lastIndex = at;
    const m = token.exec(source);
    if (m === null) throw new ByteBeatSyntaxError(`unexpected "${source.charAt(at)}" at ${at}`);
    if (m[1] !== undefined) tokens.push({ kind: 'number', value: Number(m[1]), at });
    else if (m[2] !== undefined) tokens.push({ kind: 'name', text: m[2], at });
    else tokens.push({ kind: 'op', text: m[3]!, at });
    at = token.lastIndex;
  }
}

/** Recursive-descent parser that emits bytecode as it goes, tracking the stack depth. */
class Compiler {
  private pos = 0;
  private readonly code: number[] = [];
  private depth = 0;
  private maxDepth = 0;
  private nesting = 0;

  constructor(private readonly tokens: Token[]) {}

  compile(): { code: number[]; maxDepth: number } {
    this.expression();
    const extra = this.tokens[this.pos];
    if (extra !== undefined) throw new ByteBeatSyntaxError(`unexpected ${describe(extra)} at ${extra.at}`);
    return { code: this.code, maxDepth: this.maxDepth };
  }

  private push(n: number): void {
    this.depth += n;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  private isOp(text: string): boolean {
    const token = this.tokens[this.pos];
    return token !== undefined && token.kind === 'op' && token.text === text;
  }

  private expect(text: string): void {
    if (this.isOp(text)) {
      this.pos++;
      return;
    }
    const token = this.tokens[this.pos];
    throw new ByteBeatSyntaxError(token === undefined ? `expected "${text}" at the end` : `expected "${text}" at ${token.at}, got ${describe(token)}`);
  }

  /** A conditional expression: `a ? b : c` (right-associative), or a binary one. */
  private expression(): void {
    if (++this.nesting > MAX_NESTING) throw new ByteBeatSyntaxError('expression nested too deeply');
    this.binary(0);
    if (this.isOp('?')) {
      this.pos++;
      const jz = this.emitJump(JZ);
      const depth = this.depth;
      this.expression();
      this.expect(':');
      const jmp = this.emitJump(JMP);
      this.code[jz] = this.code.length;
      this.depth = depth;
      this.expression();
      this.code[jmp] = this.code.length;
    }
    this.nesting--;
  }

  private emitJump(op: number): number {
    this.code.push(op, -1);
    if (op === JZ) this.push(-1);
    return this.code.length - 1;
  }

  private binary(level: number): void {
    const ops = LEVELS[level];
    if (ops === undefined) {
      this.power();
      return;
    }
    this.binary(level + 1);
    for (let token = this.tokens[this.pos]; token?.kind === 'op' && Object.hasOwn(ops, token.text); token = this.tokens[this.pos]) {
      this.pos++;
      this.binary(level + 1);
      this.code.push(ops[token.text]!);
      this.push(-1);
    }
  }

  /** `a ** b` (right-associative; as in JavaScript, a unary operator right before it is an error). */
  private power(): void {
    const unary = this.unary();
    if (this.isOp('**')) {
      if (unary) throw new ByteBeatSyntaxError(`a unary operator before "**" at ${this.tokens[this.pos]!.at}: use parentheses`);
      this.pos++;
      this.power();
      this.code.push(POW);
      this.push(-1);
    }
  }

  /** A unary expression; true when it began with a unary operator. */
  private unary(): boolean {
    const token = this.tokens[this.pos];
    const op = token?.kind === 'op' ? { '-': NEG, '+': PLUS, '!': NOT, '~': BITNOT }[token.text] : undefined;
    if (op === undefined) {
      this.primary();
      return false;
    }
    this.pos++;
    if (++this.nesting > MAX_NESTING) throw new ByteBeatSyntaxError('expression nested too deeply');
    this.unary();
    this.nesting--;
    this.code.push(op);
    return true;
  }

  private primary(): void {
    const token = this.tokens[this.pos++];
    if (token === undefined) throw new ByteBeatSyntaxError('unexpected end of the expression');
    if (token.kind === 'number') {
      this.code.push(CONST, token.value);
      this.push(1);
    } else if (token.kind === 'op' && token.text === '(') {
      this.expression();
      this.expect(')');
    } else if (token.kind === 'name') {
      this.name(token.text.replace(/^Math\./, ''), token.at);
    } else {
      throw new ByteBeatSyntaxError(`unexpected ${describe(token)} at ${token.at}`);
    }
  }

  private name(name: string, at: number): void {
    if (name === 't') {
      this.code.push(T);
      this.push(1);
      return;
    }
    if (Object.hasOwn(CONSTANTS, name)) {
      this.code.push(CONST, CONSTANTS[name]!);
      this.push(1);
      return;
    }
    const one = NAMES1.indexOf(name), two = NAMES2.indexOf(name);
    if (one < 0 && two < 0) throw new ByteBeatSyntaxError(`unknown name "${name}" at ${at} (only t, PI, E and ${[...NAMES1, ...NAMES2].join(', ')})`);
    this.expect('(');
    this.expression();
    if (two >= 0) {
      this.expect(',');
      this.expression();
      this.code.push(CALL2, two);
      this.push(-1);
    } else {
      this.code.push(CALL1, one);
    }
    this.expect(')');
  }
}

function describe(token: Token): string {
  return token.kind === 'number' ? `number ${token.value}` : `"${token.text}"`;
}

/**
 * Compiles a bytebeat expression in `t` (off the audio thread, or once per distinct expression).
 * Throws {@link ByteBeatSyntaxError} for anything but the accepted subset of JavaScript.
 *
 * @example compileByteBeat('t*(t>>5|t>>8)')
 */
export function compileByteBeat(source: string): ByteBeatProgram {
  if (source.length > MAX_LENGTH) throw new ByteBeatSyntaxError(`longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new ByteBeatSyntaxError('empty expression');
  const { code, maxDepth } = new Compiler(tokens).compile();
  return { source, code: Float64Array.from(code), stack: new Float64Array(Math.max(1, maxDepth)) };
}

/** The value of `program` at `t`, as JavaScript would compute the expression. Allocates nothing. */
export function runByteBeat(program: ByteBeatProgram, t: number): number {
  const code = program.code, stack = program.stack, n = code.length;
  let sp = -1;
  for (let pc = 0; pc < n; ) {
    const op = code[pc++]!;
    if (op === CONST) stack[++sp] = code[pc++]!;
    else if (op === T) stack[++sp] = t;
    else if (op === JZ) {
      const target = code[pc++]!;
      if (!stack[sp--]) pc = target;
    } else if (op === JMP) pc = code[pc]!;
    else if (op <= BITNOT) {
      const a = stack[sp]!;
      stack[sp] = op === NEG ? -a : op === PLUS ? a : op === NOT ? (a ? 0 : 1) : ~a;
    } else if (op === CALL1) stack[sp] = FUNCTIONS1[code[pc++]!]!(stack[sp]!);
    else if (op === CALL2) {
      const b = stack[sp--]!;
      stack[sp] = FUNCTIONS2[code[pc++]!]!(stack[sp]!, b);
    } else {
      const b = stack[sp--]!, a = stack[sp]!;
      stack[sp] = binary(op, a, b);
    }
  }
  return stack[0]!;
}

function binary(op: number, a: number, b: number): number {
  switch (op) {
    case ADD: return a + b;
    case SUB: return a - b;
    case MUL: return a * b;
    case DIV: return a / b;
    case MOD: return a % b;
    case POW: return a ** b;
    case SHL: return a << b;
    case SHR: return a >> b;
    case USHR: return a >>> b;
    case AND: return a & b;
    case OR: return a | b;
    case XOR: return a ^ b;
    case LT: return a < b ? 1 : 0;
    case GT: return a > b ? 1 : 0;
    case LE: return a <= b ? 1 : 0;
    case GE: return a >= b ? 1 : 0;
    case EQ: return a === b ? 1 : 0;
    case NE: return a !== b ? 1 : 0;
    case LAND: return a ? b : a;
    default: return a ? a : b; // LOR
  }
}
