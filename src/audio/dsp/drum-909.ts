/**
 * A model of the Roland TR-909's voices (`bank("RolandTR909")`). Its drums are analogue: the bass
 * drum a sine whose pitch sweeps down hard, waveshaped, under a beater click (a pulse and a burst
 * of noise); the snare two swept tones under a lot of filtered noise; toms swept and a little
 * noisy; the rimshot short resonances and a click; the clap noise bursts before a tail. Its hats
 * and cymbals were 6-bit samples: here metallic oscillators with noise, brighter and thinner than
 * the 808's. Variations (`n`) stand for the machine's knobs: tune, attack, decay, tone and snappy.
 */
import type { DrumKit, DrumPatch } from './drum-patch.ts';
import type { Hz, Seconds } from './units.ts';

/** Inharmonic square oscillators for the hats: higher and more spread than the 808's six. */
const HAT_METAL: readonly Hz[] = [317, 476, 529, 652, 813, 1059];
/** The same for the cymbals. */
const CYMBAL_METAL: readonly Hz[] = [443, 590, 737, 906, 1127, 1389];

/** The bass drum: a sine swept from five times its tune within ~15 ms, shaped by `drive`, and a click of `attack`. */
const kick = (tune: Hz, decay: Seconds, attack: number): DrumPatch => ({
  tones: [{ from: tune * 5, to: tune, sweep: 0.014, decay, level: 1 }],
  drive: 1.8,
  click: { freq: 3000, decay: 0.006, level: attack },
});

/** The snare: two tones swept down a little (tone) under much bandpassed noise (snappy). */
const snare = (tune: Hz, snappy: number, noiseDecay: Seconds): DrumPatch => ({
  tones: [
    { from: tune * 1.3, to: tune, sweep: 0.012, decay: 0.14, level: 0.55 },
    { from: tune * 2.3, to: tune * 1.8, sweep: 0.01, decay: 0.09, level: 0.35 },
  ],
  drive: 1.5,
  noise: { filter: 'bandpass', freq: 5500, q: 0.45, decay: noiseDecay, level: snappy },
});

/** A hi-hat: bright metal and noise above 8 kHz. */
const hat = (decay: Seconds): DrumPatch => ({
  tones: [],
  metal: { freqs: HAT_METAL, band: 12000, q: 0.7, highpass: 8500, decay, level: 1.1 },
  noise: { filter: 'highpass', freq: 9500, q: 0.7, decay: decay * 0.9, level: 0.6 },
});

/** A tom: a sine swept down by half an octave and more, shaped, with a puff of bandpassed noise. */
const tom = (tune: Hz, decay: Seconds): DrumPatch => ({
  tones: [{ from: tune * 1.6, to: tune, sweep: 0.035, decay, level: 1 }],
  drive: 1.3,
  noise: { filter: 'bandpass', freq: 900, q: 0.8, decay: 0.08, level: 0.2 },
});

/** The TR-909's drums, by Strudel's drum names, with variations standing for its knobs. */
export const TR909: DrumKit = {
  // attack and decay: normal, long, short with a hard attack; then tuned down
  bd: [kick(52, 0.5, 0.9), kick(52, 0.9, 0.6), kick(56, 0.3, 1.3), kick(46, 0.55, 0.8)],
  // tone and snappy: normal, snappier, higher tone
  sd: [snare(185, 1.3, 0.3), snare(185, 1.8, 0.4), snare(225, 1.1, 0.25)],
  hh: [hat(0.08), hat(0.13), hat(0.05)],
  oh: [hat(0.5), hat(0.35), hat(0.8)],
  cr: [
    { tones: [], metal: { freqs: CYMBAL_METAL, band: 9000, q: 0.5, highpass: 5000, decay: 1.8, level: 0.8 },
      noise: { filter: 'highpass', freq: 6000, q: 0.7, decay: 1.5, level: 0.6 } },
    { tones: [], metal: { freqs: CYMBAL_METAL, band: 10000, q: 0.5, highpass: 6000, decay: 2.6, level: 0.8 },
      noise: { filter: 'highpass', freq: 7000, q: 0.7, decay: 2.2, level: 0.5 } },
  ],
  // the ride: a bell-like strike over a long, quieter wash
  rd: [
    { tones: [], metal: { freqs: CYMBAL_METAL, band: 6500, q: 1.2, highpass: 3500, decay: 2.5, level: 0.6, snap: { decay: 0.12, level: 1 } },
      noise: { filter: 'highpass', freq: 8000, q: 0.7, decay: 1.2, level: 0.2 } },
    { tones: [], metal: { freqs: CYMBAL_METAL, band: 7500, q: 1.4, highpass: 4000, decay: 3.2, level: 0.6, snap: { decay: 0.08, level: 0.8 } },
      noise: { filter: 'highpass', freq: 8500, q: 0.7, decay: 1.6, level: 0.15 } },
  ],
  // four peaks of brighter, wider noise than the 808's, and a longer tail
  cp: [
    { tones: [], noise: { filter: 'bandpass', freq: 1250, q: 1, decay: 0.36, level: 1, bursts: 4, spacing: 0.0085 } },
    { tones: [], noise: { filter: 'bandpass', freq: 1400, q: 0.9, decay: 0.5, level: 1, bursts: 4, spacing: 0.01 } },
  ],
  // short resonances under a sharp click
  rim: [
    { tones: [{ from: 1800, to: 1750, sweep: 0.003, decay: 0.02, level: 0.6 }, { from: 540, to: 510, sweep: 0.003, decay: 0.03, level: 0.5 }],
      click: { freq: 5000, decay: 0.004, level: 0.7 } },
    { tones: [{ from: 1500, to: 1450, sweep: 0.003, decay: 0.03, level: 0.6 }, { from: 440, to: 420, sweep: 0.003, decay: 0.04, level: 0.5 }],
      click: { freq: 4000, decay: 0.005, level: 0.6 } },
  ],
  lt: [tom(100, 0.5), tom(90, 0.7), tom(110, 0.35)],
  mt: [tom(135, 0.45), tom(122, 0.6), tom(148, 0.32)],
  ht: [tom(180, 0.4), tom(165, 0.55), tom(198, 0.3)],
};
