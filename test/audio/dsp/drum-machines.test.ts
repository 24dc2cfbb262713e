import { describe, expect, it } from 'vitest';
import { DRUM_MACHINES, drumMachine } from '../../../src/audio/dsp/drum-machines.ts';
import { Engine, renderOffline, resolveVoices, type EngineError, type SoundEvent } from '../../../src/audio/index.ts';
import { bandEnergies, event, peak, powerSpectrum, render, rms, SR } from '../helpers.ts';

const DRUMS = ['bd', 'sd', 'hh'];
const BANKS = [undefined, 'RolandTR808', 'RolandTR909'];
/** Seconds between the hits of the phrase: each rings out before the next. */
const GAP = 1.5;

/** `s("bd sd hh")`, one hit every {@link GAP} seconds, with `bank` when given. */
function phrase(bank: string | undefined): Float32Array {
  const controls = (s: string): Record<string, unknown> => (bank === undefined ? { s } : { s, bank });
  return render(DRUMS.map((s, i) => event(controls(s), i * GAP, 0.25)), DRUMS.length * GAP).left;
}

/** The power-weighted mean frequency of the `n` samples from `from`. */
function centroid(x: Float32Array, from: number, n = 2048): number {
  const power = powerSpectrum(x, from, n);
  let weighted = 0, total = 0;
  for (let k = 1; k < power.length; k++) {
    weighted += ((k * SR) / n) * power[k]!;
    total += power[k]!;
  }
  return weighted / total;
}

/** How far apart two hits' spectra are: the distance of their band energies plus their centroids' log ratio. */
function spectralDistance(a: Float32Array, b: Float32Array, from: number): number {
  const bandsA = bandEnergies(a, from), bandsB = bandEnergies(b, from);
  const bands = Math.sqrt(bandsA.reduce((sum, v, i) => sum + (v - bandsB[i]!) ** 2, 0));
  return bands + Math.abs(Math.log(centroid(a, from) / centroid(b, from)));
}

/** Seconds until a hit has fallen for good below -40 dB of its peak. */
function ringTime(x: Float32Array): number {
  const threshold = peak(x) / 100;
  let last = 0;
  for (let i = 0; i < x.length; i++) if (Math.abs(x[i]!) > threshold) last = i;
  return last / SR;
}

/** The energy of the first differences over the energy itself, in `[0, n)`: large for a click, tiny for a low sine. */
function brightness(x: Float32Array, n: number): number {
  let diff = 0, energy = 0;
  for (let i = 1; i < n; i++) {
    diff += (x[i]! - x[i - 1]!) ** 2;
    energy += x[i]! ** 2;
  }
  return diff / energy;
}

/** Renders `events` offline (left channel), collecting the errors the engine reports. */
function renderReporting(events: SoundEvent[], seconds: number, errors: EngineError[]): Float32Array {
  return renderOffline(events, { sampleRate: SR, duration: seconds, onError: (e) => errors.push(e) }).left;
}

/** Renders `events` with an engine that has `samples` loaded; returns the left channel and the errors. */
function withSamples(samples: Record<string, Float32Array>, events: SoundEvent[], seconds: number): { left: Float32Array; errors: EngineError[] } {
  const errors: EngineError[] = [];
  const engine = new Engine({ sampleRate: SR, onError: (e) => errors.push(e) });
  for (const [name, channel] of Object.entries(samples)) {
    engine.declareSound(name, [`${name}.wav`]);
    engine.addSample(name, 0, [channel], SR);
  }
  for (const e of events) engine.schedule(e);
  const left = new Float32Array(Math.round(seconds * SR));
  engine.render(left, new Float32Array(left.length));
  return { left, errors };
}

