/**
 * A model of the Roland TR-808's voices (`bank("RolandTR808")`), after its circuits: the bass drum,
 * toms and congas are bridged-T resonators (a decaying sine whose pitch drops a little as the
 * trigger pulse lets go), the snare two of them plus highpassed noise, the hats and cymbal six
 * square oscillators through bandpass and highpass filters, the cowbell two of those oscillators
 * with a two-stage envelope, the clap noise bursts before a tail. Variations (`n`) stand for the
 * machine's knobs: decay, tune, tone and snappy.
 */
import type { DrumKit, DrumPatch } from './drum-patch.ts';
import type { Hz, Seconds } from './units.ts';

/** The six Schmitt-trigger square oscillators shared by the hats and the cymbal, in Hz. */
const OSCILLATORS: readonly Hz[] = [205.3, 304.4, 369.6, 522.7, 540, 800];

/** The bass drum: tuned near 50 Hz, its pitch falling from 1.6 times that within a few ms; a long boom. */
const kick = (tune: Hz, decay: Seconds): DrumPatch => ({
  tones: [{ from: tune * 1.6, to: tune, sweep: 0.006, decay, level: 1 }],
});

/** The snare: bridged-T tones near 180 and 330 Hz (tone), and highpassed noise (snappy). */
const snare = (low: Hz, high: Hz, snappy: number, noiseDecay: Seconds): DrumPatch => ({
  tones: [
    { from: low * 1.06, to: low, sweep: 0.006, decay: 0.2, level: 0.8 },
    { from: high * 1.05, to: high, sweep: 0.006, decay: 0.12, level: 0.45 },
  ],
  noise: { filter: 'highpass', freq: 2500, q: 0.7, decay: noiseDecay, level: snappy },
});

/** A hi-hat: the six oscillators through the 7.1 kHz bandpass and a 6 kHz highpass. */
const hat = (decay: Seconds): DrumPatch => ({
  tones: [], metal: { freqs: OSCILLATORS, band: 7100, q: 1.8, highpass: 6000, decay, level: 1.8 },
});

/** The cymbal: the oscillators through a wider, lower band, a bright strike over a long ring. */
const cymbal = (decay: Seconds, band: Hz): DrumPatch => ({
  tones: [],
  metal: { freqs: OSCILLATORS, band, q: 0.6, highpass: 3000, decay, level: 0.7, snap: { decay: 0.3, level: 1.2 } },
});

/** A tom or conga: a bridged-T with a small pitch drop; the toms add a breath of lowpassed noise. */
function tom(tune: Hz, decay: Seconds, noise: number): DrumPatch {
  const tones = [{ from: tune * 1.12, to: tune, sweep: 0.012, decay, level: 1 }];
  return noise > 0 ? { tones, noise: { filter: 'lowpass', freq: 1200, q: 0.7, decay: 0.12, level: noise } } : { tones };
}

/** The TR-808's drums, by Strudel's drum names, with variations standing for its knobs. */
export const TR808: DrumKit = {
  // decay: normal, the long boom, short; then tuned up
  bd: [kick(52, 1.1), kick(49, 2), kick(55, 0.45), kick(64, 0.8)],
  // tone and snappy: normal, snappier, higher tone with less snap
  sd: [snare(180, 330, 0.5, 0.2), snare(180, 330, 0.85, 0.28), snare(238, 476, 0.35, 0.15)],
  hh: [hat(0.06), hat(0.1)],
  // the open hat's decay knob
  oh: [hat(0.45), hat(0.3), hat(0.8)],
  cr: [cymbal(1.6, 5000), cymbal(1, 6500), cymbal(2.4, 4200)],
  // four peaks of bandpassed noise a few ms apart, then the "reverb" tail
  cp: [
    { tones: [], noise: { filter: 'bandpass', freq: 1000, q: 1.3, decay: 0.3, level: 1, bursts: 4, spacing: 0.0095 } },
    { tones: [], noise: { filter: 'bandpass', freq: 950, q: 1.1, decay: 0.42, level: 1, bursts: 4, spacing: 0.011 } },
  ],
  // two bridged-T networks (about 455 Hz and 1.67 kHz) ringing for a few ms
  rim: [
    { tones: [{ from: 1667, to: 1667, sweep: 0.01, decay: 0.022, level: 0.7 }, { from: 455, to: 455, sweep: 0.01, decay: 0.03, level: 0.55 }] },
  ],
  lt: [tom(88, 0.55, 0.08), tom(80, 0.7, 0.08), tom(98, 0.45, 0.08)],
  mt: [tom(124, 0.48, 0.07), tom(114, 0.6, 0.07), tom(136, 0.4, 0.07)],
  ht: [tom(170, 0.42, 0.06), tom(158, 0.52, 0.06), tom(186, 0.35, 0.06)],
  // 540 and 800 Hz squares through a resonant bandpass near 850 Hz: a 50 ms clunk, then the ring
  cb: [
    { tones: [], metal: { freqs: [540, 800], band: 850, q: 2.5, highpass: 250, decay: 0.5, level: 0.7, snap: { decay: 0.07, level: 1.2 } } },
    { tones: [], metal: { freqs: [540, 800], band: 850, q: 2.5, highpass: 250, decay: 0.25, level: 0.7, snap: { decay: 0.05, level: 1.5 } } },
  ],
  // maracas: a short hiss of highpassed noise
  sh: [
    { tones: [], noise: { filter: 'highpass', freq: 5000, q: 0.7, decay: 0.05, level: 0.8 } },
    { tones: [], noise: { filter: 'highpass', freq: 4500, q: 0.7, decay: 0.09, level: 0.7 } },
  ],
  // claves (a 2.5 kHz bridged-T), then the low, mid and high congas
  perc: [
    { tones: [{ from: 2500, to: 2500, sweep: 0.01, decay: 0.05, level: 0.8 }] },
    tom(165, 0.28, 0),
    tom(250, 0.22, 0),
    tom(370, 0.18, 0),
  ],
};
