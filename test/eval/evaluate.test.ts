import { describe, expect, it } from 'vitest';
import { patternEvents } from '../../src/cli/events.ts';
import { DEFAULT_CPS, evaluate, EvalError } from '../../src/eval/index.ts';
import { errorOf } from './helpers.ts';
import { strudelRun, compareEvents, type OracleEvent } from '../oracle/strudel.ts';

const CYCLES = 8;

/** Evaluates `code` in weft and in Strudel and expects the same events and cps. */
async function sameAsStrudel(code: string): Promise<void> {
  const ours = evaluate(code);
  const theirs = await strudelRun(code, CYCLES);
  const events = patternEvents(ours.pattern, 0, CYCLES) as OracleEvent[];
  expect(compareEvents(events, theirs.events)).toBeNull();
  expect(ours.cps).toBe(theirs.cps);
}


describe('evaluate', () => {
  it('returns the value of the last expression when it is a pattern', async () => {
    await sameAsStrudel('const a = sequence(1, [2, 3])\na.fast(2)');
  });

  it('gives silence when the last statement is not a pattern', () => {
    expect(evaluate('const p = pure(1)').pattern.queryArc(0, 4)).toEqual([]);
    expect(evaluate('pure(1)\n42').pattern.queryArc(0, 4)).toEqual([]);
  });

  it('stacks $: blocks, and plays them instead of the last expression', async () => {
    await sameAsStrudel('$: sequence(1, 2)\n$: pure(3).slow(2)');
    await sameAsStrudel('$: sequence(1, 2)\npure(7)');
    await sameAsStrudel('pure(7)\n$: sequence(1, 2)');
  });

  it('stacks named blocks ($name: and plain labels) too', async () => {
    await sameAsStrudel('$drums: sequence(1, 2)\nbass: pure(3)\n$drums: pure(4)');
  });

  it('mutes blocks whose label starts with _', async () => {
    await sameAsStrudel('$: sequence(1, 2)\n_$: pure(3)\n_$bass: pure(4)');
    await sameAsStrudel('_$: pure(3)');
    // With no block playing, the last expression plays.
    await sameAsStrudel('_$: pure(3)\npure(5)');
  });

  it('lists every block with its label, muting and place in the code', () => {
    const code = '$: pure(1)\n  _$bass: sequence(2, 3);\nlead: pure(4)';
    const { blocks } = evaluate(code);
    expect(blocks.map(({ label, muted, from, to }) => ({ label, muted, code: code.slice(from, to) }))).toEqual([
      { label: '$', muted: false, code: '$: pure(1)' },
      { label: '_$bass', muted: true, code: '_$bass: sequence(2, 3)' },
      { label: 'lead', muted: false, code: 'lead: pure(4)' },
    ]);
    expect(blocks.every((b) => b.pattern.queryArc(0, 1).length > 0)).toBe(true);
  });

  it('counts blocks inside other statements when they run', () => {
    expect(evaluate('for (let i = 0; i < 3; i++) { $: pure(i) }').pattern.queryArc(0, 1).map((h) => h.value)).toEqual([0, 1, 2]);
  });

  it('refuses a block whose value is not a pattern, at the block', () => {
    const error = errorOf('pure(1)\n$: 42');
    expect(error.message).toMatch(/"\$:" block needs a pattern/);
    expect([error.line, error.column]).toEqual([2, 1]);
  });

  it('honours setcps and setcpm (cycles per minute / 60), the last call winning', async () => {
    await sameAsStrudel('setcps(0.7)\npure(1)');
    await sameAsStrudel('setcpm(120)\npure(1)');
    await sameAsStrudel('setcps(1)\nsetcpm(30)\n$: pure(1)');
    await sameAsStrudel('pure(1)');
    expect(evaluate('pure(1)').cps).toBe(DEFAULT_CPS);
  });

  it('takes the default cps from the options', () => {
    expect(evaluate('pure(1)', { cps: 1.25 }).cps).toBe(1.25);
    expect(evaluate('setcpm(60)', { cps: 1.25 }).cps).toBe(1);
  });

  it('refuses a cps that is not a number', () => {
    expect(errorOf("setcps('fast')").message).toMatch(/setcps needs a number/);
  });

  it('refuses a tempo outside the range weft plays, at the call', () => {
    const error = errorOf('pure(1)\nsetcps(1e-9)');
    expect(error.message).toBe('setcps(1e-9): weft plays between 0.001 and 100 cycles per second');
    expect([error.line, error.column]).toEqual([2, 1]);
    expect(errorOf('setcps(1000)').message).toMatch(/between 0.001 and 100 cycles per second/);
    expect(errorOf('setcps(0)').message).toMatch(/between/);
    expect(errorOf('setcps(-1)').message).toMatch(/between/);
    expect(errorOf('setcpm(0.01)').message).toBe('setcpm(0.01): weft plays between 0.06 and 6000 cycles per minute');
    expect(evaluate('setcps(0.001)').cps).toBe(0.001);
    expect(evaluate('setcpm(6000)').cps).toBe(100);
  });

  it('adds names from the options, which win over DSL names', () => {
    const { pattern } = evaluate('fast(sequence(extra, 2))', { scope: { extra: 1, fast: (p: unknown) => p } });
    expect(pattern.queryArc(0, 1).map((h) => h.value)).toEqual([1, 2]);
  });
});

