/**
 * Resolving events into voice records, off the audio thread: in the runtime worker before its
 * events are posted to the worklet, and wherever an offline render runs (Node's `weft render`, the
 * bounce worker, a browser OfflineAudioContext), so that every render plays the same numbers.
 */
import { midiToHz } from '../dsp/pitch.ts';
import { SAMPLE_BASE_NOTE } from '../dsp/synth-names.ts';
import {
  DEFAULT_NOTE, FILTER, ORBIT_COUNT, SOURCE, SOURCE_BY_NAME, V, type SourceKind, type VoiceBatch,
} from '../dsp/voice-record.ts';
import type { EngineError, SoundEvent } from '../protocol.ts';
import { BatchBuilder } from './batch.ts';
import { readBank, resolveDrum, unknownBankMessage } from './bank.ts';
import { HeardControls, type Heard } from './heard.ts';
import { writeFilterTypes } from './resolve-filters.ts';
import { writeSourceModulation } from './resolve-source.ts';
import { SYNTH_SOURCES, SynthFields } from './resolve-synths.ts';
import { writeEffects } from './resolve-fx.ts';
import { ControlError, readSound } from './values.ts';

// The synths by name, short names last.
const SYNTHS: Readonly<Record<string, SourceKind>> = {
  sine: SOURCE.sine, triangle: SOURCE.triangle, square: SOURCE.square, sawtooth: SOURCE.sawtooth, supersaw: SOURCE.supersaw,
  pulse: SOURCE.pulse, white: SOURCE.white, pink: SOURCE.pink, brown: SOURCE.brown, ...SYNTH_SOURCES,
  sin: SOURCE.sine, tri: SOURCE.triangle, sqr: SOURCE.square, saw: SOURCE.sawtooth,
};

/** The synth names the engine plays (short names last). */
export const SYNTH_NAMES: readonly string[] = Object.keys(SYNTHS);

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
/** Resonance in dB of peak (as a Web Audio lowpass Q), turned into the filter's linear Q. */
const resonanceDbToQ = (db: number): number => Math.pow(10, clamp(db, -20, 50) / 20);

interface FilterNames {
  cutoff: Heard;
  q: Heard;
  env: Heard;
  attack: Heard;
  decay: Heard;
  sustain: Heard;
  release: Heard;
  /** The Q is given as resonance in dB (lowpass and highpass), or as Q itself (bandpass). */
  qInDb: boolean;
}

const LOWPASS: FilterNames = {
  cutoff: 'cutoff', q: 'resonance', env: 'lpenv', attack: 'lpattack', decay: 'lpdecay', sustain: 'lpsustain', release: 'lprelease', qInDb: true,
};
const HIGHPASS: FilterNames = {
  cutoff: 'hcutoff', q: 'hresonance', env: 'hpenv', attack: 'hpattack', decay: 'hpdecay', sustain: 'hpsustain', release: 'hprelease', qInDb: true,
};
const BANDPASS: FilterNames = {
  cutoff: 'bandf', q: 'bandq', env: 'bpenv', attack: 'bpattack', decay: 'bpdecay', sustain: 'bpsustain', release: 'bprelease', qInDb: false,
};

function writeFilter(c: HeardControls, names: FilterNames, out: Float64Array, at: number): void {
  const cutoff = c.number(names.cutoff);
  out[at + FILTER.on] = cutoff === undefined ? 0 : 1;
  if (cutoff === undefined) return;
  const q = c.number(names.q);
  out[at + FILTER.cutoff] = cutoff;
  out[at + FILTER.q] = q === undefined ? 1 : names.qInDb ? resonanceDbToQ(q) : clamp(q, 0.05, 100);
  out[at + FILTER.env] = c.number(names.env) ?? 0;
  out[at + FILTER.attack] = Math.max(0, c.number(names.attack) ?? 0.005);
  out[at + FILTER.decay] = Math.max(0, c.number(names.decay) ?? 0.1);
  out[at + FILTER.sustain] = clamp(c.number(names.sustain) ?? 1, 0, 1);
  out[at + FILTER.release] = Math.max(0, c.number(names.release) ?? 0.01);
}

/** The pitch asked for: `freq`, else `note`, else (for pitched sources) `n`; in Hz. */
function readPitch(c: HeardControls, useN: boolean): number | undefined {
  const freq = c.number('freq');
  if (freq !== undefined) return freq;
  const note = c.note();
  if (note !== undefined) return midiToHz(note);
  const n = useN ? c.number('n') : undefined;
  return n === undefined ? undefined : midiToHz(n);
}