describe('bank: the TR-808 and TR-909 models', () => {
  it('plays s("bd sd hh") with three clearly different spectra, drum by drum, for the 808, the 909 and no bank', () => {
    const kits = BANKS.map(phrase);
    DRUMS.forEach((drum, d) => {
      const from = Math.round(d * GAP * SR);
      for (const kit of kits) expect(rms(kit, from, from + 2400), drum).toBeGreaterThan(0.005);
      for (let a = 0; a < kits.length; a++) {
        for (let b = a + 1; b < kits.length; b++) {
          expect(spectralDistance(kits[a]!, kits[b]!, from), `${drum}: ${BANKS[a]} vs ${BANKS[b]}`).toBeGreaterThan(0.4);
        }
      }
    });
  });

  it('makes the 808 hats darker and the 909 hats brighter than the kit, the 808 snare more tonal than the 909', () => {
    const [kit, tr808, tr909] = BANKS.map(phrase) as [Float32Array, Float32Array, Float32Array];
    const hh = Math.round(2 * GAP * SR), sd = Math.round(GAP * SR);
    expect(centroid(tr808, hh)).toBeLessThan(0.8 * centroid(kit, hh));
    expect(centroid(tr909, hh)).toBeGreaterThan(1.2 * centroid(kit, hh));
    expect(centroid(tr808, sd)).toBeLessThan(0.6 * centroid(tr909, sd));
  });

  it("rings the 808 kick's boom longer than the 909's", () => {
    const tr808 = render([event({ s: 'bd', bank: 'RolandTR808' }, 0, 0.25)], 2).left;
    const tr909 = render([event({ s: 'bd', bank: 'RolandTR909' }, 0, 0.25)], 2).left;
    expect(ringTime(tr808)).toBeGreaterThan(1.5 * ringTime(tr909));
    // And its decay knob: variation 1 is the long boom.
    const long = render([event({ s: 'bd', n: 1, bank: 'RolandTR808' }, 0, 0.25)], 3).left;
    expect(ringTime(long)).toBeGreaterThan(1.5 * ringTime(tr808));
  });

  it("puts the 909 kick's click in its first 5 ms: far more high-frequency energy than the 808's", () => {
    const first = Math.round(0.005 * SR);
    const tr808 = render([event({ s: 'bd', bank: 'RolandTR808' }, 0, 0.25)], 0.1).left;
    const tr909 = render([event({ s: 'bd', bank: 'RolandTR909' }, 0, 0.25)], 0.1).left;
    expect(brightness(tr909, first)).toBeGreaterThan(20 * brightness(tr808, first));
    expect(rms(tr909, 0, first)).toBeGreaterThan(rms(tr808, 0, first));
  });

  it('plays the same drum for a short bank name and for the machine named in the sound', () => {
    const id = 41;
    const full = render([event({ s: 'bd', bank: 'RolandTR909' }, 0, 0.25, id)], 0.5).left;
    expect(render([event({ s: 'bd', bank: 'tr909' }, 0, 0.25, id)], 0.5).left).toEqual(full);
    expect(render([event({ s: 'RolandTR909_bd' }, 0, 0.25, id)], 0.5).left).toEqual(full);
    expect(drumMachine('tr808')).toBe('RolandTR808');
    expect(drumMachine('LinnDrum')).toBeUndefined();
  });

  it("sounds every drum of each machine, and falls back to weft's kit for one it lacks", () => {
    for (const [machine, kit] of Object.entries(DRUM_MACHINES)) {
      for (const name of Object.keys(kit)) {
        const hit = render([event({ s: name, bank: machine }, 0, 0.25)], 0.3).left;
        expect(rms(hit, 0, 2400), `${machine} ${name}`).toBeGreaterThan(0.005);
      }
    }
    // The 909 had no cowbell: weft's own plays.
    const id = 42;
    const cowbell = render([event({ s: 'cb' }, 0, 0.25, id)], 0.5).left;
    expect(render([event({ s: 'cb', bank: 'RolandTR909' }, 0, 0.25, id)], 0.5).left).toEqual(cowbell);
  });
});

describe('bank: declared samples and unknown banks', () => {
  it('plays a declared sample of the prefixed name rather than the model', () => {
    const tone = Float32Array.from({ length: 4800 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 1000 * i) / SR));
    const played = withSamples({ RolandTR909_bd: tone }, [event({ s: 'bd', bank: 'RolandTR909' }, 0, 0.25)], 0.2);
    const model = render([event({ s: 'bd', bank: 'RolandTR909' }, 0, 0.25)], 0.2).left;
    expect(played.errors).toEqual([]);
    expect(centroid(played.left, 1000)).toBeGreaterThan(800);
    expect(centroid(played.left, 1000)).toBeLessThan(1200);
    expect(centroid(model, 1000)).toBeLessThan(400);
  });

  it("warns of a bank it does not model, located at the event, and plays weft's kit", () => {
    const id = 43;
    const errors: EngineError[] = [];
    const hit = event({ s: 'bd', bank: 'LinnDrum' }, 0, 0.25, id);
    const played = renderReporting([hit], 0.5, errors);
    expect(errors).toEqual([expect.objectContaining({ kind: 'bank', eventId: id, locations: hit.locations })]);
    expect(errors[0]!.message).toContain('"LinnDrum" is not built in');
    expect(errors[0]!.message).toContain("samples('https://raw.githubusercontent.com/Mittans/tidal-drum-machines/main/machines/tidal-drum-machines.json')");
    expect(played).toEqual(render([event({ s: 'bd' }, 0, 0.25, id)], 0.5).left);
    expect(rms(played, 0, 2400)).toBeGreaterThan(0.005);
  });

  it('warns once per batch for each unknown bank, and keeps every record', () => {
    const events = [
      event({ s: 'bd', bank: 'LinnDrum' }), event({ s: 'sd', bank: 'LinnDrum' }),
      event({ s: 'hh', bank: 'AkaiMPC60' }), event({ s: 'bd', bank: 'RolandTR808' }),
    ];
    const batch = resolveVoices(events);
    expect(batch.count).toBe(4);
    expect(batch.errors.map((e) => [e.kind, e.eventId])).toEqual([['bank', events[0]!.id], ['bank', events[2]!.id]]);
  });

  it('does not warn when the prefixed name is a declared sample, which plays', () => {
    const tone = Float32Array.from({ length: 4800 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 1000 * i) / SR));
    const played = withSamples({ LinnDrum_bd: tone }, [event({ s: 'bd', bank: 'LinnDrum' }, 0, 0.25)], 0.2);
    expect(played.errors).toEqual([]);
    expect(centroid(played.left, 1000)).toBeGreaterThan(800);
  });

  it('reports a name no kit has, with the bank prefixed, as an unknown sound', () => {
    const errors: EngineError[] = [];
    renderReporting([event({ s: 'xx', bank: 'RolandTR909' })], 0.1, errors);
    expect(errors).toEqual([expect.objectContaining({ kind: 'sound', message: expect.stringMatching(/^unknown sound "RolandTR909_xx"/) })]);
  });
});
