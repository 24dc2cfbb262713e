// The pianoroll's text alternative: the notes each block plays now, from the haps the roll draws.
import { describe, expect, it } from 'vitest';
import type { WindowHap } from '../../../src/app/hap-window.ts';
import { playingNotes } from '../../../src/app/visuals/notes-text.ts';

let next = 1;
const hap = (block: string, time: number, duration: number, controls: Record<string, unknown>, start = 0): WindowHap => ({
  id: next++, time, duration, block, evaluation: 'k', locations: [{ start, end: start + 1 }], controls,
});

describe('playingNotes', () => {
  it('names the notes sounding now, block by block in the order of their code, as the code writes them', () => {
    const haps = [
      hap('$keys', 1, 1, { note: 'c4', s: 'piano' }, 40), hap('$keys', 1, 1, { note: 'Eb4', s: 'piano' }, 42), hap('$keys', 1, 1, { note: 'g4', s: 'piano' }, 44),
      hap('$bass', 0.5, 2, { note: 36, s: 'sawtooth' }, 3),
      hap('$keys', 2, 1, { note: 'd4' }, 46),
    ];
    expect(playingNotes(haps, 1.5)).toEqual([{ label: '$bass', notes: ['c2'] }, { label: '$keys', notes: ['c4', 'eb4', 'g4'] }]);
  });

  it("gives a block of short hits its latest hit, and drums by their sound's name", () => {
    const haps = [hap('$drums', 1, 0.1, { s: 'bd' }), hap('$drums', 1.25, 0.1, { s: 'hh:2' }), hap('$drums', 1.25, 0.1, { s: 'sd' }), hap('$drums', 1.5, 0.1, { s: 'bd' })];
    expect(playingNotes(haps, 1.4)).toEqual([{ label: '$drums', notes: ['hh', 'sd'] }]);
  });

  it('leaves out what ended long ago, what is still to come, and haps with neither a pitch nor a sound', () => {
    const haps = [hap('$a', 0, 0.1, { note: 'c4' }), hap('$b', 5, 1, { note: 'e4' }), hap('$c', 2.9, 1, { gain: 1 })];
    expect(playingNotes(haps, 3)).toEqual([]);
  });
});
