import { describe, expect, it } from 'vitest';
import { DRUM_KIT, drumLength, drumPatch } from '../../../src/audio/dsp/drum-kit.ts';
import { bandEnergies, event, peak, render, rms, SR } from '../helpers.ts';

const NAMES = ['bd', 'sd', 'hh', 'oh', 'cp', 'rim', 'lt', 'mt', 'ht', 'cb', 'cr'];

/** Where a hit's sound lies: its normalised band energies, and how long it lasts (-40 dB). */
function features(samples: Float32Array): { bands: number[]; length: number } {
  const threshold = peak(samples) / 100;
  let last = 0;
  for (let i = 0; i < samples.length; i++) if (Math.abs(samples[i]!) > threshold) last = i;
  return { bands: bandEnergies(samples, 0), length: last / SR };
}

function distance(a: { bands: number[]; length: number }, b: { bands: number[]; length: number }): number {
  const spectral = Math.sqrt(a.bands.reduce((s, v, i) => s + (v - b.bands[i]!) ** 2, 0));
  const temporal = Math.abs(Math.log(a.length / b.length));
  return spectral + temporal;
}

describe('DRUM_KIT', () => {
  it('has the eleven drums, each with a few variations', () => {
    expect(Object.keys(DRUM_KIT).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) expect(DRUM_KIT[name]!.length).toBeGreaterThanOrEqual(2);
  });

  it('makes every drum non-silent and every pair distinct', () => {
    const sounds = NAMES.map((name) => render([event({ s: name }, 0, 0.25, 1)], 3).left);
    for (const samples of sounds) expect(rms(samples, 0, 2400)).toBeGreaterThan(0.005);
    const measured = sounds.map(features);
    for (let a = 0; a < NAMES.length; a++) {
      for (let b = a + 1; b < NAMES.length; b++) expect(distance(measured[a]!, measured[b]!), `${NAMES[a]} vs ${NAMES[b]}`).toBeGreaterThan(0.2);
    }
  });

  it('makes the variations of each drum differ from one another', () => {
    for (const name of NAMES) {
      const variations = DRUM_KIT[name]!.map((_, n) => render([event({ s: name, n }, 0, 0.25, 1)], 1).left);
      for (let n = 1; n < variations.length; n++) expect(variations[n], `${name}:${n}`).not.toEqual(variations[0]);
    }
  });
});

describe('drumPatch', () => {
  it('picks variations by n, wrapping both ways, and knows no other names', () => {
    const count = DRUM_KIT.bd!.length;
    expect(drumPatch('bd', count)).toBe(DRUM_KIT.bd![0]);
    expect(drumPatch('bd', -1)).toBe(DRUM_KIT.bd![count - 1]);
    expect(drumPatch('bd', 1.7)).toBe(DRUM_KIT.bd![1]);
    expect(drumPatch('toString', 0)).toBeUndefined();
    expect(drumPatch('xx', 0)).toBeUndefined();
  });

  it('is reached through s and n, or the s "name:index" form', () => {
    const colon = render([event({ s: 'sd:2' }, 0, 0.25, 1)], 0.5).left;
    const withN = render([event({ s: 'sd', n: 2 }, 0, 0.25, 1)], 0.5).left;
    const wrapped = render([event({ s: 'sd', n: 2 + DRUM_KIT.sd!.length }, 0, 0.25, 1)], 0.5).left;
    expect(withN).toEqual(colon);
    expect(wrapped).toEqual(colon);
  });
});

describe('drumLength', () => {
  it('is the longest layer decay, and a hit rings that long unless clipped', () => {
    const patch = DRUM_KIT.oh![0]!;
    expect(drumLength(patch)).toBe(0.5);
    const natural = render([event({ s: 'oh' }, 0, 0.01, 1)], 1).left;
    const clipped = render([event({ s: 'oh', clip: 1 }, 0, 0.05, 1)], 1).left;
    expect(rms(natural, 0.2 * SR, 0.3 * SR)).toBeGreaterThan(1e-3);
    expect(peak(clipped, 0.1 * SR)).toBeLessThan(1e-4);
  });
});
