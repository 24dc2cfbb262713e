// A control the engine does not hear is never dropped without a word: evaluation warns at its
// call (from the table's `engine` column), and says nothing of heard controls, of controls weft's
// own functions read, or of names the code defines itself.
import { describe, expect, it } from 'vitest';
import { CONTROL_TABLE, controlsWithRole, type ControlSpec } from '../../src/controls/index.ts';
import { evaluate } from '../../src/eval/index.ts';

const warned = (code: string): [string, string][] =>
  evaluate(code).warnings.map((w) => [code.slice(w.at.start, w.at.end), w.message]);

describe('controls weft does not hear', () => {
  it('warns at a method or function call of a control the table marks unsupported, and at an output control', () => {
    const unsupported = controlsWithRole('unsupported')[0]!;
    const code = `note("c e").s("sawtooth").${unsupported}(2).ccn(3)\n$: ${unsupported}(1).s("sine")`;
    const warnings = warned(code);
    expect(warnings.map(([at]) => at).sort()).toEqual([`${unsupported}(1)`, `${unsupported}(2)`, 'ccn(3)'].sort());
    expect(warnings.find(([at]) => at === 'ccn(3)')?.[1]).toMatch(/^ccn is meant for MIDI or OSC output/);
    expect(warnings.find(([at]) => at === `${unsupported}(2)`)?.[1]).toMatch(new RegExp(`^${unsupported} is not heard`));
  });

  it('names the key an alias sets', () => {
    const key = controlsWithRole('unsupported').find((k) => ((CONTROL_TABLE[k] as ControlSpec).aliases ?? []).length > 0)!;
    const alias = (CONTROL_TABLE[key] as ControlSpec).aliases![0]!;
    expect(warned(`s("bd").${alias}(4)`)).toEqual([[`${alias}(4)`, expect.stringMatching(new RegExp(`^${alias} \\(${key}\\) is not heard`))]]);
  });

  it('says nothing of heard controls, of controls weft reads itself, or of the code\'s own names', () => {
    expect(warned('note("c e").s("sawtooth").lpf(800).room(0.3).gain(0.5)')).toEqual([]);
    expect(warned('chord("<C Am>").dictionary("lefthand").voicing().color("red")')).toEqual([]);
    const unsupported = controlsWithRole('unsupported')[0]!;
    expect(warned(`const ${unsupported} = (x) => x\n${unsupported}(s("bd"))`)).toEqual([]);
  });
});