describe('evaluate: TypeScript', () => {
  it('strips type annotations, generics, interfaces and casts', async () => {
    const code = [
      'interface Part { notes: number[] }',
      'type N = number',
      'const part: Part = { notes: [1, 2, 3] }',
      'function up<T extends N>(x: T): N { return x + 12 }',
      'const p = sequence(...part.notes.map((n: N) => up<N>(n))) as Pattern<number>',
      'p!.fast(2 satisfies number)',
    ].join('\n');
    const events = patternEvents(evaluate(code).pattern, 0, 1);
    expect(events.map((e) => e.value)).toEqual([13, 14, 15, 13, 14, 15]);
  });

  it('supports enums', () => {
    expect(evaluate('enum Step { A = 1, B }\npure(Step.B)').pattern.queryArc(0, 1)[0]?.value).toBe(2);
  });

  it('reports runtime errors at the original position after stripped annotations', () => {
    const code = 'const n: number = 1; const m: Record<string, number> = {}\nconst k: number = (m as any).a.b';
    const error = errorOf(code);
    expect(error.line).toBe(2);
    expect(code.slice(error.from, error.to)).toBe('b');
    expect(error.column).toBe(code.split('\n')[1]!.indexOf('.b') + 2);
  });
});

describe('evaluate: errors', () => {
  it('reports a syntax error with its line, column and range', () => {
    const error = errorOf('pure(1)\nsequence(1, 2');
    expect(error).toBeInstanceOf(EvalError);
    expect([error.line, error.column, error.from]).toEqual([2, 14, 21]);
    expect(error.format()).toMatch(/^2:14: /);
  });

  it('reports a syntax error in the middle of a line at the offending token', () => {
    const code = 'const x = 1\nsequence(1 2)\npure(3)';
    const error = errorOf(code);
    expect([error.line, error.column]).toEqual([2, 12]);
    expect(code.slice(error.from, error.to)).toBe('2');
  });

  it('reports syntax errors that only the type-stripping parser sees, mapped to the original', () => {
    const code = '$: sequence(1,\n   "a",, 2)';
    const error = errorOf(code);
    expect([error.line, error.column]).toEqual([2, 8]);
  });

  it('reports a name declared twice (which the engine would reject without a place)', () => {
    const code = 'const a = pure(1)\nconst b = 2\nconst a = pure(3)';
    const error = errorOf(code);
    expect([error.line, error.column, code.slice(error.from, error.to)]).toEqual([3, 7, 'a']);
    expect(error.message).toMatch(/'a' is already declared/);
  });

  it('allows declaring names that the DSL already has', () => {
    expect(evaluate('const fast = 3\nlet pure = sequence(1, 2)\npure.slow(fast)').pattern.queryArc(0, 3)).toHaveLength(2);
  });

  it('refuses imports and top-level await', () => {
    expect(errorOf("import { x } from 'y'\npure(1)").message).toMatch(/imports and exports are not available/);
    expect(errorOf('await 1\npure(1)').message).toMatch(/top-level await/);
  });

  it('accepts `await samples(...)` at the top level, as Strudel code writes it (samples() needs no waiting)', () => {
    const { samples, pattern } = evaluate("await samples({ kick: 'kick.wav' }, 'https://example.org/')\n$: s(\"kick\")");
    expect(samples.map((d) => ('name' in d ? d.name : d.url))).toEqual(['kick']);
    expect(pattern.queryArc(0, 1)).toHaveLength(1);
    const other = errorOf('const x = 1\nconst y = await fetch(x)');
    expect([other.line, other.column, other.message]).toEqual([2, 11, 'weft runs code at once, without waiting: top-level await is only accepted before samples(...) and midin(...)']);
  });

  it('reports a runtime error with the line and column of the failing expression', () => {
    const code = 'const a = pure(1)\n\n  const b = undefinedThing(2)';
    const error = errorOf(code);
    expect([error.line, error.column, code.slice(error.from, error.to)]).toEqual([3, 13, 'undefinedThing']);
    expect(error.message).toMatch(/undefinedThing is not defined/);
    expect(error.cause).toBeInstanceOf(ReferenceError);
  });

  it('locates an error thrown deep inside the DSL at the performer call that led to it', () => {
    const code = 'const a = pure(1)\na.fast(undefined)';
    const error = errorOf(code);
    expect(error.line).toBe(2);
  });

  it('runs in strict mode: assigning an undeclared name is an error', () => {
    expect(errorOf('x = 3').message).toMatch(/x is not defined/);
  });

  it('hides Node globals from performer code', () => {
    expect(evaluate('pure(typeof process + typeof require + typeof globalThis)').pattern.queryArc(0, 1)[0]?.value).toBe(
      'undefinedundefinedundefined',
    );
  });

  it('locates errors thrown later, while the pattern is queried', () => {
    const code = 'pure(1)\n  .fmap((x) => x.a.b)';
    const evaluation = evaluate(code);
    let thrown: unknown;
    try {
      evaluation.pattern.queryArc(0, 1);
    } catch (error) {
      thrown = error;
    }
    const located = evaluation.locate(thrown);
    expect([located?.line, code.slice(located?.from, located?.to)]).toEqual([2, 'b']);
    expect(evaluation.locate(new Error('elsewhere'))).toBeUndefined();
  });
});

