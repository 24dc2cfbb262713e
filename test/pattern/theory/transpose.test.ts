import { describe, expect, it } from 'vitest';
import { mini } from '../../../src/mini/index.ts';
import { fast, slow } from '../../../src/pattern/time.ts';
import { intervalFromSemitones, parseInterval, transpose } from '../../../src/pattern/theory/index.ts';
import { scale } from '../../../src/pattern/theory/index.ts';
import { cat, expectSameAsStrudel, nControls, noteControls, pure, sequence, weftEvents } from './helpers.ts';

describe('transpose', () => {
  it('moves note names by semitones, spelled as Strudel spells them', async () => {
    const amounts = [-1, -3, 6, -6, 12, 13, -13, 0, 1, 2, 4, 7, -11, 23];
    await expectSameAsStrudel(
      transpose(cat(...amounts), noteControls(sequence('c4', 'eb4', 'f#4', 'g4', 'b#3', 'fb2'))),
      `note("c4 eb4 f#4 g4 b#3 fb2").transpose("<${amounts.join(' ')}>")`,
      amounts.length,
    );
  });

  it('moves note names by intervals, keeping the spelling the interval implies', async () => {
    const intervals = ['-2M', '-3m', '4A', '-5d', '8P', '-8P', '2A', '9M', '10m', '1P', '3M', '-7m', '6M', '5P', '-4P', '7d'];
    await expectSameAsStrudel(
      transpose(cat(...intervals), noteControls(sequence('c4', 'eb4', 'f#4', 'g4'))),
      `note("c4 eb4 f#4 g4").transpose("<${intervals.join(' ')}>")`,
      intervals.length,
    );
  });

  it('shifts MIDI numbers, and leaves pitch classes without an octave', async () => {
    await expectSameAsStrudel(
      transpose(cat<number | string>(2, '3M', -5, '-2m', 0, 12, '5P', -24), noteControls(sequence<number | string>(60, 'c4', 'c', 'e', 61.5))),
      `note("60 c4 c e 61.5").transpose("<2 3M -5 -2m 0 12 5P -24>")`,
    );
    await expectSameAsStrudel(transpose(2, sequence<number | string>(60, 'c4', 'c', 'e')), `"60 c4 c e".transpose(2)`);
  });

  it('follows amounts that change within an event (Strudel docs examples)', async () => {
    await expectSameAsStrudel(
      noteControls(transpose(slow(2, cat(0, -2, 5, 3)), fast(2, sequence('c2', 'c3')))),
      `"c2 c3".fast(2).transpose("<0 -2 5 3>".slow(2)).note()`,
    );
    await expectSameAsStrudel(
      noteControls(transpose(slow(2, cat('1P', '-2M', '4P', '3m')), fast(2, sequence('c2', 'c3')))),
      `"c2 c3".fast(2).transpose("<1P -2M 4P 3m>".slow(2)).note()`,
    );
    await expectSameAsStrudel(
      transpose(sequence(0, 1, 2, 3, 4), noteControls(sequence('c4', 'e4', 'g4'))),
      `note("c4 e4 g4").transpose("0 1 2 3 4")`,
    );
  });

  it('transposes the notes a scale made, and leaves controls without a note alone', async () => {
    await expectSameAsStrudel(
      transpose(cat<number | string>(1, '3M', '2m', -1), scale(pure('D:major'), nControls(sequence(0, 1, 2)))),
      `n("0 1 2").scale("D:major").transpose("<1 3M 2m -1>")`,
    );
    await expectSameAsStrudel(transpose(2, nControls(sequence(0, 1))), `n("0 1").transpose(2)`);
  });

  it('reads mini-notation for the amounts and the notes', async () => {
    await expectSameAsStrudel(transpose('<0 -2 5 3M>', mini('c2 c3 60')), '"c2 c3 60".transpose("<0 -2 5 3M>")');
  });

  it('throws for an unknown amount, or a note name moved by a fraction of a semitone (Strudel gives "")', () => {
    expect(() => transpose(pure('3X'), pure('c4')).queryArc(0, 1)).toThrow(/neither a number of semitones nor an interval/);
    expect(() => transpose(0.5, pure('c4')).queryArc(0, 1)).toThrow(/whole semitones/);
    expect(weftEvents(transpose(0.5, pure(60)), 1).map((event) => event.value)).toEqual([60.5]);
  });
});

describe('parseInterval', () => {
  it('reads short notation into steps and semitones', () => {
    const table: [string, number, number][] = [
      ['1P', 0, 0], ['2m', 1, 1], ['2M', 1, 2], ['2A', 1, 3], ['3d', 2, 2], ['3m', 2, 3], ['3M', 2, 4], ['4P', 3, 5],
      ['4A', 3, 6], ['5d', 4, 6], ['5P', 4, 7], ['5A', 4, 8], ['6m', 5, 8], ['6M', 5, 9], ['7d', 6, 9], ['7m', 6, 10],
      ['7M', 6, 11], ['8P', 7, 12], ['9m', 8, 13], ['-3M', -2, -4], ['-8P', -7, -12], ['4AA', 3, 7], ['5dd', 4, 5],
    ];
    for (const [text, steps, semitones] of table) expect(parseInterval(text), text).toEqual({ steps, semitones });
  });

  it('rejects qualities an interval cannot have', () => {
    for (const text of ['3P', '5M', '4m', '0P', 'M3', 'x', '']) expect(parseInterval(text), text).toBeUndefined();
  });
});

describe('intervalFromSemitones', () => {
  it('spells semitones as the usual interval, a diminished fifth for the tritone', () => {
    expect(intervalFromSemitones(6)).toEqual(parseInterval('5d'));
    expect(intervalFromSemitones(13)).toEqual(parseInterval('9m'));
    expect(intervalFromSemitones(-3)).toEqual(parseInterval('-3m'));
    expect(intervalFromSemitones(0)).toEqual(parseInterval('1P'));
  });
});