/** The tempo the event was scheduled at: the event's own record, else its `cps` control, else 0.5. */
function eventCps(c: HeardControls, event: SoundEvent): number {
  const cps = event.cps !== undefined && Number.isFinite(event.cps) && event.cps > 0 ? event.cps : c.number('cps');
  return cps !== undefined && cps > 0 ? cps : 0.5;
}

/**
 * Turns events into voice records. Keeps its scratch space from event to event; one resolver per
 * thread that resolves.
 */
export class VoiceResolver {
  private readonly controls = new HeardControls();
  private readonly batch = new BatchBuilder();
  private readonly synths = new SynthFields();

  /** Resolves `events` (in order) into a batch; events that cannot play are the batch's errors. */
  resolve(events: readonly SoundEvent[]): VoiceBatch {
    for (const event of events) this.add(event);
    return this.batch.take();
  }

  /**
   * Adds `event` to the batch being built: its source (`s`: a synth, a drum of weft's kit or, with
   * `bank`, of a modelled drum machine, or a name the engine may know as a sample, which wins; the
   * bank's prefix is on the name; a triangle when only a pitch is given), its pitch (`freq`,
   * else `note`, else `n` for pitched sources), its envelope, filters, shaping and sends. A
   * non-finite number in any control rejects the event.
   */
  add(event: SoundEvent): void {
    // An event for another output (`.midi()`, `.osc()`) is not weft's to sound.
    if (event.controls.output !== undefined) return;
    const out = this.batch;
    const at = out.add();
    try {
      this.write(event, out.record, at);
    } catch (error) {
      out.drop();
      if (error instanceof NoSound) out.error(failure(event, 'sound', 'event has no sound (s) and no pitch'));
      else if (error instanceof ControlError) out.error(failure(event, 'control', error.message));
      else throw error;
    }
  }

  /** The batch built so far (and a fresh start). */
  take(): VoiceBatch {
    return this.batch.take();
  }

