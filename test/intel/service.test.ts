import { beforeAll, describe, expect, it } from 'vitest';
import { generated, intelService, offsetOf } from './helpers.ts';

// Building the declarations from src/ takes seconds (more on a loaded machine).
beforeAll(() => void generated(), 180_000);

describe('diagnostics', () => {
  const service = intelService();

  it('flags a word where a numeric control wants numbers, at the word', () => {
    const code = 'note("c e").lpf("abc")';
    const problems = service.diagnostics(code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ from: offsetOf(code, 'abc'), to: offsetOf(code, 'abc') + 3, severity: 'warning', source: 'mini-notation' });
    expect(problems[0]!.message).toMatch(/"abc" is not a number/);
  });

  it("accepts Strudel's program-level words: await samples, setCps, all, each, and joins as methods", () => {
    expect(service.diagnostics("await samples({ kick: 'kick.wav' }, 'https://example.org/')\n$: s(\"kick\")")).toEqual([]);
    expect(service.diagnostics('setCps(1)\nall(x => x.room(0.3))\neach(x => x.fast(2))\n$: note("c e").s("sine")')).toEqual([]);
    expect(service.diagnostics('note("48 53".fmap((r) => "0 4".add(r)).innerJoin())')).toEqual([]);
  });

  it('accepts numeric mini-notation for a numeric control', () => {
    expect(service.diagnostics('note("c e").lpf("<400 800>").lpq("5 [10 20]").gain(".5 1")')).toEqual([]);
  });

  it('flags a boolean given to fast as a type error, on the argument, as a warning', () => {
    const code = 's("bd sd").fast(true)';
    const problems = service.diagnostics(code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ from: offsetOf(code, 'true'), to: offsetOf(code, 'true') + 4, severity: 'warning', source: 'types' });
  });

  it('flags a word in a patterned number argument such as fast', () => {
    const code = 's("bd").fast("<1 two>")';
    expect(service.diagnostics(code)).toMatchObject([{ from: offsetOf(code, 'two'), to: offsetOf(code, 'two') + 3, source: 'mini-notation' }]);
  });

  it('accepts note names and numbers for note, and flags other words', () => {
    expect(service.diagnostics('note("c4 eb3 [g a#] 60 <b d5>")')).toEqual([]);
    const code = 'note("c blah")';
    expect(service.diagnostics(code)).toMatchObject([{ from: offsetOf(code, 'blah'), source: 'mini-notation' }]);
  });

  it('accepts pattern methods on double-quoted strings', () => {
    expect(service.diagnostics('$: "0 2".add("<0 1>").scale("C:major").note().s("sawtooth")\n$: n("0 1".fast(2))')).toEqual([]);
  });

  it('knows setcps, setcpm and samples, and lets performer code shadow DSL names', () => {
    expect(service.diagnostics('setcpm(120 / 4)\nsetcps(0.5)\nconst n = 3\n$: s("bd*4").gain(n / 4)')).toEqual([]);
  });

  it('reports a mini-notation syntax error as an error at its position', () => {
    const code = 's("bd [sd")';
    const [problem] = service.diagnostics(code);
    expect(problem).toMatchObject({ severity: 'error', source: 'mini-notation' });
    expect(problem!.from).toBeGreaterThan(offsetOf(code, 'bd'));
  });

  it('reports an unknown name', () => {
    expect(service.diagnostics('$: nope("bd")')).toMatchObject([{ from: 3, to: 7, source: 'types' }]);
  });
});

