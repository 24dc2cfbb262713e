/**
 * Effect controls: delay, reverb and impulse responses, distortion and bit crushing.
 * See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * Delay send level, from 0 to 1. `"0.5:0.25:0.7"` also sets `delaytime` and `delayfeedback`.
 * @example
 * s("bd sd").delay("<0 0.5>")
 */
export const delay = control('delay');
/**
 * Delay time, in seconds.
 * @example
 * s("bd sd").delay(0.5).delaytime("<0.125 0.25>")
 */
export const delaytime = control('delaytime');
/**
 * Alias of {@link delaytime}.
 * @example
 * s("bd sd").delay(0.5).delayt(0.25)
 */
export const delayt = control('delaytime');
/**
 * Alias of {@link delaytime}.
 * @example
 * s("bd sd").delay(0.5).dt(0.25)
 */
export const dt = control('delaytime');
/**
 * How much of the delay is fed back, from 0 to 1 (keep it below 1).
 * @example
 * s("bd sd").delay(0.5).delayfeedback("<0.2 0.7>")
 */
export const delayfeedback = control('delayfeedback');
/**
 * Alias of {@link delayfeedback}.
 * @example
 * s("bd sd").delay(0.5).delayfb(0.6)
 */
export const delayfb = control('delayfeedback');
/**
 * Alias of {@link delayfeedback}.
 * @example
 * s("bd sd").delay(0.5).dfb(0.6)
 */
export const dfb = control('delayfeedback');
/**
 * Changes the delay's speed (and so its pitch) as it repeats.
 * @example
 * note("d a# a").s("sawtooth").delay(0.8).delaytime(0.5).delayspeed("<2 0.5 -1>")
 */
export const delayspeed = control('delayspeed');
/**
 * Delay time, in cycles (synced to the tempo).
 * @example
 * s("bd bd").delay(0.25).delaysync("<1 2 3>".div(8))
 */
export const delaysync = control('delaysync');
/**
 * Makes `delaytime` relative to the tempo (1) or not (0).
 * @example
 * s("sd").delay(0.5).lock(1)
 */
export const lock = control('lock');
/**
 * Reverb send level, from 0 to 1. `"0.5:4"` also sets the key `size`.
 * @example
 * s("bd sd").room("<0 0.4 0.8>")
 */
export const room = control('room');
/**
 * Reverb room size (decay), from 0 to 10.
 * @example
 * s("bd sd").room(0.5).roomsize("<1 4 8>")
 */
export const roomsize = control('roomsize');
/**
 * Alias of {@link roomsize}.
 * @example
 * s("bd sd").room(0.5).size(4)
 */
export const size = control('roomsize');
/**
 * Alias of {@link roomsize}.
 * @example
 * s("bd sd").room(0.5).sz(4)
 */
export const sz = control('roomsize');
/**
 * Alias of {@link roomsize}.
 * @example
 * s("bd sd").room(0.5).rsize(4)
 */
export const rsize = control('roomsize');
/**
 * Reverb fade time, in seconds.
 * @example
 * s("bd sd").room(0.5).roomfade("<0.5 4>")
 */
export const roomfade = control('roomfade');
/**
 * Alias of {@link roomfade}.
 * @example
 * s("bd sd").room(0.5).rfade(2)
 */
export const rfade = control('roomfade');
/**
 * Low-pass cutoff of the reverb, in Hz.
 * @example
 * s("bd sd").room(0.5).roomlp("<2000 10000>")
 */
export const roomlp = control('roomlp');
/**
 * Alias of {@link roomlp}.
 * @example
 * s("bd sd").room(0.5).rlp(4000)
 */
export const rlp = control('roomlp');
/**
 * Low-pass cutoff of the reverb's tail, in Hz.
 * @example
 * s("bd sd").room(0.5).roomdim("<2000 10000>")
 */
export const roomdim = control('roomdim');
/**
 * Alias of {@link roomdim}.
 * @example
 * s("bd sd").room(0.5).rdim(4000)
 */
export const rdim = control('roomdim');
/**
 * A sample to use as the reverb's impulse response. `"name:2"` also sets its index `i`.
 * @example
 * s("bd sd [~ bd] sd").room(0.8).ir("<shaker_large:0 shaker_large:2>")
 */
export const ir = control('ir');
/**
 * Alias of {@link ir}.
 * @example
 * s("bd sd").room(0.8).iresponse("shaker_large")
 */
export const iresponse = control('ir');
/**
 * Playback speed of the impulse response sample.
 * @example
 * s("bd sd").room(0.5).ir("shaker_large").irspeed("<2 1 0.5>")
 */
export const irspeed = control('irspeed');
/**
 * Where in the impulse response sample to start, from 0 to 1.
 * @example
 * s("bd sd").room(0.5).ir("shaker_large").irbegin("<0 0.5>")
 */
export const irbegin = control('irbegin');
/**
 * The dry (unprocessed) level, from 0 to 1.
 * @example
 * s("bd sd").room(0.8).dry("<0 1>")
 */
export const dry = control('dry');
/**
 * Bit crushing: 16 is barely audible, 1 is extreme.
 * @example
 * s("bd sd").crush("<16 4 2>")
 */
export const crush = control('crush');
/**
 * Sample-rate reduction: keeps every nth sample.
 * @example
 * s("bd sd").coarse("<1 4 8>")
 */
export const coarse = control('coarse');
/**
 * Wave-shaping distortion, from 0 to 1.
 * @example
 * s("bd sd").shape("<0 0.5 0.9>")
 */
export const shape = control('shape');
/**
 * Distortion amount. `"3:0.5"` also sets `distortvol` (and a third value `distorttype`).
 * @example
 * s("bd sd").distort("<0 2 5>")
 */
export const distort = control('distort');
/**
 * Alias of {@link distort}.
 * @example
 * s("bd sd").dist(3)
 */
export const dist = control('distort');
/**
 * Output volume of the distortion.
 * @example
 * s("bd sd").distort(4).distortvol(0.5)
 */
export const distortvol = control('distortvol');
/**
 * The distortion's shape, by name (such as `"soft"`, `"hard"` or `"fold"`) or number.
 * @example
 * s("bd sd").distort(3).distorttype("<soft fold>")
 */
export const distorttype = control('distorttype');
/**
 * A pitch-raising, aliasing effect: 2 and up.
 * @example
 * s("bd sd").squiz("<1 2 4>")
 */
export const squiz = control('squiz');
