/**
 * Filters: the low-pass, high-pass and band-pass cutoffs and resonances, the filter type and
 * drive, the vowel filter and the DJ filter.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const FILTER_CONTROLS = {
  cutoff: {
    kind: 'number', aliases: ['ctf', 'lpf', 'lp'], spread: ['cutoff', 'resonance', 'lpenv'], engine: 'voice',
    doc: 'Low-pass filter cutoff in Hz. `"800:10"` also sets `resonance` (and a third value `lpenv`).',
    example: 's("sawtooth*4").note("c2").cutoff("<300 600 1200>")',
  },
  resonance: {
    kind: 'number', aliases: ['lpq'], engine: 'voice',
    doc: 'Low-pass filter resonance (Q).',
    example: 'note("c2*4").s("sawtooth").lpf(600).resonance("<0 10 20>")',
  },
  hcutoff: {
    kind: 'number', aliases: ['hpf', 'hp'], spread: ['hcutoff', 'hresonance', 'hpenv'], engine: 'voice',
    doc: 'High-pass filter cutoff in Hz. `"800:10"` also sets `hresonance` (and `hpenv`).',
    example: 's("hh*8").hcutoff("<2000 6000>")',
  },
  hresonance: {
    kind: 'number', aliases: ['hpq'], engine: 'voice',
    doc: 'High-pass filter resonance (Q).',
    example: 'note("c3*4").s("sawtooth").hpf(800).hresonance(10)',
  },
  bandf: {
    kind: 'number', aliases: ['bpf', 'bp'], spread: ['bandf', 'bandq', 'bpenv'], engine: 'voice',
    doc: 'Band-pass filter center frequency in Hz. `"800:10"` also sets `bandq` (and `bpenv`).',
    example: 's("hh*8").bandf("<1000 3000>")',
  },
  bandq: {
    kind: 'number', aliases: ['bpq'], engine: 'voice',
    doc: 'Band-pass filter resonance (Q).',
    example: 's("hh*8").bpf(2000).bandq("<1 10>")',
  },
  ftype: {
    kind: 'numberOrName', engine: 'voice',
    doc: 'The filter type: `"12db"` (0, the default) a 2-pole filter, 12 dB/octave; `"ladder"` (1) a 4-pole Moog-style ladder low-pass, 24 dB/octave, more aggressive: it saturates, and its resonance (`lpq`) rises towards self-oscillation; `"24db"` (2) two 2-pole filters in series, 24 dB/octave. The ladder applies to the low-pass filter (the high- and band-pass stay 12 dB under it); 24 dB to all three.',
    example: 'note("c2*4").s("sawtooth").lpf(500).ftype("<12db ladder>")',
  },
  drive: {
    kind: 'number', engine: 'voice',
    doc: 'Overdrive of the `"ladder"` low-pass filter (the one filter type that supports it): the ladder\'s input is raised by a factor 1 + drive into its saturation. 0 (none) by default.',
    example: 'note("c2*4").s("sawtooth").lpf(300).ftype("ladder").drive("<0.5 4>")',
  },
  fanchor: {
    kind: 'number', engine: 'voice',
    doc: 'The center of the filter envelopes (low-, high- and band-pass), from 0 to 1: 0 unipolar positive (the envelope moves the cutoff up from its value), 0.5 bipolar (around it), 1 unipolar negative (down to it). 0 by default.',
    example: 'note("c2*4").s("sawtooth").lpf(500).lpenv(4).fanchor(0.5)',
  },
  vowel: {
    kind: 'string', engine: 'voice',
    doc: 'A formant filter to make things sound like vowels: `a e i o u ae aa oe ue y uh un en an on`, for [a] [e] [i] [o] [u] [æ] [ɑ] [ø] [y] [ɯ] [ʌ] [œ̃] [ɛ̃] [ɑ̃] [ɔ̃] (also `å`/`ɑ` for `aa`, `ø`/`ö` for `oe`, `ı` for `y`, `æ` for `ae`). A bank of band-pass filters at the vowel\'s formants (a male voice\'s), after the other filters.',
    example: 'note("c3 e3").s("sawtooth").vowel("<a e i o>")',
  },
  djf: {
    kind: 'number', engine: 'voice',
    doc: 'A DJ filter, from 0 to 1: below 0.5 a lowpass whose cutoff falls from 20 kHz (at 0.5) to 20 Hz (at 0), above 0.5 a highpass whose cutoff rises from 20 Hz to 20 kHz (at 1); 0.5 leaves the sound as it is.',
    example: 's("bd sd hh oh").djf("<0.2 0.5 0.8>")',
  },
} as const satisfies ControlRows;