describe('completions', () => {
  const service = intelService();

  it('offers lpf after note("c"). with its signature and one-line doc', () => {
    const code = 'note("c").';
    const result = service.completions(code, code.length, false);
    expect(result).toMatchObject({ from: code.length, to: code.length, inString: false });
    const lpf = result!.options.find((o) => o.label === 'lpf');
    expect(lpf).toMatchObject({ kind: 'method', boost: 1 });
    expect(lpf!.detail).toMatch(/^lpf\(x\?: ControlArg<"cutoff">/);
    expect(lpf!.info).toMatch(/low-pass/i);
  });

  it("offers the methods the code registers, on patterns and strings, and checks the code that uses them", () => {
    const code = "register('swap', (n, pat) => pat.add(n))\n$: n(\"0 2\").swap(\"<1 5>\")\n$: \"0 1\".swap(2).n()\n$: n(\"0\").";
    expect(service.diagnostics(code.slice(0, code.lastIndexOf('\n')))).toEqual([]);
    const swap = service.completions(code, code.length, false)!.options.find((o) => o.label === 'swap');
    expect(swap).toMatchObject({ kind: 'method' });
    expect(swap!.detail).toMatch(/^swap\(/);
    // Only where the code registers it: another program has no such method.
    expect(service.completions('$: n("0").', 10, false)!.options.some((o) => o.label === 'swap')).toBe(false);
    expect(service.diagnostics('$: n("0").swap(1)').map((d) => d.message)).toEqual(["Property 'swap' does not exist on type 'Pattern<Controls>'."]);
  });

  it("checks Strudel code that adds a method with Pattern.prototype.name = function, as weft plays it", () => {
    const code = "Pattern.prototype.twice = function (n) { return this.fast(n * 2) }\n$: s(\"hh\").twice(1)";
    expect(service.diagnostics(code)).toEqual([]);
    // Nothing else of Pattern is a value.
    expect(service.diagnostics('$: s("hh").fast(Pattern.fast)').length).toBeGreaterThan(0);
  });

  it('offers every DSL function and control at the start of a word, with signature and doc', () => {
    const code = '$: fa';
    const result = service.completions(code, code.length, false)!;
    expect(result.from).toBe(3);
    const fast = result.options.find((o) => o.label === 'fast');
    expect(fast).toMatchObject({ kind: 'function', boost: 1, info: 'Speeds a pattern up by a factor.' });
    expect(fast!.detail).toContain('fast(factor: PatternArg<number>');
    const lpf = result.options.find((o) => o.label === 'lpf');
    expect(lpf).toMatchObject({ kind: 'control', detail: 'lpf(value: ControlArg<"cutoff">): Pattern<Controls>' });
  });

  it('offers sound names inside s("...") for the word being typed', () => {
    const code = 's("bd h';
    const result = service.completions(code, code.length, false)!;
    expect(result).toMatchObject({ from: code.length - 1, to: code.length, inString: true });
    const labels = result.options.map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['hh', 'bd', 'sawtooth']));
  });

  it('offers the General MIDI instruments inside s("...")', () => {
    const code = 'note("c").s("gm_ac';
    const labels = service.completions(code, code.length, false)!.options.map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['gm_acoustic_grand_piano', 'gm_acoustic_bass', 'piano']));
  });

  it('offers note names inside note("...") and inside a method call\'s string', () => {
    const codes = [`note("c e`, `s("x").note("<c a`];
    for (const code of codes) {
      const result = service.completions(code, code.length, false)!;
      expect(result.inString).toBe(true);
      expect(result.options.map((o) => o.label)).toEqual(expect.arrayContaining(['c', 'eb', 'a4']));
    }
  });

  it('offers scale names after the colon in scale("C:...")', () => {
    const code = 'n("0 2").scale("C:ma")';
    const pos = offsetOf(code, 'ma') + 2;
    const result = service.completions(code, pos, false)!;
    expect(result).toMatchObject({ from: offsetOf(code, 'ma'), to: pos, inString: true });
    expect(result.options.map((o) => o.label)).toEqual(expect.arrayContaining(['major', 'minor']));
  });

  it('offers nothing inside a string that holds no names (numbers)', () => {
    const code = 's("bd").lpf("40';
    expect(service.completions(code, code.length, false)).toBeNull();
  });
});

describe('hover', () => {
  const service = intelService();

  it('shows fast\'s signature, summary and example when hovering the method', () => {
    const code = 's("bd sd").fast(2)';
    const hover = service.hover(code, offsetOf(code, 'fast') + 1)!;
    expect(hover).toMatchObject({ from: offsetOf(code, 'fast'), to: offsetOf(code, 'fast') + 4, summary: 'Speeds a pattern up by a factor.' });
    expect(hover.signature).toContain('fast(factor: PatternArg<number>): Pattern<Controls>');
    expect(hover.examples[0]).toContain('fast(');
  });

  it('shows a control function as a call signature', () => {
    const hover = service.hover('lpf(800)', 1)!;
    expect(hover.signature).toBe('lpf(value: ControlArg<"cutoff">): Pattern<Controls>');
    expect(hover.summary).toMatch(/low-pass/i);
  });

  it('shows nothing on whitespace', () => {
    expect(service.hover('s("bd")   ', 8)).toBeNull();
  });
});

describe('signatureHelp', () => {
  const service = intelService();

  it('shows the method being called and the argument being typed', () => {
    const code = 's("bd").every(3, ';
    const help = service.signatureHelp(code, code.length)!;
    const signature = help.signatures[help.active]!;
    expect(signature.label).toMatch(/^every\(n: PatternArg<number>, f: Transform<Controls>\)/);
    expect(help.activeParameter).toBe(1);
    const param = signature.parameters[1]!;
    expect(signature.label.slice(param.from, param.to)).toBe('f: Transform<Controls>');
    expect(signature.documentation).toMatch(/every `n` cycles/);
  });

  it('answers null outside calls', () => {
    expect(service.signatureHelp('s("bd")\n', 8)).toBeNull();
  });
});

describe('diagnostics of double-quoted strings', () => {
  const service = intelService();

  it('flags a double-quoted string where a plain string is wanted (it is a pattern at run time)', () => {
    const code = 'note(noteToMidi("c4") + 7)';
    expect(service.diagnostics(code)).toMatchObject([{ from: offsetOf(code, '"c4"'), to: offsetOf(code, '"c4"') + 4, source: 'mini-notation', severity: 'warning' }]);
    expect(service.diagnostics("note(noteToMidi('c4') + 7)")).toEqual([]);
  });

  it('flags a double-quoted string compared with ===', () => {
    const code = 's("hh oh").filter((hap) => hap.value.s === "hh")';
    expect(service.diagnostics(code)).toMatchObject([{ from: offsetOf(code, '"hh"'), message: expect.stringMatching(/never true/) }]);
  });

  it('leaves property names and types alone', () => {
    expect(service.diagnostics('const o: { "a b": "x" } = { "a b": \'x\' }\n$: s(o["a b"])')).toEqual([]);
  });
});
