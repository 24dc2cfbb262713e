import { describe, expect, it } from 'vitest';
import * as tonal from '@strudel/tonal';
import { mini } from '../../../src/mini/index.ts';
import type { Pattern } from '../../../src/pattern/pattern.ts';
import { fast } from '../../../src/pattern/time.ts';
import { IREAL_VOICINGS, parseChord, renderVoicing, rootNotes, voicing } from '../../../src/pattern/theory/index.ts';
import { compareEvents, strudelEvents } from '../../oracle/strudel.ts';
import { cat, expectSameAsStrudel, nControls, noteControls, pure, sequence, stack, weftEvents } from './helpers.ts';

type Controls = Record<string, unknown>;

/** A pattern of chord controls, like Strudel's `chord("<...>")`. */
function chords(symbols: readonly string[]): Pattern<Controls> {
  return cat(...symbols).fmap((chord) => ({ chord }));
}

/** Sets a control from another pattern, structure from the left, like Strudel's `.anchor(...)`. */
function withControl(pat: Pattern<Controls>, key: string, values: Pattern<unknown>): Pattern<Controls> {
  return pat.appLeft((controls: Controls, value: unknown) => ({ ...controls, [key]: value }), values);
}

// Twenty-four progressions: standards, cadences in many keys, and every kind of chord symbol.
const PROGRESSIONS = [
  'C^7 A7 Dm7 G7',
  'C^7 Am7 Dm7 G7',
  'Dm7 G7 C^7 C^7',
  'Em7b5 A7b9 Dm7 Dm7',
  'Cm7 F7 Bb^7 Eb^7 Ah7 D7b9 Gm6 Gm6',
  'F7 Bb7 F7 Cm7 Bb7 Bo F7 D7',
  'B^7 D7 G^7 Bb7 Eb^7 Am7 D7 G^7',
  'Fm7 Bbm7 Eb7 Ab^7 Db^7 Dm7 G7 C^7',
  'C Am F G',
  'Am C D F Am E Am E',
  'C6 A-7 D-9 G13 E7#9 A7b13 D9sus G7alt',
  'F#-7 B7 E^9 C#7#5 F#-11 B13 E69 E69',
  'Bb^7#11 Eb9#11 Ab13#11 Db7#11 Gbadd9 Cb2 E5 Aaug',
  'Gh7 C7b9 F-^7 F-6 Dh9 G7#9#5 C-69 C-69',
  'Eb-add9 Ab7susadd3 Db9sus Gb7b9sus B13sus E7b13sus A7b9#9 D7b9b13',
  'Co7 C#o Dh D#aug E-b6 F-#5 F#7b5 G9b5',
  'Ab9#5 A7#9b5 Bb7#9#11 B7b9#11 C7b9b5 C#7b9#5 D13b9 D#13#9',
  'EM FM7 F#M9 GM13 AbM7#11 AM9#11 BbM7#5 Bm6',
  'Cm69 C#m^7 D-M7 Ebm^9 E-M9 Fm9 F#madd9 Gm11',
  'Abm7b5 Amb6 Bbm#5 Bm7 C^9 Db^13 D^7#5 Eb^9#11',
  'C7 F7 C7 G7 F7 C7 G7 C7',
  'G-7 C7 F^7 Bb^7 Eh7 A7 D- D-',
  'A7#11 D7#9 G7b9 C7#5 F9 Bb11 Eb13 Ab7',
  'C7sus Csus Dsus E7sus F#7sus G#7alt Bb7alt C7alt',
];

