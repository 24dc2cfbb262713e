/**
 * Filter modulation controls: the envelopes and LFOs that move the low-pass, high-pass and
 * band-pass cutoffs. See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * How far the low-pass filter envelope moves the cutoff, in octaves (negative moves it down).
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv("<2 4 -2>")
 */
export const lpenv = control('lpenv');
/**
 * Alias of {@link lpenv}.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpe(4)
 */
export const lpe = control('lpenv');
/**
 * Attack time of the low-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpattack("<0.01 0.2>")
 */
export const lpattack = control('lpattack');
/**
 * Alias of {@link lpattack}.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpa(0.1)
 */
export const lpa = control('lpattack');
/**
 * Decay time of the low-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpdecay("<0.05 0.3>")
 */
export const lpdecay = control('lpdecay');
/**
 * Alias of {@link lpdecay}.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpd(0.1)
 */
export const lpd = control('lpdecay');
/**
 * Sustain level of the low-pass filter envelope, from 0 to 1.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpsustain("<0 0.5>")
 */
export const lpsustain = control('lpsustain');
/**
 * Alias of {@link lpsustain}.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lps(0.5)
 */
export const lps = control('lpsustain');
/**
 * Release time of the low-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lprelease("<0.1 0.5>")
 */
export const lprelease = control('lprelease');
/**
 * Alias of {@link lprelease}.
 * @example
 * note("c2*4").s("sawtooth").lpf(300).lpenv(4).lpr(0.3)
 */
export const lpr = control('lprelease');
/**
 * How far the high-pass filter envelope moves the cutoff, in octaves (negative moves it down).
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv("<2 4 -2>")
 */
export const hpenv = control('hpenv');
/**
 * Alias of {@link hpenv}.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpe(4)
 */
export const hpe = control('hpenv');
/**
 * Attack time of the high-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpattack("<0.01 0.2>")
 */
export const hpattack = control('hpattack');
/**
 * Alias of {@link hpattack}.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpa(0.1)
 */
export const hpa = control('hpattack');
/**
 * Decay time of the high-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpdecay("<0.05 0.3>")
 */
export const hpdecay = control('hpdecay');
/**
 * Alias of {@link hpdecay}.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpd(0.1)
 */
export const hpd = control('hpdecay');
/**
 * Sustain level of the high-pass filter envelope, from 0 to 1.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpsustain("<0 0.5>")
 */
export const hpsustain = control('hpsustain');
/**
 * Alias of {@link hpsustain}.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hps(0.5)
 */
export const hps = control('hpsustain');
/**
 * Release time of the high-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hprelease("<0.1 0.5>")
 */
export const hprelease = control('hprelease');
/**
 * Alias of {@link hprelease}.
 * @example
 * note("c2*4").s("sawtooth").hpf(300).hpenv(4).hpr(0.3)
 */
export const hpr = control('hprelease');
/**
 * How far the band-pass filter envelope moves the cutoff, in octaves (negative moves it down).
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv("<2 4 -2>")
 */
export const bpenv = control('bpenv');
/**
 * Alias of {@link bpenv}.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpe(4)
 */
export const bpe = control('bpenv');
/**
 * Attack time of the band-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpattack("<0.01 0.2>")
 */
export const bpattack = control('bpattack');
/**
 * Alias of {@link bpattack}.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpa(0.1)
 */
export const bpa = control('bpattack');
/**
 * Decay time of the band-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpdecay("<0.05 0.3>")
 */
export const bpdecay = control('bpdecay');
/**
 * Alias of {@link bpdecay}.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpd(0.1)
 */
export const bpd = control('bpdecay');
/**
 * Sustain level of the band-pass filter envelope, from 0 to 1.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpsustain("<0 0.5>")
 */
export const bpsustain = control('bpsustain');
/**
 * Alias of {@link bpsustain}.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bps(0.5)
 */
export const bps = control('bpsustain');
/**
 * Release time of the band-pass filter envelope, in seconds.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bprelease("<0.1 0.5>")
 */
export const bprelease = control('bprelease');
/**
 * Alias of {@link bprelease}.
 * @example
 * note("c2*4").s("sawtooth").bpf(300).bpenv(4).bpr(0.3)
 */
