import { describe, expect, it } from 'vitest';
import { ScaleType as TonalScaleType } from '@tonaljs/tonal';
import { mini } from '../../../src/mini/index.ts';
import { Pattern } from '../../../src/pattern/pattern.ts';
import { fast } from '../../../src/pattern/time.ts';
import { parseScale, scale, scaleTranspose, scaleTypeNames } from '../../../src/pattern/theory/index.ts';
import { compareEvents, strudelEvents } from '../../oracle/strudel.ts';
import { cat, expectSameAsStrudel, nControls, noteControls, pure, sequence, stack, weftEvents } from './helpers.ts';

/** A token as mini-notation reads it: numbers become numbers, the rest (`"7b"`) stays a string. */
function token(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** weft's version of a `"<[a b] [c d] ...>"` mini-notation string of plain tokens. */
function slowcatOfSequences(bars: readonly string[]): Pattern<number | string> {
  return cat(...bars.map((bar) => sequence(...bar.split(' ').map(token))));
}

function miniOf(bars: readonly string[]): string {
  return `<${bars.map((bar) => `[${bar}]`).join(' ')}>`;
}

// Eight cycles of degrees: in and out of the octave, negative, with accidentals and fractions.
const DEGREES = [
  '0 1 2 3 4 5 6 7',
  '-1 -2 -3 -4 -5 -6 -7 -8',
  '8 9 10 11 12 13 14 15',
  '0b 1# 2## 3bb 4# 5b 6# 7b',
  '16 17 -9 -10 -15 20 0.5 -0.5',
  '1.2 2.7 -1.2 -2.7 30 -30 9# -9b',
  '3 5 7 9 11 13 15 17',
  '-3 -5 -7 -9 -11 -13 -15 -17',
];

const TONICS = ['C', 'Eb4', 'F#2', 'a', 'Bb', 'db5', 'G#', 'E3', 'B', 'cb'];

describe('scale', () => {
  it('turns degrees into the notes of every scale type and alias, as Strudel does', async () => {
    const names = scaleTypeNames();
    const differences: string[] = [];
    for (const [index, name] of names.entries()) {
      const full = `${TONICS[index % TONICS.length]}:${name}`;
      const code = `n("${miniOf(DEGREES)}").scale(pure('${full.replaceAll("'", "\\'")}'))`;
      const expected = await strudelEvents(code, 8);
      const difference = expected.length === 0 ? 'no events' : compareEvents(weftEvents(scale(pure(full), nControls(slowcatOfSequences(DEGREES))), 8), expected);
      if (difference !== null) differences.push(`${full}: ${difference}`);
    }
    expect(differences).toEqual([]);
  });

  it('knows every scale type name Strudel knows', () => {
    const ours = new Set(scaleTypeNames().map((name) => name.toLowerCase()));
    const theirs = (TonalScaleType.all() as { name: string; aliases: string[] }[]).flatMap((type) => [type.name, ...type.aliases]);
    expect(theirs.filter((name) => !ours.has(name.toLowerCase()))).toEqual([]);
  });

  it('follows a patterned scale, switching scales within an event as Strudel does', async () => {
    const degrees = ['0 2 4 6', '[0,7] 4 [2,7] 4', '-1 -3 5 8', '7 6 5 4'];
    await expectSameAsStrudel(
      scale(cat('C:major', 'D:dorian', 'Eb4:minor:pentatonic'), nControls(slowcatOfSequences(degrees.slice(0, 1).concat(['-1 -3 5 8'])))),
      `n("<[0 2 4 6] [-1 -3 5 8]>").scale("<C:major D:dorian Eb4:minor:pentatonic>")`,
    );
    await expectSameAsStrudel(
      scale(sequence('C:major', 'F#:lydian', 'A3:harmonic:minor'), nControls(fast(2, sequence(0, 1, 2, 3, 4)))),
      `n("0 1 2 3 4".fast(2)).scale("C:major F#:lydian A3:harmonic:minor")`,
    );
    await expectSameAsStrudel(
      scale(fast(2, cat('C:major', 'C:minor')), nControls(stack(sequence(0, 4), sequence(2, 7, 9)))),
      `n("[0 4, 2 7 9]").scale("<C:major C:minor>*2")`,
    );
  });

  it('snaps note names to the nearest note of the scale, the upper one on a tie', async () => {
    const notes = ['c4 c#4 d4 d#4 e4 f4 f#4 g4', 'g#4 a4 a#4 b4 cb4 b#3 e##4 fb4', 'c d e f g a b', 'db2 eb2 gb2 ab2 bb2 c6 c-1 f#'];
    const scales = ['C:major', 'C:minor:pentatonic', 'A:minor:pentatonic', 'E:major', 'Bb3:whole:tone', 'F#:blues', 'D:chromatic', 'G:hirajoshi'];
    await expectSameAsStrudel(
      scale(cat(...scales), noteControls(slowcatOfSequences(notes))),
      `note("${miniOf(notes)}").scale("<${scales.join(' ')}>")`,
    );
  });

  it('turns plain degrees and note names into note names', async () => {
    await expectSameAsStrudel(
      scale(pure('C4:bebop:major'), slowcatOfSequences(['-8 2 4 6', 'c4 e4 g#4 a#4'])),
      `"<[-8 2 4 6] [c4 e4 g#4 a#4]>".scale("C4:bebop:major")`,
    );
  });

  it('keeps the other controls and reads note before n', async () => {
    const controls = sequence(0, 1, 2).fmap((n) => ({ n, s: 'piano', gain: 0.5 }));
    await expectSameAsStrudel(scale(pure('C:major'), controls), `n("0 1 2").s("piano").gain(0.5).scale("C:major")`);
    const both = sequence(0, 2).fmap((n, ) => ({ n, note: n === 0 ? 'c4' : 'e4' }));
    await expectSameAsStrudel(scale(pure('C:major'), both), `n("0 2").note("c4 e4").scale("C:major")`);
  });

  it('reads MIDI-like numbers in note as degrees, as Strudel does', async () => {
    await expectSameAsStrudel(scale(pure('E:major'), noteControls(sequence(0, 2, 4, 61))), `note("0 2 4 61").scale("E:major")`);
  });

  it('reads mini-notation for the scale and the degrees', async () => {
    await expectSameAsStrudel(
      scale('<C:major D4:minor:pentatonic>', nControls(mini('0 2 4 7b -4# [0,2]'))),
      'n("0 2 4 7b -4# [0,2]").scale("<C:major D4:minor:pentatonic>")',
    );
  });

  it('throws a descriptive error for an unknown scale', () => {
    expect(() => parseScale('C:majr')).toThrow(/unknown scale "C:majr".*like "C:major"/);
    expect(() => parseScale('C')).toThrow(/unknown scale/);
    expect(() => parseScale('X:major')).toThrow(/unknown scale/);
    expect(() => scale(pure('C:foo'), pure(0)).queryArc(0, 1)).toThrow(/unknown scale/);
  });

  it('puts a scale without a tonic on C3', () => {
    expect(weftEvents(scale(pure('major'), sequence(0, 1)), 1).map((event) => event.value)).toEqual(['C3', 'D3']);
  });
});

describe('scaleTranspose', () => {
  it('moves notes by steps within their scale, as Strudel does', async () => {
    await expectSameAsStrudel(
      scaleTranspose(cat(0, 1, -1, 7, -8, 3, -15, 22), scale(pure('C:major'), nControls(sequence(0, 2, 4)))),
      `n("0 2 4").scale("C:major").scaleTranspose("<0 1 -1 7 -8 3 -15 22>")`,
    );
    await expectSameAsStrudel(
      scaleTranspose(cat(1, 2, 3, -1, -6, 5, 11, -12), scale(pure('C4:minor:pentatonic'), nControls(sequence(0, 2)))),
      `n("0 2").scale("C4:minor:pentatonic").scaleTranspose("<1 2 3 -1 -6 5 11 -12>")`,
    );
  });

  it('counts a fraction of a step as a whole step in its direction', async () => {
    await expectSameAsStrudel(
      scaleTranspose(cat(1.2, 1.5, 1.7, -0.2, -0.5, -1.5, 0.01, -2.01), scale(pure('E:major'), nControls(cat(0, 2)))),
      `n("<0 2>").scale("E:major").scaleTranspose("<1.2 1.5 1.7 -0.2 -0.5 -1.5 0.01 -2.01>")`,
    );
  });

  it('follows steps that change within an event, and the Strudel docs example', async () => {
    await expectSameAsStrudel(
      scaleTranspose(cat(0, -1, -2, -3, -4, -5, -6, -4), scale(pure('C4:bebop:major'), noteControls(sequence(-8, stack(2, 4, 6))))),
      `note("-8 [2,4,6]").scale('C4 bebop major').scaleTranspose("<0 -1 -2 -3 -4 -5 -6 -4>")`,
    );
    await expectSameAsStrudel(
      scaleTranspose(sequence(0, 1, 2), scale(pure('Bb:dorian'), nControls(sequence(0, 3)))),
      `n("0 3").scale("Bb:dorian").scaleTranspose("0 1 2")`,
    );
  });

  it('moves snapped note names and plain note names', async () => {
    await expectSameAsStrudel(
      scaleTranspose(1, scale(pure('C:major'), noteControls(sequence('c#4', 'e4', 'g4', 'b3')))),
      `note("c#4 e4 g4 b3").scale("C:major").scaleTranspose(1)`,
    );
    await expectSameAsStrudel(scaleTranspose(2, scale(pure('F#:major'), sequence('c4', 'e4'))), `"c4 e4".scale("F#:major").scaleTranspose(2)`);
  });

  it('throws without a scale, or for a note outside it', () => {
    expect(() => scaleTranspose(1, pure('c4')).queryArc(0, 1)).toThrow(/use \.scale/);
    expect(() => scaleTranspose(1, scale(pure('C:major'), pure(0)).fmap(() => 'Db3')).queryArc(0, 1)).toThrow(/"Db3" is not in scale "C major"/);
  });
});