describe('voicing', () => {
  it('voices chord progressions as Strudel does', async () => {
    for (const progression of PROGRESSIONS) {
      const symbols = progression.split(' ');
      await expectSameAsStrudel(voicing(chords(symbols)), `chord("<${progression}>").voicing()`, symbols.length);
    }
  });

  it('voices every chord symbol on every root, in every mode, as Strudel does', async () => {
    const symbols = [...IREAL_VOICINGS.keys()];
    const differences: string[] = [];
    for (const root of ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B']) {
      const names = symbols.map((symbol) => `${root}${symbol}`);
      for (const [mode, anchor, offset] of [['below', 'c5', 0], ['above', 'e4', 1], ['duck', 'g4', -1], ['root', 'a3', 2]] as const) {
        const code = `chord(cat(${names.map((name) => `'${name}'`).join(', ')})).mode('${mode}').anchor('${anchor}').offset(${offset}).voicing()`;
        const ours = voicing(chords(names).fmap((controls) => ({ ...controls, mode, anchor, offset })));
        const difference = compareEvents(weftEvents(ours, names.length), await strudelEvents(code, names.length));
        if (difference !== null) differences.push(`${root} ${mode}: ${difference}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('aligns voicings to a patterned anchor, mode and offset', async () => {
    const progression = ['C^7', 'A7b13', 'Dm7', 'G7', 'F^7', 'Bh7', 'E7b9', 'Am7'];
    let pat = withControl(chords(progression), 'anchor', sequence<number | string>('c4', 'g4', cat<number | string>('c5', 64), 'g5'));
    pat = withControl(pat, 'mode', cat('below', 'above', 'duck', 'root'));
    pat = withControl(pat, 'offset', sequence(0, cat(1, -1, 2), -2));
    await expectSameAsStrudel(
      voicing(pat),
      `chord("<C^7 A7b13 Dm7 G7 F^7 Bh7 E7b9 Am7>").anchor("c4 g4 <c5 64> g5").mode("<below above duck root>").offset("0 <1 -1 2> -2").voicing()`,
    );
  });

  it('follows the Strudel docs examples for anchor and mode', async () => {
    await expectSameAsStrudel(
      voicing(withControl(pure<Controls>({ chord: 'C' }), 'anchor', cat('c4', 'g4', 'c5', 'g5'))),
      `anchor("<c4 g4 c5 g5>").chord("C").voicing()`,
    );
    await expectSameAsStrudel(
      voicing(withControl(pure<Controls>({ chord: 'C', anchor: 'c5' }), 'mode', cat('below', 'above', 'duck', 'root'))),
      `mode("<below above duck root>").chord("C").anchor("c5").voicing()`,
    );
    await expectSameAsStrudel(voicing(pure<Controls>({ chord: 'C', mode: 'root', anchor: 'g2' })), `chord("C").mode("root:g2").voicing()`);
  });

  it('plays one note of the voicing for n, as a MIDI number, wrapping into octaves', async () => {
    await expectSameAsStrudel(
      voicing(withControl(nControls(sequence(0, 1, 2, 3)), 'chord', cat('C', 'Am', 'F', 'G'))),
      `n("0 1 2 3").chord("<C Am F G>").voicing()`,
    );
    await expectSameAsStrudel(
      voicing(withControl(nControls(sequence(0, 3, 1, 2, -1, 7, 12, -6)), 'chord', cat('C', cat('Fm', 'Db')))),
      `n("0 3 1 2 -1 7 12 -6").chord("<C <Fm Db>>").voicing()`,
    );
    const blues = ['F7', 'Bb7', 'F7', ['Cm7', 'F7'], 'Bb7', 'Bo', 'F7', ['Am7', 'D7']] as const;
    const bluesChords = cat(...blues.map((bar) => (typeof bar === 'string' ? pure(bar) : sequence(...bar)))).fmap((chord) => ({ chord }));
    await expectSameAsStrudel(
      voicing(nControls(sequence(7, 8, sequence(10, 9), 8)).appLeft((a: Controls, b: Controls) => ({ ...a, ...b }), bluesChords)),
      `n("7 8 [10 9] 8").set(chord("<F7 Bb7 F7 [Cm7 F7] Bb7 Bo F7 [Am7 D7]>")).voicing()`,
    );
  });

  it('keeps other controls, takes plain strings as chords, and keeps fragments', async () => {
    const controls = chords(['C', 'Am']).fmap((value) => ({ ...value, s: 'piano', gain: 0.5 }));
    await expectSameAsStrudel(voicing(controls), `chord("<C Am>").s("piano").gain(0.5).voicing()`);
    await expectSameAsStrudel(voicing(sequence('C', 'Am', 'F#-7')), `"C Am F#-7".voicing()`);
    const fragments = stack(sequence('C^7', 'Dm7'), fast(3, sequence('G7')));
    await expectSameAsStrudel(voicing(fragments.fmap((chord) => ({ chord }))), `chord("[C^7 Dm7, G7*3]").voicing()`);
  });

  it('reads chords from mini-notation', async () => {
    await expectSameAsStrudel(voicing(mini('<C^7 A7b13 D-7 G7alt>')), '"<C^7 A7b13 D-7 G7alt>".voicing()', 4);
  });

  it('throws a descriptive error for unknown chords, modes and dictionaries', () => {
    expect(() => renderVoicing({ chord: 'Cfoo' })).toThrow(/unknown chord "Cfoo"/);
    expect(() => renderVoicing({ chord: 'c^7' })).toThrow(/unknown chord "c\^7"/);
    expect(() => renderVoicing({ chord: 'C', mode: 'sideways' as 'below' })).toThrow(/unknown mode/);
    expect(() => voicing(pure({ chord: 'C', dictionary: 'nope' })).queryArc(0, 1)).toThrow(/unknown dictionary "nope"/);
    expect(() => voicing(pure({ s: 'piano' })).queryArc(0, 1)).toThrow(/needs a chord/);
  });

  it('has the symbols of Strudel\'s default dictionary', () => {
    const registry = (tonal as unknown as { voicingRegistry: Record<string, { dictionary: Record<string, unknown> }> }).voicingRegistry;
    expect([...IREAL_VOICINGS.keys()].sort()).toEqual(Object.keys(registry.ireal?.dictionary ?? {}).sort());
  });
});

describe('renderVoicing', () => {
  it('puts the top note at or under the anchor in below mode, and leaves the anchor out in duck mode', () => {
    for (const anchor of [60, 65, 70, 72, 77]) {
      const below = renderVoicing({ chord: 'C^7', anchor });
      expect(Math.max(...below)).toBeLessThanOrEqual(anchor);
      expect(Math.max(...below)).toBeGreaterThan(anchor - 12);
      expect(renderVoicing({ chord: 'C^7', anchor, mode: 'duck' })).toEqual(below.filter((note) => note !== anchor));
    }
  });

  it('starts root-mode voicings on the root at or under the anchor', () => {
    expect(renderVoicing({ chord: 'C', mode: 'root', anchor: 'g2' })[0]).toBe(36);
    expect(renderVoicing({ chord: 'F#-7', mode: 'root', anchor: 70 })[0]).toBe(66);
  });

  it('moves a whole octave after stepping through all voicings with offset', () => {
    const count = IREAL_VOICINGS.get('7')?.length ?? 0;
    const base = renderVoicing({ chord: 'G7', offset: 1 });
    expect(renderVoicing({ chord: 'G7', offset: 1 + count })).toEqual(base.map((note) => note + 12));
  });
});

describe('parseChord', () => {
  it('splits a chord into root and symbol', () => {
    expect(parseChord('Bb^7')).toEqual(['Bb', '^7']);
    expect(parseChord('F#')).toEqual(['F#', '']);
    expect(parseChord('C-7b5')).toEqual(['C', '-7b5']);
  });
});

describe('rootNotes', () => {
  it('plays the roots of chords in an octave, as Strudel does', async () => {
    await expectSameAsStrudel(
      noteControls(rootNotes(2, cat('C^7', 'A7', 'Dm7', 'G7', 'Bb^7', 'F#-7', 'Ebh7', 'C#o7'))),
      `"<C^7 A7 Dm7 G7 Bb^7 F#-7 Ebh7 C#o7>".rootNotes(2).note()`,
    );
    await expectSameAsStrudel(
      rootNotes(cat(3, 4), chords(['C^7', 'Dm7', 'Bb7', 'F#-7'])),
      `chord("<C^7 Dm7 Bb7 F#-7>").rootNotes("<3 4>")`,
    );
  });
});