describe('visuals and outputs', () => {
  it('draws nothing into the events: a visual gives its pattern back, and says where it is', () => {
    const plain = evaluate('note("c e")').pattern.queryArc(0, 1);
    const code = 'note("c e")._pianoroll({ fold: 1, labels: true, draw: () => 1 })';
    const evaluation = evaluate(code);
    const drawn = evaluation.pattern.queryArc(0, 1);
    expect(drawn.map((h) => [h.whole?.toString(), h.value])).toEqual(plain.map((h) => [h.whole?.toString(), h.value]));
    expect(evaluation.visuals).toEqual([{ kind: 'pianoroll', inline: true, options: { fold: 1, labels: true }, at: { start: 12, end: code.length } }]);
    // Every hap carries the call's place, after its own characters.
    expect(drawn.map((h) => h.context.locations.at(-1))).toEqual([{ start: 12, end: code.length }, { start: 12, end: code.length }]);
    expect(code.slice(drawn[0]!.context.locations[0]!.start, drawn[0]!.context.locations[0]!.end)).toBe('c');
  });
  it('tells the plain forms from the inline ones, through functions and transformations', () => {
    const code = 'const f = (x) => x.scope()\n$: f(s("bd"))\n$: n("0 1").fast(2)._punchcard().rev()';
    const evaluation = evaluate(code);
    expect(evaluation.visuals.map(({ kind, inline }) => [kind, inline])).toEqual([['scope', false], ['punchcard', true]]);
    const punchcard = evaluation.visuals[1]!.at;
    expect(code.slice(punchcard.start, punchcard.end)).toBe('_punchcard()');
    const haps = evaluation.blocks[1]!.pattern.queryArc(0, 1);
    expect(haps.every((h) => h.context.locations.some((l) => l.start === punchcard.start))).toBe(true);
  });
  it('accepts the calls weft does not connect with one warning at each call, and plays on', () => {
    const code = 'note("c e").csound()\n  .draw()';
    const evaluation = evaluate(code);
    expect(evaluation.pattern.queryArc(0, 1)).toHaveLength(2);
    expect(evaluation.warnings.map((w) => [code.slice(w.at.start, w.at.end), w.message])).toEqual([
      ['csound()', expect.stringMatching(/^Csound is not available in weft/)],
      ['draw()', expect.stringMatching(/^weft does not run drawing code/)],
    ]);
    expect(() => evaluate('note("c").midi(undefinedName)')).toThrow(/undefinedName/);
  });
  it('sends the events of .midi() and .osc() to their output, each carrying the place of its call, with no warning', () => {
    const code = '$: note("c e").midi("IAC Bus 1")\n$: s("bd").osc()';
    const evaluation = evaluate(code);
    expect(evaluation.warnings).toEqual([]);
    const [midi, osc] = evaluation.blocks.map((b) => b.pattern.queryArc(0, 1));
    expect(midi!.map((h) => h.value)).toEqual([
      { note: 'c', midiport: 'IAC Bus 1', output: 'midi' },
      { note: 'e', midiport: 'IAC Bus 1', output: 'midi' },
    ]);
    const call = code.indexOf('midi(');
    expect(midi!.every((h) => h.context.locations.some((l) => l.start === call && code.slice(l.start, l.end) === 'midi("IAC Bus 1")'))).toBe(true);
    expect(osc!.map((h) => h.value)).toEqual([{ s: 'bd', output: 'osc' }]);
    // A port set on the events wins over the call's.
    expect(evaluate('note("c").midiport("B").midi("A")').pattern.queryArc(0, 1)[0]!.value).toMatchObject({ midiport: 'B' });
    // Strudel's options: those weft reads set controls, the others are said at the call.
    const options = 'note("c").midi("A", { midichannel: 2, isController: true })';
    const withOptions = evaluate(options);
    expect(withOptions.pattern.queryArc(0, 1)[0]!.value).toEqual({ note: 'c', midiport: 'A', midichan: 2, output: 'midi' });
    expect(withOptions.warnings.map((w) => [options.slice(w.at.start, w.at.end), w.message])).toEqual([
      ['midi("A", { midichannel: 2, isController: true })', 'weft\'s .midi() does not read "isController": the other options apply'],
    ]);
  });
  it("plays strudel.cc's .piano() as the sound 'piano', and says that weft has none built in", () => {
    const evaluation = evaluate('note("c a").piano()');
    expect(evaluation.pattern.queryArc(0, 1).map((h) => h.value)).toEqual([{ note: 'c', s: 'piano' }, { note: 'a', s: 'piano' }]);
    expect(evaluation.warnings[0]?.message).toMatch(/weft has none built in, so it is heard only from samples/);
  });
  it('leaves a method of that name on anything else than a pattern alone', () => {
    expect(evaluate('const o = { scope: (x) => x + 1 }; note(o.scope(1))').visuals).toEqual([]);
    expect(evaluate('const o = { scope: (x) => x + 1 }; note(o.scope(1))').pattern.queryArc(0, 1)[0]?.value).toEqual({ note: 2 });
  });
});

