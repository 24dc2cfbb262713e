import { describe, expect, it } from 'vitest';
import * as strudel from '@strudel/core';
import { midiToHz, noteToMidiNumber } from '../../../src/audio/dsp/pitch.ts';

const NAMES = ['c', 'c4', 'a4', 'A4', 'eb3', 'Eb2', 'f#', 'bb', 'c#5', 'fbb1', 'a#0', 'cbbb-1', 'e##-2', 'g9', 'b-1', 'd'];

describe('noteToMidiNumber', () => {
  it('reads note names as Strudel does (octave 3 by default)', () => {
    for (const name of NAMES) expect(noteToMidiNumber(name), name).toBe(strudel.noteToMidi(name) as number);
  });

  it('passes MIDI numbers and numeric strings through, and rejects anything else', () => {
    expect(noteToMidiNumber(61.5)).toBe(61.5);
    expect(noteToMidiNumber('60')).toBe(60);
    expect(noteToMidiNumber('h4')).toBeUndefined();
    expect(noteToMidiNumber({})).toBeUndefined();
    expect(noteToMidiNumber('')).toBeUndefined();
  });
});

describe('midiToHz', () => {
  it('is 12-tone equal temperament with A4 = 440 Hz, as Strudel', () => {
    for (const midi of [0, 21, 36, 60, 69, 69.5, 127]) expect(midiToHz(midi)).toBeCloseTo(strudel.midiToFreq(midi) as number, 9);
    expect(midiToHz(69)).toBe(440);
  });
});
