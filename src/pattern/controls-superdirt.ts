/**
 * Effect controls that Strudel passes on to SuperDirt (and other outputs that read them): spectral
 * effects, distortions, ring modulation, frequency shifting, octavers, extra delays, fades and
 * multichannel panning. weft's own audio engine does not play them yet. See `CONTROL_TABLE`.
 */
import { control } from './controls.ts';

/**
 * Spectral effect (SuperDirt): keeps the real part of the spectrum, scaled.
 * @example
 * s("bd sd").real("<0 0.5>")
 */
export const real = control('real');
/**
 * Spectral effect (SuperDirt): keeps the imaginary part of the spectrum, scaled.
 * @example
 * s("bd sd").imag("<0 0.5>")
 */
export const imag = control('imag');
/**
 * Spectral effect (SuperDirt): enhances the spectrum's harmonics.
 * @example
 * s("bd sd").enhance("<0 0.5>")
 */
export const enhance = control('enhance');
/**
 * Spectral comb filter (SuperDirt), from 0 to 1.
 * @example
 * s("bd sd").comb("<0 0.5>")
 */
export const comb = control('comb');
/**
 * Spectral smear (SuperDirt): blurs the spectrum over time.
 * @example
 * s("bd sd").smear("<0 0.5>")
 */
export const smear = control('smear');
/**
 * Spectral scramble (SuperDirt): shuffles the spectrum's bins.
 * @example
 * s("bd sd").scram("<0 0.5>")
 */
export const scram = control('scram');
/**
 * Spectral bin shift (SuperDirt): moves the spectrum up or down.
 * @example
 * s("bd sd").binshift("<0 0.5>")
 */
export const binshift = control('binshift');
/**
 * Spectral high-pass brick-wall filter (SuperDirt), from 0 to 1.
 * @example
 * s("bd sd").hbrick("<0 0.5>")
 */
export const hbrick = control('hbrick');
/**
 * Spectral low-pass brick-wall filter (SuperDirt), from 0 to 1.
 * @example
 * s("bd sd").lbrick("<0 0.5>")
 */
export const lbrick = control('lbrick');
/**
 * Spectral freeze (SuperDirt): holds the spectrum while 1.
 * @example
 * s("bd sd").freeze("<0 1>")
 */
export const freeze = control('freeze');
/**
 * Drops this percentage of the waveform's segments (SuperDirt), from 0 to 100.
 * @example
 * s("bd sd").waveloss("<0 30>")
 */
export const waveloss = control('waveloss');
/**
 * Triode-like distortion (SuperDirt).
 * @example
 * s("bd sd").triode("<0 0.5>")
 */
export const triode = control('triode');
/**
 * Krush distortion (SuperDirt): a bass-heavy crunch.
 * @example
 * s("bd sd").krush("<0 4>")
 */
export const krush = control('krush');
/**
 * The low-pass cutoff of the {@link krush} distortion, in Hz.
 * @example
 * s("bd sd").krush(4).kcutoff("<500 2000>")
 */
export const kcutoff = control('kcutoff');
/**
 * Gain of the overdrive effect (SuperDirt).
 * @example
 * s("bd sd").overgain("<0 2>")
 */
export const overgain = control('overgain');
/**
 * Shape of the overdrive effect (SuperDirt).
 * @example
 * s("bd sd").overgain(2).overshape("<0 0.5>")
 */
export const overshape = control('overshape');
/**
 * Octaver (SuperDirt): mixes in the octave above.
 * @example
 * s("bd sd").octer("<0 0.5>")
 */
export const octer = control('octer');
/**
 * Octaver (SuperDirt): mixes in the octave below.
 * @example
 * s("bd sd").octersub("<0 0.5>")
 */
export const octersub = control('octersub');
/**
 * Octaver (SuperDirt): mixes in two octaves below.
 * @example
 * s("bd sd").octersubsub("<0 0.5>")
 */
export const octersubsub = control('octersubsub');
/**
 * Ring modulation amount (SuperDirt).
 * @example
 * s("bd sd").ring("<0 1>").ringf(800)
 */
export const ring = control('ring');
/**
 * Ring modulation frequency, in Hz.
 * @example
 * s("bd sd").ring(1).ringf("<200 800>")
 */
export const ringf = control('ringf');
/**
 * Slide of the ring modulation frequency over the event, in Hz.
 * @example
 * s("bd sd").ring(1).ringf(800).ringdf("<0 -400>")
 */
export const ringdf = control('ringdf');
/**
 * Frequency shift (SuperDirt), in Hz.
 * @example
 * s("bd sd").fshift("<0 100>")
 */
export const fshift = control('fshift');
/**
 * Frequency shift as a multiple of the note's frequency.
 * @example
 * s("bd sd").fshift(1).fshiftnote("<0 1>")
 */
export const fshiftnote = control('fshiftnote');
/**
 * Phase of the frequency shifter, in radians.
 * @example
 * s("bd sd").fshift(100).fshiftphase("<0 1>")
 */
export const fshiftphase = control('fshiftphase');
/**
 * Delay time of SuperDirt's `xsdelay` effect.
 * @example
 * s("bd sd").xsdelay("<0 0.5>")
 */
export const xsdelay = control('xsdelay');
/**
 * Delay time of SuperDirt's `tsdelay` effect.
 * @example
 * s("bd sd").tsdelay("<0 0.5>")
 */
export const tsdelay = control('tsdelay');
/**
 * Fade-out time at the end of a sample (SuperDirt), in seconds.
 * @example
 * s("bd sd").fadeTime("<0.01 0.1>")
 */
export const fadeTime = control('fadeTime');
/**
 * Alias of {@link fadeTime}.
 * @example
 * s("bd sd").fadeOutTime(0.1)
 */
export const fadeOutTime = control('fadeTime');
/**
 * Fade-in time at the start of a sample (SuperDirt), in seconds.
 * @example
 * s("bd sd").fadeInTime("<0 0.05>")
 */
export const fadeInTime = control('fadeInTime');
/**
 * Multichannel panning (SuperDirt): how many channels the sound spans.
 * @example
 * s("bd sd").panspan("<1 2>")
 */
export const panspan = control('panspan');
/**
 * Multichannel panning (SuperDirt): how far the sound's channels are spread.
 * @example
 * s("bd sd").pansplay("<0 1>")
 */
export const pansplay = control('pansplay');
/**
 * Multichannel panning (SuperDirt): the width of the panning.
 * @example
 * s("bd sd").panwidth("<1 2>")
 */
export const panwidth = control('panwidth');
/**
 * Multichannel panning (SuperDirt): the orientation of the speaker ring.
 * @example
 * s("bd sd").panorient("<0 0.5>")
 */
export const panorient = control('panorient');
