import { DRUM_MACHINES } from './drum-machines.ts';
import type { DrumKit, DrumPatch } from './drum-patch.ts';
import type { Hz, Seconds } from './units.ts';

export type { ClickLayer, DrumKit, DrumPatch, MetalLayer, NoiseLayer, ToneLayer } from './drum-patch.ts';

const HAT_FREQS = [205.3, 304.4, 369.6, 522.7, 540, 800];
const scaled = (freqs: readonly Hz[], factor: number): Hz[] => freqs.map((f) => f * factor);

/** weft's own kit (played when no bank is given): each name's variations, picked by `n` (wrapping). */
export const DRUM_KIT: DrumKit = {
  bd: [
    { tones: [{ from: 150, to: 48, sweep: 0.03, decay: 0.55, level: 1 }],
      noise: { filter: 'lowpass', freq: 3000, q: 0.7, decay: 0.012, level: 0.35 } },
    { tones: [{ from: 120, to: 45, sweep: 0.05, decay: 1.3, level: 1 }] },
    { tones: [{ from: 230, to: 58, sweep: 0.02, decay: 0.38, level: 1 }],
      noise: { filter: 'highpass', freq: 2000, q: 0.7, decay: 0.015, level: 0.5 } },
    { tones: [{ from: 180, to: 70, sweep: 0.015, decay: 0.18, level: 1 }] },
  ],
  sd: [
    { tones: [{ from: 200, to: 185, sweep: 0.02, decay: 0.15, level: 0.55 },
        { from: 340, to: 330, sweep: 0.02, decay: 0.1, level: 0.3 }],
      noise: { filter: 'highpass', freq: 1500, q: 0.7, decay: 0.26, level: 0.75 } },
    { tones: [{ from: 238, to: 238, sweep: 0.01, decay: 0.2, level: 0.5 },
        { from: 476, to: 476, sweep: 0.01, decay: 0.12, level: 0.25 }],
      noise: { filter: 'highpass', freq: 1800, q: 0.6, decay: 0.32, level: 0.6 } },
    { tones: [{ from: 300, to: 260, sweep: 0.01, decay: 0.08, level: 0.4 }],
      noise: { filter: 'bandpass', freq: 4000, q: 0.8, decay: 0.16, level: 0.9 } },
  ],
  hh: [
    { tones: [], metal: { freqs: HAT_FREQS, band: 10000, q: 1, highpass: 7000, decay: 0.07, level: 1 },
      noise: { filter: 'highpass', freq: 8000, q: 0.7, decay: 0.05, level: 0.3 } },
    { tones: [], metal: { freqs: scaled(HAT_FREQS, 1.2), band: 9000, q: 1.2, highpass: 6000, decay: 0.12, level: 1 } },
    { tones: [], noise: { filter: 'highpass', freq: 9000, q: 0.7, decay: 0.05, level: 1 } },
  ],
  oh: [
    { tones: [], metal: { freqs: HAT_FREQS, band: 10000, q: 1, highpass: 7000, decay: 0.5, level: 1 },
      noise: { filter: 'highpass', freq: 8000, q: 0.7, decay: 0.4, level: 0.3 } },
    { tones: [], metal: { freqs: scaled(HAT_FREQS, 1.2), band: 9000, q: 1.2, highpass: 6000, decay: 0.8, level: 1 } },
    { tones: [], noise: { filter: 'highpass', freq: 7000, q: 0.7, decay: 0.35, level: 1 } },
  ],
  cp: [
    { tones: [], noise: { filter: 'bandpass', freq: 1100, q: 1.2, decay: 0.3, level: 1, bursts: 3, spacing: 0.011 } },
    { tones: [], noise: { filter: 'bandpass', freq: 1400, q: 1.5, decay: 0.22, level: 1, bursts: 4, spacing: 0.009 } },
    { tones: [], noise: { filter: 'bandpass', freq: 900, q: 1, decay: 0.4, level: 1, bursts: 2, spacing: 0.015 } },
  ],
  rim: [
    { tones: [{ from: 1700, to: 1700, sweep: 0.01, decay: 0.03, level: 0.6 },
        { from: 480, to: 480, sweep: 0.01, decay: 0.045, level: 0.45 }],
      noise: { filter: 'bandpass', freq: 3000, q: 1, decay: 0.01, level: 0.4 } },
    { tones: [{ from: 1200, to: 1100, sweep: 0.005, decay: 0.05, level: 0.7 }],
      noise: { filter: 'bandpass', freq: 2500, q: 1.5, decay: 0.015, level: 0.4 } },
  ],
  lt: [
    { tones: [{ from: 135, to: 105, sweep: 0.06, decay: 0.5, level: 1 }],
      noise: { filter: 'lowpass', freq: 1500, q: 0.7, decay: 0.05, level: 0.12 } },
    { tones: [{ from: 120, to: 92, sweep: 0.08, decay: 0.65, level: 1 }] },
  ],
  mt: [
    { tones: [{ from: 185, to: 145, sweep: 0.05, decay: 0.42, level: 1 }],
      noise: { filter: 'lowpass', freq: 2000, q: 0.7, decay: 0.05, level: 0.12 } },
    { tones: [{ from: 165, to: 128, sweep: 0.07, decay: 0.55, level: 1 }] },
  ],
  ht: [
    { tones: [{ from: 255, to: 200, sweep: 0.04, decay: 0.36, level: 1 }],
      noise: { filter: 'lowpass', freq: 2500, q: 0.7, decay: 0.05, level: 0.12 } },
    { tones: [{ from: 230, to: 178, sweep: 0.06, decay: 0.45, level: 1 }] },
  ],
  cb: [
    { tones: [], metal: { freqs: [540, 800], band: 2640, q: 1.5, highpass: 300, decay: 0.45, level: 1 } },
    { tones: [], metal: { freqs: [587, 845], band: 2000, q: 1.2, highpass: 250, decay: 0.25, level: 1 } },
  ],
  cr: [
    { tones: [], metal: { freqs: scaled(HAT_FREQS, 1.35), band: 8000, q: 0.6, highpass: 4500, decay: 1.8, level: 0.8 },
      noise: { filter: 'highpass', freq: 6000, q: 0.7, decay: 1.5, level: 0.45 } },
    { tones: [], metal: { freqs: scaled(HAT_FREQS, 1.6), band: 9000, q: 0.7, highpass: 5000, decay: 2.6, level: 0.8 },
      noise: { filter: 'highpass', freq: 7000, q: 0.7, decay: 2.2, level: 0.35 } },
  ],
};

