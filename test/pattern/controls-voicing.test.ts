import { describe, expect, it } from 'vitest';
import { anchor, chord, dict, dictionary, mode, octaves, offset } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('chord', () => {
  it('voices chords with voicing(), as Strudel does', async () => {
    await expectSameAsStrudel('chord("<C Am F G>").voicing()');
    await expectSameAsStrudel('chord("<C^7 Dm7 G7 [Am7 D9]>").voicing().s("piano")');
  });
  it('lets n pick notes of the voicing, as Strudel does', async () => {
    await expectSameAsStrudel('n("0 1 2 3 4 5 6 -1 -6").chord("<C Am F^7 G7>").voicing()');
  });
  it('is a control: chord("C") holds {chord: "C"}', () => {
    expect(eventsOf(chord('C'), 1)[0]?.value).toEqual({ chord: 'C' });
  });
});

describe('dictionary', () => {
  it('names the voicing dictionary, as Strudel does', async () => {
    await expectSameAsStrudel('chord("<Am C D F>").dictionary("ireal").voicing()');
  });
  it('sets the dictionary key', () => {
    expect(eventsOf(dictionary('ireal'), 1)[0]?.value).toEqual({ dictionary: 'ireal' });
  });
});

describe('dict', () => {
  it('is the dictionary control under another name, as in Strudel', async () => {
    await expectSameAsStrudel('chord("<Am C D F Am E Am E>").dict("ireal").anchor(66).voicing()');
    expect(eventsOf(dict('ireal'), 1)).toEqual(eventsOf(dictionary('ireal'), 1));
  });
});

describe('anchor', () => {
  it('places voicings against the anchor note, as Strudel does', async () => {
    await expectSameAsStrudel('anchor("<c4 g4 c5 g5 60 72>").chord("<C Dm7>").voicing()');
  });
  it('sets the anchor key', () => {
    expect(eventsOf(anchor('c4'), 1)[0]?.value).toEqual({ anchor: 'c4' });
  });
});

describe('offset', () => {
  it('moves to other voicings of the dictionary, as Strudel does', async () => {
    await expectSameAsStrudel('chord("<Am C D F Am E Am E>").offset("<0 1 2 3 4 5 -1 -2>").voicing()');
  });
  it('is kept as a control without voicing()', async () => {
    await expectSameAsStrudel('chord("<Am C D F Am E Am E>").offset("<0 1 2 3 4 5>")');
    expect(eventsOf(offset(2), 1)[0]?.value).toEqual({ offset: 2 });
  });
});

describe('octaves', () => {
  it('spaces the repeats of a voicing that n steps through, as Strudel does', async () => {
    await expectSameAsStrudel('n("0 1 2 3 4 5 6 7 -1 -6").chord("<C Am7>").octaves("<1 2 3>").voicing()');
    await expectSameAsStrudel('n("0 1 2 3 4 5 6 7").chord("C").octaves(3).mode("above").voicing()');
  });
  it('leaves voicings without n as they are (and is not passed on)', async () => {
    await expectSameAsStrudel('chord("<Am C D F Am E Am E>").octaves("<2 4>").voicing()');
    expect(eventsOf(octaves(2), 1)[0]?.value).toEqual({ octaves: 2 });
  });
});

describe('mode', () => {
  it('places voicings below, above, ducking or from the root, as Strudel does', async () => {
    await expectSameAsStrudel('mode("<below above duck root>").chord("<C Am7>").voicing()');
  });
  it('spreads "root:g2" over mode and anchor, as Strudel does', async () => {
    await expectSameAsStrudel('mode("root:g2").chord("C")');
    await expectSameAsStrudel('chord("<C F G7>").mode("<root:g2 above:c4>").voicing()');
    expect(eventsOf(mode('root:g2'), 1)[0]?.value).toEqual({ mode: 'root', anchor: 'g2' });
  });
});
