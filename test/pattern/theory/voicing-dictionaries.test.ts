/**
 * The built-in dictionaries beyond `ireal` (`lefthand`, `legacy`, `triads`, `guidetones`), through
 * `voicing()` and through Strudel's older `voicings(name)`, against Strudel (the black-box oracle):
 * every chord symbol on every root, in every mode, and led through ranges.
 */
import { describe, expect, it } from 'vitest';
import * as tonal from '@strudel/tonal';
import type { Pattern } from '../../../src/pattern/pattern.ts';
import { VOICING_DICTIONARIES } from '../../../src/pattern/theory/voicing-dictionary.ts';
import { voicing } from '../../../src/pattern/theory/voicing.ts';
import { voicings } from '../../../src/pattern/theory/voicings.ts';
import { compareEvents, sortEvents, strudelEvents, type OracleEvent } from '../../oracle/strudel.ts';
import { weftRun } from '../../conformance/weft.ts';
import { cat, weftEvents } from './helpers.ts';

const NAMES = ['lefthand', 'legacy', 'triads', 'guidetones'] as const;
const ROOTS = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];

function symbolsOf(name: string): string[] {
  return [...(VOICING_DICTIONARIES.get(name)?.keys() ?? [])];
}

/** weft's events queried a cycle at a time, as the oracle's `window: 1` queries Strudel's. */
function playedEvents(pat: Pattern<unknown>, cycles: number): OracleEvent[] {
  return sortEvents(
    Array.from({ length: cycles }, (_, cycle) => pat.queryArc(cycle, cycle + 1)).flat().map((hap) => ({
      whole: hap.whole ? [hap.whole.begin.toString(), hap.whole.end.toString()] : null,
      part: [hap.part.begin.toString(), hap.part.end.toString()],
      value: hap.value,
    })),
  );
}

describe('the built-in voicing dictionaries', () => {
  it("have the symbols of Strudel's", () => {
    const registry = (tonal as unknown as { voicingRegistry: Record<string, { dictionary: Record<string, unknown> }> }).voicingRegistry;
    for (const name of NAMES) expect(symbolsOf(name).sort(), name).toEqual(Object.keys(registry[name]?.dictionary ?? {}).sort());
  });

  it('voice every chord symbol on every root, in every mode, as Strudel does', async () => {
    const differences: string[] = [];
    for (const name of NAMES) {
      for (const root of ROOTS) {
        const chords = symbolsOf(name).map((symbol) => `${root}${symbol}`);
        for (const [mode, anchor, offset] of [['below', 'c5', 0], ['above', 'e4', 1], ['duck', 'g4', -1], ['root', 'a3', 2], ['below', 'f4', 3]] as const) {
          const code = `chord(cat(${chords.map((chord) => `'${chord}'`).join(', ')})).dict('${name}').mode('${mode}').anchor('${anchor}').offset(${offset}).voicing()`;
          const ours = voicing(cat(...chords).fmap((chord) => ({ chord, dictionary: name, mode, anchor, offset })));
          const difference = compareEvents(weftEvents(ours, chords.length), await strudelEvents(code, chords.length));
          if (difference !== null) differences.push(`${name} ${root} ${mode}: ${difference}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });
});

describe('voicings', () => {
  it('leads every chord symbol on every root through its range as Strudel does, queried as played', async () => {
    const differences: string[] = [];
    for (const name of [...NAMES, 'ireal']) {
      for (const root of ROOTS) {
        const chords = symbolsOf(name).map((symbol) => `${root}${symbol}`);
        const code = `cat(${chords.map((chord) => `'${chord}'`).join(', ')}).voicings('${name}')`;
        // Each pattern is its own program here: a new one leads from no voicing.
        const difference = compareEvents(playedEvents(voicings(name, cat(...chords)), chords.length), await strudelEvents(code, chords.length, { window: 1 }));
        if (difference !== null) differences.push(`${name} ${root}: ${difference}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('leads long progressions through other ranges as Strudel does, queried as played', async () => {
    const differences: string[] = [];
    for (const name of [...NAMES, 'ireal']) {
      // Every symbol, each on the root a fifth above the chord before's.
      const chords = symbolsOf(name).map((symbol, i) => `${ROOTS[(i * 7) % 12]!}${symbol}`);
      for (const range of [`['C3', 'C5']`, `['G2', 'G4']`, `['E3', 'E5']`, `[48, 84]`]) {
        // pure: in weft a string given as a pattern is mini-notation, where "C+" is not a chord.
        const code = `setVoicingRange('${name}', ${range})\ncat(${chords.map((chord) => `pure('${chord}')`).join(', ')}).voicings('${name}')`;
        // Strudel reads a range of note names only.
        const strudelCode = code.replace('[48, 84]', `['C3', 'C6']`);
        const difference = compareEvents(weftRun(code, chords.length, { window: 1 }).events, await strudelEvents(strudelCode, chords.length, { window: 1 }));
        if (difference !== null) differences.push(`${name} ${range}: ${difference}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
