/**
 * Filter modulation: the envelopes and LFOs that move the low-pass, high-pass and band-pass cutoffs.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const FILTER_MODULATION_CONTROLS = {
  lpenv: {
    kind: 'number', aliases: ['lpe'], engine: 'voice',
    doc: 'How far the low-pass filter envelope moves the cutoff, in octaves (negative moves it down).',
    example: 'note("c2*4").s("sawtooth").lpf(300).lpenv("<2 4 -2>")',
  },
  lpattack: {
    kind: 'number', aliases: ['lpa'], engine: 'voice',
    doc: 'Attack time of the low-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpattack("<0.01 0.2>")',
  },
  lpdecay: {
    kind: 'number', aliases: ['lpd'], engine: 'voice',
    doc: 'Decay time of the low-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpdecay("<0.05 0.3>")',
  },
  lpsustain: {
    kind: 'number', aliases: ['lps'], engine: 'voice',
    doc: 'Sustain level of the low-pass filter envelope, from 0 to 1.',
    example: 'note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpsustain("<0 0.5>")',
  },
  lprelease: {
    kind: 'number', aliases: ['lpr'], engine: 'voice',
    doc: 'Release time of the low-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").lpf(300).lpenv(4).lprelease("<0.1 0.5>")',
  },
  hpenv: {
    kind: 'number', aliases: ['hpe'], engine: 'voice',
    doc: 'How far the high-pass filter envelope moves the cutoff, in octaves (negative moves it down).',
    example: 'note("c2*4").s("sawtooth").hpf(300).hpenv("<2 4 -2>")',
  },
  hpattack: {
    kind: 'number', aliases: ['hpa'], engine: 'voice',
    doc: 'Attack time of the high-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpattack("<0.01 0.2>")',
  },
  hpdecay: {
    kind: 'number', aliases: ['hpd'], engine: 'voice',
    doc: 'Decay time of the high-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpdecay("<0.05 0.3>")',
  },
  hpsustain: {
    kind: 'number', aliases: ['hps'], engine: 'voice',
    doc: 'Sustain level of the high-pass filter envelope, from 0 to 1.',
    example: 'note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpsustain("<0 0.5>")',
  },
  hprelease: {
    kind: 'number', aliases: ['hpr'], engine: 'voice',
    doc: 'Release time of the high-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").hpf(300).hpenv(4).hprelease("<0.1 0.5>")',
  },
  bpenv: {
    kind: 'number', aliases: ['bpe'], engine: 'voice',
    doc: 'How far the band-pass filter envelope moves the cutoff, in octaves (negative moves it down).',
    example: 'note("c2*4").s("sawtooth").bpf(300).bpenv("<2 4 -2>")',
  },
  bpattack: {
    kind: 'number', aliases: ['bpa'], engine: 'voice',
    doc: 'Attack time of the band-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpattack("<0.01 0.2>")',
  },
  bpdecay: {
    kind: 'number', aliases: ['bpd'], engine: 'voice',
    doc: 'Decay time of the band-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpdecay("<0.05 0.3>")',
  },
  bpsustain: {
    kind: 'number', aliases: ['bps'], engine: 'voice',
    doc: 'Sustain level of the band-pass filter envelope, from 0 to 1.',
    example: 'note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpsustain("<0 0.5>")',
  },
  bprelease: {
    kind: 'number', aliases: ['bpr'], engine: 'voice',
    doc: 'Release time of the band-pass filter envelope, in seconds.',
    example: 'note("c2*4").s("sawtooth").bpf(300).bpenv(4).bprelease("<0.1 0.5>")',
  },
  lprate: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rate of the LFO that moves the low-pass cutoff, in Hz.',
    example: 'note("c2*8").s("sawtooth").lpf(600).lprate("<1 4>")',
  },
  lpsync: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rate of the LFO that moves the low-pass cutoff, in cycles (synced to the tempo).',
    example: 'note("c2*8").s("sawtooth").lpf(600).lpsync("<1 2>")',
  },
  lpdepth: {
    kind: 'number', engine: 'unsupported',
    doc: 'Depth of the LFO that moves the low-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").lpf(600).lprate(2).lpdepth("<0.5 1>")',
  },
  lpdepthfrequency: {
    kind: 'number', aliases: ['lpdepthfreq'], engine: 'unsupported',
    doc: 'Depth of the LFO that moves the low-pass cutoff, in Hz.',
    example: 'note("c2*8").s("sawtooth").lpf(600).lprate(2).lpdepthfrequency("<200 500>")',
  },
  lpshape: {
    kind: 'numberOrName', engine: 'unsupported',
    doc: 'Waveform of the LFO that moves the low-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").lpf(600).lprate(2).lpshape("<0 1 2>")',
  },
  lpskew: {
    kind: 'number', engine: 'unsupported',
    doc: 'Skew of the waveform of the LFO that moves the low-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").lpf(600).lprate(2).lpskew("<0.2 0.8>")',
  },
  lpdc: {
    kind: 'number', engine: 'unsupported',
    doc: 'DC offset of the LFO that moves the low-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").lpf(600).lprate(2).lpdc("<0 0.5>")',
  },
  hprate: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rate of the LFO that moves the high-pass cutoff, in Hz.',
    example: 'note("c2*8").s("sawtooth").hpf(600).hprate("<1 4>")',
  },
  hpsync: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rate of the LFO that moves the high-pass cutoff, in cycles (synced to the tempo).',
    example: 'note("c2*8").s("sawtooth").hpf(600).hpsync("<1 2>")',
  },
  hpdepth: {
    kind: 'number', engine: 'unsupported',
    doc: 'Depth of the LFO that moves the high-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").hpf(600).hprate(2).hpdepth("<0.5 1>")',
  },
  hpdepthfrequency: {
    kind: 'number', aliases: ['hpdepthfreq'], engine: 'unsupported',
    doc: 'Depth of the LFO that moves the high-pass cutoff, in Hz.',
    example: 'note("c2*8").s("sawtooth").hpf(600).hprate(2).hpdepthfrequency("<200 500>")',
  },
  hpshape: {
    kind: 'numberOrName', engine: 'unsupported',
    doc: 'Waveform of the LFO that moves the high-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").hpf(600).hprate(2).hpshape("<0 1 2>")',
  },
  hpskew: {
    kind: 'number', engine: 'unsupported',
    doc: 'Skew of the waveform of the LFO that moves the high-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").hpf(600).hprate(2).hpskew("<0.2 0.8>")',
  },
  hpdc: {
    kind: 'number', engine: 'unsupported',
    doc: 'DC offset of the LFO that moves the high-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").hpf(600).hprate(2).hpdc("<0 0.5>")',
  },
  bprate: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rate of the LFO that moves the band-pass cutoff, in Hz.',
    example: 'note("c2*8").s("sawtooth").bpf(600).bprate("<1 4>")',
  },
  bpsync: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rate of the LFO that moves the band-pass cutoff, in cycles (synced to the tempo).',
    example: 'note("c2*8").s("sawtooth").bpf(600).bpsync("<1 2>")',
  },
  bpdepth: {
    kind: 'number', engine: 'unsupported',
    doc: 'Depth of the LFO that moves the band-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").bpf(600).bprate(2).bpdepth("<0.5 1>")',
  },
  bpdepthfrequency: {
    kind: 'number', aliases: ['bpdepthfreq'], engine: 'unsupported',
    doc: 'Depth of the LFO that moves the band-pass cutoff, in Hz.',
    example: 'note("c2*8").s("sawtooth").bpf(600).bprate(2).bpdepthfrequency("<200 500>")',
  },
  bpshape: {
    kind: 'numberOrName', engine: 'unsupported',
    doc: 'Waveform of the LFO that moves the band-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").bpf(600).bprate(2).bpshape("<0 1 2>")',
  },
  bpskew: {
    kind: 'number', engine: 'unsupported',
    doc: 'Skew of the waveform of the LFO that moves the band-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").bpf(600).bprate(2).bpskew("<0.2 0.8>")',
  },
  bpdc: {
    kind: 'number', engine: 'unsupported',
    doc: 'DC offset of the LFO that moves the band-pass cutoff.',
    example: 'note("c2*8").s("sawtooth").bpf(600).bprate(2).bpdc("<0 0.5>")',
  },
} as const satisfies ControlRows;
