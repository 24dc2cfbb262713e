import { describe, expect, expectTypeOf, it } from 'vitest';
import * as weft from '../../src/pattern/index.ts';
import {
  ad, adsr, ar, CONTROL_TABLE, control, controlPattern, controlsOf, ds, n, note, Pattern, s, sequence, setControl,
  setControlsWith, type ControlName, type Controls, type ControlSpec,
} from '../../src/pattern/index.ts';
import { eventsOf, expectPatternLike, expectSameAsStrudel } from './values-oracle.ts';

// Names that Strudel 1.2.6 defines only as pattern methods, not as free functions.
const methodOnlyInStrudel = new Set([
  'duckorbit', 'tremsync', 'tremdepth', 'tremskew', 'tremphase', 'tremshape', 'duckatt', 'duckons', 'density', 'o', 'distvol',
  'disttype',
]);
// Strudel 1.2.6's `.fmh1` method sets `fmi` (its free `fmh1` sets `fmh`); weft's method sets `fmh`.
const methodDiffersInStrudel = new Set(['fmh1']);

const entries = Object.entries(CONTROL_TABLE) as [ControlName, ControlSpec][];
const names: [string, ControlName, ControlSpec][] = entries
  .filter(([, spec]) => spec.internal === undefined)
  .flatMap(([key, spec]) => [key, ...(spec.aliases ?? [])].map((name): [string, ControlName, ControlSpec] => [name, key, spec]));

/** Performer code using control `name` in every form: free, method, list values, and on plain values. */
function controlCode(name: string): string {
  const forms = methodDiffersInStrudel.has(name) ? [] : [`s("a [b c]").${name}("<0.5 0.25> [1:2:3 7]")`, `sequence("1:2", 3).${name}()`];
  if (!methodOnlyInStrudel.has(name)) forms.unshift(`${name}("1 <2 3>")`, `${name}("1:2:3:4:5")`, `${name}("x")`);
  return `stack(${forms.join(', ')})`;
}

for (const [name, key, spec] of names) {
  describe(name, () => {
    const spread = spec.spread ? `, spreading a list over ${spec.spread.join(', ')}` : ', keeping a list as it is';
    it(`sets ${key}${spread}, as Strudel does`, async () => {
      await expectSameAsStrudel(controlCode(name));
    });
    it('is exported as a function and declared as a method', () => {
      const free = (weft as Record<string, unknown>)[name];
      expect(typeof free).toBe('function');
      expect(eventsOf((free as (x: number) => Pattern<Controls>)(1), 1)[0]?.value).toEqual({ [key]: 1 });
      expect(typeof (Pattern.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
    });
  });
}

describe('CONTROL_TABLE', () => {
  it('gives every name one key (no name is both a key and an alias of another)', () => {
    const seen = new Map<string, string>();
    for (const [name, key] of names) {
      expect(seen.get(name) ?? key, name).toBe(key);
      seen.set(name, key);
    }
  });
  it('spreads only over keys it describes', () => {
    for (const [, spec] of entries) for (const k of spec.spread ?? []) expect(Object.hasOwn(CONTROL_TABLE, k), k).toBe(true);
  });
});

describe('Controls', () => {
  it('types each key from the table', () => {
    expectTypeOf<Controls['s']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Controls['note']>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<Controls['cutoff']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Controls['_slices']>().toEqualTypeOf<number | readonly number[] | undefined>();
    expectTypeOf(s('bd').lpf(800)).toEqualTypeOf<Pattern<Controls>>();
  });
});

describe('control', () => {
  it('makes the control function for a key', async () => {
    await expectPatternLike(control('cutoff')('<200 400>:5'), 'lpf("<200 400>:5")');
  });
});

describe('controlPattern', () => {
  it('takes values, lists, patterns and mini-notation', async () => {
    await expectPatternLike(controlPattern('s', ['bd', 3, 0.5, 9]), "s(pure(['bd', 3, 0.5, 9]))");
    await expectPatternLike(controlPattern('n', sequence(1, 2)), 'n(sequence(1, 2))');
    await expectPatternLike(controlPattern('note', 'c:e'), 'note("c:e")');
  });
});

describe('controlsOf', () => {
  it('spreads a list over the control keys, keeps it for others, and keeps plain values', () => {
    expect(controlsOf('s', ['bd', 3])).toEqual({ s: 'bd', n: 3 });
    expect(controlsOf('n', [1, 2])).toEqual({ n: [1, 2] });
    expect(controlsOf('room', [0.5, 2])).toEqual({ room: 0.5, size: 2 });
    expect(controlsOf('s', 'bd:3')).toEqual({ s: 'bd:3' });
  });
});

describe('setControl', () => {
  it('sets a key with structure from the pattern, or makes the pattern values the key', async () => {
    await expectPatternLike(setControl('s', 'a b c', n(sequence(1, 2))), 'n(sequence(1, 2)).s("a b c")');
    await expectPatternLike(setControl('n', undefined, sequence(1, 2)), 'sequence(1, 2).n()');
  });
  it('wraps a plain value as {value} when setting a control on it', async () => {
    await expectSameAsStrudel('"1 2".n(5)');
  });
});

describe('setControlsWith', () => {
  it('sets the controls a function makes of each value', () => {
    const pat = setControlsWith((v) => ({ s: String(v) }), 'a b', note('c'));
    expect(eventsOf(pat, 1).map((e) => e.value)).toEqual([{ note: 'c', s: 'a' }, { note: 'c', s: 'b' }]);
  });
});

describe('s', () => {
  it('splits "bd:3" into s and n, and a third value into gain', async () => {
    await expectSameAsStrudel('s("bd:3 sd:1:0.5 [hh hh:2]")');
    await expectPatternLike(s(['bd', 3]), "s(['bd', 3])");
  });
});

const shorthands = { adsr, ad, ar, ds };
for (const [name, fn] of Object.entries(shorthands)) {
  describe(name, () => {
    it('sets envelope controls from one value or a list, as Strudel does', async () => {
      await expectSameAsStrudel(`n("0 [1 2]").${name}("<0.1 [0.2:0.3 0.4:0.5:0.6:0.7:0.8]>")`);
      await expectPatternLike(fn('0.1:0.2:0.3:0.4', n(sequence(1, 2))), `n(sequence(1, 2)).${name}("0.1:0.2:0.3:0.4")`);
      await expectPatternLike(fn(0.3)(note('c e')), `note("c e").${name}(0.3)`);
    });
  });
}
