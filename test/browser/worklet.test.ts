// The engine worklet in headless Chromium: live in a realtime AudioContext, and offline, where it
// must match the Node render sample for sample. Served by Vite's dev server and by a `vite build`.
import { describe, expect, it } from 'vitest';
import { renderOffline, type SoundEvent } from '../../src/audio/index.ts';
import { callPage, fixturePage, openFixture, playRecorded, serveBuild } from './harness.ts';
import { crossingRate, maxDifference, rms, zeroCrossingPitch } from './signal.ts';

const event = (id: number, time: number, duration: number, controls: Record<string, unknown>): SoundEvent => ({
  id,
  time,
  duration,
  controls,
  locations: [{ start: id * 10, end: id * 10 + 4 }],
});

/** A bit of everything: synths, drums, noise, filters, shaping, panning, reverb and delay. */
const MIX: SoundEvent[] = [
  event(1, 0, 0.25, { s: 'sine', note: 'a4' }),
  event(2, 0, 0.2, { s: 'bd' }),
  event(3, 0.125, 0.1, { s: 'hh', gain: 0.8 }),
  event(4, 0.1, 0.4, { s: 'sawtooth', note: 'c3', lpf: 800, lpq: 5, room: 0.4, size: 2 }),
  event(5, 0.25, 0.2, { s: 'sd', delay: 0.5, delaytime: 0.125, delayfeedback: 0.5, orbit: 2 }),
  event(6, 0.3337, 0.3, { s: 'supersaw', note: 'e3', attack: 0.05, release: 0.1, pan: 0.2 }),
  event(7, 0.41, 0.15, { s: 'white', hpf: 2000, gain: 0.3, pan: 0.9 }),
  event(8, 0.5, 0.2, { s: 'square', note: 60, crush: 6, shape: 0.4 }),
  event(9, 0.55, 0.3, { s: 'triangle', note: 'g4', fm: 2, fmh: 1.5, bpf: 1200 }),
  event(10, 0.61, 0.2, { s: 'cp' }),
];

const TOLERANCE = 1e-6;

const fixture = fixturePage();

describe('createEngineNode', () => {
  it('plays events sample-accurately in a realtime AudioContext, taking messages on both ports', async () => {
    const sampleRate = 48000;
    const events = [
      event(1, 0, 0.4, { s: 'sine', note: 'a4' }),
      event(2, 0.5, 0.2, { s: 'bd' }),
      event(3, 0.2, 0.1, { s: 'nope' }),
    ];
    const portEvents = [event(4, 0.8, 0.1, { s: 'hh' })];
    const cancelled = { events: [{ ...event(5, 0.95, 0.1, { s: 'cp' }), block: 'd2' }], after: 0.9, block: 'd2' };
    const request = { sampleRate, events, portEvents, cancelled, connectDelay: 0.15, lead: 0.25, duration: 1.1 };
    const result = await playRecorded(fixture(), request);
    expect(result.missing).toBe(0);
    const at = (t: number): number => Math.round(t * sampleRate);

    // a4 is 440 Hz.
    expect(zeroCrossingPitch(result.left, at(0.05), at(0.35), sampleRate)).toBeCloseTo(440, 0);
    // The drums sound, a kick darker than a hat.
    expect(rms(result.left, at(0.5), at(0.6))).toBeGreaterThan(0.01);
    expect(rms(result.left, at(0.8), at(0.85))).toBeGreaterThan(0.005);
    expect(crossingRate(result.left, at(0.8), at(0.85), sampleRate)).toBeGreaterThan(
      4 * crossingRate(result.left, at(0.5), at(0.6), sampleRate),
    );
    // Sample-accurate: what played live is what the Node engine renders, onsets included (and
    // the cancelled clap not at all).
    const played = events.filter((e) => e.controls['s'] !== 'nope').concat(portEvents);
    const expected = renderOffline(played, { sampleRate, duration: 1.1 });
    expect(maxDifference(result.left, expected.left).diff).toBeLessThan(TOLERANCE);
    expect(maxDifference(result.right, expected.right).diff).toBeLessThan(TOLERANCE);

    // The unknown sound is reported with its code location.
    expect(result.errors).toEqual([
      expect.objectContaining({ type: 'error', kind: 'sound', eventId: 3, locations: [{ start: 30, end: 34 }] }),
    ]);
    // Stats stamps come on both ports, on the block clock, in order.
    expect(result.stats.length).toBeGreaterThan(5);
    expect(result.portStats).toBeGreaterThan(5);
    for (const [i, stats] of result.stats.entries()) {
      expect(stats.frame % 128).toBe(0);
      expect(stats.time).toBeCloseTo(stats.frame / sampleRate, 12);
      if (i > 0) expect(stats.frame).toBeGreaterThanOrEqual(result.stats[i - 1]!.frame);
    }
    expect(Math.max(...result.stats.map((s) => s.peak))).toBeGreaterThan(0.1);
  }, 30_000);

  it('runs several engines on one context, loading the module once', async () => {
    const options = { sampleRate: 44100, duration: 0.5 };
    const [a, b] = [MIX.slice(0, 5), MIX.slice(5)];
    const rendered = await callPage(fixture(), 'renderTwo', a, b, options);
    const [ea, eb] = [renderOffline(a, options), renderOffline(b, options)];
    const sum = (x: Float32Array, y: Float32Array): Float32Array => x.map((v, i) => v + y[i]!);
    expect(maxDifference(rendered.left, sum(ea.left, eb.left)).diff).toBeLessThan(TOLERANCE);
    expect(maxDifference(rendered.right, sum(ea.right, eb.right)).diff).toBeLessThan(TOLERANCE);
  }, 20_000);
});

describe('renderInBrowser', () => {
  it('renders in an OfflineAudioContext what renderOffline renders in Node', async () => {
    const options = { sampleRate: 44100, duration: 1.2 };
    const rendered = await callPage(fixture(), 'render', MIX, options);
    const expected = renderOffline(MIX, options);
    expect(rms(expected.left, 0, expected.left.length)).toBeGreaterThan(0.01);
    expect(maxDifference(rendered.left, expected.left).diff).toBeLessThan(TOLERANCE);
    expect(maxDifference(rendered.right, expected.right).diff).toBeLessThan(TOLERANCE);
  }, 20_000);

  it('works from a `vite build` bundle of the worklet', async () => {
    const built = await serveBuild();
    try {
      const builtPage = await openFixture(fixture().context().browser()!, built.url);
      const options = { sampleRate: 48000, duration: 0.8 };
      const rendered = await callPage(builtPage, 'render', MIX, options);
      const expected = renderOffline(MIX, options);
      expect(maxDifference(rendered.left, expected.left).diff).toBeLessThan(TOLERANCE);
      expect(maxDifference(rendered.right, expected.right).diff).toBeLessThan(TOLERANCE);
    } finally {
      await built.close();
    }
  }, 30_000);
});