describe('slider', () => {
  it('plays its value, and what it is set to from then on, with no evaluation', () => {
    const code = 'note("c e").lpf(slider(800, 200, 4000, 10))';
    const evaluation = evaluate(code);
    const lpf = (from: number) => evaluation.pattern.queryArc(from, from + 1).map((h) => (h.value as { cutoff: number }).cutoff);
    expect(lpf(0)).toEqual([800, 800]);
    const [slider] = evaluation.sliders.list;
    expect(slider).toMatchObject({ literal: true, min: 200, max: 4000, step: 10, value: 800 });
    expect(code.slice(slider!.at.start, slider!.at.end)).toBe('800');
    expect(evaluation.sliders.set(0, 1200)).toBe(true);
    expect(lpf(1)).toEqual([1200, 1200]);
    // Kept within its range.
    evaluation.sliders.set(0, 1e9);
    expect(lpf(2)).toEqual([4000, 4000]);
    expect(evaluation.sliders.set(1, 5)).toBe(false);
  });
  it("places a slider whose value is no number at its name, and reads Strudel's defaults", () => {
    const code = 'const v = 0.25\nnote("c").gain(slider(v))\n$: s("bd").gain(slider(-1, -2))';
    const evaluation = evaluate(code);
    expect(evaluation.sliders.list.map((s) => [code.slice(s.at.start, s.at.end), s.literal, s.min, s.max])).toEqual([['slider', false, 0, 1], ['-1', true, -2, 1]]);
  });
  it('says what is wrong with its arguments, at the call', () => {
    expect(() => evaluate('note("c").gain(slider(0.5, 1, 0))')).toThrow(/max should be more than its min/);
    expect(() => evaluate('note("c").gain(slider("a"))')).toThrow(/needs numbers: its value is/);
  });
});

