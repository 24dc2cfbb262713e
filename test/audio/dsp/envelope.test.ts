import { describe, expect, it } from 'vitest';
import { Adsr } from '../../../src/audio/dsp/envelope.ts';
import { event, peak, render, SR } from '../helpers.ts';

describe('Adsr', () => {
  const adsr = (): Adsr => {
    const env = new Adsr();
    env.configure(100, 200, 0.5, 400, 1000);
    return env;
  };

  it('rises to 1 at the end of the attack, decays to the sustain level, and releases to 0', () => {
    const env = adsr();
    expect(env.levelAt(0)).toBeCloseTo(0.01, 12);
    expect(env.levelAt(99)).toBe(1);
    expect(env.levelAt(200)).toBeCloseTo(0.75, 12);
    expect(env.levelAt(300)).toBe(0.5);
    expect(env.levelAt(999)).toBe(0.5);
    expect(env.levelAt(1200)).toBeCloseTo(0.25, 12);
    expect(env.levelAt(1400)).toBe(0);
    expect(env.end()).toBe(1400);
  });

  it('releases from wherever the level is when the gate closes early', () => {
    const env = new Adsr();
    env.configure(100, 200, 0.5, 400, 50);
    expect(env.gateLevel).toBeCloseTo(0.51, 12); // sample n of the attack is at (n + 1) / attack
    expect(env.levelAt(250)).toBeCloseTo(0.255, 12);
    expect(env.levelAt(450)).toBe(0);
  });

  it('applies the same levels block by block as levelAt gives, and checks the result is finite', () => {
    const env = adsr();
    const buf = new Float64Array(1500).fill(1);
    let finite = true;
    for (let start = 0; start < buf.length; start += 128) {
      finite = env.apply(buf, start, Math.min(buf.length, start + 128), start, 2) && finite;
    }
    expect(finite).toBe(true);
    for (let n = 0; n < buf.length; n++) expect(buf[n]).toBeCloseTo(2 * env.levelAt(n), 9);
    buf[7] = NaN;
    expect(env.apply(buf, 0, 128, 0, 1)).toBe(false);
  });

  it('holds at 1 for the hold time between attack and decay, block by block as levelAt gives', () => {
    const env = adsr();
    env.holdFrom(new Float64Array([300 / SR]), 0, SR);
    expect(env.levelAt(99)).toBe(1);
    expect(env.levelAt(399)).toBe(1);
    expect(env.levelAt(500)).toBeCloseTo(0.75, 12);
    expect(env.levelAt(600)).toBe(0.5);
    const buf = new Float64Array(1500).fill(1);
    for (let start = 0; start < buf.length; start += 128) env.apply(buf, start, Math.min(buf.length, start + 128), start, 1);
    for (let n = 0; n < buf.length; n++) expect(buf[n]).toBeCloseTo(env.levelAt(n), 9);
    env.configure(100, 200, 0.5, 400, 1000);
    expect(env.levelAt(200)).toBeCloseTo(0.75, 12);
  });

  it('closes the gate early with a new release (a steal)', () => {
    const env = adsr();
    env.closeAt(500, 48);
    expect(env.levelAt(500)).toBe(0.5);
    expect(env.levelAt(524)).toBeCloseTo(0.25, 12);
    expect(env.end()).toBe(548);
  });

  it('shapes a rendered note: attack peak, sustain level, silence after the release', () => {
    const controls = { s: 'sine', note: 93, attack: 0.05, decay: 0.1, sustain: 0.4, release: 0.2 };
    const { left } = render([event(controls, 0, 0.5)], 1);
    const top = 0.3 * Math.SQRT1_2;
    const levelAround = (t: number) => peak(left, Math.round(t * SR) - 30, Math.round(t * SR) + 30) / top;
    expect(levelAround(0.05)).toBeCloseTo(1, 2);
    expect(levelAround(0.025)).toBeCloseTo(0.5, 1);
    expect(levelAround(0.3)).toBeCloseTo(0.4, 2);
    expect(levelAround(0.6)).toBeCloseTo(0.2, 2);
    expect(peak(left, Math.round(0.7 * SR) + 1)).toBeLessThan(1e-6);
  });
});