export const bpr = control('bprelease');
/**
 * Rate of the LFO that moves the low-pass cutoff, in Hz.
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lprate("<1 4>")
 */
export const lprate = control('lprate');
/**
 * Rate of the LFO that moves the low-pass cutoff, in cycles (synced to the tempo).
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lpsync("<1 2>")
 */
export const lpsync = control('lpsync');
/**
 * Depth of the LFO that moves the low-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lprate(2).lpdepth("<0.5 1>")
 */
export const lpdepth = control('lpdepth');
/**
 * Depth of the LFO that moves the low-pass cutoff, in Hz.
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lprate(2).lpdepthfrequency("<200 500>")
 */
export const lpdepthfrequency = control('lpdepthfrequency');
/**
 * Alias of {@link lpdepthfrequency}.
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lprate(2).lpdepthfreq(300)
 */
export const lpdepthfreq = control('lpdepthfrequency');
/**
 * Waveform of the LFO that moves the low-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lprate(2).lpshape("<0 1 2>")
 */
export const lpshape = control('lpshape');
/**
 * Skew of the waveform of the LFO that moves the low-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lprate(2).lpskew("<0.2 0.8>")
 */
export const lpskew = control('lpskew');
/**
 * DC offset of the LFO that moves the low-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").lpf(600).lprate(2).lpdc("<0 0.5>")
 */
export const lpdc = control('lpdc');
/**
 * Rate of the LFO that moves the high-pass cutoff, in Hz.
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hprate("<1 4>")
 */
export const hprate = control('hprate');
/**
 * Rate of the LFO that moves the high-pass cutoff, in cycles (synced to the tempo).
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hpsync("<1 2>")
 */
export const hpsync = control('hpsync');
/**
 * Depth of the LFO that moves the high-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hprate(2).hpdepth("<0.5 1>")
 */
export const hpdepth = control('hpdepth');
/**
 * Depth of the LFO that moves the high-pass cutoff, in Hz.
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hprate(2).hpdepthfrequency("<200 500>")
 */
export const hpdepthfrequency = control('hpdepthfrequency');
/**
 * Alias of {@link hpdepthfrequency}.
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hprate(2).hpdepthfreq(300)
 */
export const hpdepthfreq = control('hpdepthfrequency');
/**
 * Waveform of the LFO that moves the high-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hprate(2).hpshape("<0 1 2>")
 */
export const hpshape = control('hpshape');
/**
 * Skew of the waveform of the LFO that moves the high-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hprate(2).hpskew("<0.2 0.8>")
 */
export const hpskew = control('hpskew');
/**
 * DC offset of the LFO that moves the high-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").hpf(600).hprate(2).hpdc("<0 0.5>")
 */
export const hpdc = control('hpdc');
/**
 * Rate of the LFO that moves the band-pass cutoff, in Hz.
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bprate("<1 4>")
 */
export const bprate = control('bprate');
/**
 * Rate of the LFO that moves the band-pass cutoff, in cycles (synced to the tempo).
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bpsync("<1 2>")
 */
export const bpsync = control('bpsync');
/**
 * Depth of the LFO that moves the band-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bprate(2).bpdepth("<0.5 1>")
 */
export const bpdepth = control('bpdepth');
/**
 * Depth of the LFO that moves the band-pass cutoff, in Hz.
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bprate(2).bpdepthfrequency("<200 500>")
 */
export const bpdepthfrequency = control('bpdepthfrequency');
/**
 * Alias of {@link bpdepthfrequency}.
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bprate(2).bpdepthfreq(300)
 */
export const bpdepthfreq = control('bpdepthfrequency');
/**
 * Waveform of the LFO that moves the band-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bprate(2).bpshape("<0 1 2>")
 */
export const bpshape = control('bpshape');
/**
 * Skew of the waveform of the LFO that moves the band-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bprate(2).bpskew("<0.2 0.8>")
 */
export const bpskew = control('bpskew');
/**
 * DC offset of the LFO that moves the band-pass cutoff.
 * @example
 * note("c2*8").s("sawtooth").bpf(600).bprate(2).bpdc("<0 0.5>")
 */
export const bpdc = control('bpdc');