/** The variation `variation` (wrapping both ways) of `name` in `kit`, or `undefined` if the kit has no such name. */
function kitPatch(kit: DrumKit, name: string, variation: number): DrumPatch | undefined {
  const variations = Object.hasOwn(kit, name) ? kit[name] : undefined;
  if (variations === undefined || variations.length === 0) return undefined;
  const count = variations.length;
  const index = ((Math.floor(variation) % count) + count) % count;
  return variations[index];
}

/**
 * The patch for a drum name and variation index (wrapping), or `undefined` for an unknown name:
 * from the model of drum machine `machine` (a name of {@link DRUM_MACHINES}) when it has that
 * drum, else from weft's own kit.
 */
export function drumPatch(name: string, variation: number, machine?: string): DrumPatch | undefined {
  const kit = machine !== undefined && Object.hasOwn(DRUM_MACHINES, machine) ? DRUM_MACHINES[machine] : undefined;
  return (kit === undefined ? undefined : kitPatch(kit, name, variation)) ?? kitPatch(DRUM_KIT, name, variation);
}

/** How long a patch sounds before every layer has decayed by 60 dB. */
export function drumLength(patch: DrumPatch): Seconds {
  let length = 0;
  for (const tone of patch.tones) length = Math.max(length, tone.decay);
  if (patch.noise) {
    const bursts = patch.noise.bursts ?? 1;
    length = Math.max(length, (bursts - 1) * (patch.noise.spacing ?? 0) + patch.noise.decay);
  }
  if (patch.metal) length = Math.max(length, patch.metal.decay, patch.metal.snap?.decay ?? 0);
  if (patch.click) length = Math.max(length, patch.click.decay);
  return length;
}

/**
 * Every patch of weft's kit and of the drum machines' models in one list: a voice record names its
 * drum by its index here.
 */
export const DRUM_PATCHES: readonly DrumPatch[] = [DRUM_KIT, ...Object.values(DRUM_MACHINES)].flatMap((kit) => Object.values(kit).flat());

const PATCH_INDEX: ReadonlyMap<DrumPatch, number> = new Map(DRUM_PATCHES.map((patch, i) => [patch, i]));

/**
 * The index in {@link DRUM_PATCHES} of a drum name's variation (wrapping), from drum machine
 * `machine`'s model when it has that drum, else from weft's kit; -1 for an unknown name.
 */
export function drumPatchIndex(name: string, variation: number, machine?: string): number {
  const patch = drumPatch(name, variation, machine);
  return patch === undefined ? -1 : (PATCH_INDEX.get(patch) ?? -1);
}
