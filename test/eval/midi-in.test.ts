// midin(port) in performer code: what the code listens to is recorded with the call's place; the
// patterns read the values set by key when queried (a change is heard from the next query, with
// no evaluation), and without values (the CLI) they play 0 and no notes, said once at the call.
import { describe, expect, it } from 'vitest';
import { evaluate, midiInKey, type MidiInValue } from '../../src/eval/index.ts';

const controls = (code: string, values: Map<string, MidiInValue>, from = 0, to = 1): Record<string, unknown>[] =>
  evaluate(code, { midiInputs: values }).pattern.queryArc(from, to).filter((h) => h.hasOnset()).map((h) => h.value as Record<string, unknown>);

describe('midin', () => {
  it("accepts Strudel's `await midin(port)` and plays a controller's value as a signal, 0 until it moves", () => {
    const code = `const cc = await midin('IAC Driver Bus 1')\nnote("c a").lpf(cc(74).range(200, 2000))`;
    const values = new Map<string, MidiInValue>();
    const evaluation = evaluate(code, { midiInputs: values });
    expect(evaluation.midiInputs).toEqual([
      { port: 'IAC Driver Bus 1', at: expect.objectContaining({ start: expect.any(Number) }), kind: 'cc', number: 74, channel: 0, key: midiInKey('IAC Driver Bus 1', 'cc', 74, 0) },
    ]);
    expect(evaluation.warnings).toEqual([]);
    const at = evaluation.midiInputs[0]!.at;
    expect(code.slice(at.start, at.end)).toBe('midin');
    const lpf = (): unknown[] => evaluation.pattern.queryArc(0, 1).map((h) => (h.value as { cutoff: number }).cutoff);
    expect(lpf()).toEqual([200, 200]);
    values.set(midiInKey('IAC Driver Bus 1', 'cc', 74, 0), 1);
    expect(lpf()).toEqual([2000, 2000]);
  });

  it('plays the notes held as a chord, one event a cycle, and the last note', () => {
    const code = `const kb = midin('Keys')\n$: note(kb.held()).s("sawtooth")\n$: note(kb.last(2)).s("sine")`;
    const values = new Map<string, MidiInValue>();
    expect(controls(code, values)).toEqual([]);
    values.set(midiInKey('Keys', 'held', 0, 0), [60, 64, 67]);
    values.set(midiInKey('Keys', 'last', 0, 2), 67);
    const notes = controls(code, values, 0, 2).map((c) => `${String(c['note'])} ${String(c['s'])}`);
    expect(notes.sort()).toEqual(['60 sawtooth', '60 sawtooth', '64 sawtooth', '64 sawtooth', '67 sawtooth', '67 sawtooth', '67 sine', '67 sine']);
  });

  it('takes the structure of what the notes are combined with', () => {
    const values = new Map<string, MidiInValue>([[midiInKey('', 'held', 0, 0), [48, 55]]]);
    const notes = controls('note(midin().held()).struct("x*4")', values).map((c) => c['note']);
    expect(notes).toEqual([48, 55, 48, 55, 48, 55, 48, 55]);
  });

  it('says once at the call that there is no MIDI input where there are no values, and plays 0', () => {
    const code = `const cc = midin("Keys")\nnote("c e").gain(cc(7)).pan(cc(10))`;
    const evaluation = evaluate(code);
    expect(evaluation.warnings).toHaveLength(1);
    const warning = evaluation.warnings[0]!;
    expect(warning.message).toMatch(/MIDI input is not available/);
    expect(code.slice(warning.at.start, warning.at.end)).toBe('midin');
    expect(evaluation.pattern.queryArc(0, 1).map((h) => (h.value as { gain: number }).gain)).toEqual([0, 0]);
  });

  it('says what it takes when given something else, at the call', () => {
    expect(() => evaluate('midin("Keys").cc(200)')).toThrow(/controller number from 0 to 127, not .*200/);
    expect(() => evaluate('midin("Keys").held(17)')).toThrow(/channel from 1 to 16, not .*17/);
    expect(() => evaluate('midin({})')).toThrow(/input's name or number/);
  });
});
