import { describe, expect, it } from 'vitest';
import { Engine, type EngineError } from '../../../src/audio/index.ts';
import { event, firstAbove, maxStep, peak, render, rms, SR, zeroCrossingFrequency } from '../helpers.ts';

const CEILING = Math.pow(10, -1 / 20);

describe('Engine', () => {
  it('plays note("a4") on a sine at 440 Hz within 0.1%', () => {
    const { left } = render([event({ note: 'a4', s: 'sine' }, 0, 1)], 1);
    const f = zeroCrossingFrequency(left, 0, SR);
    expect(Math.abs(f - 440) / 440).toBeLessThan(0.001);
  });

  it('reads pitch from MIDI note numbers, n and freq alike', () => {
    for (const controls of [{ note: 69 }, { n: 69 }, { freq: 440 }, { note: '69' }]) {
      const { left } = render([event({ ...controls, s: 'sine' }, 0, 1)], 1);
      expect(zeroCrossingFrequency(left, 0, SR)).toBeCloseTo(440, 0);
    }
  });

  it('plays a triangle when only a pitch is given', () => {
    const triangle = render([event({ note: 'a3', s: 'triangle' }, 0, 0.5, 7)], 0.5).left;
    const implicit = render([event({ note: 'a3' }, 0, 0.5, 7)], 0.5).left;
    expect(implicit).toEqual(triangle);
  });

  it('starts every voice on the exact sample round(time × sampleRate)', () => {
    const times = [0, 0.1234567, 0.2500104, 128 / SR, 127.5 / SR, 129.49 / SR, 0.77777777, 1.0000001];
    for (const blockSize of [128, 100, 1]) {
      for (const time of times) {
        const { left } = render([event({ s: 'square', note: 'a4' }, time, 0.05)], time + 0.01, { blockSize });
        expect(firstAbove(left)).toBe(Math.round(time * SR));
      }
    }
  });

  it('keeps onsets exact when several events share a render', () => {
    const times = [0.0100001, 0.2033333, 0.4066666, 0.61];
    const all = render(times.map((t) => event({ s: 'square', note: 'c5', attack: 0, release: 0.001 }, t, 0.02)), 1).left;
    for (const time of times) {
      const onset = Math.round(time * SR);
      // Before each onset the previous note has long finished; only the DC blocker's residue is left.
      expect(Math.abs(all[onset - 1]!)).toBeLessThan(1e-3);
      expect(Math.abs(all[onset]!)).toBeGreaterThan(0.05);
    }
  });

  it('keeps gain: 100 and shape: 1 at or below the -1 dBFS ceiling', () => {
    const events = [
      event({ s: 'sawtooth', note: 'c2', gain: 100 }, 0, 1),
      event({ s: 'supersaw', note: 'c3', gain: 100, shape: 1 }, 0.2, 1),
      event({ s: 'bd', gain: 100, shape: 1, distort: 10 }, 0.5, 0.2),
      ...Array.from({ length: 200 }, (_, i) => event({ s: 'square', note: 40 + (i % 30), gain: 10 }, 0.7 + i * 0.001, 0.3)),
    ];
    const { left, right } = render(events, 1.5);
    expect(Math.max(peak(left), peak(right))).toBeLessThanOrEqual(CEILING);
    expect(peak(left)).toBeGreaterThan(0.8);
  });

  it('never lets NaN or Infinity in a control reach the output, and reports the event', () => {
    const errors: EngineError[] = [];
    const engine = new Engine({ sampleRate: SR, onError: (e) => errors.push(e) });
    const bad = [
      { s: 'sine', note: NaN }, { s: 'sine', lpf: Infinity }, { s: 'sawtooth', gain: NaN }, { s: 'bd', pan: -Infinity },
      { s: 'sine', note: 'not-a-note' }, { s: 'sine', room: [0.5, NaN] }, { s: 'sine', delay: 'NaN' }, { s: 'sine', vowel: NaN },
    ];
    bad.forEach((controls, i) => engine.schedule({ ...event(controls, 0.01 * i, 0.2), id: 100 + i }));
    engine.schedule(event({ s: 'sine', note: 'a4' }, 0, 0.5));
    const left = new Float32Array(SR), right = new Float32Array(SR);
    engine.render(left, right);
    expect(left.every(Number.isFinite) && right.every(Number.isFinite)).toBe(true);
    expect(errors.map((e) => e.eventId)).toEqual(bad.map((_, i) => 100 + i));
    expect(errors.every((e) => e.kind === 'control' && e.locations.length === 1)).toBe(true);
    expect(rms(left)).toBeGreaterThan(0.01);
  });

  it('stops and reports a voice whose finite controls make it produce non-finite samples', () => {
    const errors: EngineError[] = [];
    const engine = new Engine({ sampleRate: SR, onError: (e) => errors.push(e) });
    const wild = event({ s: 'sawtooth', fm: 1e300, fmh: 1e300 }, 0.1, 0.5);
    engine.schedule(wild);
    engine.schedule(event({ s: 'sine', note: 'a4' }, 0, 1));
    const left = new Float32Array(SR), right = new Float32Array(SR);
    engine.render(left, right);
    expect(left.every(Number.isFinite) && right.every(Number.isFinite)).toBe(true);
    expect(errors).toEqual([expect.objectContaining({ kind: 'non-finite', eventId: wild.id, locations: wild.locations })]);
    expect(engine.stats().voices).toBe(1);
  });

  it('renders the same events to the same samples twice', () => {
    const events = () => [
      event({ s: 'supersaw', note: 'c3', room: 0.5, delay: 0.3 }, 0, 0.5, 1),
      event({ s: 'pink', hpf: 500, pan: 0.2 }, 0.1, 0.3, 2),
      event({ s: 'cp', n: 1, room: 0.8, size: 3 }, 0.2, 0.1, 3),
      event({ s: 'hh', n: 2 }, 0.3, 0.1, 4),
      event({ s: 'sawtooth', note: 'e2', lpf: 300, lpenv: 3, fm: 2, crush: 6, coarse: 2 }, 0.4, 0.3, 5),
    ];
    const a = render(events(), 1.5);
    const b = render(events(), 1.5);
    expect(a.left).toEqual(b.left);
    expect(a.right).toEqual(b.right);
  });

  it('steals the oldest voice with a fade, without a click', () => {
    const first = { s: 'sine', note: 43 }, second = { s: 'sine', note: 47 };
    const alone1 = render([event(first, 0, 1, 1)], 0.8).left;
    const alone2 = render([event(second, 0.3, 1, 2)], 0.8).left;
    const engine = new Engine({ sampleRate: SR, maxVoices: 1 });
    engine.schedule(event(first, 0, 1, 1));
    engine.schedule(event(second, 0.3, 1, 2));
    const left = new Float32Array(0.8 * SR), right = new Float32Array(0.8 * SR);
    engine.render(left, right);
    const ownStep = Math.max(maxStep(alone1), maxStep(alone2));
    expect(maxStep(left)).toBeLessThanOrEqual(ownStep * 1.02);
    const stats = engine.stats();
    expect(stats.stolen).toBe(1);
    expect(stats.voices).toBe(1);
    // The first note is gone soon after the second starts.
    expect(rms(left, 0.35 * SR, 0.8 * SR)).toBeCloseTo(rms(alone2, 0.35 * SR, 0.8 * SR), 4);
  });

  it('frees voices after their release, and counts them in stats', () => {
    const engine = new Engine({ sampleRate: SR });
    for (let i = 0; i < 10; i++) engine.schedule(event({ s: 'sawtooth', note: 40 + i, release: 0.1 }, 0, 0.2));
    const block = new Float32Array(128);
    engine.render(block, new Float32Array(128));
    expect(engine.stats().voices).toBe(10);
    const rest = new Float32Array(Math.round(0.31 * SR));
    engine.render(rest, new Float32Array(rest.length));
    const stats = engine.stats();
    expect(stats.voices).toBe(0);
    expect(stats.frame).toBe(128 + rest.length);
    expect(stats.cpu).toBeGreaterThan(0);
  });

  it('drops queued events after the cancel time and keeps the others', () => {
    const engine = new Engine({ sampleRate: SR });
    engine.schedule(event({ s: 'sine' }, 0.1, 0.1));
    engine.schedule(event({ s: 'sine' }, 0.5, 0.1));
    engine.schedule(event({ s: 'sine' }, 0.7, 0.1));
    engine.cancelAfter(0.5);
    expect(engine.stats().queued).toBe(2);
    const left = new Float32Array(SR), right = new Float32Array(SR);
    engine.render(left, right);
    expect(rms(left, 0.5 * SR, 0.6 * SR)).toBeGreaterThan(0.01);
    expect(peak(left, 0.7 * SR, SR)).toBeLessThan(1e-3);
  });

  it('cancels only the given code block\'s events when a block is named', () => {
    const engine = new Engine({ sampleRate: SR });
    engine.schedule({ ...event({ s: 'sine' }, 0.5, 0.1), block: 'a' });
    engine.schedule({ ...event({ s: 'sine' }, 0.5, 0.1), block: 'b' });
    engine.schedule({ ...event({ s: 'sine' }, 0.2, 0.1), block: 'a' });
    engine.cancelAfter(0.3, 'a');
    expect(engine.stats().queued).toBe(2);
    engine.cancelAfter(0.3);
    expect(engine.stats().queued).toBe(1);
  });

  it('reports an unknown sound with the event locations', () => {
    const errors: EngineError[] = [];
    const e = event({ s: 'nope' });
    new Engine({ sampleRate: SR, onError: (error) => errors.push(error) }).schedule(e);
    expect(errors).toEqual([{ kind: 'sound', message: expect.stringMatching(/^unknown sound "nope": not a synth or drum/), sound: 'nope', eventId: e.id, locations: e.locations }]);
  });

  it('says what to do about an unknown sound: the name meant, or where Strudel\'s default sound comes from', () => {
    const messages: string[] = [];
    const engine = new Engine({ sampleRate: SR, onError: (error) => messages.push(error.message) });
    for (const s of ['hhh', 'sawtoth', 'jazz', 'breaks165', 'Bd']) engine.schedule(event({ s }));
    expect(messages).toEqual([
      'unknown sound "hhh": did you mean "hh"?',
      'unknown sound "sawtoth": did you mean "sawtooth"?',
      "unknown sound \"jazz\": it is in Strudel's default dirt-samples; load them with samples('github:tidalcycles/dirt-samples')",
      "unknown sound \"breaks165\": it is in Strudel's default dirt-samples; load them with samples('github:tidalcycles/dirt-samples')",
      'unknown sound "Bd": did you mean "bd"?',
    ]);
    // A declared sample is among the names meant.
    engine.declareSound('vocals', ['vocals.wav']);
    engine.schedule(event({ s: 'vocal' }));
    expect(messages.at(-1)).toBe('unknown sound "vocal": did you mean "vocals"?');
  });

  it('pans with equal power: hard left, centre and hard right', () => {
    const at = (pan: number) => render([event({ s: 'sine', note: 'a4', pan }, 0, 0.5, 9)], 0.5);
    const leftOnly = at(0), centre = at(0.5), rightOnly = at(1);
    expect(peak(leftOnly.right)).toBeLessThan(1e-9);
    expect(peak(rightOnly.left)).toBeLessThan(1e-9);
    expect(rms(centre.left) / rms(leftOnly.left)).toBeCloseTo(Math.SQRT1_2, 3);
  });

  it('starts a slightly late event at once and drops one later than its own length', () => {
    const engine = new Engine({ sampleRate: SR });
    const block = new Float32Array(SR / 2);
    engine.render(block, new Float32Array(block.length));
    engine.schedule(event({ s: 'sine' }, 0.49, 0.5));
    engine.schedule(event({ s: 'sine' }, 0.1, 0.05));
    engine.render(block, new Float32Array(block.length));
    const stats = engine.stats();
    expect(stats.late).toBe(2);
    expect(stats.dropped).toBe(1);
    expect(rms(block)).toBeGreaterThan(0.01);
  });
});
