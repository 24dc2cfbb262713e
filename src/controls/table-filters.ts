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
    kind: 'numberOrName', engine: 'unsupported',
    doc: 'The low-pass filter type: `"12db"`, `"24db"` or `"ladder"` (or 0, 1, 2).',
    example: 'note("c2*4").s("sawtooth").lpf(500).ftype("<12db ladder>")',
  },
  drive: {
    kind: 'number', engine: 'unsupported',
    doc: 'Overdrive of the low-pass filter, for the filter types that support it (such as `"ladder"`).',
    example: 'note("c2*4").s("sawtooth").lpf(300).ftype("ladder").drive("<0.5 4>")',
  },
  fanchor: {
    kind: 'number', engine: 'unsupported',
    doc: 'Where the filter envelope is anchored, from 0 (the cutoff is its minimum) to 1 (its maximum).',
    example: 'note("c2*4").s("sawtooth").lpf(500).lpenv(4).fanchor(0.5)',
  },
  vowel: {
    kind: 'string', engine: 'unsupported',
    doc: 'A formant filter shaped like a vowel: `a`, `e`, `i`, `o` or `u`.',
    example: 'note("c3 e3").s("sawtooth").vowel("<a e i o>")',
  },
  djf: {
    kind: 'number', engine: 'voice',
    doc: 'A DJ filter, from 0 to 1: below 0.5 a lowpass whose cutoff falls from 20 kHz (at 0.5) to 20 Hz (at 0), above 0.5 a highpass whose cutoff rises from 20 Hz to 20 kHz (at 1); 0.5 leaves the sound as it is.',
    example: 's("bd sd hh oh").djf("<0.2 0.5 0.8>")',
  },
} as const satisfies ControlRows;