  private write(event: SoundEvent, d: Float64Array, at: number): void {
    const out = this.batch;
    if (!Number.isFinite(event.time) || !Number.isFinite(event.duration)) throw new BadTiming();
    const c = this.controls;
    c.read(event.controls);
    const found = c.raw('s');
    const sound = found === undefined ? undefined : readSound(found.key, found.value);
    const n = c.number('n');
    const variation = sound?.index ?? n ?? 0;
    let source: number;
    let drum = -1;
    let name = sound?.name;
    let unknownBank: string | undefined;
    if (sound === undefined) {
      if (!c.has('note') && !c.has('n') && !c.has('freq')) throw new NoSound();
      source = SOURCE.triangle;
    } else if (Object.hasOwn(SYNTHS, sound.name)) {
      source = SYNTHS[sound.name]!;
    } else {
      // A drum of weft's kit or of a modelled machine (`bank`), else a name for the engine to find.
      const resolved = resolveDrum(sound.name, variation, readBank(c));
      ({ name, drum, unknownBank } = resolved);
      source = drum >= 0 ? SOURCE.drum : SOURCE_BY_NAME;
    }
    const isDrum = source === SOURCE.drum;
    const pitch = readPitch(c, !isDrum && source !== SOURCE_BY_NAME);
    // A sample's note: freq or note (not n, which picks its file).
    const asked = readPitch(c, false);
    const unit = c.raw('unit');
    if (unit !== undefined && unit.value !== 'r' && unit.value !== 'c') throw new ControlError(unit.key, unit.value, '"r" or "c"');
    const clip = c.number('clip');
    const cps = eventCps(c, event);
    const delaySync = c.number('delaysync');
    d[at + V.eventId] = event.id;
    d[at + V.time] = event.time;
    d[at + V.block] = event.block === undefined ? -1 : out.string(event.block);
    d[at + V.rangeStart] = out.locations(event.locations);
    d[at + V.rangeCount] = event.locations.length;
    d[at + V.name] = name === undefined ? -1 : out.string(name);
    d[at + V.source] = source;
    d[at + V.drum] = drum;
    d[at + V.variation] = variation;
    d[at + V.freq] = pitch ?? midiToHz(DEFAULT_NOTE);
    d[at + V.sampleMidi] = asked === undefined ? SAMPLE_BASE_NOTE : 69 + 12 * Math.log2(Math.abs(asked) / 440);
    d[at + V.sampleFreq] = midiToHz(d[at + V.sampleMidi]!);
    d[at + V.speed] = c.number('speed') ?? 1;
    d[at + V.begin] = clamp(c.number('begin') ?? 0, 0, 1);
    d[at + V.end] = clamp(c.number('end') ?? 1, 0, 1);
    d[at + V.loop] = (c.number('loop') ?? 0) > 0 ? 1 : 0;
    d[at + V.loopBegin] = clamp(c.number('loopBegin') ?? 0, 0, 1);
    d[at + V.loopEnd] = clamp(c.number('loopEnd') ?? 1, 0, 1);
    d[at + V.cycles] = unit?.value === 'c' ? 1 : 0;
    d[at + V.cps] = cps;
    d[at + V.gate] = Math.max(0, event.duration * (clip ?? 1));
    d[at + V.clipped] = clip === undefined ? 0 : 1;
    const attack = c.number('attack');
    d[at + V.attack] = attack === undefined ? NaN : Math.max(0, attack);
    d[at + V.decay] = Math.max(0, c.number('decay') ?? 0.05);
    d[at + V.sustain] = clamp(c.number('sustain') ?? 1, 0, 1);
    d[at + V.release] = Math.max(0, c.number('release') ?? 0.01);
    d[at + V.gain] = Math.max(0, c.number('gain') ?? 1);
    d[at + V.velocity] = Math.max(0, c.number('velocity') ?? 1);
    d[at + V.postgain] = Math.max(0, c.number('postgain') ?? 1);
    d[at + V.pan] = clamp(c.number('pan') ?? 0.5, 0, 1);
    writeFilter(c, LOWPASS, d, at + V.lpOn);
    writeFilter(c, HIGHPASS, d, at + V.hpOn);
    writeFilter(c, BANDPASS, d, at + V.bpOn);
    writeFilterTypes(c, d, at);
    d[at + V.shape] = clamp(c.number('shape') ?? 0, 0, 1);
    d[at + V.distort] = Math.max(0, c.number('distort') ?? 0);
    d[at + V.distortVolume] = Math.max(0, c.number('distortvol') ?? 1);
    d[at + V.crush] = clamp(c.number('crush') ?? 0, 0, 16);
    d[at + V.coarse] = Math.max(1, Math.floor(c.number('coarse') ?? 1));
    d[at + V.pw] = clamp(c.number('pw') ?? 0.5, 0.01, 0.99);
    d[at + V.detune] = c.number('detune') ?? 0.2;
    d[at + V.unison] = clamp(Math.round(c.number('unison') ?? 5), 1, 16);
    d[at + V.orbit] = clamp(Math.floor(c.number('orbit') ?? 1), 0, ORBIT_COUNT - 1);
    d[at + V.cut] = Math.trunc(c.number('cut') ?? 0);
    d[at + V.room] = Math.max(0, c.number('room') ?? 0);
    d[at + V.delay] = Math.max(0, c.number('delay') ?? 0);
    d[at + V.size] = c.number('size', 'roomsize') ?? NaN;
    d[at + V.delayTime] = delaySync !== undefined && cps > 0 ? delaySync / cps : (c.number('delaytime') ?? NaN);
    d[at + V.delayFeedback] = c.number('delayfeedback') ?? NaN;
    writeSourceModulation(c, d, at);
    this.synths.write(c, sound?.name, d, at, out);
    writeEffects(c, d, at, cps, (s) => out.string(s));
    // Last, once nothing can reject the event: it plays weft's kit, and says so once per batch.
    if (unknownBank !== undefined) out.errorOnce(`bank ${unknownBank}`, { ...failure(event, 'bank', unknownBankMessage(unknownBank)), bank: unknownBank });
  }
}

/** Thrown for an event with neither a sound nor a pitch. */
class NoSound extends Error {}

/** Thrown for an event whose time or duration is not a finite number. */
class BadTiming extends ControlError {
  constructor() {
    super('time', undefined);
    this.message = 'event time and duration must be finite numbers';
  }
}

function failure(event: SoundEvent, kind: EngineError['kind'], message: string): EngineError {
  return { kind, message, eventId: event.id, locations: event.locations };
}

/** Resolves `events` into one batch (see {@link VoiceResolver}). */
export function resolveVoices(events: readonly SoundEvent[]): VoiceBatch {
  return new VoiceResolver().resolve(events);
}
