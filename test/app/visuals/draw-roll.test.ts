// How a visual's options become a roll's style: Strudel's defaults and names.
import { describe, expect, it } from 'vitest';
import { rollStyle } from '../../../src/app/visuals/draw-roll.ts';

describe('rollStyle', () => {
  it("shows Strudel's 4 cycles with now in the middle, at the tempo", () => {
    expect(rollStyle('pianoroll', {}, 0.5)).toMatchObject({ past: 4, future: 4, fold: false, labels: false, vertical: false, fill: true });
    expect(rollStyle('pianoroll', { cycles: 2, playhead: 0.25 }, 1)).toMatchObject({ past: 0.5, future: 1.5 });
  });

  it('reads flags as Strudel takes them (1, true) and colours as CSS', () => {
    const style = rollStyle('punchcard', { fold: 1, labels: true, vertical: 0, active: 'red', background: '#000' }, 0.5);
    expect(style).toMatchObject({ fold: true, labels: true, vertical: false, active: 'red', background: '#000' });
  });

  it('runs the wordfall down, labelled, unless told otherwise', () => {
    expect(rollStyle('wordfall', {}, 0.5)).toMatchObject({ vertical: true, labels: true, flipTime: true });
    expect(rollStyle('wordfall', { labels: 0 }, 0.5)).toMatchObject({ labels: false });
  });

  it('keeps the notes shown between minMidi and maxMidi when both are given', () => {
    expect(rollStyle('pianoroll', { minMidi: 36, maxMidi: 72 }, 0.5).range).toEqual([36, 72]);
    expect(rollStyle('pianoroll', { minMidi: 72, maxMidi: 36 }, 0.5).range).toBeUndefined();
  });

  it('ignores options out of range', () => {
    expect(rollStyle('pianoroll', { cycles: -3, playhead: 7 }, 0.5)).toMatchObject({ past: 4, future: 4 });
  });
});
