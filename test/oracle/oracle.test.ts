import { describe, expect, it } from 'vitest';
import { browserStubs, loadStrudelExamples } from './examples.ts';
import { compareEvents, sortEvents, strudelEvents, strudelRun, type OracleEvent } from './strudel.ts';

const event = (whole: [string, string] | null, part: [string, string], value: unknown): OracleEvent => ({
  whole,
  part,
  value,
});

describe('strudelEvents', () => {
  it('turns double-quoted strings into mini-notation with exact fractional wholes', async () => {
    const events = await strudelEvents('note("c [e g]")', 1);
    expect(events).toEqual([
      event(['0/1', '1/2'], ['0/1', '1/2'], { note: 'c' }),
      event(['1/2', '3/4'], ['1/2', '3/4'], { note: 'e' }),
      event(['3/4', '1/1'], ['3/4', '1/1'], { note: 'g' }),
    ]);
  });

  it('queries every cycle from 0 up to the given count', async () => {
    const events = await strudelEvents('s("<bd sd>")', 3);
    expect(events.map((e) => [e.whole, e.value])).toEqual([
      [['0/1', '1/1'], { s: 'bd' }],
      [['1/1', '2/1'], { s: 'sd' }],
      [['2/1', '3/1'], { s: 'bd' }],
    ]);
  });

  it('stacks the patterns of `$:` blocks and leaves out muted `_$:` ones', async () => {
    const events = await strudelEvents('$: s("bd")\n$: s("hh*2")\n_$: s("cp")', 1);
    expect(events).toEqual([
      event(['0/1', '1/2'], ['0/1', '1/2'], { s: 'hh' }),
      event(['0/1', '1/1'], ['0/1', '1/1'], { s: 'bd' }),
      event(['1/2', '1/1'], ['1/2', '1/1'], { s: 'hh' }),
    ]);
  });

  it('gives signals a null whole and cut events negative or partial times', async () => {
    expect(await strudelEvents('sine', 1)).toEqual([event(null, ['0/1', '1/1'], 0.5)]);
    expect(await strudelEvents('note("c").early(0.25)', 1)).toEqual([
      event(['-1/4', '3/4'], ['0/1', '3/4'], { note: 'c' }),
      event(['3/4', '7/4'], ['3/4', '1/1'], { note: 'c' }),
    ]);
  });

  it('resolves the tonal functions scale, transpose and voicing', async () => {
    const scale = await strudelEvents('n("0 2 4").scale("C:major")', 1);
    expect(scale.map((e) => e.value)).toEqual([{ note: 'C3' }, { note: 'E3' }, { note: 'G3' }]);
    const transposed = await strudelEvents('note("c3 e3").transpose(2)', 1);
    expect(transposed.map((e) => e.value)).toEqual([{ note: 'D3' }, { note: 'F#3' }]);
    const voiced = await strudelEvents('chord("<C Am>").voicing()', 2);
    expect(voiced.length).toBeGreaterThanOrEqual(6);
    for (const { value } of voiced) expect(value).toEqual({ note: expect.stringMatching(/^[A-G]#?b?\d$/) });
  });

  it('rejects code that fails to evaluate', async () => {
    await expect(strudelEvents('note("c").nonsense()', 1)).rejects.toThrow(/nonsense/);
  });
});

describe('strudelRun', () => {
  it('records setcps and setcpm as cps without starting a clock', async () => {
    expect((await strudelRun('s("bd")', 1)).cps).toBe(0.5);
    expect((await strudelRun('setcps(1)\ns("bd")', 1)).cps).toBe(1);
    const run = await strudelRun('setcpm(90)\n$: s("bd")', 1);
    expect(run.cps).toBe(1.5);
    expect(run.events).toHaveLength(1);
  });

  it('makes browser-only calls inert only when given stubs', async () => {
    const code = `samples('github:tidalcycles/dirt-samples')\ns("bd*2").pianoroll()`;
    await expect(strudelRun(code, 1)).rejects.toThrow(/samples is not defined/);
    expect((await strudelRun(code, 1, { stubs: browserStubs })).events).toHaveLength(2);
    await expect(strudelRun('s("bd").pianoroll()', 1)).rejects.toThrow(/pianoroll/);
  });
});

describe('sortEvents', () => {
  it('orders by part begin, whole begin, part end and then value', () => {
    const a = event(['0/1', '1/1'], ['0/1', '1/1'], 'a');
    const b = event(['0/1', '1/2'], ['0/1', '1/2'], 'b');
    const c = event(['-1/2', '1/2'], ['0/1', '1/2'], 'c');
    const d = event(['0/1', '1/2'], ['0/1', '1/2'], 'a');
    const e = event(['1/3', '1/2'], ['1/3', '1/2'], 'e');
    expect(sortEvents([e, a, b, c, d])).toEqual([c, d, b, a, e]);
  });
});

describe('compareEvents', () => {
  const x = event(['0/1', '1/2'], ['0/1', '1/2'], { note: 'c', gain: 0.5 });
  const y = event(['1/2', '1/1'], ['1/2', '1/1'], { note: 'e' });

  it('accepts the same events in any order, with numbers within the tolerance', () => {
    const nearly = event(['0/1', '1/2'], ['0/1', '1/2'], { gain: 0.5 + 1e-12, note: 'c' });
    expect(compareEvents([x, y], [y, nearly])).toBeNull();
  });

  it('pairs events at the same time whatever the order of their values\' keys', () => {
    // Sorted by the JSON as built, { pan, note } comes before { note, pan } and the pairs cross.
    const at = (value: unknown) => event(['0/1', '1/2'], ['0/1', '1/2'], value);
    const ours = [at({ pan: 0, note: 67 }), at({ pan: 1, note: 64 })];
    const theirs = [at({ note: 67, pan: 0 }), at({ note: 64, pan: 1 })];
    expect(compareEvents(ours, theirs)).toBeNull();
  });

  it('describes the first difference', () => {
    const moved = event(['1/2', '1/1'], ['1/2', '3/4'], { note: 'e' });
    expect(compareEvents([x, y], [x, moved])).toMatch(/event 1 differs[\s\S]*1\/2–1\/1 \(part 1\/2–3\/4\)/);
    expect(compareEvents([x, y], [x])).toMatch(/event 1 differs \(2 vs 1 events\)[\s\S]*b: \(none\)/);
    expect(compareEvents([x], [event(['0/1', '1/2'], ['0/1', '1/2'], { note: 'c', gain: '0.5' })])).not.toBeNull();
  });
});

describe('loadStrudelExamples', () => {
  it('finds the documented examples of @strudel/core, named by function', async () => {
    const examples = await loadStrudelExamples();
    expect(examples.length).toBeGreaterThan(400);
    expect(examples.map((e) => e.name)).toContain('fast#0');
    expect(new Set(examples.map((e) => e.name)).size).toBe(examples.length);
  });

  it('gives examples that evaluate headless in the oracle with the browser stubs', async () => {
    const examples = await loadStrudelExamples();
    const failures: string[] = [];
    for (const { name, code } of examples) {
      await strudelEvents(code, 4, { stubs: browserStubs }).catch((error: unknown) => {
        failures.push(`${name}: ${String(error)}`);
      });
    }
    expect(examples.length - failures.length, failures.join('\n')).toBeGreaterThan(400);
  });
});
