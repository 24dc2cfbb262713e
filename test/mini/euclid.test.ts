import { describe, expect, it } from 'vitest';
import { euclidStruct, validEuclid } from '../../src/mini/euclid.ts';
import { atom } from '../../src/mini/patterns.ts';

describe('validEuclid', () => {
  it('accepts whole pulses no more than the steps, and any finite rotation', () => {
    expect(validEuclid(3, 8, 0)).toBe(true);
    expect(validEuclid(-8, 8, 1.5)).toBe(true);
    expect(validEuclid(9, 8, 0)).toBe(false);
    expect(validEuclid(3.5, 8, 0)).toBe(false);
    expect(validEuclid(3, 0, 0)).toBe(false);
  });
});

describe('euclidStruct', () => {
  const onsets = (pulses: number, steps: number, rotation: number): string[] =>
    euclidStruct(pulses, steps, rotation, atom('a', []))
      .queryArc(0, 1)
      .map((h) => h.whole?.begin.toString() ?? '');

  it('places onsets on the rhythm and rotates it later', () => {
    expect(onsets(3, 8, 0)).toEqual(['0/1', '3/8', '3/4']);
    expect(onsets(3, 8, 2)).toEqual(['0/1', '1/4', '5/8']);
  });

  it('plays the off-beats for negative pulses', () => {
    expect(onsets(-3, 8, 0)).toEqual(['1/8', '1/4', '1/2', '5/8', '7/8']);
  });

  it('has as many steps as the rhythm', () => {
    expect(euclidStruct(3, 8, 0, atom('a', [])).steps?.toString()).toBe('8/1');
  });

  it('is silent for arguments that make no rhythm', () => {
    expect(euclidStruct(5, 4, 0, atom('a', [])).queryArc(0, 1)).toEqual([]);
  });
});