describe('createParam', () => {
  it("makes a control of the code's own, as a function and a method", () => {
    const code = "let { x, y } = createParams('x', 'y');\nx(\"0 1\").y(\"<5 6>\")";
    expect(evaluate(code).pattern.queryArc(0, 1).map((h) => h.value)).toEqual([{ x: 0, y: 5 }, { x: 1, y: 5 }]);
    const one = "const x = createParam('x')\nnote(\"c e\").x(2)";
    expect(evaluate(one).pattern.queryArc(0, 1).map((h) => h.value)).toEqual([{ note: 'c', x: 2 }, { note: 'e', x: 2 }]);
    expect(() => evaluate("createParam('no way')")).toThrow(/a name that can follow a dot/);
  });
});

describe("Strudel's Csound", () => {
  it('accepts await loadOrc(...) and loadCsound`...`, plays on, and says at the call that Csound is not there', () => {
    const code = "await loadOrc('github:x/y/livecode.orc')\nawait loadCsound`instr A\nendin`\nnote(\"c e\").csound('FM1')";
    const evaluation = evaluate(code);
    expect(evaluation.pattern.queryArc(0, 1)).toHaveLength(2);
    expect(evaluation.warnings.map((w) => [code.slice(w.at.start, w.at.end), w.message.split(':')[0]])).toEqual([
      ['loadOrc', 'Csound is not available in weft'],
      // A tagged template is placed at its text.
      ['`instr A\nendin`', 'Csound is not available in weft'],
      ["csound('FM1')", 'Csound is not available in weft'],
    ]);
  });
});

describe('Pattern.prototype.name = f', () => {
  it("adds a method to this program's patterns, called with the pattern as this, and changes no class", () => {
    const code = "Pattern.prototype.twice = function (n) { return this.fast(n * 2) }\ns('hh').twice(1)";
    expect(evaluate(code).pattern.queryArc(0, 1)).toHaveLength(2);
    // Another program's patterns do not have it.
    expect(() => evaluate("s('hh').twice(1)")).toThrow(/twice is not a function/);
    expect(() => evaluate('Pattern.prototype.bad = 3')).toThrow(/should be a function/);
  });
});
