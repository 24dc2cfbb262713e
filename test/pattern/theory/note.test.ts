import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as strudel from '@strudel/core';
import {
  freqToMidi, isNoteName, midiToFreq, midiToNoteName, noteToFreq, noteToMidi, parsePitch, pitchName,
} from '../../../src/pattern/theory/index.ts';

// Strudel's own conversions, used as the oracle (untyped: see test/oracle/strudel-modules.d.ts).
const oracle = strudel as unknown as {
  noteToMidi(name: string, defaultOctave?: number): number;
  midiToFreq(midi: number): number;
  freqToMidi(freq: number): number;
  getFreq(note: string | number): number;
};

const noteNames = fc
  .tuple(
    fc.constantFrom(...'abcdefgABCDEFG'),
    fc.array(fc.constantFrom('#', 'b', 's', 'f'), { maxLength: 4 }),
    fc.option(fc.integer({ min: -3, max: 12 }), { nil: undefined }),
  )
  .map(([letter, accidentals, octave]) => `${letter}${accidentals.join('')}${octave ?? ''}`);

describe('noteToMidi', () => {
  it('gives the MIDI number Strudel gives for any note name', () => {
    fc.assert(fc.property(noteNames, (name) => noteToMidi(name) === oracle.noteToMidi(name)), { numRuns: 2000 });
  });

  it('puts names without an octave in the default octave, 3 unless given', () => {
    expect(noteToMidi('c')).toBe(oracle.noteToMidi('c'));
    expect(noteToMidi('c')).toBe(48);
    fc.assert(
      fc.property(noteNames, fc.integer({ min: -1, max: 9 }), (name, octave) => noteToMidi(name, octave) === oracle.noteToMidi(name, octave)),
      { numRuns: 500 },
    );
  });

  it('reads the examples of the brief', () => {
    for (const name of ['c4', 'C#3', 'eb', 'f##2', 'Bb-1', 'c-0', 'c04', 'e#', 'fb', 'B#']) {
      expect(noteToMidi(name), name).toBe(oracle.noteToMidi(name));
    }
  });

  it('throws a descriptive error for what Strudel does not read as a note either', () => {
    for (const name of ['H4', 'x', 'c4.5', '', ' c', 'C4 ', 'cB', 'CS', 'c♯4', '60', 'c+4', 'c4b', 'c 4']) {
      expect(() => oracle.noteToMidi(name), name).toThrow();
      expect(() => noteToMidi(name), name).toThrow(/not a note: .*letter a-g/);
    }
  });
});

describe('midiToFreq', () => {
  it('gives the frequency Strudel gives', () => {
    fc.assert(
      fc.property(fc.double({ min: -24, max: 140, noNaN: true }), (midi) => Math.abs(midiToFreq(midi) - oracle.midiToFreq(midi)) <= 1e-9 * oracle.midiToFreq(midi)),
    );
  });

  it('puts A4 at 440 Hz', () => {
    expect(midiToFreq(69)).toBe(440);
    expect(midiToFreq(81)).toBe(880);
  });
});

describe('freqToMidi', () => {
  it('gives the MIDI number Strudel gives', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 20000, noNaN: true }), (freq) => Math.abs(freqToMidi(freq) - oracle.freqToMidi(freq)) <= 1e-9));
  });

  it('inverts midiToFreq', () => {
    fc.assert(fc.property(fc.double({ min: -24, max: 140, noNaN: true }), (midi) => Math.abs(freqToMidi(midiToFreq(midi)) - midi) <= 1e-9));
  });
});

describe('noteToFreq', () => {
  it('gives the frequency Strudel gives for note names and MIDI numbers', () => {
    fc.assert(fc.property(noteNames, (name) => Math.abs(noteToFreq(name) - oracle.getFreq(name)) <= 1e-9 * oracle.getFreq(name)));
    for (const midi of [0, 60, 69, 61.5]) expect(noteToFreq(midi)).toBeCloseTo(oracle.getFreq(midi), 9);
  });
});

describe('midiToNoteName', () => {
  it('names every MIDI number so that it reads back, with flats unless sharps are asked for', () => {
    fc.assert(fc.property(fc.integer({ min: -12, max: 140 }), (midi) => noteToMidi(midiToNoteName(midi)) === midi && noteToMidi(midiToNoteName(midi, true)) === midi));
    expect(midiToNoteName(61)).toBe('Db4');
    expect(midiToNoteName(61, true)).toBe('C#4');
    expect(midiToNoteName(0)).toBe('C-1');
  });
});

describe('isNoteName', () => {
  it('accepts exactly what noteToMidi reads', () => {
    fc.assert(fc.property(fc.oneof(noteNames, fc.string({ maxLength: 5 })), (text) => isNoteName(text) === (parsePitch(text) !== undefined)));
    expect(isNoteName('c4')).toBe(true);
    expect(isNoteName('h4')).toBe(false);
  });
});

describe('pitchName', () => {
  it('writes a capital letter, sharps or flats and the octave', () => {
    expect(pitchName({ step: 3, alter: 2, octave: 2 })).toBe('F##2');
    expect(pitchName({ step: 6, alter: -1 })).toBe('Bb');
  });
});
